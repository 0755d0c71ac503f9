import type { AgentPool, Snapshot } from '@azure/arm-containerservice'
import { AzureOperationError, PreflightError, UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { known, type SnapshotDeclaration, type SnapshotInfo } from '../model.js'
import { addToCatalog, CatalogError, DEFAULT_CATALOG } from '../policy/catalog.js'
import { familyLabel, parseVmSize } from '../policy/vm-family.js'
import { openAzure, type AzureContext } from '../azure/context.js'
import {
  clusterId as formatClusterId,
  parsePoolId,
  poolId as formatPoolId,
  snapshotId as formatSnapshotId,
  sameId,
  type PoolRef
} from '../azure/ids.js'
import { snapshotInfo } from '../azure/snapshots.js'
import { LIVE_SPAN, preflight } from './preflight.js'

/**
 * `snapshot` mode (SPEC §3): read the pool and its cluster, preflight
 * (region, pool state, an existing snapshot of that name), PUT the snapshot,
 * read it back, then outputs, job summary, CLI text or JSON, and catalog.
 */

export const IF_EXISTS = ['fail', 'reuse'] as const

export interface SnapshotRequest {
  /** The source pool; its subscription is filled in once Azure access is open. */
  pool: PoolRef
  name: string
  snapshotResourceGroup: string
  location?: string
  tags: Record<string, string>
  ifExists: (typeof IF_EXISTS)[number]
  catalog?: string
  pin?: string
  json: boolean
}

/** AKS snapshot names: letters, digits, `-` and `_`, 1 to 63 characters, starting and ending with a letter or digit. */
const NAME = /^[a-zA-Z0-9](?:[-_a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/

/** `<cluster>-<pool>-<UTC yyyyMMddHHmm>`; a long cluster name is shortened so that the name stays within 63 characters. */
export function defaultSnapshotName(cluster: string, pool: string, now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}${p(now.getUTCHours())}${p(now.getUTCMinutes())}`
  const room = 63 - pool.length - stamp.length - 2
  const c = cluster.slice(0, Math.max(1, room)).replace(/[-_]+$/, '')
  return `${c}-${pool}-${stamp}`
}

/**
 * The tags every snapshot gets: who made it, and in Actions (the action, or the CLI in a workflow step)
 * which run and commit. Given tags win.
 */
export function defaultTags(env: NodeJS.ProcessEnv, isAction: boolean): Record<string, string> {
  const tags: Record<string, string> = { 'created-by': 'aks-snapshot' }
  if (isAction || env.GITHUB_ACTIONS === 'true') {
    if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
      tags['github-run'] = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    if (env.GITHUB_SHA) tags['github-sha'] = env.GITHUB_SHA
  }
  return tags
}

/** Reads and checks the inputs; the subscription is the pool id's when nodepool-id is given. */
export function readSnapshotInputs(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  isAction: boolean,
  now: Date
): SnapshotRequest & { subscriptionFromPool?: string } {
  const nodepoolId = inputs.string('nodepool-id')
  let pool: Omit<PoolRef, 'subscriptionId'> & { subscriptionId?: string }
  if (nodepoolId) {
    for (const name of ['resource-group', 'cluster-name', 'nodepool-name'])
      if (inputs.string(name))
        throw new UsageError(
          `give either ${inputs.describe('nodepool-id')} or ${inputs.describe(name)} with the cluster and pool names, not both`
        )
    const parsed = parsePoolId(nodepoolId)
    if (!parsed)
      throw new UsageError(
        `${inputs.describe('nodepool-id')} must be a node pool id (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…/agentPools/…), not '${nodepoolId}'`
      )
    pool = parsed
  } else {
    const hint = `or give ${inputs.describe('nodepool-id')}`
    pool = {
      resourceGroup: inputs.required('resource-group', hint),
      cluster: inputs.required('cluster-name', hint),
      pool: inputs.required('nodepool-name', hint)
    }
  }
  const name = inputs.string('snapshot-name') ?? defaultSnapshotName(pool.cluster, pool.pool, now)
  if (!NAME.test(name))
    throw new UsageError(
      `${inputs.describe('snapshot-name')} '${name}' is not a valid snapshot name: 1 to 63 letters, digits, '-' or '_', starting and ending with a letter or digit`
    )
  const pin = inputs.string('pin')
  const catalog = inputs.string('catalog') ?? (pin ? DEFAULT_CATALOG : undefined)
  return {
    pool: { ...pool, subscriptionId: pool.subscriptionId ?? '' },
    ...(pool.subscriptionId ? { subscriptionFromPool: pool.subscriptionId } : {}),
    name,
    snapshotResourceGroup: inputs.string('snapshot-resource-group') ?? pool.resourceGroup,
    ...(inputs.string('location') ? { location: inputs.string('location') } : {}),
    tags: { ...defaultTags(env, isAction), ...inputs.keyValues('tags') },
    ifExists: inputs.choice('if-exists', IF_EXISTS, 'fail'),
    ...(catalog ? { catalog } : {}),
    ...(pin ? { pin } : {}),
    json: inputs.boolean('json', false)
  }
}

export async function run(inputs: Inputs, host: Host): Promise<number> {
  const env = process.env
  const request = readSnapshotInputs(inputs, env, host.isAction, new Date())
  const subscriptionInput = inputs.string('subscription-id')
  if (request.subscriptionFromPool && subscriptionInput && !sameId(subscriptionInput, request.subscriptionFromPool))
    throw new UsageError(
      `${inputs.describe('nodepool-id')} is in subscription ${request.subscriptionFromPool}, but ${inputs.describe('subscription-id')} is ${subscriptionInput}`
    )
  const azure = await openAzure(inputs, host, env, request.subscriptionFromPool)
  try {
    const result = await takeSnapshot(azure, { ...request, pool: { ...request.pool, subscriptionId: azure.subscriptionId } }, host)
    await report(result, request, host)
    return 0
  } finally {
    azure.close()
  }
}

export interface SnapshotResult {
  info: SnapshotInfo & { name: string; location: string }
  reused: boolean
}

async function takeSnapshot(azure: AzureContext, req: SnapshotRequest, host: Host): Promise<SnapshotResult> {
  const { pool } = req
  const { client, options } = azure
  const clusterId = formatClusterId(pool)
  const poolId = formatPoolId(pool)
  const snapshotId = formatSnapshotId({ subscriptionId: pool.subscriptionId, resourceGroup: req.snapshotResourceGroup, name: req.name })

  host.info(`Reading node pool ${pool.pool} of cluster ${pool.cluster} (resource group ${pool.resourceGroup})`)
  const cluster = await readOrExplain(
    azure,
    'read cluster',
    clusterId,
    () => client.managedClusters.get(pool.resourceGroup, pool.cluster, options),
    {
      resourceGroup: `resource group ${pool.resourceGroup} not found in subscription ${pool.subscriptionId}`,
      resource: `cluster ${pool.cluster} not found in resource group ${pool.resourceGroup} (subscription ${pool.subscriptionId})`
    }
  )
  const source = await readOrExplain(
    azure,
    'read node pool',
    poolId,
    () => client.agentPools.get(pool.resourceGroup, pool.cluster, pool.pool, options),
    {
      resource: `node pool ${pool.pool} not found in cluster ${pool.cluster} (resource group ${pool.resourceGroup})`
    }
  )
  const clusterRegion = cluster.location
  const sourceId = source.id ?? poolId

  // Preflight: nothing below writes until the region, the pool's state and the name are fine.
  const requested = req.location ?? clusterRegion
  const declaration: SnapshotDeclaration = {
    kind: 'snapshot',
    span: LIVE_SPAN,
    source: 'live',
    resource: `snapshots/${req.name}`,
    name: known(req.name),
    id: known(snapshotId),
    location: known(requested),
    sourceResourceId: known(sourceId),
    sourceLocation: known(clusterRegion),
    properties: poolProperties(source, clusterRegion)
  }
  await preflight([declaration], host)
  const state = source.provisioningState
  if (state !== 'Succeeded')
    throw new PreflightError(
      `node pool ${pool.pool} of cluster ${pool.cluster} is in state ${state ?? 'unknown'}, not Succeeded: wait for its operation to finish, or repair it, then take the snapshot. Nothing was changed in Azure.`
    )

  const existing = await readOrExplain(
    azure,
    'read snapshot',
    snapshotId,
    () => client.snapshots.get(req.snapshotResourceGroup, req.name, options),
    {
      resourceGroup: `resource group ${req.snapshotResourceGroup} (snapshot-resource-group) not found in subscription ${pool.subscriptionId}`
    },
    true
  )
  if (existing) {
    const from = existing.creationData?.sourceResourceId ?? 'an unknown source'
    if (req.ifExists === 'reuse' && sameId(from, sourceId)) {
      host.info(`Snapshot ${req.name} already exists and was taken from the same node pool: reusing it (if-exists: reuse)`)
      return { info: toInfo(existing, sourceId), reused: true }
    }
    throw new PreflightError(
      req.ifExists === 'reuse'
        ? `snapshot ${req.name} already exists in resource group ${req.snapshotResourceGroup} but was taken from ${from}, not from ${sourceId}: choose another snapshot-name. Nothing was changed in Azure.`
        : `snapshot ${req.name} already exists in resource group ${req.snapshotResourceGroup} (taken from ${from}): choose another snapshot-name, or set if-exists to reuse. Nothing was changed in Azure.`
    )
  }

  host.info(`Creating snapshot ${req.name} of ${sourceId} in ${clusterRegion}`)
  await azure.call(
    'create snapshot',
    snapshotId,
    () =>
      client.snapshots.createOrUpdate(
        req.snapshotResourceGroup,
        req.name,
        { location: clusterRegion, tags: req.tags, creationData: { sourceResourceId: sourceId }, snapshotType: 'NodePool' },
        options
      ),
    `The snapshot ${snapshotId} may or may not have been created: check it with az aks nodepool snapshot show before trying again.`
  )
  const created = await azure.call(
    'read snapshot',
    snapshotId,
    () => client.snapshots.get(req.snapshotResourceGroup, req.name, options),
    `The snapshot ${snapshotId} was created, but could not be read back.`
  )
  host.info(`Snapshot ${snapshotId} created`)
  return { info: toInfo(created, sourceId), reused: false }
}

/** A GET whose 404 becomes a clear sentence; `optional` turns a missing resource (not a missing group) into `undefined`. */
async function readOrExplain<T>(
  azure: AzureContext,
  step: string,
  id: string,
  fn: () => Promise<T>,
  missing: { resourceGroup?: string; resource: string }
): Promise<T>
async function readOrExplain<T>(
  azure: AzureContext,
  step: string,
  id: string,
  fn: () => Promise<T>,
  missing: { resourceGroup?: string },
  optional: true
): Promise<T | undefined>
async function readOrExplain<T>(
  azure: AzureContext,
  step: string,
  id: string,
  fn: () => Promise<T>,
  missing: { resourceGroup?: string; resource?: string },
  optional = false
): Promise<T | undefined> {
  try {
    return await azure.call(step, id, fn)
  } catch (err) {
    const d = err instanceof AzureOperationError ? err.details : undefined
    if (d && d.status === 404) {
      if (d.code === 'ResourceGroupNotFound' && missing.resourceGroup)
        throw new PreflightError(`${missing.resourceGroup}. Nothing was changed in Azure.`)
      if (optional) return undefined
      if (missing.resource) throw new PreflightError(`${missing.resource}. Nothing was changed in Azure.`)
    }
    throw err
  }
}

function poolProperties(pool: AgentPool, region: string): Partial<SnapshotInfo> {
  return {
    location: region,
    ...((pool.currentOrchestratorVersion ?? pool.orchestratorVersion)
      ? { kubernetesVersion: pool.currentOrchestratorVersion ?? pool.orchestratorVersion }
      : {}),
    ...(pool.nodeImageVersion ? { nodeImageVersion: pool.nodeImageVersion } : {}),
    ...(pool.osType ? { osType: pool.osType } : {}),
    ...(pool.osSKU ? { osSku: pool.osSKU } : {}),
    ...(pool.vmSize ? { vmSize: pool.vmSize } : {}),
    ...(pool.enableFips !== undefined ? { enableFips: pool.enableFips } : {}),
    ...(pool.id ? { sourceResourceId: pool.id } : {})
  }
}

function toInfo(s: Snapshot, sourceId: string): SnapshotResult['info'] {
  const info = snapshotInfo(s)
  return {
    ...info,
    name: s.name ?? '',
    location: s.location,
    enableFips: s.enableFips ?? false,
    sourceResourceId: info.sourceResourceId ?? sourceId
  }
}

/** The outputs of SPEC §3, in order. */
export function snapshotOutputs(info: SnapshotResult['info']): Array<[string, string]> {
  const size = info.vmSize ? parseVmSize(info.vmSize) : undefined
  return [
    ['snapshot-id', info.id],
    ['snapshot-name', info.name],
    ['location', info.location],
    ['kubernetes-version', info.kubernetesVersion ?? ''],
    ['node-image-version', info.nodeImageVersion ?? ''],
    ['os-type', info.osType ?? ''],
    ['os-sku', info.osSku ?? ''],
    ['vm-size', info.vmSize ?? ''],
    ['vm-family', size ? familyLabel(size) : ''],
    ['enable-fips', String(info.enableFips ?? false)],
    ['source-nodepool-id', info.sourceResourceId ?? ''],
    ['created', info.created ?? '']
  ]
}

const cell = (v: string): string => (v ? `\`${v.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '')

export function snapshotSummary(result: SnapshotResult): string {
  const rows = snapshotOutputs(result.info).map(([k, v]) => `| ${k} | ${cell(v)} |`)
  const title = `### Node pool snapshot ${result.info.name}${result.reused ? ' (reused)' : ''}`
  return [title, '', '| output | value |', '| --- | --- |', ...rows, ''].join('\n')
}

export function snapshotText(result: SnapshotResult): string {
  const outputs = snapshotOutputs(result.info)
  const width = Math.max(...outputs.map(([k]) => k.length))
  const head = result.reused ? `Reused snapshot ${result.info.name}` : `Created snapshot ${result.info.name}`
  return [head, ...outputs.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n')
}

export function snapshotJson(result: SnapshotResult): string {
  const out: Record<string, string | boolean> = Object.fromEntries(snapshotOutputs(result.info))
  out['enable-fips'] = result.info.enableFips ?? false
  out.reused = result.reused
  return JSON.stringify(out, null, 2)
}

async function report(result: SnapshotResult, req: SnapshotRequest, host: Host): Promise<void> {
  for (const [name, value] of snapshotOutputs(result.info)) host.setOutput(name, value)
  if (host.isAction) await host.addSummary(snapshotSummary(result))
  host.print(req.json && !host.isAction ? snapshotJson(result) : snapshotText(result))
  if (req.catalog) {
    try {
      await addToCatalog(req.catalog, result.info, req.pin)
    } catch (err) {
      const why = err instanceof CatalogError ? err.message : (err as Error).message
      throw new AzureOperationError({
        step: 'update the catalog',
        resourceId: result.info.id,
        armMessage: why,
        state: `The snapshot ${result.info.id} exists in Azure; the catalog ${req.catalog} was not updated`
      })
    }
    host.info(`Added ${result.info.id} to ${req.catalog}${req.pin ? ` and pinned ${req.pin} to it` : ''}`)
  }
}
