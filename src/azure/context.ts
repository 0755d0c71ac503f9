import type { ContainerServiceClient } from '@azure/arm-containerservice'
import { UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { resolveCloud, type Cloud } from './clouds.js'
import { createCredential, describePlan, planCredential, type CredentialPlan } from './credentials.js'
import { armCall, armGetOptional, type CallContext } from './errors.js'

/**
 * What every Azure mode starts with: one credential, one ContainerServiceClient
 * per subscription (the SDK's pipeline and retry policy: 429 and 5xx honouring
 * Retry-After), one abort signal for `timeout-minutes`, and `call`/`getOptional`,
 * which wrap SDK calls so that failures become one AzureOperationError line.
 *
 *   const azure = await openAzure(inputs, host)
 *   const pool = await azure.call('read node pool', id, () => azure.client.agentPools.get(rg, c, p, azure.options))
 */
export interface AzureSession {
  cloud: Cloud
  credential: CredentialPlan
  /** Aborts when timeout-minutes have passed. */
  signal: AbortSignal
  timeoutMinutes: number
  /** Pass to every SDK call: carries the abort signal (and the poll interval of long-running operations). */
  options: { abortSignal: AbortSignal; updateIntervalInMs?: number }
  /** The client of a subscription (one per subscription, sharing the credential). */
  clientFor(subscriptionId: string): ContainerServiceClient
  call<T>(step: string, resourceId: string, fn: () => Promise<T>, state?: string): Promise<T>
  /** A read where 404 means "not there" (`undefined`). */
  getOptional<T>(step: string, resourceId: string, fn: () => Promise<T>): Promise<T | undefined>
  /** Clears the timeout timer. */
  close(): void
}

/** A session bound to the mode's subscription. */
export interface AzureContext extends AzureSession {
  client: ContainerServiceClient
  subscriptionId: string
}

/**
 * Process-wide transport settings for a process that cannot be started with
 * NODE_EXTRA_CA_CERTS (tests that run the emulator in the same process).
 * The action and the CLI never set them.
 */
export const transportOverrides: { ca?: string; updateIntervalInMs?: number } = {}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `subscription-id`, else the subscription of an id the mode was given (nodepool-id), else AZURE_SUBSCRIPTION_ID. */
export function readSubscription(inputs: Inputs, env: NodeJS.ProcessEnv, fromId?: string): string {
  const id = inputs.string('subscription-id') ?? fromId ?? env.AZURE_SUBSCRIPTION_ID?.trim()
  if (!id) throw new UsageError(`${inputs.describe('subscription-id')} is required (or set AZURE_SUBSCRIPTION_ID)`)
  if (!GUID.test(id)) throw new UsageError(`${inputs.describe('subscription-id')} must be a subscription id (a GUID), not '${id}'`)
  return id
}

export async function openAzure(
  inputs: Inputs,
  host: Host,
  env: NodeJS.ProcessEnv = process.env,
  subscriptionFromId?: string
): Promise<AzureContext> {
  const subscriptionId = readSubscription(inputs, env, subscriptionFromId)
  const session = await openSession(inputs, host, env)
  host.debug(`Azure subscription ${subscriptionId}`)
  return { ...session, subscriptionId, client: session.clientFor(subscriptionId) }
}

/** Azure access without a fixed subscription (lint's resolve-live reads snapshots wherever their ids point). */
export async function openSession(inputs: Inputs, host: Host, env: NodeJS.ProcessEnv = process.env): Promise<AzureSession> {
  const cloud = resolveCloud(inputs)
  const plan = planCredential(inputs, cloud, env)
  const timeoutMinutes = inputs.integer('timeout-minutes', 30, { min: 1 })
  const tls = transportOverrides.ca ? { ca: transportOverrides.ca } : undefined
  const credential = await createCredential(plan, host, env, tls)
  const { ContainerServiceClient } = await import('@azure/arm-containerservice')
  const clients = new Map<string, ContainerServiceClient>()
  const clientFor = (subscriptionId: string): ContainerServiceClient => {
    const key = subscriptionId.toLowerCase()
    let client = clients.get(key)
    if (!client) {
      client = new ContainerServiceClient(credential, subscriptionId, {
        endpoint: cloud.armEndpoint,
        credentials: { scopes: [cloud.scope] },
        userAgentOptions: { userAgentPrefix: 'aks-snapshot' },
        ...(tls ? { tlsOptions: tls } : {})
      })
      clients.set(key, client)
    }
    return client
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMinutes * 60_000)
  timer.unref()
  const context: CallContext = { signIn: describePlan(plan), timeoutMinutes }
  host.debug(`Azure: ${cloud.environment} ${cloud.armEndpoint}, sign-in ${describePlan(plan)}`)
  return {
    cloud,
    credential: plan,
    signal: controller.signal,
    timeoutMinutes,
    options: {
      abortSignal: controller.signal,
      ...(transportOverrides.updateIntervalInMs !== undefined ? { updateIntervalInMs: transportOverrides.updateIntervalInMs } : {})
    },
    clientFor,
    call: (step, resourceId, fn, state) => armCall(step, resourceId, fn, { ...(state ? { state } : {}), context }),
    getOptional: (step, resourceId, fn) => armGetOptional(step, resourceId, fn, context),
    close: () => clearTimeout(timer)
  }
}
