import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PreflightError, UsageError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import { run } from '../../src/ops/create-nodepool.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'
import { tempDir } from '../../__fixtures__/tmp.js'

// End to end: the real SDK against the HTTPS emulator; exact requests and outputs.

let emulator: Emulator
let restore: () => Promise<void>
let sub: string
let snapId: string
let clusterId: string
const cwd = process.cwd()

const IMAGE = 'AKSUbuntu-2204gen2containerd-202409.23.0'

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest({ operationPolls: 2 }))
  sub = emulator.subscriptionId
  const cluster = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.30.6',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'user1', vmSize: 'Standard_D4s_v5', orchestratorVersion: '1.30.5', nodeImageVersion: IMAGE },
      { name: 'win1', osType: 'Windows', vmSize: 'Standard_D4s_v5' }
    ]
  })
  clusterId = cluster.id as string
  snapId = emulator.state.addSnapshot({ resourceGroup: 'rg-snap', name: 'snap1', sourceResourceId: `${clusterId}/agentPools/user1` })
    .id as string
})

afterEach(async () => {
  process.chdir(cwd)
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])
const base = { 'resource-group': 'rg-aks', 'cluster-name': 'aks1', 'nodepool-name': 'np2' }
const clusterPath = () => `/subscriptions/${sub}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1`
const snapPath = () => `/subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1`
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error
  )

describe('create-nodepool against the emulator', () => {
  it('reads cluster, pool and snapshot, then sends one PUT carrying the snapshot id and its VM size, OS and version', async () => {
    const host = new FakeHost(true)
    expect(await run(inputs({ ...base, 'snapshot-id': snapId }), host)).toBe(0)
    expect(emulator.armCalls()).toEqual([
      `GET ${clusterPath()}`,
      `GET ${clusterPath()}/agentPools/np2`,
      `GET ${snapPath()}`,
      `GET /subscriptions/${sub}/providers/Microsoft.ContainerService/locations/eastus/kubernetesVersions`,
      `PUT ${clusterPath()}/agentPools/np2`,
      `GET ${clusterPath()}/agentPools/np2`
    ])
    const writes = emulator.writes()
    expect(writes).toHaveLength(1)
    expect(writes[0].body).toEqual({
      properties: {
        count: 1,
        vmSize: 'Standard_D4s_v5',
        osType: 'Linux',
        osSKU: 'Ubuntu',
        orchestratorVersion: '1.30.5',
        mode: 'User',
        creationData: { sourceResourceId: snapId }
      }
    })
    expect(host.outputs).toEqual({
      'nodepool-id': `${clusterId}/agentPools/np2`,
      'kubernetes-version': '1.30.5',
      'node-image-version': IMAGE,
      'provisioning-state': 'Succeeded'
    })
    // Progress: start, each status, the end.
    expect(host.logged('info')).toEqual([
      `Snapshot ${snapId} (snapshot-id): Kubernetes 1.30.5, Standard_D4s_v5, ${IMAGE}`,
      'Started creating node pool np2 in cluster aks1; waiting for Azure to finish',
      'Creating node pool np2 in cluster aks1: running (0s)',
      'Creating node pool np2 in cluster aks1: succeeded (0s)',
      'Finished creating node pool np2 in cluster aks1 in 0s'
    ])
    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]).toContain('### Created node pool np2 in cluster aks1 from snapshot snap1')
    expect(host.summaries[0]).toContain(`| snapshot-id | \`${snapId}\` |`)
    expect(emulator.state.pool(`${clusterId}/agentPools/np2`)?.properties).toMatchObject({
      nodeImageVersion: IMAGE,
      creationData: { sourceResourceId: snapId }
    })
  })

  it('resolves a pin through the catalog, and merges node-count, a compatible vm-size, mode and nodepool-properties (ARM names)', async () => {
    const dir = tempDir('aks-pin-')
    writeFileSync(join(dir, '.aks-snapshots.json'), JSON.stringify({ snapshots: [], pins: { prod: snapId } }))
    process.chdir(dir)
    const host = new FakeHost(false)
    await run(
      inputs({
        ...base,
        pin: 'prod',
        'node-count': '2',
        'vm-size': 'Standard_DS3_v2',
        'nodepool-mode': 'system',
        'nodepool-properties': '{"maxPods": 50, "nodeLabels": {"tier": "web"}, "enableFIPS": false}',
        json: 'true'
      }),
      host
    )
    expect(emulator.writes()[0].body).toEqual({
      properties: {
        count: 2,
        vmSize: 'Standard_DS3_v2',
        osType: 'Linux',
        osSKU: 'Ubuntu',
        orchestratorVersion: '1.30.5',
        mode: 'System',
        maxPods: 50,
        nodeLabels: { tier: 'web' },
        enableFIPS: false,
        creationData: { sourceResourceId: snapId }
      }
    })
    expect(JSON.parse(host.printed())).toEqual({
      'nodepool-id': `${clusterId}/agentPools/np2`,
      'kubernetes-version': '1.30.5',
      'node-image-version': IMAGE,
      'provisioning-state': 'Succeeded',
      'snapshot-id': snapId,
      'vm-size': 'Standard_DS3_v2',
      'node-count': '2'
    })
  })

  it('refuses a VM size of another family before any write, naming both families', async () => {
    const err = await failure(run(inputs({ ...base, 'snapshot-id': snapId, 'vm-size': 'Standard_E4s_v5' }), new FakeHost()))
    expect(err).toBeInstanceOf(PreflightError)
    expect(err?.message).toBe(
      "preflight failed, nothing was changed in Azure: vm-family-mismatch: Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ."
    )
    expect(emulator.writes()).toEqual([])
  })

  it('refuses an Arm64 size for an x64 snapshot, an OS SKU that differs, and a version newer than the control plane, all at once', async () => {
    emulator.state.addCluster({
      resourceGroup: 'rg-aks',
      name: 'old',
      location: 'eastus',
      kubernetesVersion: '1.29.9',
      pools: [{ name: 'system', mode: 'System' }]
    })
    const err = await failure(
      run(
        inputs({ ...base, 'cluster-name': 'old', 'snapshot-id': snapId, 'vm-size': 'Standard_D4ps_v5', 'os-sku': 'AzureLinux' }),
        new FakeHost()
      )
    )
    expect(err?.message).toMatch(/^preflight failed, nothing was changed in Azure: /)
    expect(err?.message).toContain('vm-family-mismatch: Standard_D4ps_v5')
    expect(err?.message).toContain("os-mismatch: OS SKU AzureLinux and the snapshot's Ubuntu differ.")
    expect(err?.message).toContain(
      "version-conflict: Node pool np2 gets Kubernetes version 1.30.5 from snapshot snap1, newer than its cluster's control plane 1.29.9."
    )
    expect(emulator.writes()).toEqual([])
  })

  it("applies the repository's region policy (.aks-snapshot.yml snapshotRegion: same) and the snapshot's FIPS setting", async () => {
    emulator.state.addCluster({
      resourceGroup: 'rg-aks',
      name: 'west',
      location: 'westus2',
      kubernetesVersion: '1.30.6',
      pools: [{ name: 'system', mode: 'System' }]
    })
    // The GA rule (default): a snapshot may be used in any region.
    await run(inputs({ ...base, 'cluster-name': 'west', 'snapshot-id': snapId }), new FakeHost())
    expect(emulator.writes()).toHaveLength(1)
    const dir = tempDir('aks-policy-')
    writeFileSync(join(dir, '.aks-snapshot.yml'), 'snapshotRegion: same\n')
    process.chdir(dir)
    const region = await failure(
      run(inputs({ ...base, 'cluster-name': 'west', 'nodepool-name': 'np3', 'snapshot-id': snapId }), new FakeHost())
    )
    expect(region?.message).toBe(
      'preflight failed, nothing was changed in Azure: snapshot-region: Node pool np3 is in westus2 and its snapshot snap1 in eastus, and the policy snapshotRegion: same asks for the same region.'
    )
    const fips = await failure(
      run(inputs({ ...base, 'snapshot-id': snapId, 'nodepool-properties': '{"enableFIPS": true}' }), new FakeHost())
    )
    expect(fips?.message).toBe(
      "preflight failed, nothing was changed in Azure: os-mismatch: FIPS enabled and the snapshot's FIPS disabled differ."
    )
    expect(emulator.writes()).toHaveLength(1)
  })

  it('warns (and goes on) when the snapshot version is not supported in the region, from the live version list', async () => {
    emulator.state.kubernetesVersions = { '*': ['1.31.2', '1.32.0'] }
    const host = new FakeHost()
    await run(inputs({ ...base, 'snapshot-id': snapId }), host)
    expect(host.logged('warning')).toEqual([
      'preflight unsupported-version: Snapshot snap1 has Kubernetes version 1.30.5, and 1.30 is not supported in eastus (supported: 1.31, 1.32).'
    ])
    expect(emulator.writes()).toHaveLength(1)
  })

  it('refuses a pool that already exists, a missing snapshot and a missing cluster, without writing', async () => {
    const exists = await failure(run(inputs({ ...base, 'nodepool-name': 'user1', 'snapshot-id': snapId }), new FakeHost()))
    expect(exists?.message).toBe(
      'node pool user1 already exists in cluster aks1 (state Succeeded): create-nodepool only adds new pools; use upgrade-nodepool to move it to a snapshot. Nothing was changed in Azure.'
    )
    const missing = await failure(run(inputs({ ...base, 'snapshot-id': snapId.replace('snap1', 'gone') }), new FakeHost()))
    expect(missing?.message).toBe(`snapshot ${snapId.replace('snap1', 'gone')} (snapshot-id) not found. Nothing was changed in Azure.`)
    const noCluster = await failure(run(inputs({ ...base, 'cluster-name': 'nope', 'snapshot-id': snapId }), new FakeHost()))
    expect(noCluster?.message).toBe(`cluster nope not found in resource group rg-aks (subscription ${sub}). Nothing was changed in Azure.`)
    const noGroup = await failure(run(inputs({ ...base, 'resource-group': 'rg-nope', 'snapshot-id': snapId }), new FakeHost()))
    expect(noGroup?.message).toBe(`resource group rg-nope not found in subscription ${sub}. Nothing was changed in Azure.`)
    expect(emulator.writes()).toEqual([])
  })

  it('says which inputs are wrong before touching Azure', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...base }, "input 'snapshot-id' or input 'pin' (with a catalog) is required"],
      [{ ...base, 'snapshot-id': snapId, pin: 'prod' }, "give either input 'snapshot-id' or input 'pin', not both"],
      [
        { ...base, 'snapshot-id': `${clusterId}/agentPools/user1` },
        `input 'snapshot-id' must be a node pool snapshot id (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/snapshots/…), not '${clusterId}/agentPools/user1'`
      ],
      [
        { ...base, 'nodepool-name': 'Pool_2', 'snapshot-id': snapId },
        "input 'nodepool-name' 'Pool_2' is not a valid node pool name: lower-case letters and digits, starting with a letter, at most 12 characters"
      ],
      [{ ...base, 'snapshot-id': snapId, 'nodepool-properties': '[1]' }, "input 'nodepool-properties' must be a JSON object"],
      [{ ...base, 'snapshot-id': snapId, 'nodepool-mode': 'Spot' }, "input 'nodepool-mode' must be one of User, System, not 'Spot'"]
    ]
    for (const [values, message] of cases) {
      const err = await failure(run(inputs(values), new FakeHost()))
      expect(err).toBeInstanceOf(UsageError)
      expect(err?.message).toBe(message)
    }
    const dir = tempDir('aks-pin-')
    writeFileSync(join(dir, '.aks-snapshots.json'), JSON.stringify({ snapshots: [], pins: { prod: snapId } }))
    process.chdir(dir)
    const err = await failure(run(inputs({ ...base, pin: 'staging' }), new FakeHost()))
    expect(err?.message).toBe('.aks-snapshots.json: no pin named "staging" (pins: prod)')
    expect(emulator.requests.filter((r) => r.kind === 'arm')).toEqual([])
  })
})
