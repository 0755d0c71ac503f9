import type { Emulator } from './index.js'

/**
 * How to point Debian's azure-cli (2.45, MSAL for Python) at the emulator:
 * a cloud whose Resource Manager and Active Directory endpoints are the
 * emulator, and a service principal sign-in. MSAL asks the public cloud for
 * instance discovery of any authority it does not know and azure-cli 2.45
 * cannot turn that off, so `azureCliEnv` sends HTTPS to other hosts through
 * the emulator's CONNECT proxy (proxy.ts), which tunnels only
 * login.microsoftonline.com, to the emulator.
 */

export const EMULATOR_CLOUD = 'AksEmulator'

/** `az` argument lists, run in order: register the cloud, make it active, sign in. */
export function azSetup(emu: Pick<Emulator, 'url' | 'clientId' | 'clientSecret' | 'tenantId'>): string[][] {
  const u = emu.url
  return [
    [
      'cloud',
      'register',
      '--name',
      EMULATOR_CLOUD,
      '--endpoint-resource-manager',
      u,
      '--endpoint-management',
      u,
      '--endpoint-active-directory',
      u,
      '--endpoint-active-directory-resource-id',
      u,
      '--endpoint-active-directory-graph-resource-id',
      u
    ],
    ['cloud', 'set', '--name', EMULATOR_CLOUD],
    ['login', '--service-principal', '--username', emu.clientId, '--password', emu.clientSecret, '--tenant', emu.tenantId]
  ]
}

/** Environment for `az`: its own config folder, the emulator's CA, no telemetry, survey or online error suggestions, HTTPS elsewhere through the proxy. */
export function azureCliEnv(emu: Pick<Emulator, 'caFile'>, proxyUrl: string, configDir: string): Record<string, string> {
  return {
    AZURE_CONFIG_DIR: configDir,
    REQUESTS_CA_BUNDLE: emu.caFile,
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_SURVEY_MESSAGE: 'false',
    AZURE_CORE_NO_COLOR: 'true',
    AZURE_CORE_ONLY_SHOW_ERRORS: 'true',
    // A mistyped command would otherwise ask app.aladdin.microsoft.com for suggestions.
    AZURE_CORE_ERROR_RECOMMENDATION: 'off',
    HTTPS_PROXY: proxyUrl,
    HTTP_PROXY: proxyUrl,
    https_proxy: proxyUrl,
    http_proxy: proxyUrl,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost'
  }
}

export const shellQuote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)
