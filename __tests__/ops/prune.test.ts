import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AzureOperationError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import { run } from '../../src/ops/prune.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'
import { tempDir } from '../../__fixtures__/tmp.js'

let emulator: Emulator
let restore: () => Promise<void>
let sub: string
const ids: Record<string, string> = {}
const cwd = process.cwd()

const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
const TAG = { 'created-by': 'aks-snapshot' }

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest({ pageSize: 3 }))
  sub = emulator.subscriptionId
  const aks1 = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    pools: [{ name: 'system', mode: 'System' }, { name: 'user1' }]
  }).id as string
  const snap = (name: string, days: number, tags: Record<string, string> | undefined = TAG, source = 'user1') =>
    (ids[name] = emulator.state.addSnapshot({
      resourceGroup: 'rg-snap',
      name,
      sourceResourceId: `${aks1}/agentPools/${source}`,
      createdAt: day(days),
      ...(tags ? { tags } : {})
    }).id as string)
  // user1: s1 newest … s7 oldest.
  snap('s1', 1)
  snap('s2', 5)
  snap('s3', 10)
  snap('s4', 20) // used by a pool of another resource group
  snap('s5', 30) // pinned in the catalog
  snap('s6', 40)
  snap('s7', 50)
  snap('manual', 60, { team: 'web' }) // not made by aks-snapshot
  snap('sys1', 70, TAG, 'system') // the only snapshot of the system pool
  emulator.state.addCluster({
    resourceGroup: 'rg-prod',
    name: 'aks2',
    location: 'eastus',
    pools: [{ name: 'system', mode: 'System', creationData: { sourceResourceId: ids.s4 } }]
  })
  const dir = tempDir('aks-prune-')
  writeFileSync(join(dir, '.aks-snapshots.json'), JSON.stringify({ snapshots: [], pins: { prod: ids.s5 } }))
  process.chdir(dir)
})

afterEach(async () => {
  process.chdir(cwd)
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])
const base = { 'resource-group': 'rg-snap' }
const path = (name: string) => `/subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/${name}`

describe('prune against the emulator', () => {
  it('dry run: deletes nothing, and says what would go and why each other one stays', async () => {
    const host = new FakeHost(true)
    expect(await run(inputs({ ...base, 'dry-run': 'true' }), host)).toBe(0)
    expect(emulator.writes()).toEqual([])
    expect(JSON.parse(host.outputs.deleted)).toEqual([])
    expect(JSON.parse(host.outputs['would-delete'])).toEqual([ids.s6, ids.s7])
    expect(JSON.parse(host.outputs.kept)).toEqual([ids.s1, ids.s2, ids.s3, ids.s4, ids.s5, ids.manual, ids.sys1])
    const summary = host.summaries[0]
    expect(summary).toContain('### Prune of node pool snapshots in resource group rg-snap (dry run)')
    expect(summary).toMatch(/\| s1 \| aks1\/user1 \| [^|]+ \| kept \| one of the 3 newest of its source pool \|/)
    expect(summary).toMatch(/\| s4 \| aks1\/user1 \| [^|]+ \| kept \| used by system \(1 pool\) \|/)
    expect(summary).toMatch(/\| s5 \| aks1\/user1 \| [^|]+ \| kept \| pinned by prod in the catalog \|/)
    expect(summary).toMatch(/\| s6 \| aks1\/user1 \| [^|]+ \| would delete \| unused, beyond the 3 newest of its source pool \|/)
    expect(summary).toMatch(/\| s7 \| aks1\/user1 \| [^|]+ \| would delete \|/)
    expect(summary).toMatch(/\| manual \| aks1\/user1 \| [^|]+ \| kept \| not tagged created-by=aks-snapshot \|/)
    expect(summary).toMatch(/\| sys1 \| aks1\/system \| [^|]+ \| kept \| one of the 3 newest of its source pool \|/)
  })

  it('deletes only unreferenced, unpinned, tagged snapshots beyond keep, and reads every pool of the subscription first', async () => {
    const host = new FakeHost(false)
    await run(inputs({ ...base }), host)
    expect(emulator.armCalls()).toEqual([
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots`,
      `GET /subscriptions/${sub}/providers/Microsoft.ContainerService/managedClusters`,
      `DELETE ${path('s6')}`,
      `DELETE ${path('s7')}`
    ])
    expect(JSON.parse(host.outputs.deleted)).toEqual([ids.s6, ids.s7])
    expect((JSON.parse(host.outputs.kept) as string[]).sort()).toEqual(
      [ids.s1, ids.s2, ids.s3, ids.s4, ids.s5, ids.manual, ids.sys1].sort()
    )
    expect([...emulator.state.snapshots.values()].map((s) => s.name).sort()).toEqual(['manual', 's1', 's2', 's3', 's4', 's5', 'sys1'])
    expect(host.printed()).toMatch(/\ns6 +aks1\/user1 +\S+ +deleted +unused, beyond the 3 newest of its source pool\n/)
  })

  it('keep 1 with older-than-days 15 and match-tags *: the age and tag limits decide', async () => {
    const host = new FakeHost(false)
    await run(inputs({ ...base, keep: '1', 'older-than-days': '15', 'match-tags': '*', json: 'true' }), host)
    const out = JSON.parse(host.printed()) as { deleted: string[]; decisions: Array<{ id: string; reason: string }> }
    expect(out.deleted).toEqual([ids.s6, ids.s7, ids.manual])
    expect(out.decisions.find((d) => d.id === ids.s2)?.reason).toBe('only 5 days old (older-than-days 15)')
  })

  it('a delete that fails half-way reports which were deleted and which remain', async () => {
    emulator.faults.add({
      method: 'DELETE',
      path: '/snapshots/s7',
      status: 409,
      code: 'OperationNotAllowed',
      message: 'The snapshot is in use by a running operation.'
    })
    const host = new FakeHost(true)
    const err = (await run(inputs({ ...base }), host).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(AzureOperationError)
    expect(err.message).toBe(
      `delete snapshot failed for ${ids.s7}: HTTP 409: OperationNotAllowed: The snapshot is in use by a running operation. Deleted before the failure: s6. Not deleted: s7 (s7 may or may not have been deleted: check it with az aks nodepool snapshot show).`
    )
    expect(JSON.parse(host.outputs.deleted)).toEqual([ids.s6])
    expect(JSON.parse(host.outputs.kept)).toContain(ids.s7)
    expect(host.summaries[0]).toMatch(/\| s7 \| aks1\/user1 \| [^|]+ \| not deleted \(stopped by an error\) \|/)
  })

  it('needs a resource group', async () => {
    const err = (await run(inputs({}), new FakeHost()).catch((e: unknown) => e)) as Error
    expect(err.message).toBe("input 'resource-group' is required: prune works on one resource group at a time")
  })
})
