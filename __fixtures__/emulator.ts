import { transportOverrides } from '../src/azure/context.js'
import { startEmulator, type Emulator, type EmulatorOptions } from '../test/emulator/index.js'

/**
 * Starts the emulator for an in-process test: the Azure layer trusts its
 * certificate (NODE_EXTRA_CA_CERTS only works for processes started with
 * it), polls long-running operations every 10 ms, and the environment holds
 * the emulator's service principal (EnvironmentCredential inside
 * DefaultAzureCredential signs in with it).
 */
export async function emulatorForTest(options: EmulatorOptions = {}): Promise<{ emulator: Emulator; restore: () => Promise<void> }> {
  const emulator = await startEmulator(options)
  const saved = { ...process.env }
  transportOverrides.ca = emulator.caPem
  // The emulator answers Retry-After: 0, which the SDK's poller reads as "use updateIntervalInMs" (default 2 s).
  transportOverrides.updateIntervalInMs = 10
  for (const k of Object.keys(process.env)) if (/^(AZURE_|GITHUB_|ACTIONS_|INPUT_)/.test(k)) delete process.env[k]
  Object.assign(process.env, {
    AZURE_TENANT_ID: emulator.tenantId,
    AZURE_CLIENT_ID: emulator.clientId,
    AZURE_CLIENT_SECRET: emulator.clientSecret
  })
  return {
    emulator,
    restore: async () => {
      delete transportOverrides.ca
      delete transportOverrides.updateIntervalInMs
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
      await emulator.close()
    }
  }
}

/** The inputs that point a mode at the emulator. */
export function azureInputs(emulator: Emulator): Record<string, string> {
  return {
    environment: 'custom',
    'arm-endpoint': emulator.url,
    'authority-host': emulator.url,
    'subscription-id': emulator.subscriptionId
  }
}
