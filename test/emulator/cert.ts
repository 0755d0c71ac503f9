import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Certificate {
  /** PEM of the self-signed certificate: trust it as a CA (NODE_EXTRA_CA_CERTS, or tlsOptions.ca in-process). */
  certPem: string
  keyPem: string
  /** A file holding certPem, for NODE_EXTRA_CA_CERTS. */
  caFile: string
  /** The folder holding caFile; removed by `dispose`. */
  dir: string
  dispose(): void
}

/**
 * A fresh self-signed certificate for 127.0.0.1 and localhost, made with the
 * openssl binary (Debian and GitHub runners have it), so no key material is
 * ever committed and every emulator run has its own trust anchor.
 */
export function makeCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'aks-emulator-'))
  const keyFile = join(dir, 'key.pem')
  const caFile = join(dir, 'ca.pem')
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        caFile,
        '-days',
        '2',
        '-subj',
        '/CN=aks-snapshot ARM emulator',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:login.microsoftonline.com',
        '-addext',
        'basicConstraints=critical,CA:TRUE'
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`the emulator needs the openssl command to make its certificate: ${(err as Error).message}`, { cause: err })
  }
  return {
    certPem: readFileSync(caFile, 'utf8'),
    keyPem: readFileSync(keyFile, 'utf8'),
    caFile,
    dir,
    dispose: () => rmSync(dir, { recursive: true, force: true })
  }
}
