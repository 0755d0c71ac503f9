import { describe, expect, it } from '@jest/globals'
import type { SnapshotInfo } from '../../src/model.js'
import { planPrune, usageReport, type PoolState } from '../../src/ops/usage.js'

const RG = '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.ContainerService'
const POOL_A = `${RG}/managedClusters/aks/agentPools/system`
const POOL_B = `${RG}/managedClusters/aks/agentPools/gpu`
const snap = (name: string, created: string, extra: Partial<SnapshotInfo> = {}): SnapshotInfo => ({
  id: `${RG}/snapshots/${name}`,
  name,
  created,
  sourceResourceId: POOL_A,
  nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202410.15.0',
  tags: { 'created-by': 'aks-snapshot' },
  ...extra
})
const pool = (name: string, extra: Partial<PoolState> = {}): PoolState => ({
  id: `${RG}/managedClusters/aks/agentPools/${name}`,
  name,
  clusterId: `${RG}/managedClusters/aks`,
  ...extra
})
const NOW = new Date('2026-12-01T00:00:00Z')

describe('usageReport', () => {
  it('lists each snapshot with its users and the pools that drifted from it', () => {
    const s1 = snap('s1', '2026-11-01T00:00:00Z')
    const report = usageReport(
      [s1],
      [
        pool('apps', { snapshotId: s1.id.toUpperCase(), nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202410.15.0' }),
        pool('jobs', { snapshotId: s1.id, nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202411.12.0' }),
        pool('spot'),
        pool('old', { snapshotId: `${RG}/snapshots/gone` })
      ],
      NOW
    )
    expect(report.snapshots).toEqual([
      expect.objectContaining({
        id: s1.id,
        ageDays: 30,
        usedBy: [`${RG}/managedClusters/aks/agentPools/apps`, `${RG}/managedClusters/aks/agentPools/jobs`],
        drift: [{ poolId: `${RG}/managedClusters/aks/agentPools/jobs`, nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202411.12.0' }]
      })
    ])
    expect(report.unpinned).toEqual([`${RG}/managedClusters/aks/agentPools/spot`])
    expect(report.danglingReferences).toEqual([{ poolId: `${RG}/managedClusters/aks/agentPools/old`, snapshotId: `${RG}/snapshots/gone` }])
  })
})

describe('planPrune', () => {
  const options = { keep: 2, matchTags: { 'created-by': 'aks-snapshot' }, now: NOW }
  const none = () => [] as string[]

  it('deletes only unreferenced, unpinned, tagged snapshots beyond the newest N of each source pool', () => {
    const snaps = [
      snap('a1', '2026-08-01T00:00:00Z'),
      snap('a2', '2026-09-01T00:00:00Z'),
      snap('a3', '2026-10-01T00:00:00Z'),
      snap('a4', '2026-11-01T00:00:00Z'),
      snap('b1', '2026-07-01T00:00:00Z', { sourceResourceId: POOL_B }),
      snap('manual', '2026-01-01T00:00:00Z', { tags: { owner: 'me' } })
    ]
    const referencedBy = (id: string) => (id.endsWith('/a1') ? [`${RG}/managedClusters/aks/agentPools/apps`] : [])
    expect(planPrune(snaps, referencedBy, none, options)).toEqual([
      { id: snaps[0].id, action: 'keep', reason: 'used by apps (1 pool)' },
      { id: snaps[1].id, action: 'delete', reason: 'unused, beyond the 2 newest of its source pool' },
      { id: snaps[2].id, action: 'keep', reason: 'one of the 2 newest of its source pool' },
      { id: snaps[3].id, action: 'keep', reason: 'one of the 2 newest of its source pool' },
      { id: snaps[4].id, action: 'keep', reason: 'one of the 2 newest of its source pool' },
      { id: snaps[5].id, action: 'keep', reason: 'not tagged created-by=aks-snapshot' }
    ])
  })

  it('never deletes a pinned snapshot, and honours older-than-days', () => {
    const snaps = [snap('a1', '2026-11-20T00:00:00Z'), snap('a2', '2026-11-01T00:00:00Z'), snap('a3', '2026-10-01T00:00:00Z')]
    const pinnedBy = (id: string) => (id.endsWith('/a3') ? ['prod'] : [])
    const decisions = planPrune(snaps, none, pinnedBy, { ...options, keep: 0, olderThanDays: 20 })
    expect(decisions.map((d) => [d.action, d.reason])).toEqual([
      ['keep', 'only 11 days old (older-than-days 20)'],
      ['delete', 'unused, beyond the 0 newest of its source pool'],
      ['keep', 'pinned by prod in the catalog']
    ])
  })
})
