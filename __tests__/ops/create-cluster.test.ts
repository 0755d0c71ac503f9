import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { PreflightError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import { defaultDnsPrefix, run } from '../../src/ops/create-cluster.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

let emulator: Emulator
let restore: () => Promise<void>
let sub: string
let snapId: string
let winSnapId: string

const IMAGE = 'AKSUbuntu-2204gen2containerd-202409.23.0'

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest({ operationPolls: 2 }))
  sub = emulator.subscriptionId
  const cluster = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.30.5',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'user1', vmSize: 'Standard_D8s_v5', nodeImageVersion: IMAGE, osSKU: 'AzureLinux' },
      { name: 'win1', osType: 'Windows', vmSize: 'Standard_D4s_v5' }
    ]
  })
  const id = cluster.id as string
  snapId = emulator.state.addSnapshot({ resourceGroup: 'rg-snap', name: 'snap1', sourceResourceId: `${id}/agentPools/user1` }).id as string
  winSnapId = emulator.state.addSnapshot({ resourceGroup: 'rg-snap', name: 'win', sourceResourceId: `${id}/agentPools/win1` }).id as string
  emulator.state.addResourceGroup('rg-new', 'westeurope')
})

afterEach(async () => {
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])
const base = { 'resource-group': 'rg-new', 'cluster-name': 'aks2' }
const clusterPath = () => `/subscriptions/${sub}/resourceGroups/rg-new/providers/Microsoft.ContainerService/managedClusters/aks2`
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error
  )

describe('create-cluster against the emulator', () => {
  it('sends one PUT whose control plane version and system pool come from the snapshot, with creationData', async () => {
    const host = new FakeHost(true)
    expect(
      await run(
        inputs({
          ...base,
          'snapshot-id': snapId,
          location: 'West Europe',
          'node-count': '2',
          'cluster-properties': '{"enableRBAC": true, "networkProfile": {"networkPlugin": "azure"}}'
        }),
        host
      )
    ).toBe(0)
    expect(emulator.armCalls()).toEqual([
      `GET ${clusterPath()}`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1`,
      // Supported versions where the pool goes, and where the snapshot is (the rule's fallback region).
      `GET /subscriptions/${sub}/providers/Microsoft.ContainerService/locations/eastus/kubernetesVersions`,
      `GET /subscriptions/${sub}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions`,
      `PUT ${clusterPath()}`,
      `GET ${clusterPath()}`
    ])
    const writes = emulator.writes()
    expect(writes).toHaveLength(1)
    expect(writes[0].body).toEqual({
      location: 'westeurope',
      identity: { type: 'SystemAssigned' },
      properties: {
        kubernetesVersion: '1.30.5',
        dnsPrefix: `aks2-rg-new-${sub.slice(0, 6)}`,
        enableRBAC: true,
        networkProfile: { networkPlugin: 'azure' },
        agentPoolProfiles: [
          {
            name: 'nodepool1',
            mode: 'System',
            count: 2,
            vmSize: 'Standard_D8s_v5',
            osType: 'Linux',
            osSKU: 'AzureLinux',
            orchestratorVersion: '1.30.5',
            type: 'VirtualMachineScaleSets',
            creationData: { sourceResourceId: snapId }
          }
        ]
      }
    })
    expect(host.outputs).toEqual({
      'cluster-id': `/subscriptions/${sub}/resourcegroups/rg-new/providers/Microsoft.ContainerService/managedClusters/aks2`,
      'kubernetes-version': '1.30.5',
      'node-image-version': IMAGE
    })
    expect(host.summaries[0]).toContain('### Created cluster aks2 in westeurope from snapshot snap1')
  })

  it("without location, creates the cluster in the snapshot's region and says so", async () => {
    const host = new FakeHost()
    await run(inputs({ ...base, 'snapshot-id': snapId, 'dns-prefix': 'team-a' }), host)
    expect(emulator.writes()[0].body).toMatchObject({ location: 'eastus', properties: { dnsPrefix: 'team-a' } })
    expect(host.logged('info')).toContain("No location given: creating the cluster in the snapshot's region, eastus")
  })

  it('refuses a Windows snapshot for the system pool before any write', async () => {
    const err = await failure(run(inputs({ ...base, 'snapshot-id': winSnapId, location: 'eastus' }), new FakeHost()))
    expect(err).toBeInstanceOf(PreflightError)
    expect(err?.message).toBe(
      'preflight failed, nothing was changed in Azure: os-mismatch: Snapshot win is a Windows snapshot and node pool nodepool1 is a system pool, which must run Linux.'
    )
    expect(emulator.writes()).toEqual([])
  })

  it('refuses a VM size of another family, and a cluster that already exists', async () => {
    const family = await failure(run(inputs({ ...base, 'snapshot-id': snapId, 'vm-size': 'Standard_NC6s_v3' }), new FakeHost()))
    expect(family?.message).toBe(
      "preflight failed, nothing was changed in Azure: vm-family-mismatch: Standard_NC6s_v3 (family NC) and the snapshot's Standard_D8s_v5 (family D) differ."
    )
    const exists = await failure(run(inputs({ 'resource-group': 'rg-aks', 'cluster-name': 'aks1', 'snapshot-id': snapId }), new FakeHost()))
    expect(exists?.message).toBe(
      'cluster aks1 already exists in resource group rg-aks (state Succeeded): create-cluster only creates new clusters; use create-nodepool or upgrade-nodepool for its pools. Nothing was changed in Azure.'
    )
    expect(emulator.writes()).toEqual([])
  })

  it('makes the DNS prefix as az does', () => {
    expect(defaultDnsPrefix('my_cluster.with-long-name', 'rg.platform-production-eu', '6f1c2a5e-0b7d')).toBe(
      'myclusterw-rgplatform-produ-6f1c2a'
    )
    expect(defaultDnsPrefix('1aks', 'rg', 'abcdef12')).toBe('a1aks-rg-abcdef')
  })
})
