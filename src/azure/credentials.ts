import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import { UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import type { Cloud } from './clouds.js'

/**
 * Which credential signs in, decided from inputs and environment alone (pure,
 * so it is unit-tested per cloud); `createCredential` then loads @azure/identity.
 *
 * - `client-id` + `tenant-id` in a GitHub job: a federated credential from the
 *   GitHub OIDC token (`core.getIDToken(audience)`), as Azure/login does.
 * - the same outside GitHub (a local CLI run) with `AZURE_CLIENT_SECRET` set:
 *   that app's secret.
 * - neither: DefaultAzureCredential (environment variables, workload identity,
 *   managed identity, the Azure CLI session left by Azure/login).
 */
export type CredentialPlan =
  | { kind: 'github-oidc'; tenantId: string; clientId: string; audience: string; authorityHost: string; disableInstanceDiscovery: boolean }
  | { kind: 'client-secret'; tenantId: string; clientId: string; authorityHost: string; disableInstanceDiscovery: boolean }
  | { kind: 'default'; tenantId?: string; clientId?: string; authorityHost: string; disableInstanceDiscovery: boolean }

export const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange'

export function planCredential(inputs: Inputs, cloud: Cloud, env: NodeJS.ProcessEnv): CredentialPlan {
  const clientId = inputs.string('client-id')
  const tenantId = inputs.string('tenant-id')
  const common = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: cloud.disableInstanceDiscovery }
  if (clientId && tenantId) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL && env.AZURE_CLIENT_SECRET) return { kind: 'client-secret', tenantId, clientId, ...common }
    return { kind: 'github-oidc', tenantId, clientId, audience: inputs.string('audience') ?? DEFAULT_AUDIENCE, ...common }
  }
  if (clientId || tenantId)
    throw new UsageError(
      `${inputs.describe(clientId ? 'tenant-id' : 'client-id')} is required with ${inputs.describe(clientId ? 'client-id' : 'tenant-id')}`
    )
  return {
    kind: 'default',
    ...(env.AZURE_TENANT_ID ? { tenantId: env.AZURE_TENANT_ID } : {}),
    ...(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}),
    ...common
  }
}

/** Who signs in, for error messages: `client 1234 in tenant abcd`. */
export function describePlan(plan: CredentialPlan): string {
  const who = [plan.clientId && `client ${plan.clientId}`, plan.tenantId && `tenant ${plan.tenantId}`].filter(Boolean).join(' in ')
  const how = plan.kind === 'github-oidc' ? 'GitHub OIDC' : plan.kind === 'client-secret' ? 'client secret' : 'DefaultAzureCredential'
  return who ? `${who} (${how})` : how
}

/** Thrown by the OIDC callback; its message names the missing permission. */
export class GitHubTokenError extends Error {
  override name = 'GitHubTokenError'
}

export async function createCredential(
  plan: CredentialPlan,
  host: Host,
  env: NodeJS.ProcessEnv,
  tls?: { ca: string | string[] }
): Promise<TokenCredential> {
  const identity = await import('@azure/identity')
  const options = {
    authorityHost: plan.authorityHost,
    disableInstanceDiscovery: plan.disableInstanceDiscovery,
    ...(tls ? { tlsOptions: tls } : {})
  }
  let credential: TokenCredential
  switch (plan.kind) {
    case 'github-oidc':
      credential = new identity.ClientAssertionCredential(plan.tenantId, plan.clientId, () => githubIdToken(plan.audience, host), options)
      break
    case 'client-secret': {
      const secret = env.AZURE_CLIENT_SECRET ?? ''
      host.setSecret(secret)
      credential = new identity.ClientSecretCredential(plan.tenantId, plan.clientId, secret, options)
      break
    }
    case 'default':
      // EnvironmentCredential inside reads AZURE_CLIENT_SECRET: masked before anything can print it.
      if (env.AZURE_CLIENT_SECRET) host.setSecret(env.AZURE_CLIENT_SECRET)
      credential = new identity.DefaultAzureCredential(options)
      break
  }
  return maskingTokens(credential, host)
}

async function githubIdToken(audience: string, host: Host): Promise<string> {
  const core = await import('@actions/core')
  try {
    const token = await core.getIDToken(audience)
    host.setSecret(token)
    return token
  } catch (err) {
    throw new GitHubTokenError(
      `could not get a GitHub OIDC token for audience ${audience}: ${(err as Error).message}. ` +
        'Give the workflow or job `permissions: id-token: write`, or sign in another way (Azure/login, or no client-id/tenant-id for DefaultAzureCredential)'
    )
  }
}

/** Access tokens are masked the moment they exist. */
function maskingTokens(credential: TokenCredential, host: Host): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const token = await credential.getToken(scopes, options)
      if (token?.token) host.setSecret(token.token)
      return token
    }
  }
}
