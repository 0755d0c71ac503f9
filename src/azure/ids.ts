import { sameId } from '../model.js'

/**
 * Azure resource ids of the resources aks-snapshot touches. Ids compare
 * case-insensitively (`resourceGroups` = `resourcegroups`): AKS itself
 * returns pool ids with `resourcegroups` in lower case.
 */
export { sameId }

export interface PoolRef {
  subscriptionId: string
  resourceGroup: string
  cluster: string
  pool: string
}

export interface SnapshotRef {
  subscriptionId: string
  resourceGroup: string
  name: string
}

export interface ClusterRef {
  subscriptionId: string
  resourceGroup: string
  cluster: string
}

const SEG = '([^/]+)'
const POOL = new RegExp(
  `^/subscriptions/${SEG}/resourceGroups/${SEG}/providers/Microsoft\\.ContainerService/managedClusters/${SEG}/agentPools/${SEG}/?$`,
  'i'
)
const CLUSTER = new RegExp(
  `^/subscriptions/${SEG}/resourceGroups/${SEG}/providers/Microsoft\\.ContainerService/managedClusters/${SEG}/?$`,
  'i'
)
const SNAPSHOT = new RegExp(`^/subscriptions/${SEG}/resourceGroups/${SEG}/providers/Microsoft\\.ContainerService/snapshots/${SEG}/?$`, 'i')

export function parsePoolId(id: string): PoolRef | undefined {
  const m = POOL.exec(id.trim())
  return m ? { subscriptionId: m[1], resourceGroup: m[2], cluster: m[3], pool: m[4] } : undefined
}

export function parseClusterId(id: string): ClusterRef | undefined {
  const m = CLUSTER.exec(id.trim())
  return m ? { subscriptionId: m[1], resourceGroup: m[2], cluster: m[3] } : undefined
}

export function parseSnapshotId(id: string): SnapshotRef | undefined {
  const m = SNAPSHOT.exec(id.trim())
  return m ? { subscriptionId: m[1], resourceGroup: m[2], name: m[3] } : undefined
}

export const clusterId = (c: ClusterRef): string =>
  `/subscriptions/${c.subscriptionId}/resourceGroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.cluster}`

export const poolId = (p: PoolRef): string => `${clusterId(p)}/agentPools/${p.pool}`

export const snapshotId = (s: SnapshotRef): string =>
  `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers/Microsoft.ContainerService/snapshots/${s.name}`

export { normalizeRegion, sameRegion } from '../model.js'
