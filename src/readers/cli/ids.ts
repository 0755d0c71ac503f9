import { UNKNOWN_PART } from '../../model.js'

/** What the reader tracks by name: `rg/cluster/pool`, `rg/snapshot`, keyed case-insensitively. */
export type ResourceRef =
  { type: 'cluster'; key: string } | { type: 'pool'; key: string; clusterKey: string } | { type: 'snapshot'; key: string }

/** An id segment: the known text, or `{?}`. */
export type Segment = string | undefined

const seg = (s: Segment): string => (s === undefined || s === '' ? UNKNOWN_PART : s)

export function clusterId(sub: Segment, rg: Segment, cluster: Segment): string {
  return `/subscriptions/${seg(sub)}/resourceGroups/${seg(rg)}/providers/Microsoft.ContainerService/managedClusters/${seg(cluster)}`
}

export function poolId(sub: Segment, rg: Segment, cluster: Segment, pool: Segment): string {
  return `${clusterId(sub, rg, cluster)}/agentPools/${seg(pool)}`
}

export function snapshotId(sub: Segment, rg: Segment, name: Segment): string {
  return `/subscriptions/${seg(sub)}/resourceGroups/${seg(rg)}/providers/Microsoft.ContainerService/snapshots/${seg(name)}`
}

/** Reads the names out of a pool or snapshot id written in full; unknown parts stay undefined. */
export function parseId(id: string): { type: 'pool' | 'snapshot' | 'cluster'; rg?: string; cluster?: string; name?: string } | undefined {
  const known = (s: string): string | undefined => (s.includes(UNKNOWN_PART) ? undefined : s)
  const pool = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.containerservice\/managedclusters\/([^/]+)\/agentpools\/([^/]+)\/?$/i.exec(
    id
  )
  if (pool) return { type: 'pool', rg: known(pool[1]), cluster: known(pool[2]), name: known(pool[3]) }
  const snap = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.containerservice\/snapshots\/([^/]+)\/?$/i.exec(id)
  if (snap) return { type: 'snapshot', rg: known(snap[1]), name: known(snap[2]) }
  const cluster = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.containerservice\/managedclusters\/([^/]+)\/?$/i.exec(id)
  if (cluster) return { type: 'cluster', rg: known(cluster[1]), name: known(cluster[2]) }
  return undefined
}
