import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { PreflightError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import { run } from '../../src/ops/upgrade-nodepool.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

let emulator: Emulator
let restore: () => Promise<void>
let sub: string
let clusterId: string

const OLD = 'AKSUbuntu-2204gen2containerd-202408.01.0'
const NEW = 'AKSUbuntu-2204gen2containerd-202409.23.0'
const snapIds: Record<string, string> = {}

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest({ operationPolls: 2 }))
  sub = emulator.subscriptionId
  const cluster = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.31.2',
    pools: [
      { name: 'system', mode: 'System' },
      // Source pools of the snapshots.
      { name: 'src130', orchestratorVersion: '1.30.5', nodeImageVersion: NEW },
      { name: 'src131', orchestratorVersion: '1.31.2', nodeImageVersion: NEW },
      { name: 'src129', orchestratorVersion: '1.29.9', nodeImageVersion: NEW },
      { name: 'old130', orchestratorVersion: '1.30.5', nodeImageVersion: OLD },
      { name: 'srcarm', orchestratorVersion: '1.30.5', vmSize: 'Standard_D4ps_v5', nodeImageVersion: NEW },
      // Pools to upgrade.
      { name: 'user1', orchestratorVersion: '1.30.5', nodeImageVersion: OLD, vmSize: 'Standard_D8s_v5' },
      { name: 'busy', orchestratorVersion: '1.30.5', nodeImageVersion: OLD, provisioningState: 'Scaling' }
    ]
  })
  clusterId = cluster.id as string
  for (const [name, source] of [
    ['snap130', 'src130'],
    ['snap131', 'src131'],
    ['snap129', 'src129'],
    ['snapold', 'old130'],
    ['snaparm', 'srcarm']
  ])
    snapIds[name] = emulator.state.addSnapshot({ resourceGroup: 'rg-snap', name, sourceResourceId: `${clusterId}/agentPools/${source}` })
      .id as string
})

afterEach(async () => {
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])
const base = { 'resource-group': 'rg-aks', 'cluster-name': 'aks1', 'nodepool-name': 'user1' }
const poolPath = (name = 'user1') =>
  `/subscriptions/${sub}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/${name}`
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error
  )

describe('upgrade-nodepool against the emulator', () => {
  it('same Kubernetes version: a node image upgrade to the snapshot, POST upgradeNodeImageVersion with AKSSnapshotId (as az does)', async () => {
    const host = new FakeHost(true)
    expect(await run(inputs({ ...base, 'snapshot-id': snapIds.snap130 }), host)).toBe(0)
    expect(emulator.armCalls()).toEqual([
      `GET /subscriptions/${sub}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1`,
      `GET ${poolPath()}`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap130`,
      `GET /subscriptions/${sub}/providers/Microsoft.ContainerService/locations/eastus/kubernetesVersions`,
      `POST ${poolPath()}/upgradeNodeImageVersion`,
      `GET ${poolPath()}`
    ])
    const [post] = emulator.writes()
    expect(post.body).toBeUndefined()
    expect(post.aksHeaders).toEqual({ akssnapshotid: snapIds.snap130 })
    expect(host.outputs).toEqual({
      'nodepool-id': `${clusterId}/agentPools/user1`,
      'kubernetes-version': '1.30.5',
      'node-image-version': NEW,
      'provisioning-state': 'Succeeded'
    })
    expect(emulator.state.pool(`${clusterId}/agentPools/user1`)?.properties).toMatchObject({
      creationData: { sourceResourceId: snapIds.snap130 }
    })
    expect(host.summaries[0]).toContain('| upgrade | `node image upgrade` |')
  })

  it('newer Kubernetes version: a full upgrade, PUT of the pool with orchestratorVersion and creationData', async () => {
    const host = new FakeHost(false)
    await run(inputs({ ...base, 'snapshot-id': snapIds.snap131 }), host)
    const writes = emulator.writes()
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`PUT ${poolPath()}`])
    const props = (writes[0].body as { properties: Record<string, unknown> }).properties
    expect(props).toMatchObject({
      orchestratorVersion: '1.31.2',
      creationData: { sourceResourceId: snapIds.snap131 },
      vmSize: 'Standard_D8s_v5',
      count: 3,
      mode: 'User'
    })
    expect(props.nodeImageVersion).toBeUndefined()
    expect(host.outputs).toMatchObject({ 'kubernetes-version': '1.31.2', 'node-image-version': NEW, 'provisioning-state': 'Succeeded' })
    expect(host.printed()).toContain('upgrade             Kubernetes upgrade 1.30.5 → 1.31.2')
  })

  it('refuses a snapshot with an older Kubernetes version or node image, without any write', async () => {
    const k8s = await failure(run(inputs({ ...base, 'snapshot-id': snapIds.snap129 }), new FakeHost()))
    expect(k8s).toBeInstanceOf(PreflightError)
    expect(k8s?.message).toBe(
      "preflight failed, nothing was changed in Azure: version-downgrade: Snapshot snap129 has Kubernetes version 1.29.9, older than node pool user1's current 1.30.5."
    )
    // user1 now runs NEW after a first upgrade; snapold has OLD.
    await run(inputs({ ...base, 'snapshot-id': snapIds.snap130 }), new FakeHost())
    const image = await failure(run(inputs({ ...base, 'snapshot-id': snapIds.snapold }), new FakeHost()))
    expect(image?.message).toBe(
      `preflight failed, nothing was changed in Azure: version-downgrade: Snapshot snapold has node image ${OLD}, older than node pool user1's current ${NEW}.`
    )
    expect(emulator.writes().map((w) => w.method)).toEqual(['POST'])
  })

  it('refuses a snapshot newer than the live control plane before any write', async () => {
    // A snapshot of a pool of another cluster, whose control plane is newer than aks1's 1.31.2.
    const other = emulator.state.addCluster({
      resourceGroup: 'rg-aks2',
      name: 'aks2',
      location: 'eastus',
      kubernetesVersion: '1.32.1',
      pools: [
        { name: 'system', mode: 'System' },
        { name: 'src132', orchestratorVersion: '1.32.1', nodeImageVersion: NEW }
      ]
    })
    const snap132 = emulator.state.addSnapshot({
      resourceGroup: 'rg-snap',
      name: 'snap132',
      sourceResourceId: `${other.id as string}/agentPools/src132`
    }).id as string
    const err = await failure(run(inputs({ ...base, 'snapshot-id': snap132 }), new FakeHost()))
    expect(err).toBeInstanceOf(PreflightError)
    expect(err?.message).toBe(
      "preflight failed, nothing was changed in Azure: version-conflict: Node pool user1 gets Kubernetes version 1.32.1 from snapshot snap132, newer than its cluster's control plane 1.31.2."
    )
    expect(emulator.writes()).toEqual([])
  })

  it('refuses a snapshot of another CPU architecture than the pool', async () => {
    const err = await failure(run(inputs({ ...base, 'snapshot-id': snapIds.snaparm }), new FakeHost()))
    expect(err?.message).toMatch(/^preflight failed, nothing was changed in Azure: vm-family-mismatch: Standard_D8s_v5 .*Standard_D4ps_v5/)
    expect(emulator.writes()).toEqual([])
  })

  it('does nothing when the pool already runs the snapshot', async () => {
    await run(inputs({ ...base, 'snapshot-id': snapIds.snap130 }), new FakeHost())
    const host = new FakeHost()
    await run(inputs({ ...base, 'snapshot-id': snapIds.snap130 }), host)
    expect(emulator.writes()).toHaveLength(1)
    expect(host.printed().split('\n')[0]).toBe('Node pool user1 of cluster aks1 already runs snapshot snap130')
  })

  it('refuses a pool busy with another operation, and a pool that does not exist', async () => {
    const busy = await failure(run(inputs({ ...base, 'nodepool-name': 'busy', 'snapshot-id': snapIds.snap130 }), new FakeHost()))
    expect(busy?.message).toBe(
      'node pool busy of cluster aks1 is in state Scaling: wait for its operation to finish, then run the upgrade again. Nothing was changed in Azure.'
    )
    const missing = await failure(run(inputs({ ...base, 'nodepool-name': 'nope', 'snapshot-id': snapIds.snap130 }), new FakeHost()))
    expect(missing?.message).toBe('node pool nope not found in cluster aks1 (resource group rg-aks). Nothing was changed in Azure.')
    expect(emulator.writes()).toEqual([])
  })
})
