import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Inputs } from '../../src/inputs.js'
import { run } from '../../src/ops/list.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

let emulator: Emulator
let restore: () => Promise<void>
let sub: string
let aks1: string
let aks2: string
const ids: Record<string, string> = {}

const IMG1 = 'AKSUbuntu-2204gen2containerd-202409.23.0'
const IMG2 = 'AKSUbuntu-2204gen2containerd-202411.12.0'
const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')

beforeEach(async () => {
  // Two snapshots a page: the lists are paged.
  ;({ emulator, restore } = await emulatorForTest({ pageSize: 2 }))
  sub = emulator.subscriptionId
  aks1 = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'user1', nodeImageVersion: IMG1 }
    ]
  }).id as string
  ids.a = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap-a',
    sourceResourceId: `${aks1}/agentPools/user1`,
    createdAt: day(40)
  }).id as string
  ids.b = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap-b',
    sourceResourceId: `${aks1}/agentPools/user1`,
    createdAt: day(10)
  }).id as string
  ids.c = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap-c',
    sourceResourceId: `${aks1}/agentPools/system`,
    createdAt: day(5)
  }).id as string
  ids.other = emulator.state.addSnapshot({
    resourceGroup: 'rg-other',
    name: 'snap-o',
    sourceResourceId: `${aks1}/agentPools/user1`,
    createdAt: day(1)
  }).id as string
  // aks2, in another resource group: one pool built from snap-a that has drifted, one from snap-b, one not pinned, one pointing at a deleted snapshot.
  aks2 = emulator.state.addCluster({
    resourceGroup: 'rg-prod',
    name: 'aks2',
    location: 'eastus',
    pools: [
      { name: 'system', mode: 'System', creationData: { sourceResourceId: ids.c } },
      { name: 'web', nodeImageVersion: IMG2, creationData: { sourceResourceId: ids.a } },
      { name: 'api', nodeImageVersion: IMG1, creationData: { sourceResourceId: ids.a } },
      { name: 'jobs', nodeImageVersion: IMG1, creationData: { sourceResourceId: ids.b } },
      { name: 'batch' },
      { name: 'legacy', creationData: { sourceResourceId: ids.a.replace('snap-a', 'snap-gone') } }
    ]
  }).id as string
})

afterEach(async () => {
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])

interface Usage {
  id: string
  name: string
  usedBy: string[]
  drift: Array<{ poolId: string; nodeImageVersion?: string }>
  ageDays?: number
  sourceResourceId?: string
  kubernetesVersion?: string
  nodeImageVersion?: string
  vmSize?: string
}

describe('list against the emulator', () => {
  it('lists the snapshots of a resource group with their users anywhere in the subscription, and drift', async () => {
    const host = new FakeHost(true)
    expect(await run(inputs({ 'resource-group': 'rg-snap' }), host)).toBe(0)
    const snapshots = JSON.parse(host.outputs.snapshots) as Usage[]
    expect(snapshots.map((s) => [s.name, s.ageDays, s.usedBy, s.drift])).toEqual([
      ['snap-a', 40, [`${aks2}/agentPools/web`, `${aks2}/agentPools/api`], [{ poolId: `${aks2}/agentPools/web`, nodeImageVersion: IMG2 }]],
      ['snap-b', 10, [`${aks2}/agentPools/jobs`], []],
      ['snap-c', 5, [`${aks2}/agentPools/system`], []]
    ])
    expect(snapshots[0]).toMatchObject({
      sourceResourceId: `${aks1}/agentPools/user1`,
      kubernetesVersion: '1.30.5',
      nodeImageVersion: IMG1,
      vmSize: 'Standard_D4s_v5'
    })
    // rg-snap holds no cluster: no pool is in scope.
    expect(JSON.parse(host.outputs['unpinned-pools'])).toEqual([])
    // Every page of both lists was read.
    expect(emulator.armCalls()).toEqual([
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots`,
      `GET /subscriptions/${sub}/providers/Microsoft.ContainerService/managedClusters`
    ])
    expect(host.summaries[0]).toContain('### Node pool snapshots in resource group rg-snap')
    expect(host.summaries[0]).toContain(
      `| snap-a | aks1/user1 | 1.30.5 | ${IMG1} | Standard_D4s_v5 | 40d | aks2/web, aks2/api | aks2/web runs ${IMG2} |`
    )
    expect(emulator.writes()).toEqual([])
  })

  it('over the subscription: every snapshot, the pools with no snapshot and those pointing at a missing one', async () => {
    const host = new FakeHost(false)
    await run(inputs({}), host)
    expect((JSON.parse(host.outputs.snapshots) as Usage[]).map((s) => s.name)).toEqual(['snap-a', 'snap-b', 'snap-c', 'snap-o'])
    expect(JSON.parse(host.outputs['unpinned-pools'])).toEqual([
      `${aks1}/agentPools/system`,
      `${aks1}/agentPools/user1`,
      `${aks2}/agentPools/batch`
    ])
    const text = host.printed().split('\n')
    expect(text[0]).toBe(`Node pool snapshots in subscription ${sub}: 4`)
    expect(text[1]).toMatch(/^snapshot +source pool +Kubernetes +node image +VM size +age +used by +drift$/)
    expect(text[5]).toMatch(/^snap-o +aks1\/user1 +1\.30\.5 .* 1d +none$/)
    expect(text[6]).toBe('Pools with no snapshot: aks1/system, aks1/user1, aks2/batch')
    expect(text[7]).toBe(`Pools pointing at a missing snapshot: aks2/legacy → ${ids.a.replace('snap-a', 'snap-gone')}`)
  })

  it('prints JSON with --json', async () => {
    const host = new FakeHost(false)
    await run(inputs({ 'resource-group': 'rg-prod', json: 'true' }), host)
    const out = JSON.parse(host.printed()) as { snapshots: unknown[]; unpinned: string[]; danglingReferences: unknown[] }
    expect(out.snapshots).toEqual([])
    expect(out.unpinned).toEqual([`${aks2}/agentPools/batch`])
    // The missing snapshot's resource group is not rg-prod: out of scope, not reported as missing.
    expect(out.danglingReferences).toEqual([])
  })
})
