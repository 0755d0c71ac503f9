import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import { ContainerServiceClient } from '@azure/arm-containerservice'
import { startEmulator, type Emulator } from '../../test/emulator/index.js'

// The emulator must behave like Azure for the real SDK: these tests drive it
// with @azure/arm-containerservice and @azure/identity, as the modes do.

let emu: Emulator
let client: ContainerServiceClient
let poolId: string
const fast = { updateIntervalInMs: 5 }

function clientFor(e: Emulator, secret = e.clientSecret): ContainerServiceClient {
  const tlsOptions = { ca: e.caPem }
  const credential = new ClientSecretCredential(e.tenantId, e.clientId, secret, {
    authorityHost: e.url,
    disableInstanceDiscovery: true,
    tlsOptions
  })
  return new ContainerServiceClient(credential, e.subscriptionId, {
    endpoint: e.url,
    credentials: { scopes: [`${e.url}/.default`] },
    tlsOptions
  })
}

beforeEach(async () => {
  emu = await startEmulator({ operationPolls: 2 })
  const cluster = emu.state.addCluster({
    resourceGroup: 'rg1',
    name: 'aks1',
    location: 'West Europe',
    kubernetesVersion: '1.30.5',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'np1', vmSize: 'Standard_E4s_v5', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0' }
    ]
  })
  poolId = `${cluster.id as string}/agentPools/np1`
  client = clientFor(emu)
})

afterEach(async () => {
  await emu.close()
})

describe('ARM emulator', () => {
  it('signs in with instance discovery off: OpenID metadata, then the token endpoint, then ARM', async () => {
    await client.managedClusters.get('rg1', 'aks1')
    expect(emu.requests.map((r) => `${r.kind} ${r.method} ${r.path} ${r.status}`)).toEqual([
      `metadata GET /${emu.tenantId}/v2.0/.well-known/openid-configuration 200`,
      `token POST /${emu.tenantId}/oauth2/v2.0/token 200`,
      `arm GET /subscriptions/${emu.subscriptionId}/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1 200`
    ])
    expect(emu.requests[1].body).toMatchObject({
      grant_type: 'client_credentials',
      client_id: emu.clientId,
      client_secret: '<redacted>',
      scope: `${emu.url}/.default`
    })
  })

  it('returns the cluster with its pools, in the normalised region', async () => {
    const cluster = await client.managedClusters.get('rg1', 'aks1')
    expect(cluster.location).toBe('westeurope')
    expect(cluster.kubernetesVersion).toBe('1.30.5')
    expect(cluster.agentPoolProfiles?.map((p) => [p.name, p.mode, p.vmSize])).toEqual([
      ['system', 'System', 'Standard_D4s_v5'],
      ['np1', 'User', 'Standard_E4s_v5']
    ])
  })

  it('computes snapshot properties from the source pool, in the pool region, as AKS does', async () => {
    const snap = await client.snapshots.createOrUpdate('rg1', 's1', {
      location: 'westeurope',
      creationData: { sourceResourceId: poolId },
      snapshotType: 'NodePool'
    })
    expect(snap).toMatchObject({
      location: 'westeurope',
      kubernetesVersion: '1.30.5',
      nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0',
      osType: 'Linux',
      osSku: 'Ubuntu',
      vmSize: 'Standard_E4s_v5',
      enableFips: false,
      snapshotType: 'NodePool',
      creationData: { sourceResourceId: poolId }
    })
    expect(emu.requests.at(-1)?.status).toBe(201)
    await expect(
      client.snapshots.createOrUpdate('rg1', 's1', {
        location: 'westeurope',
        creationData: { sourceResourceId: poolId.replace(/np1$/, 'system') }
      })
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'PropertyChangeNotAllowed'
    })
  })

  it('creates a pool from a snapshot through a long-running operation with provisioningState transitions', async () => {
    const snap = emu.state.addSnapshot({ resourceGroup: 'rg1', name: 's1', sourceResourceId: poolId })
    const poller = client.agentPools.createOrUpdate(
      'rg1',
      'aks1',
      'np2',
      { count: 2, creationData: { sourceResourceId: snap.id as string } },
      fast
    )
    const states: string[] = []
    poller.onProgress(() => {
      const p = emu.state.pool(poolId.replace(/np1$/, 'np2'))
      states.push((p?.properties as { provisioningState: string }).provisioningState)
    })
    const pool = await poller
    expect(pool).toMatchObject({
      provisioningState: 'Succeeded',
      vmSize: 'Standard_E4s_v5',
      nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0',
      orchestratorVersion: '1.30.5',
      count: 2
    })
    expect(states[0]).toBe('Creating')
    const put = emu.requests.find((r) => r.method === 'PUT')
    expect(put?.status).toBe(201)
    const polls = emu.requests.filter((r) => /\/locations\/westeurope\/operations\//.test(r.path))
    expect(polls).toHaveLength(2)
  })

  it('ends a long-running operation Failed with the injected error', async () => {
    emu.faults.add({
      method: 'POST',
      path: '/upgradeNodeImageVersion',
      failOperation: { code: 'VMExtensionProvisioningError', message: 'The node image upgrade failed on 1 of 3 nodes.' }
    })
    await expect(client.agentPools.beginUpgradeNodeImageVersionAndWait('rg1', 'aks1', 'np1', fast)).rejects.toThrow(
      /The node image upgrade failed on 1 of 3 nodes/
    )
    expect((emu.state.pool(poolId)?.properties as { provisioningState: string }).provisioningState).toBe('Failed')
  })

  it('upgrades the node image to the latest one', async () => {
    emu.state.nodeImages.Ubuntu = 'AKSUbuntu-2204gen2containerd-202501.01.0'
    await client.agentPools.beginUpgradeNodeImageVersionAndWait('rg1', 'aks1', 'np1', fast)
    expect((await client.agentPools.get('rg1', 'aks1', 'np1')).nodeImageVersion).toBe('AKSUbuntu-2204gen2containerd-202501.01.0')
  })

  it('pages lists with nextLink, by resource group and by subscription', async () => {
    await emu.close()
    emu = await startEmulator({ pageSize: 2 })
    client = clientFor(emu)
    const c = emu.state.addCluster({ resourceGroup: 'rg1', name: 'aks1', location: 'eastus', pools: [{ name: 'system', mode: 'System' }] })
    for (let i = 1; i <= 5; i++)
      emu.state.addSnapshot({
        resourceGroup: i <= 3 ? 'rg1' : 'rg2',
        name: `s${i}`,
        sourceResourceId: `${c.id as string}/agentPools/system`
      })
    const inRg: string[] = []
    for await (const s of client.snapshots.listByResourceGroup('rg1')) inRg.push(s.name ?? '')
    const all: string[] = []
    for await (const s of client.snapshots.list()) all.push(s.name ?? '')
    expect(inRg).toEqual(['s1', 's2', 's3'])
    expect(all).toEqual(['s1', 's2', 's3', 's4', 's5'])
    const lists = emu.requests.filter((r) => r.kind === 'arm' && r.path.endsWith('/snapshots'))
    expect(lists.map((r) => r.query.$skipToken ?? '-')).toEqual(['-', '2', '-', '2', '4'])
  })

  it('lists Kubernetes versions per region', async () => {
    emu.state.kubernetesVersions = { eastus: ['1.30.5', '1.31.2'], '*': ['1.29.9'] }
    const east = await client.managedClusters.listKubernetesVersions('eastus')
    expect(east.values?.map((v) => [v.version, Object.keys(v.patchVersions ?? {})])).toEqual([
      ['1.30', ['1.30.5']],
      ['1.31', ['1.31.2']]
    ])
    const other = await client.managedClusters.listKubernetesVersions('westus')
    expect(other.values?.map((v) => v.version)).toEqual(['1.29'])
  })

  it('answers 404 ResourceNotFound and ResourceGroupNotFound as ARM does', async () => {
    await expect(client.agentPools.get('rg1', 'aks1', 'nope')).rejects.toMatchObject({ statusCode: 404, code: 'ResourceNotFound' })
    await expect(client.managedClusters.get('rg-missing', 'aks1')).rejects.toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' })
  })

  it('refuses a snapshot of a pool in the middle of an operation', async () => {
    ;(emu.state.pool(poolId)?.properties as { provisioningState: string }).provisioningState = 'Upgrading'
    await expect(
      client.snapshots.createOrUpdate('rg1', 's1', { location: 'westeurope', creationData: { sourceResourceId: poolId } })
    ).rejects.toMatchObject({ statusCode: 409, code: 'OperationNotAllowed' })
  })

  it('rejects a wrong client secret with AADSTS7000215, and ARM calls without a valid token', async () => {
    await expect(clientFor(emu, 'nope').managedClusters.get('rg1', 'aks1')).rejects.toThrow(/AADSTS7000215: Invalid client secret provided/)
    const token = emu.requests.find((r) => r.kind === 'token')
    expect(token?.status).toBe(401)
    expect(emu.requests.filter((r) => r.kind === 'arm')).toEqual([])
  })

  it('injects delays, status codes with Retry-After, and counts what is left', async () => {
    emu.faults.add({ method: 'GET', path: /\/agentPools\/np1$/, status: 503, retryAfter: 0, times: 2 }, { path: '/never-called' })
    const pool = await client.agentPools.get('rg1', 'aks1', 'np1')
    expect(pool.name).toBe('np1')
    expect(emu.requests.filter((r) => r.kind === 'arm').map((r) => r.status)).toEqual([503, 503, 200])
    expect(emu.faults.pending()).toEqual([{ path: '/never-called', used: 0 }])
  })

  it('deletes snapshots: 200 when there was one, 204 when not', async () => {
    emu.state.addSnapshot({ resourceGroup: 'rg1', name: 's1', sourceResourceId: poolId })
    await client.snapshots.delete('rg1', 's1')
    await client.snapshots.delete('rg1', 's1')
    expect(emu.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([200, 204])
    expect(emu.state.snapshots.size).toBe(0)
  })

  it('creates a cluster whose system pool comes from a snapshot, with the snapshot version, and refuses a Windows system pool', async () => {
    const snap = emu.state.addSnapshot({ resourceGroup: 'rg1', name: 's1', sourceResourceId: poolId })
    const cluster = await client.managedClusters.beginCreateOrUpdateAndWait(
      'rg1',
      'aks2',
      {
        location: 'westeurope',
        dnsPrefix: 'aks2',
        agentPoolProfiles: [{ name: 'system', mode: 'System', count: 1, creationData: { sourceResourceId: snap.id as string } }]
      },
      fast
    )
    expect(cluster).toMatchObject({ provisioningState: 'Succeeded', kubernetesVersion: '1.30.5' })
    expect(cluster.agentPoolProfiles?.[0]).toMatchObject({
      vmSize: 'Standard_E4s_v5',
      nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0'
    })
    await expect(
      client.managedClusters.beginCreateOrUpdateAndWait(
        'rg1',
        'aks3',
        { location: 'westeurope', agentPoolProfiles: [{ name: 'win', mode: 'System', osType: 'Windows', vmSize: 'Standard_D4s_v5' }] },
        fast
      )
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' })
  })

  it('delays answers', async () => {
    emu.faults.add({ method: 'GET', path: '/agentPools/np1', delayMs: 300 })
    await client.managedClusters.get('rg1', 'aks1') // sign in first
    const started = Date.now()
    await client.agentPools.get('rg1', 'aks1', 'np1')
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
  })
})
