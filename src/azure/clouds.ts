import { UsageError } from '../errors.js'
import type { Inputs } from '../inputs.js'

/** The clouds of SPEC §2; names as Azure/login spells them. */
export const ENVIRONMENTS = ['azurecloud', 'azurechinacloud', 'azureusgovernment', 'custom'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

export interface Cloud {
  environment: Environment
  /** ARM endpoint, without a trailing slash. */
  armEndpoint: string
  /** Microsoft Entra authority host, without a trailing slash. */
  authorityHost: string
  /** The scope of ARM tokens. */
  scope: string
  /** Off for custom clouds: MSAL would otherwise ask the public cloud which authorities exist. */
  disableInstanceDiscovery: boolean
}

const KNOWN: Record<Exclude<Environment, 'custom'>, { arm: string; authority: string }> = {
  azurecloud: { arm: 'https://management.azure.com', authority: 'https://login.microsoftonline.com' },
  azurechinacloud: { arm: 'https://management.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
  azureusgovernment: { arm: 'https://management.usgovcloudapi.net', authority: 'https://login.microsoftonline.us' }
}

export function resolveCloud(inputs: Inputs): Cloud {
  const environment = inputs.choice('environment', ENVIRONMENTS, 'azurecloud')
  if (environment !== 'custom') {
    for (const name of ['arm-endpoint', 'authority-host'])
      if (inputs.string(name))
        throw new UsageError(`${inputs.describe(name)} is only used with environment custom (environment is ${environment})`)
    const k = KNOWN[environment]
    return { environment, armEndpoint: k.arm, authorityHost: k.authority, scope: `${k.arm}/.default`, disableInstanceDiscovery: false }
  }
  const armEndpoint = httpsUrl(inputs, 'arm-endpoint')
  const authorityHost = httpsUrl(inputs, 'authority-host')
  // ARM tokens are for the ARM endpoint itself (its audience), as for the public clouds.
  return { environment, armEndpoint, authorityHost, scope: `${armEndpoint}/.default`, disableInstanceDiscovery: true }
}

function httpsUrl(inputs: Inputs, name: string): string {
  const value = inputs.required(name, 'environment custom needs arm-endpoint and authority-host')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`${inputs.describe(name)} must be an https URL, not '${value}'`)
  }
  if (url.protocol !== 'https:') throw new UsageError(`${inputs.describe(name)} must be an https URL, not '${value}'`)
  return url.toString().replace(/\/+$/, '')
}
