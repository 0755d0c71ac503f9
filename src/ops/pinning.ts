import * as path from 'node:path'
import type { AgentPool, ManagedCluster, Snapshot } from '@azure/arm-containerservice'
import { AzureOperationError, PreflightError, UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { known, NOT_STATED, unknown, type Declaration, type SnapshotInfo, type Value } from '../model.js'
import { CatalogError, loadCatalog, resolvePin, sameId, type Catalog } from '../policy/catalog.js'
import { loadConfig } from '../policy/config.js'
import type { Policy } from '../rules/types.js'
import type { AzureContext } from '../azure/context.js'
import { clusterId as formatClusterId, normalizeRegion, parseSnapshotId } from '../azure/ids.js'
import { snapshotInfo, supportedVersionList } from '../azure/snapshots.js'
import { preflight } from './preflight.js'

/**
 * What create-nodepool, upgrade-nodepool and create-cluster share: which
 * snapshot (snapshot-id, or a pin of the catalog), reading it and the
 * cluster live, preflight, waiting for a long-running operation, and the
 * shape of outputs, summaries and CLI text.
 */

export const NOTHING_CHANGED = 'Nothing was changed in Azure.'

export interface PolicyContext {
  policy: Policy
  catalog?: Catalog
  catalogFile?: string
}

/** `.aks-snapshot.yml` (or `config`) for the region policy; the catalog of `catalog`, else the configured one, else `.aks-snapshots.json` when present. */
export async function loadPolicy(inputs: Inputs, cwd = process.cwd()): Promise<PolicyContext> {
  const config = await loadConfig(cwd, inputs.string('config'))
  const given = inputs.string('catalog')
  const catalogFile = given ? path.resolve(cwd, given) : config.catalog
  let catalog: Catalog | undefined
  if (catalogFile) {
    try {
      catalog = await loadCatalog(catalogFile)
    } catch (err) {
      if (err instanceof CatalogError)
        throw new UsageError(err.message.replace(catalogFile, path.relative(cwd, catalogFile) || catalogFile))
      throw err
    }
  }
  return { policy: { snapshotRegion: config.snapshotRegion }, ...(catalog ? { catalog } : {}), ...(catalogFile ? { catalogFile } : {}) }
}

export interface SnapshotChoice {
  id: string
  /** How the user named it, for messages: `snapshot-id`, `pin prod`. */
  via: string
}

/** `snapshot-id` or `pin` (exactly one); a pin is resolved through the catalog. */
export function chooseSnapshot(inputs: Inputs, policy: PolicyContext, cwd = process.cwd()): SnapshotChoice {
  const given = inputs.string('snapshot-id')
  const pin = inputs.string('pin')
  if (given && pin) throw new UsageError(`give either ${inputs.describe('snapshot-id')} or ${inputs.describe('pin')}, not both`)
  if (!given && !pin) throw new UsageError(`${inputs.describe('snapshot-id')} or ${inputs.describe('pin')} (with a catalog) is required`)
  let id = given
  let via = 'snapshot-id'
  if (pin) {
    if (!policy.catalog || !policy.catalogFile)
      throw new UsageError(
        `${inputs.describe('pin')} needs a catalog: give ${inputs.describe('catalog')}, or put .aks-snapshots.json in the working directory`
      )
    try {
      id = resolvePin(policy.catalog, pin, path.relative(cwd, policy.catalogFile) || policy.catalogFile)
    } catch (err) {
      if (err instanceof CatalogError) throw new UsageError(err.message)
      throw err
    }
    via = `pin ${pin}`
  }
  if (!parseSnapshotId(id!))
    throw new UsageError(
      `${via === 'snapshot-id' ? inputs.describe('snapshot-id') : `${via} in the catalog`} must be a node pool snapshot id (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/snapshots/…), not '${id}'`
    )
  return { id: id!, via }
}

/** The subscription of the snapshot, when subscription-id does not say otherwise (openAzure's fallback). */
export const snapshotSubscription = (id: string): string | undefined => parseSnapshotId(id)?.subscriptionId

export { isoSeconds, snapshotInfo } from '../azure/snapshots.js'

/** The major.minor versions AKS offers in a region (preview ones excluded), or undefined when ARM does not know the region. */
export async function supportedVersions(azure: AzureContext, region: string): Promise<string[] | undefined> {
  const id = `/subscriptions/${azure.subscriptionId}/providers/Microsoft.ContainerService/locations/${region}/kubernetesVersions`
  try {
    const result = await azure.call('list Kubernetes versions', id, () =>
      azure.client.managedClusters.listKubernetesVersions(region, azure.options)
    )
    const versions = supportedVersionList(result)
    return versions.length ? versions : undefined
  } catch (err) {
    // An unknown region: no list, so no unsupported-version finding (SPEC §5).
    if (err instanceof AzureOperationError && (err.details.status === 404 || err.details.status === 400)) return undefined
    throw err
  }
}

/** Reads the snapshot; a missing one stops the mode before any write. */
export async function readSnapshot(azure: AzureContext, choice: SnapshotChoice): Promise<SnapshotInfo> {
  const ref = parseSnapshotId(choice.id)!
  if (!sameId(ref.subscriptionId, azure.subscriptionId))
    throw new UsageError(`snapshot ${choice.id} is in subscription ${ref.subscriptionId}, but subscription-id is ${azure.subscriptionId}`)
  let found: Snapshot | undefined
  try {
    found = await azure.getOptional('read snapshot', choice.id, () =>
      azure.client.snapshots.get(ref.resourceGroup, ref.name, azure.options)
    )
  } catch (err) {
    if (err instanceof AzureOperationError && err.details.code === 'ResourceGroupNotFound')
      throw new PreflightError(
        `snapshot ${choice.id} (${choice.via}) not found: resource group ${ref.resourceGroup} does not exist. Nothing was changed in Azure.`
      )
    throw err
  }
  if (!found) throw new PreflightError(`snapshot ${choice.id} (${choice.via}) not found. Nothing was changed in Azure.`)
  return snapshotInfo(found)
}

/** Reads a cluster; `optional` answers undefined when it does not exist (create-cluster), otherwise a missing one is a clear preflight error. */
export async function readCluster(
  azure: AzureContext,
  resourceGroup: string,
  name: string,
  optional = false
): Promise<ManagedCluster | undefined> {
  const id = formatClusterId({ subscriptionId: azure.subscriptionId, resourceGroup, cluster: name })
  try {
    return await azure.call('read cluster', id, () => azure.client.managedClusters.get(resourceGroup, name, azure.options), NOTHING_CHANGED)
  } catch (err) {
    if (!(err instanceof AzureOperationError) || err.details.status !== 404) throw err
    if (err.details.code === 'ResourceGroupNotFound')
      throw new PreflightError(`resource group ${resourceGroup} not found in subscription ${azure.subscriptionId}. ${NOTHING_CHANGED}`)
    if (optional) return undefined
    throw new PreflightError(
      `cluster ${name} not found in resource group ${resourceGroup} (subscription ${azure.subscriptionId}). ${NOTHING_CHANGED}`
    )
  }
}

export async function readPool(azure: AzureContext, resourceGroup: string, cluster: string, pool: string): Promise<AgentPool | undefined> {
  const id = `${formatClusterId({ subscriptionId: azure.subscriptionId, resourceGroup, cluster })}/agentPools/${pool}`
  return azure.getOptional('read node pool', id, () => azure.client.agentPools.get(resourceGroup, cluster, pool, azure.options))
}

/** `known(v)` for a value that is there, else unknown 'not stated' (rules stay silent). */
export function stated<T>(v: T | undefined | null): Value<T> {
  return v === undefined || v === null || v === '' ? unknown(NOT_STATED) : known(v)
}

/**
 * Preflight for the pinning modes: the rules over the declarations, with the
 * snapshot's live properties (which win over a catalog entry of the same id)
 * and the region's supported versions read live. Findings that two
 * declarations of one operation both raise are reported once.
 */
export async function pinningPreflight(
  declarations: Declaration[],
  snapshot: SnapshotInfo,
  azure: AzureContext,
  host: Host,
  policy: PolicyContext
): Promise<void> {
  const catalog: Catalog | undefined = policy.catalog
    ? { ...policy.catalog, snapshots: policy.catalog.snapshots.map((s) => (sameId(s.id, snapshot.id) ? { ...s, ...snapshot } : s)) }
    : undefined
  for (const d of declarations) if ((d.kind === 'pool' || d.kind === 'upgrade') && d.snapshot) d.snapshot.resolved = snapshot
  const versions = new Map<string, Promise<string[] | undefined>>()
  await preflight(declarations, host, {
    policy: policy.policy,
    ...(catalog ? { catalog } : {}),
    // The snapshot was read already (resolved above); only the region's versions are asked for.
    supportedVersionsLive: (region) => {
      const key = normalizeRegion(region)
      if (!versions.has(key)) versions.set(key, supportedVersions(azure, key))
      return versions.get(key)!
    }
  })
}

/** A long-running operation as the SDK returns it (core-lro's PollerLike). */
export interface Operation<T> extends PromiseLike<T> {
  onProgress(callback: (state: { status: string }) => void): unknown
}

export interface WaitOptions {
  /** `creating node pool np2 in cluster aks1`. */
  what: string
  /** For the error when the operation ends Failed: `create node pool` and the resource id. */
  step: string
  resourceId: string
  /** Heartbeat period (default 30 s): a line while Azure works, so a long upgrade never looks hung. */
  heartbeatMs?: number
}

/**
 * Waits for a long-running operation with progress lines: one when it starts,
 * one at each change of status, a heartbeat while it runs, and one at the end
 * with the time it took. An operation that ends Failed becomes an
 * AzureOperationError with the operation's own code and message.
 */
export async function waitFor<T>(host: Host, operation: Operation<T>, options: WaitOptions): Promise<T> {
  const started = Date.now()
  const elapsed = () => formatDuration(Date.now() - started)
  let last = ''
  host.info(`Started ${options.what}; waiting for Azure to finish`)
  operation.onProgress((state) => {
    if (state.status !== last) {
      last = state.status
      host.info(`${capitalize(options.what)}: ${state.status} (${elapsed()})`)
    }
  })
  const timer = setInterval(
    () => host.info(`Still ${options.what} (${last || 'running'}, ${elapsed()} so far)`),
    options.heartbeatMs ?? 30_000
  )
  timer.unref()
  try {
    const result = await operation
    host.info(`Finished ${options.what} in ${elapsed()}`)
    return result
  } catch (err) {
    throw operationFailure(err, options) ?? err
  } finally {
    clearInterval(timer)
  }
}

/** core-lro reports a failed operation as a plain Error: `The long-running operation has failed. <code>. <message>`. */
function operationFailure(err: unknown, options: WaitOptions): AzureOperationError | undefined {
  const text = err instanceof Error ? err.message : ''
  const m = /^The long-running operation has (failed|been canceled)(?:\. ([^.\s]+)\. ([\s\S]*))?$/.exec(text)
  if (!m) return undefined
  return new AzureOperationError({
    step: options.step,
    resourceId: options.resourceId,
    code: m[2] ?? (m[1] === 'failed' ? 'OperationFailed' : 'OperationCanceled'),
    armMessage: (m[3] ?? `the operation ${m[1] === 'failed' ? 'failed' : 'was canceled'} in Azure`).trim().replace(/\.$/, ''),
    state: 'Azure ran the operation and it did not succeed: check the resource.'
  })
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * After a write failed: what now exists, read back so the message says it
 * (`the node pool np2 now exists in state Failed`). A read that fails too (or
 * a timeout, whose signal is spent) leaves the cautious default.
 */
export async function stateAfterFailure(err: unknown, azure: AzureContext, read: () => Promise<string | undefined>): Promise<unknown> {
  if (!(err instanceof AzureOperationError) || azure.signal.aborted) return err
  try {
    const now = await read()
    if (now) return new AzureOperationError({ ...err.details, state: now })
  } catch {
    // Keep the original error and its cautious state.
  }
  return err
}

/** The outputs every pool mode sets (SPEC §4). */
export function poolOutputs(pool: AgentPool, fallbackId: string): Array<[string, string]> {
  return [
    ['nodepool-id', pool.id ?? fallbackId],
    ['kubernetes-version', pool.currentOrchestratorVersion ?? pool.orchestratorVersion ?? ''],
    ['node-image-version', pool.nodeImageVersion ?? ''],
    ['provisioning-state', pool.provisioningState ?? '']
  ]
}

const cell = (v: string): string => (v ? `\`${v.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '')

export interface Outcome {
  /** `Created node pool np2 in cluster aks1 from snapshot snap1`. */
  title: string
  outputs: Array<[string, string]>
  /** Extra rows for the summary and text (snapshot id, how it was chosen, the operation). */
  details: Array<[string, string]>
}

/** Outputs, job summary (action), and the CLI's text or `--json`. */
export async function report(outcome: Outcome, host: Host, json: boolean): Promise<void> {
  for (const [name, value] of outcome.outputs) host.setOutput(name, value)
  const rows = [...outcome.outputs, ...outcome.details]
  if (host.isAction)
    await host.addSummary(
      [`### ${outcome.title}`, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ''].join('\n')
    )
  if (json && !host.isAction) host.print(JSON.stringify(Object.fromEntries(rows), null, 2))
  else {
    const width = Math.max(...rows.map(([k]) => k.length))
    host.print([outcome.title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n'))
  }
}

/**
 * `nodepool-properties` / `cluster-properties` are written as in an ARM
 * template's `properties`; the SDK model names a few of them differently.
 */
const POOL_RENAMES: Record<string, string> = { type: 'typePropertiesType', enableFIPS: 'enableFips' }
const CLUSTER_RENAMES: Record<string, string> = { enableRBAC: 'enableRbac' }

export function poolPropertiesFromArm(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [POOL_RENAMES[k] ?? k, v]))
}

export function clusterPropertiesFromArm(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [
      CLUSTER_RENAMES[k] ?? k,
      // A cluster's pool profiles keep `type`; only enableFIPS is renamed there.
      k === 'agentPoolProfiles' && Array.isArray(v)
        ? v.map((p) =>
            isObject(p) ? Object.fromEntries(Object.entries(p).map(([pk, pv]) => [pk === 'enableFIPS' ? 'enableFips' : pk, pv])) : p
          )
        : v
    ])
  )
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** AKS pool names: lower-case letters and digits, starting with a letter, at most 12 (Linux) or 6 (Windows) characters. */
export function checkPoolName(inputs: Inputs, name: string, osType: string | undefined): void {
  const max = osType?.toLowerCase() === 'windows' ? 6 : 12
  if (!new RegExp(`^[a-z][a-z0-9]{0,${max - 1}}$`).test(name))
    throw new UsageError(
      `${inputs.describe('nodepool-name')} '${name}' is not a valid ${osType === 'Windows' ? 'Windows ' : ''}node pool name: lower-case letters and digits, starting with a letter, at most ${max} characters`
    )
}
