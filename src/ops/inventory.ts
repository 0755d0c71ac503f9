import type { ManagedCluster } from '@azure/arm-containerservice'
import { AzureOperationError, PreflightError } from '../errors.js'
import type { SnapshotInfo } from '../model.js'
import type { AzureContext } from '../azure/context.js'
import { NOTHING_CHANGED, snapshotInfo } from './pinning.js'
import type { PoolState } from './usage.js'

/**
 * What list and prune read: the snapshots in scope (a resource group or the
 * subscription, every page) and every node pool of every cluster in the
 * subscription, with the snapshot its creationData points at.
 */

const scopeId = (azure: AzureContext, resourceGroup?: string): string =>
  `/subscriptions/${azure.subscriptionId}${resourceGroup ? `/resourceGroups/${resourceGroup}` : ''}`

/**
 * The SDK's pager replaces ARM's message with `Pagination failed with
 * unexpected statusCode 403` (keeping the code): drop that sentence, and say
 * plainly when the resource group does not exist.
 */
async function listing<T>(
  azure: AzureContext,
  step: string,
  id: string,
  resourceGroup: string | undefined,
  fn: () => Promise<T>
): Promise<T> {
  try {
    return await azure.call(step, id, fn, NOTHING_CHANGED)
  } catch (err) {
    if (!(err instanceof AzureOperationError)) throw err
    if (err.details.code === 'ResourceGroupNotFound' && resourceGroup)
      throw new PreflightError(`resource group ${resourceGroup} not found in subscription ${azure.subscriptionId}. ${NOTHING_CHANGED}`)
    if (err.details.armMessage && /^Pagination failed with unexpected statusCode/.test(err.details.armMessage)) {
      const { armMessage: _generic, ...rest } = err.details
      throw new AzureOperationError(rest)
    }
    throw err
  }
}

export async function listSnapshots(azure: AzureContext, resourceGroup?: string): Promise<SnapshotInfo[]> {
  const id = `${scopeId(azure, resourceGroup)}/providers/Microsoft.ContainerService/snapshots`
  return listing(azure, 'list snapshots', id, resourceGroup, async () => {
    const out: SnapshotInfo[] = []
    const pages = resourceGroup
      ? azure.client.snapshots.listByResourceGroup(resourceGroup, azure.options)
      : azure.client.snapshots.list(azure.options)
    for await (const s of pages) if (!s.snapshotType || s.snapshotType === 'NodePool') out.push(snapshotInfo(s))
    return out
  })
}

/** Pools of every cluster in the subscription, from the clusters' agentPoolProfiles (one paged list, no call per cluster). */
export async function listPools(azure: AzureContext): Promise<PoolState[]> {
  return listing(azure, 'list clusters', `${scopeId(azure)}/providers/Microsoft.ContainerService/managedClusters`, undefined, async () => {
    const out: PoolState[] = []
    for await (const c of azure.client.managedClusters.list(azure.options)) out.push(...poolsOf(c))
    return out
  })
}

export function poolsOf(cluster: ManagedCluster): PoolState[] {
  const clusterId = cluster.id ?? ''
  return (cluster.agentPoolProfiles ?? []).map((p) => ({
    id: `${clusterId}/agentPools/${p.name}`,
    name: p.name,
    clusterId,
    ...(cluster.location ? { location: cluster.location } : {}),
    ...(p.vmSize ? { vmSize: p.vmSize } : {}),
    ...((p.currentOrchestratorVersion ?? p.orchestratorVersion)
      ? { kubernetesVersion: p.currentOrchestratorVersion ?? p.orchestratorVersion }
      : {}),
    ...(p.nodeImageVersion ? { nodeImageVersion: p.nodeImageVersion } : {}),
    ...(p.creationData?.sourceResourceId ? { snapshotId: p.creationData.sourceResourceId } : {}),
    ...(p.provisioningState ? { provisioningState: p.provisioningState } : {})
  }))
}

/** Whether a resource id lies in a resource group (ids compare case-insensitively). */
export function inResourceGroup(id: string, resourceGroup: string | undefined): boolean {
  if (!resourceGroup) return true
  return new RegExp(`^/subscriptions/[^/]+/resourceGroups/${resourceGroup.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'i').test(id)
}
