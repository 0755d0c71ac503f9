import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { AzureOperationError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import { loadMode, type Mode } from '../../src/modes.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

/**
 * Every pinning mode against throttling, server errors, dropped connections,
 * long-running operations that fail, the timeout, 404 and 409: either it
 * recovers (the SDK's retries) with the same result, or it fails with a
 * message that says what now exists in Azure.
 */

let emulator: Emulator
let restore: () => Promise<void>
let sub: string
let clusterId: string
const ids: Record<string, string> = {}

const OLD = 'AKSUbuntu-2204gen2containerd-202408.01.0'
const NEW = 'AKSUbuntu-2204gen2containerd-202409.23.0'

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest({ operationPolls: 2 }))
  sub = emulator.subscriptionId
  clusterId = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.31.2',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'src130', orchestratorVersion: '1.30.5', nodeImageVersion: NEW },
      { name: 'src131', orchestratorVersion: '1.31.2', nodeImageVersion: NEW },
      { name: 'user1', orchestratorVersion: '1.30.5', nodeImageVersion: OLD }
    ]
  }).id as string
  ids.snap130 = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap130',
    sourceResourceId: `${clusterId}/agentPools/src130`,
    tags: { 'created-by': 'aks-snapshot' },
    createdAt: '2026-01-01T00:00:00Z'
  }).id as string
  ids.snap131 = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap131',
    sourceResourceId: `${clusterId}/agentPools/src131`,
    tags: { 'created-by': 'aks-snapshot' },
    createdAt: '2026-02-01T00:00:00Z'
  }).id as string
  emulator.state.addResourceGroup('rg-new', 'eastus')
})

afterEach(async () => {
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])
const runMode = async (mode: Mode, values: Record<string, string>, host = new FakeHost()) => (await loadMode(mode))(inputs(values), host)
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error
  )
const pool = (name: string) => `${clusterId}/agentPools/${name}`
const newPool = { 'resource-group': 'rg-aks', 'cluster-name': 'aks1', 'nodepool-name': 'np2' }
const upgrade = { 'resource-group': 'rg-aks', 'cluster-name': 'aks1', 'nodepool-name': 'user1' }
const newCluster = { 'resource-group': 'rg-new', 'cluster-name': 'aks2', location: 'eastus' }
const statuses = (method: string, path: string) =>
  emulator.requests
    .filter((r) => r.kind === 'arm' && r.method === method && r.path.toLowerCase().endsWith(path.toLowerCase()))
    .map((r) => r.status)

/** Makes timeout-minutes 1 last 400 ms: the mode's own abort timer is the only 60-second timer in a run. */
function shortMinute(): () => void {
  const real = globalThis.setTimeout
  globalThis.setTimeout = ((fn: () => void, ms?: number) => real(fn, ms === 60_000 ? 400 : ms)) as typeof setTimeout
  return () => {
    globalThis.setTimeout = real
  }
}

describe('create-nodepool faults', () => {
  it('retries a 429 with Retry-After on the PUT, a 500 on the snapshot read and a reset connection on the cluster read: one pool', async () => {
    emulator.faults.add(
      { method: 'PUT', path: '/agentPools/np2', status: 429, retryAfter: 1 },
      { method: 'GET', path: '/snapshots/snap130', status: 500 },
      { method: 'GET', path: '/managedClusters/aks1', reset: true }
    )
    const host = new FakeHost()
    expect(await runMode('create-nodepool', { ...newPool, 'snapshot-id': ids.snap130 }, host)).toBe(0)
    expect(statuses('PUT', '/agentPools/np2')).toEqual([429, 201])
    expect(statuses('GET', '/snapshots/snap130')).toEqual([500, 200])
    expect(statuses('GET', '/managedClusters/aks1')).toEqual([-1, 200])
    expect(host.outputs['provisioning-state']).toBe('Succeeded')
    expect(emulator.faults.pending()).toEqual([])
  })

  it('a long-running operation that fails: the message gives ARM code and message, and that the pool now exists in state Failed', async () => {
    emulator.faults.add({
      method: 'PUT',
      path: '/agentPools/np2',
      failOperation: { code: 'VMExtensionProvisioningError', message: 'VM has reported a failure when processing extension vmssCSE.' }
    })
    const err = await failure(runMode('create-nodepool', { ...newPool, 'snapshot-id': ids.snap130 }))
    expect(err).toBeInstanceOf(AzureOperationError)
    expect(err?.message).toBe(
      `create node pool failed for ${pool('np2')}: VMExtensionProvisioningError: VM has reported a failure when processing extension vmssCSE. Node pool np2 now exists in state Failed: delete it (az aks nodepool delete) or fix the cause and run again with another name.`
    )
  })

  it('a 409 on the PUT: nothing was created', async () => {
    emulator.faults.add({
      method: 'PUT',
      path: '/agentPools/np2',
      status: 409,
      code: 'OperationNotAllowed',
      message: 'Operation is not allowed because the managed cluster is being upgraded.'
    })
    const err = await failure(runMode('create-nodepool', { ...newPool, 'snapshot-id': ids.snap130 }))
    expect(err?.message).toBe(
      `create node pool failed for ${pool('np2')}: HTTP 409: OperationNotAllowed: Operation is not allowed because the managed cluster is being upgraded. Node pool np2 was not created. Nothing was changed in Azure.`
    )
  })

  it('a 404 for the cluster: nothing was changed', async () => {
    const err = await failure(runMode('create-nodepool', { ...newPool, 'cluster-name': 'gone', 'snapshot-id': ids.snap130 }))
    expect(err?.message).toBe(`cluster gone not found in resource group rg-aks (subscription ${sub}). Nothing was changed in Azure.`)
  })

  it('timeout-minutes while Azure works: says the creation may have started and how to check', async () => {
    emulator.faults.add({ method: 'GET', path: '/operations/', delayMs: 3000 })
    const undo = shortMinute()
    try {
      const err = await failure(runMode('create-nodepool', { ...newPool, 'snapshot-id': ids.snap130, 'timeout-minutes': '1' }))
      expect(err?.message).toBe(
        `create node pool failed for ${pool('np2')}: Timeout: stopped after timeout-minutes (1 minutes). The creation of node pool np2 may have started: check it with az aks nodepool show --cluster-name aks1 -g rg-aks -n np2.`
      )
    } finally {
      undo()
    }
  })
})

describe('upgrade-nodepool faults', () => {
  it('retries a 503 on the node image POST and a reset on an operation poll', async () => {
    emulator.faults.add(
      { method: 'POST', path: '/upgradeNodeImageVersion', status: 503, retryAfter: 0 },
      { method: 'GET', path: '/operations/', reset: true }
    )
    const host = new FakeHost()
    expect(await runMode('upgrade-nodepool', { ...upgrade, 'snapshot-id': ids.snap130 }, host)).toBe(0)
    expect(statuses('POST', '/agentPools/user1/upgradeNodeImageVersion')).toEqual([503, 202])
    expect(host.outputs['node-image-version']).toBe(NEW)
    expect(emulator.faults.pending()).toEqual([])
  })

  it('a failed node image upgrade says the state the pool is in now, with its versions', async () => {
    emulator.faults.add({
      method: 'POST',
      path: '/upgradeNodeImageVersion',
      failOperation: { code: 'UpgradeFailed', message: 'Drain of node aks-user1-0 did not complete: pods with PodDisruptionBudget.' }
    })
    const err = await failure(runMode('upgrade-nodepool', { ...upgrade, 'snapshot-id': ids.snap130 }))
    expect(err?.message).toBe(
      `upgrade node image failed for ${pool('user1')}: UpgradeFailed: Drain of node aks-user1-0 did not complete: pods with PodDisruptionBudget. Node pool user1 is now in state Failed (Kubernetes 1.30.5, node image ${OLD}).`
    )
  })

  it('a 409 on the Kubernetes upgrade says the pool is unchanged; a failed one that it is now Failed', async () => {
    emulator.faults.add({
      method: 'PUT',
      path: '/agentPools/user1',
      status: 409,
      code: 'EtagMismatch',
      message: 'Operation is not allowed: another operation is in progress.'
    })
    const conflict = await failure(runMode('upgrade-nodepool', { ...upgrade, 'snapshot-id': ids.snap131 }))
    expect(conflict?.message).toBe(
      `upgrade node pool failed for ${pool('user1')}: HTTP 409: EtagMismatch: Operation is not allowed: another operation is in progress. Node pool user1 is now in state Succeeded (Kubernetes 1.30.5, node image ${OLD}).`
    )
    emulator.faults.add({
      method: 'PUT',
      path: '/agentPools/user1',
      failOperation: { code: 'QuotaExceeded', message: 'Operation could not be completed as it results in exceeding approved cores quota.' }
    })
    const failed = await failure(runMode('upgrade-nodepool', { ...upgrade, 'snapshot-id': ids.snap131 }))
    expect(failed?.message).toMatch(
      /^upgrade node pool failed for .*QuotaExceeded.*\. Node pool user1 is now in state Failed \(Kubernetes 1\.30\.5, node image [^)]+\)\.$/
    )
  })

  it('a 404 for the snapshot: nothing was changed', async () => {
    const err = await failure(runMode('upgrade-nodepool', { ...upgrade, 'snapshot-id': ids.snap130.replace('snap130', 'gone') }))
    expect(err?.message).toBe(`snapshot ${ids.snap130.replace('snap130', 'gone')} (snapshot-id) not found. Nothing was changed in Azure.`)
    expect(emulator.writes()).toEqual([])
  })

  it('timeout-minutes during the upgrade says it may have started', async () => {
    emulator.faults.add({ method: 'GET', path: '/operations/', delayMs: 3000 })
    const undo = shortMinute()
    try {
      const err = await failure(runMode('upgrade-nodepool', { ...upgrade, 'snapshot-id': ids.snap130, 'timeout-minutes': '1' }))
      expect(err?.message).toBe(
        `upgrade node image failed for ${pool('user1')}: Timeout: stopped after timeout-minutes (1 minutes). The upgrade of node pool user1 may have started: check it with az aks nodepool show --cluster-name aks1 -g rg-aks -n user1.`
      )
    } finally {
      undo()
    }
  })
})

describe('create-cluster faults', () => {
  it('retries a 500 on the PUT: one cluster', async () => {
    emulator.faults.add({ method: 'PUT', path: '/managedClusters/aks2', status: 500 })
    expect(await runMode('create-cluster', { ...newCluster, 'snapshot-id': ids.snap130 })).toBe(0)
    expect(statuses('PUT', '/managedClusters/aks2')).toEqual([500, 201])
  })

  it('a failed creation says the cluster now exists in state Failed; a 409 that nothing was created', async () => {
    emulator.faults.add({
      method: 'PUT',
      path: '/managedClusters/aks2',
      failOperation: { code: 'VMExtensionProvisioningError', message: 'Unable to establish outbound connection from agents.' }
    })
    const failed = await failure(runMode('create-cluster', { ...newCluster, 'snapshot-id': ids.snap130 }))
    expect(failed?.message).toMatch(
      /^create cluster failed for .*VMExtensionProvisioningError.*\. Cluster aks2 now exists in state Failed: delete it \(az aks delete\) or fix the cause and run again\.$/
    )
    emulator.faults.add({
      method: 'PUT',
      path: '/managedClusters/aks3',
      status: 409,
      code: 'Conflict',
      message: 'Another operation is in progress in the resource group.'
    })
    const conflict = await failure(runMode('create-cluster', { ...newCluster, 'cluster-name': 'aks3', 'snapshot-id': ids.snap130 }))
    expect(conflict?.message).toBe(
      `create cluster failed for /subscriptions/${sub}/resourceGroups/rg-new/providers/Microsoft.ContainerService/managedClusters/aks3: HTTP 409: Conflict: Another operation is in progress in the resource group. Cluster aks3 was not created. Nothing was changed in Azure.`
    )
  })

  it('timeout-minutes during the creation says it may have started', async () => {
    emulator.faults.add({ method: 'GET', path: '/operations/', delayMs: 3000 })
    const undo = shortMinute()
    try {
      const err = await failure(runMode('create-cluster', { ...newCluster, 'snapshot-id': ids.snap130, 'timeout-minutes': '1' }))
      expect(err?.message).toMatch(
        /Timeout: stopped after timeout-minutes \(1 minutes\)\. The creation of cluster aks2 may have started: check it with az aks show -g rg-new -n aks2\.$/
      )
    } finally {
      undo()
    }
  })
})

describe('list and prune faults', () => {
  it('list retries a 429 on the snapshot list and a reset on the cluster list', async () => {
    emulator.faults.add(
      { method: 'GET', path: /\/snapshots$/, status: 429, retryAfter: 0 },
      { method: 'GET', path: /\/managedClusters$/, reset: true }
    )
    const host = new FakeHost()
    expect(await runMode('list', {}, host)).toBe(0)
    expect((JSON.parse(host.outputs.snapshots) as unknown[]).length).toBe(2)
    expect(emulator.faults.pending()).toEqual([])
  })

  it('list: a 403 on the cluster list says what failed and that nothing changed', async () => {
    emulator.faults.add({
      method: 'GET',
      path: /\/managedClusters$/,
      status: 403,
      code: 'AuthorizationFailed',
      message: "The client does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/read'."
    })
    const err = await failure(runMode('list', { 'resource-group': 'rg-snap' }))
    expect(err?.message).toBe(
      `list clusters failed for /subscriptions/${sub}/providers/Microsoft.ContainerService/managedClusters: HTTP 403: AuthorizationFailed. Nothing was changed in Azure.`
    )
  })

  it('prune retries a 500 and a reset on a DELETE, and deletes each snapshot once', async () => {
    emulator.faults.add(
      { method: 'DELETE', path: '/snapshots/snap130', status: 500 },
      { method: 'DELETE', path: '/snapshots/snap130', reset: true }
    )
    const host = new FakeHost()
    await runMode('prune', { 'resource-group': 'rg-snap', keep: '0' }, host)
    expect(statuses('DELETE', '/snapshots/snap130')).toEqual([500, -1, 200])
    expect(JSON.parse(host.outputs.deleted)).toEqual([ids.snap130, ids.snap131])
  })

  it('prune: a 404 for the resource group, and a timeout while listing, delete nothing', async () => {
    const missing = await failure(runMode('prune', { 'resource-group': 'rg-gone' }))
    expect(missing?.message).toBe(`resource group rg-gone not found in subscription ${sub}. Nothing was changed in Azure.`)
    emulator.faults.add({ method: 'GET', path: /\/managedClusters$/, delayMs: 3000 })
    const undo = shortMinute()
    try {
      const err = await failure(runMode('prune', { 'resource-group': 'rg-snap', keep: '0', 'timeout-minutes': '1' }))
      expect(err?.message).toBe(
        `list clusters failed for /subscriptions/${sub}/providers/Microsoft.ContainerService/managedClusters: Timeout: stopped after timeout-minutes (1 minutes). Nothing was changed in Azure.`
      )
    } finally {
      undo()
    }
    expect(emulator.writes()).toEqual([])
  })
})
