import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { startEmulator, type Emulator, type LoggedRequest } from '../../test/emulator/index.js'
import { azSetup, azureCliEnv } from '../../test/emulator/azure-cli.js'
import { startConnectProxy, type ConnectProxy } from '../../test/emulator/proxy.js'
import { tempDir } from '../../__fixtures__/tmp.js'

// The emulator checked by a client it does not serve: Debian's azure-cli
// (Python, MSAL, azure-mgmt-containerservice) runs the commands of the node
// pool snapshot page against it. `apt-get install azure-cli` to run this
// locally; CI installs it, so there a missing `az` fails instead of skipping.

function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    try {
      accessSync(join(dir, cmd), constants.X_OK)
      return join(dir, cmd)
    } catch {
      // not here
    }
  }
  return undefined
}

const az = onPath('az')
if (!az && !process.env.CI) process.stderr.write('azure-cli.test.ts: skipped, `az` is not on PATH (apt-get install azure-cli to run it)\n')

describe('azure-cli is available', () => {
  // In CI the az tests must run: a missing az fails here rather than skipping silently.
  const inCi = process.env.CI ? it : it.skip
  inCi('az is on PATH in CI', () => {
    if (!az) throw new Error('CI is set but `az` is not on PATH: CI must install azure-cli (apt-get install -y azure-cli)')
  })
})

interface AzResult {
  code: number
  stdout: string
  stderr: string
}

const SNAPSHOT_IMAGE = 'AKSAzureLinux-V2gen2-202409.23.0'
const OLD_IMAGE = 'AKSAzureLinux-V2gen2-202407.15.0'

const describeAz = az ? describe : describe.skip

describeAz('azure-cli against the ARM emulator', () => {
  let emu: Emulator
  let proxy: ConnectProxy
  let env: NodeJS.ProcessEnv
  let sub: string
  let clusterPath: string
  let snapshotId: string
  let azVersion: string
  /** CONNECTs through the proxy, with the az command that made them. */
  const tunnels: string[] = []

  /** Runs az with the words of `command` (split on spaces); resolves with its exit code and output, never rejects. */
  function run(command: string | string[]): Promise<AzResult> {
    const args = typeof command === 'string' ? command.trim().split(/\s+/) : command
    const before = proxy.connects.length
    return new Promise((resolve) => {
      execFile(az!, args, { env, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
        for (const c of proxy.connects.slice(before)) tunnels.push(`${c} (az ${args.slice(0, 4).join(' ')})`)
        resolve({ code, stdout, stderr })
      })
    })
  }

  /** Runs az, expects success and JSON on stdout. */
  async function azJson<T = Record<string, unknown>>(command: string): Promise<T> {
    const r = await run(`${command} --output json`)
    if (r.code !== 0) throw new Error(`az ${command} exited ${r.code}:\n${r.stderr}`)
    return JSON.parse(r.stdout) as T
  }

  /** The ARM calls (operation polls left out) made since `from`, as `METHOD path [$skipToken] -> status`. */
  function callsSince(from: number): string[] {
    return emu.requests
      .slice(from)
      .filter((r) => r.kind === 'arm' && !/\/operations\/[^/]+$/i.test(r.path))
      .map((r) => `${r.method} ${r.path}${r.query.$skipToken ? ` $skipToken=${r.query.$skipToken}` : ''} -> ${r.status}`)
  }

  /**
   * The ARM calls az made since `from` are exactly `expected`. The list is pinned for azure-cli 2.45 (Debian 12, what CI
   * installs); another version may read a little more or less, so there only its writes must match.
   */
  function expectCalls(from: number, expected: string[]): void {
    const actual = callsSince(from)
    if (pinned()) expect(actual).toEqual(expected)
    else expect(actual.filter((c) => !c.startsWith('GET '))).toEqual(expected.filter((c) => !c.startsWith('GET ')))
  }

  const pinned = (): boolean => /^2\.45\./.test(azVersion)

  const writesSince = (from: number): LoggedRequest[] => emu.requests.slice(from).filter((r) => r.kind === 'arm' && r.method !== 'GET')

  beforeAll(async () => {
    // pageSize 1: every list answer has a nextLink, which az must follow.
    emu = await startEmulator({ operationPolls: 1, retryAfter: 0, pageSize: 1 })
    sub = emu.subscriptionId
    const cluster = emu.state.addCluster({
      resourceGroup: 'rg-aks',
      name: 'aks1',
      location: 'East US',
      kubernetesVersion: '1.30.5',
      pools: [
        { name: 'system', mode: 'System', vmSize: 'Standard_D4s_v5' },
        { name: 'np1', vmSize: 'Standard_D8s_v5', osSKU: 'AzureLinux', nodeImageVersion: SNAPSHOT_IMAGE },
        { name: 'npold', vmSize: 'Standard_D8s_v5', osSKU: 'AzureLinux', nodeImageVersion: OLD_IMAGE }
      ]
    })
    emu.state.addResourceGroup('rg-snap', 'westus2')
    clusterPath = `/subscriptions/${sub}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters`
    expect(cluster.id).toBe(`/subscriptions/${sub}/resourcegroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1`)
    proxy = await startConnectProxy(emu.url)
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(AZURE_|AZ_|MSAL_|REQUESTS_CA_BUNDLE$|CURL_CA_BUNDLE$|SSL_CERT_)|_proxy$/i.test(k))
    )
    env = { ...clean, ...azureCliEnv(emu, proxy.url, tempDir('aks-snapshot-az-')) }
    for (const args of azSetup(emu)) {
      const r = await run([...args, '--output', 'none'])
      if (r.code !== 0) throw new Error(`az ${args.slice(0, 2).join(' ')} failed:\n${r.stderr}`)
    }
    azVersion = (await azJson<Record<string, string>>('version'))['azure-cli']
  }, 60_000)

  afterAll(async () => {
    await proxy?.close()
    await emu?.close()
  })

  it('signs in through the emulator: instance discovery tunnelled to it, OpenID metadata, token, subscriptions', () => {
    const signIn = emu.requests.map((r) => `${r.kind} ${r.method} ${r.path} ${r.status}`)
    if (!pinned()) expect(signIn).toContain(`token POST /${emu.tenantId}/oauth2/v2.0/token 200`)
    else
      expect(signIn).toEqual([
        'metadata GET /common/discovery/instance 200',
        `metadata GET /${emu.tenantId}/v2.0/.well-known/openid-configuration 200`,
        `token POST /${emu.tenantId}/oauth2/v2.0/token 200`,
        'arm GET /subscriptions 200'
      ])
    expect(emu.requests.find((r) => r.kind === 'token')?.body).toMatchObject({
      grant_type: 'client_credentials',
      client_id: emu.clientId,
      client_secret: '<redacted>',
      scope: `${emu.url}/.default`
    })
    expect(tunnels).toContain(`login.microsoftonline.com:443 (az login --service-principal --username ${emu.clientId})`)
  })

  it('az aks show and az aks nodepool show --query id -o tsv', async () => {
    const from = emu.requests.length
    const cluster = await azJson(`aks show --resource-group rg-aks --name aks1`)
    expect(cluster).toMatchObject({
      name: 'aks1',
      location: 'eastus',
      kubernetesVersion: '1.30.5',
      servicePrincipalProfile: { clientId: 'msi' },
      identity: { type: 'SystemAssigned' }
    })
    const r = await run(`aks nodepool show --name np1 --cluster-name aks1 -g rg-aks --query id -o tsv`)
    expect(r).toMatchObject({
      code: 0,
      stdout: `/subscriptions/${sub}/resourcegroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1\n`
    })
    expectCalls(from, [`GET ${clusterPath}/aks1 -> 200`, `GET ${clusterPath}/aks1/agentPools/np1 -> 200`])
  })

  it('az aks nodepool snapshot create --nodepool-id --location: the snapshot shows the pool’s version, image, OS SKU, VM size and region', async () => {
    const poolId = `/subscriptions/${sub}/resourcegroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1`
    const from = emu.requests.length
    const created = await azJson(`aks nodepool snapshot create --name snap1 -g rg-snap --nodepool-id ${poolId} --location eastus`)
    snapshotId = `/subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1`
    expect(created).toMatchObject({ id: snapshotId, name: 'snap1' })
    expectCalls(from, [
      `GET /subscriptions/${sub}/resourcegroups/rg-snap -> 200`,
      `PUT /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1 -> 201`
    ])
    expect(writesSince(from)[0].body).toEqual({
      location: 'eastus',
      properties: { creationData: { sourceResourceId: poolId }, snapshotType: 'NodePool' }
    })

    const shown = await azJson(`aks nodepool snapshot show --name snap1 --resource-group rg-snap`)
    expect(shown).toMatchObject({
      id: snapshotId,
      location: 'eastus',
      kubernetesVersion: '1.30.5',
      nodeImageVersion: SNAPSHOT_IMAGE,
      osType: 'Linux',
      osSku: 'AzureLinux',
      vmSize: 'Standard_D8s_v5',
      snapshotType: 'NodePool',
      enableFips: false,
      creationData: { sourceResourceId: poolId },
      resourceGroup: 'rg-snap'
    })
    const id = await run(`aks nodepool snapshot show --name snap1 --resource-group rg-snap --query id -o tsv`)
    expect(id.stdout).toBe(`${snapshotId}\n`)
  })

  it('az aks nodepool add --snapshot-id: the new pool has the snapshot as creationData.sourceResourceId, and its image', async () => {
    const from = emu.requests.length
    const pool = await azJson(`aks nodepool add --name np2 --cluster-name aks1 --resource-group rg-aks --snapshot-id ${snapshotId}`)
    expect(pool).toMatchObject({
      name: 'np2',
      creationData: { sourceResourceId: snapshotId },
      orchestratorVersion: '1.30.5',
      nodeImageVersion: SNAPSHOT_IMAGE,
      osSku: 'AzureLinux',
      vmSize: 'Standard_D8s_v5',
      provisioningState: 'Succeeded'
    })
    // az lists the pools (following nextLink) to refuse a name in use, then reads the snapshot.
    expectCalls(from, [
      `GET ${clusterPath}/aks1/agentPools -> 200`,
      `GET ${clusterPath}/aks1/agentPools $skipToken=1 -> 200`,
      `GET ${clusterPath}/aks1/agentPools $skipToken=2 -> 200`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1 -> 200`,
      `PUT ${clusterPath}/aks1/agentPools/np2 -> 201`,
      `GET ${clusterPath}/aks1/agentPools/np2 -> 200`
    ])
    // az takes version, OS SKU and VM size from the snapshot and sends the snapshot id.
    expect(writesSince(from)[0].body).toMatchObject({
      properties: {
        orchestratorVersion: '1.30.5',
        osSKU: 'AzureLinux',
        vmSize: 'Standard_D8s_v5',
        creationData: { sourceResourceId: snapshotId }
      }
    })
  })

  it('az aks nodepool upgrade --node-image-only --snapshot-id moves the pool to the snapshot’s image (AKSSnapshotId header)', async () => {
    const from = emu.requests.length
    const r = await run(
      `aks nodepool upgrade --name npold --cluster-name aks1 -g rg-aks --snapshot-id ${snapshotId} --node-image-only --yes -o none`
    )
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expectCalls(from, [`POST ${clusterPath}/aks1/agentPools/npold/upgradeNodeImageVersion -> 202`])
    expect(writesSince(from)[0].aksHeaders).toEqual({ akssnapshotid: snapshotId })
    const pool = await azJson(`aks nodepool show --name npold --cluster-name aks1 -g rg-aks`)
    expect(pool).toMatchObject({
      nodeImageVersion: SNAPSHOT_IMAGE,
      creationData: { sourceResourceId: snapshotId },
      provisioningState: 'Succeeded'
    })
  })

  it('az aks nodepool upgrade --snapshot-id (a Kubernetes upgrade to the snapshot)', async () => {
    const from = emu.requests.length
    const r = await run(`aks nodepool upgrade --name system --cluster-name aks1 -g rg-aks --snapshot-id ${snapshotId} --yes -o json`)
    if (azVersion === '2.45.0') {
      // Debian bookworm's azure-cli has Azure/azure-cli#25530 (fixed in 2.46): the command reads a field
      // AgentPool does not have and stops before any write.
      expect(r.code).not.toBe(0)
      expect(r.stderr).toContain("'AgentPool' object has no attribute 'kubernetes_version'")
      expectCalls(from, [
        `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1 -> 200`,
        `GET ${clusterPath}/aks1/agentPools/system -> 200`
      ])
    } else {
      expect(r.code).toBe(0)
      expect(writesSince(from).map((w) => [w.method, w.body])).toEqual([
        [
          'PUT',
          expect.objectContaining({
            properties: expect.objectContaining({ orchestratorVersion: '1.30.5', creationData: { sourceResourceId: snapshotId } })
          })
        ]
      ])
    }
  })

  it('az aks create --snapshot-id: the system pool comes from the snapshot', async () => {
    const from = emu.requests.length
    const cluster = await azJson<{ kubernetesVersion: string; agentPoolProfiles: Array<Record<string, unknown>> }>(
      `aks create --name aks2 --resource-group rg-aks --snapshot-id ${snapshotId} --no-ssh-key`
    )
    expect(cluster.kubernetesVersion).toBe('1.30.5')
    expect(cluster.agentPoolProfiles).toEqual([
      expect.objectContaining({
        name: 'nodepool1',
        mode: 'System',
        orchestratorVersion: '1.30.5',
        nodeImageVersion: SNAPSHOT_IMAGE,
        osSku: 'AzureLinux',
        vmSize: 'Standard_D8s_v5',
        creationData: { sourceResourceId: snapshotId }
      })
    ])
    expectCalls(from, [
      `GET /subscriptions/${sub}/resourcegroups/rg-aks -> 200`,
      `GET /subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1 -> 200`,
      `PUT ${clusterPath}/aks2 -> 201`,
      `GET ${clusterPath}/aks2 -> 200`
    ])
    expect(writesSince(from)[0].body).toMatchObject({
      location: 'eastus',
      identity: { type: 'SystemAssigned' },
      properties: { kubernetesVersion: '1.30.5', dnsPrefix: `aks2-rg-aks-${sub.slice(0, 6)}` }
    })
  })

  it('az aks get-versions -l <region>', async () => {
    const from = emu.requests.length
    const r = await run(`aks get-versions -l eastus -o table`)
    expect(r).toMatchObject({ code: 0, stderr: '' })
    // Later azure-cli versions read the kubernetesVersions list (per minor version) and print another table.
    if (!pinned()) return expect(r.stdout).toContain('1.31.2')
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s{2,}/))
    ).toEqual([
      ['KubernetesVersion', 'Upgrades'],
      [expect.stringMatching(/^-+$/), expect.stringMatching(/^-+$/)],
      ['1.31.2', 'None available'],
      ['1.30.6', '1.31.2'],
      ['1.30.5', '1.30.6, 1.31.2'],
      ['1.29.9', '1.30.5, 1.30.6, 1.31.2']
    ])
    expectCalls(from, [`GET /subscriptions/${sub}/providers/Microsoft.ContainerService/locations/eastus/orchestrators -> 200`])
  })

  it('az aks nodepool snapshot list (following nextLink) and delete', async () => {
    let from = emu.requests.length
    await azJson(
      `aks nodepool snapshot create --name snap2 -g rg-snap --nodepool-id ${clusterPath}/aks1/agentPools/npold --location eastus`
    )
    expect(writesSince(from)[0].body).toMatchObject({ location: 'eastus' })
    from = emu.requests.length
    const names = await run(`aks nodepool snapshot list -g rg-snap --query [].name -o tsv`)
    expect(names.stdout).toBe('snap1\nsnap2\n')
    const snapsPath = `/subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots`
    expectCalls(from, [`GET ${snapsPath} -> 200`, `GET ${snapsPath} $skipToken=1 -> 200`])

    from = emu.requests.length
    const all = await run('aks nodepool snapshot list --query [].[name,location,nodeImageVersion] -o tsv')
    expect(all.stdout).toBe(`snap1\teastus\t${SNAPSHOT_IMAGE}\nsnap2\teastus\t${SNAPSHOT_IMAGE}\n`)
    expect(callsSince(from)[0]).toBe(`GET /subscriptions/${sub}/providers/Microsoft.ContainerService/snapshots -> 200`)

    from = emu.requests.length
    const del = await run(`aks nodepool snapshot delete --name snap1 -g rg-snap --yes`)
    expect(del).toMatchObject({ code: 0, stderr: '' })
    expectCalls(from, [`DELETE ${snapsPath}/snap1 -> 200`])
    const after = await run(`aks nodepool snapshot list -g rg-snap --query [].name -o tsv`)
    expect(after.stdout).toBe('snap2\n')
    const gone = await run(`aks nodepool snapshot show --name snap1 -g rg-snap`)
    expect(gone.code).not.toBe(0)
    expect(gone.stderr).toContain('ResourceNotFound')
  })

  it('az sent every ARM call with an api-version and a bearer token, and reached nothing but the emulator', () => {
    const arm = emu.requests.filter((r) => r.kind === 'arm')
    expect(arm.filter((r) => !r.authorized || !/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(r.query['api-version'] ?? ''))).toEqual([])
    // The only tunnel through the proxy is MSAL's instance discovery, answered by the emulator. On its first
    // run in a config folder az checks for updates (HEAD https://azure.microsoft.com, then GitHub); no setting
    // turns that off in 2.45, so the proxy refuses it and az carries on.
    expect(tunnels.filter((t) => !t.startsWith('azure.microsoft.com:443 (az cloud register'))).toEqual([
      `login.microsoftonline.com:443 (az login --service-principal --username ${emu.clientId})`
    ])
    expect(proxy.refused.filter((h) => h !== 'azure.microsoft.com:443')).toEqual([])
  })
})
