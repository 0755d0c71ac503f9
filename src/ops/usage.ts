import type { SnapshotInfo } from '../model.js'
import { sameId } from '../policy/catalog.js'

/** A node pool as list and prune see it: what it runs and which snapshot it was built from. */
export interface PoolState {
  id: string
  name: string
  clusterId: string
  location?: string
  vmSize?: string
  kubernetesVersion?: string
  nodeImageVersion?: string
  /** `creationData.sourceResourceId`, when the pool was created or upgraded from a snapshot. */
  snapshotId?: string
  provisioningState?: string
}

export interface SnapshotUsage {
  id: string
  name: string
  location?: string
  sourceResourceId?: string
  kubernetesVersion?: string
  nodeImageVersion?: string
  vmSize?: string
  created?: string
  ageDays?: number
  /** Pools whose creationData points at this snapshot. */
  usedBy: string[]
  /** Pools built from this snapshot whose node image has since moved away from it. */
  drift: { poolId: string; nodeImageVersion?: string }[]
}

export interface UsageReport {
  snapshots: SnapshotUsage[]
  /** Pools in scope that no snapshot pins. */
  unpinned: string[]
  /** Pools that point at a snapshot that no longer exists (or is out of scope). */
  danglingReferences: { poolId: string; snapshotId: string }[]
}

const DAY = 24 * 60 * 60 * 1000

export function lastSegment(id: string): string {
  return id.split('/').filter(Boolean).pop() ?? id
}

/** Who uses which snapshot, and where pools drifted from theirs. */
export function usageReport(snapshots: SnapshotInfo[], pools: PoolState[], now: Date): UsageReport {
  const report: UsageReport = { snapshots: [], unpinned: [], danglingReferences: [] }
  for (const s of [...snapshots].sort((a, b) => (a.created ?? '').localeCompare(b.created ?? '') || a.id.localeCompare(b.id))) {
    const users = pools.filter((p) => p.snapshotId && sameId(p.snapshotId, s.id))
    report.snapshots.push({
      id: s.id,
      name: s.name ?? lastSegment(s.id),
      location: s.location,
      sourceResourceId: s.sourceResourceId,
      kubernetesVersion: s.kubernetesVersion,
      nodeImageVersion: s.nodeImageVersion,
      vmSize: s.vmSize,
      created: s.created,
      ...(s.created ? { ageDays: Math.floor((now.getTime() - Date.parse(s.created)) / DAY) } : {}),
      usedBy: users.map((p) => p.id),
      drift: users
        .filter((p) => s.nodeImageVersion && p.nodeImageVersion && p.nodeImageVersion.toLowerCase() !== s.nodeImageVersion.toLowerCase())
        .map((p) => ({ poolId: p.id, nodeImageVersion: p.nodeImageVersion }))
    })
  }
  for (const p of pools) {
    if (!p.snapshotId) report.unpinned.push(p.id)
    else if (!snapshots.some((s) => sameId(s.id, p.snapshotId!))) report.danglingReferences.push({ poolId: p.id, snapshotId: p.snapshotId })
  }
  return report
}

export interface PruneOptions {
  /** Newest snapshots to keep per source pool (among those prune manages). */
  keep: number
  olderThanDays?: number
  /** Only snapshots carrying all these tags are candidates. */
  matchTags: Record<string, string>
  now: Date
}

export interface PruneDecision {
  id: string
  action: 'delete' | 'keep'
  /** Why: shown in the summary for every snapshot. */
  reason: string
}

/**
 * Which snapshots prune deletes. Never one that a pool anywhere in the
 * subscription references, nor one a catalog pin names; only those carrying
 * `matchTags`, beyond the newest `keep` of their source pool, and older than
 * `olderThanDays` when given.
 */
export function planPrune(
  snapshots: SnapshotInfo[],
  referencedBy: (id: string) => string[],
  pinnedBy: (id: string) => string[],
  options: PruneOptions
): PruneDecision[] {
  const decisions = new Map<string, PruneDecision>()
  const candidates: SnapshotInfo[] = []
  for (const s of snapshots) {
    const missing = Object.entries(options.matchTags).filter(([k, v]) => !hasTag(s.tags, k, v))
    if (missing.length) {
      decisions.set(s.id, { id: s.id, action: 'keep', reason: `not tagged ${missing.map(([k, v]) => `${k}=${v}`).join(', ')}` })
    } else candidates.push(s)
  }
  const bySource = new Map<string, SnapshotInfo[]>()
  for (const s of candidates) {
    const key = (s.sourceResourceId ?? '(unknown source)').toLowerCase()
    bySource.set(key, [...(bySource.get(key) ?? []), s])
  }
  for (const group of bySource.values()) {
    group.sort((a, b) => (b.created ?? '').localeCompare(a.created ?? '') || b.id.localeCompare(a.id))
    group.forEach((s, index) => {
      const refs = referencedBy(s.id)
      const pins = pinnedBy(s.id)
      const age = s.created ? (options.now.getTime() - Date.parse(s.created)) / DAY : undefined
      let reason: string | undefined
      if (refs.length) reason = `used by ${refs.map(lastSegment).join(', ')} (${refs.length} pool${refs.length > 1 ? 's' : ''})`
      else if (pins.length) reason = `pinned by ${pins.join(', ')} in the catalog`
      else if (index < options.keep) reason = `one of the ${options.keep} newest of its source pool`
      else if (options.olderThanDays !== undefined && (age === undefined || age < options.olderThanDays))
        reason = age === undefined ? 'creation time unknown' : `only ${Math.floor(age)} days old (older-than-days ${options.olderThanDays})`
      decisions.set(
        s.id,
        reason
          ? { id: s.id, action: 'keep', reason }
          : { id: s.id, action: 'delete', reason: `unused, beyond the ${options.keep} newest of its source pool` }
      )
    })
  }
  return snapshots.map((s) => decisions.get(s.id)!)
}

function hasTag(tags: Record<string, string> | undefined, key: string, value: string): boolean {
  if (!tags) return false
  const entry = Object.entries(tags).find(([k]) => k.toLowerCase() === key.toLowerCase())
  return entry !== undefined && entry[1] === value
}
