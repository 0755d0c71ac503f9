import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AzureOperationError, PreflightError } from '../../src/errors.js'
import { Inputs } from '../../src/inputs.js'
import { run } from '../../src/ops/snapshot.js'
import { main } from '../../src/cli.js'
import { FakeHost } from '../../__fixtures__/host.js'
import { azureInputs, emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

// End to end: the real SDK and credential classes against the HTTPS emulator.

let emulator: Emulator
let restore: () => Promise<void>
let poolId: string
let sub: string

const IMAGE = 'AKSUbuntu-2204gen2containerd-202409.23.0'

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest())
  sub = emulator.subscriptionId
  const cluster = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'East US',
    kubernetesVersion: '1.30.5',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'user1', vmSize: 'Standard_D8ps_v5', nodeImageVersion: IMAGE, enableFIPS: true, osSKU: 'AzureLinux' },
      { name: 'busy', provisioningState: 'Upgrading' }
    ]
  })
  poolId = `${cluster.id as string}/agentPools/user1`
  Object.assign(process.env, {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'contoso/platform',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
  })
})

afterEach(async () => {
  await restore()
})

const inputs = (values: Record<string, string>): Inputs => new Inputs((name) => ({ ...azureInputs(emulator), ...values })[name])
const poolInputs = { 'resource-group': 'rg-aks', 'cluster-name': 'aks1', 'nodepool-name': 'user1', 'snapshot-name': 'snap1' }
const snapPath = (rg: string, name: string) =>
  `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/snapshots/${name}`
const clusterPath = () => `/subscriptions/${sub}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1`

describe('snapshot mode against the emulator', () => {
  it('reads the pool, sends one PUT with the pool id, region and tags, reads it back, and sets every output', async () => {
    const host = new FakeHost(true)
    const code = await run(inputs({ ...poolInputs, tags: 'team=platform\ncost-center=42' }), host)
    expect(code).toBe(0)
    expect(emulator.armCalls()).toEqual([
      `GET ${clusterPath()}`,
      `GET ${clusterPath()}/agentPools/user1`,
      `GET ${snapPath('rg-aks', 'snap1')}`,
      `PUT ${snapPath('rg-aks', 'snap1')}`,
      `GET ${snapPath('rg-aks', 'snap1')}`
    ])
    const puts = emulator.writes()
    expect(puts).toHaveLength(1)
    expect(puts[0].query['api-version']).toBe('2026-04-01')
    expect(puts[0].body).toEqual({
      location: 'eastus',
      tags: {
        'created-by': 'aks-snapshot',
        'github-run': 'https://github.com/contoso/platform/actions/runs/4242',
        'github-sha': '0123456789abcdef0123456789abcdef01234567',
        team: 'platform',
        'cost-center': '42'
      },
      properties: { creationData: { sourceResourceId: poolId }, snapshotType: 'NodePool' }
    })
    const created = (emulator.state.snapshot(snapPath('rg-aks', 'snap1'))?.systemData as { createdAt: string }).createdAt
    expect(host.outputs).toEqual({
      'snapshot-id': snapPath('rg-aks', 'snap1'),
      'snapshot-name': 'snap1',
      location: 'eastus',
      'kubernetes-version': '1.30.5',
      'node-image-version': IMAGE,
      'os-type': 'Linux',
      'os-sku': 'AzureLinux',
      'vm-size': 'Standard_D8ps_v5',
      'vm-family': 'D (Arm64)',
      'enable-fips': 'true',
      'source-nodepool-id': poolId,
      created: new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z')
    })
    expect(host.summaries).toHaveLength(1)
    expect(host.summaries[0]).toContain('### Node pool snapshot snap1')
    expect(host.summaries[0]).toContain(`| snapshot-id | \`${snapPath('rg-aks', 'snap1')}\` |`)
    expect(host.summaries[0]).toContain('| vm-family | `D (Arm64)` |')
  })

  it('takes the pool from nodepool-id, its subscription included, and names the snapshot <cluster>-<pool>-<UTC time>', async () => {
    const host = new FakeHost(false)
    const values = { ...azureInputs(emulator), 'nodepool-id': poolId.replace('/resourcegroups/', '/resourceGroups/') }
    delete (values as Record<string, string>)['subscription-id']
    const before = new Date()
    await run(new Inputs((n) => (values as Record<string, string>)[n]), host)
    const put = emulator.writes()[0]
    expect(put.path).toMatch(
      new RegExp(`^/subscriptions/${sub}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/snapshots/aks1-user1-\\d{12}$`)
    )
    const stamp = put.path.slice(-12)
    expect(stamp.slice(0, 8)).toBe(before.toISOString().slice(0, 10).replace(/-/g, ''))
    // Outside Actions only created-by is added.
    expect((put.body as { tags: unknown }).tags).toEqual({ 'created-by': 'aks-snapshot' })
    expect(host.summaries).toEqual([])
  })

  it('accepts location spelled "East US" for a cluster in eastus', async () => {
    const host = new FakeHost()
    await run(inputs({ ...poolInputs, location: 'East US' }), host)
    expect(emulator.writes().map((w) => (w.body as { location: string }).location)).toEqual(['eastus'])
  })

  it('stops before any write when location is not the cluster region, naming both regions', async () => {
    const host = new FakeHost()
    const err = await run(inputs({ ...poolInputs, location: 'westus2' }), host).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PreflightError)
    expect((err as Error).message).toMatch(/^preflight failed, nothing was changed in Azure: snapshot-region: /)
    expect((err as Error).message).toContain('westus2')
    expect((err as Error).message).toContain('eastus')
    expect(emulator.writes()).toEqual([])
  })

  it('refuses a pool that is not Succeeded, naming its state', async () => {
    const err = await run(inputs({ ...poolInputs, 'nodepool-name': 'busy' }), new FakeHost()).catch((e: unknown) => e)
    expect((err as Error).message).toBe(
      'node pool busy of cluster aks1 is in state Upgrading, not Succeeded: wait for its operation to finish, or repair it, then take the snapshot. Nothing was changed in Azure.'
    )
    expect(emulator.writes()).toEqual([])
  })

  it('reuses an existing snapshot of the same pool with if-exists: reuse, without writing', async () => {
    emulator.state.addSnapshot({ resourceGroup: 'rg-aks', name: 'snap1', sourceResourceId: poolId, createdAt: '2026-11-01T10:00:00Z' })
    const host = new FakeHost()
    await run(inputs({ ...poolInputs, 'if-exists': 'reuse' }), host)
    expect(emulator.writes()).toEqual([])
    expect(host.outputs['snapshot-id']).toBe(snapPath('rg-aks', 'snap1'))
    expect(host.outputs.created).toBe('2026-11-01T10:00:00Z')
    expect(host.summaries[0]).toContain('### Node pool snapshot snap1 (reused)')
  })

  it('refuses to reuse a snapshot of that name taken from another pool', async () => {
    const other = poolId.replace(/user1$/, 'system')
    emulator.state.addSnapshot({ resourceGroup: 'rg-aks', name: 'snap1', sourceResourceId: other })
    const err = await run(inputs({ ...poolInputs, 'if-exists': 'reuse' }), new FakeHost()).catch((e: unknown) => e)
    expect((err as Error).message).toBe(
      `snapshot snap1 already exists in resource group rg-aks but was taken from ${other}, not from ${poolId}: choose another snapshot-name. Nothing was changed in Azure.`
    )
    expect(emulator.writes()).toEqual([])
  })

  it('fails when the name is taken and if-exists is fail (the default)', async () => {
    emulator.state.addSnapshot({ resourceGroup: 'rg-aks', name: 'snap1', sourceResourceId: poolId })
    const err = await run(inputs(poolInputs), new FakeHost()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PreflightError)
    expect((err as Error).message).toBe(
      `snapshot snap1 already exists in resource group rg-aks (taken from ${poolId}): choose another snapshot-name, or set if-exists to reuse. Nothing was changed in Azure.`
    )
    expect(emulator.writes()).toEqual([])
  })

  it('puts the snapshot in snapshot-resource-group, in the cluster region', async () => {
    emulator.state.addResourceGroup('rg-snapshots', 'westeurope')
    const host = new FakeHost()
    await run(inputs({ ...poolInputs, 'snapshot-resource-group': 'rg-snapshots' }), host)
    expect(emulator.writes().map((w) => `${w.method} ${w.path} ${(w.body as { location: string }).location}`)).toEqual([
      `PUT ${snapPath('rg-snapshots', 'snap1')} eastus`
    ])
    expect(host.outputs.location).toBe('eastus')
  })

  it('says which resource group is missing for snapshot-resource-group', async () => {
    const err = await run(inputs({ ...poolInputs, 'snapshot-resource-group': 'rg-nope' }), new FakeHost()).catch((e: unknown) => e)
    expect((err as Error).message).toBe(
      `resource group rg-nope (snapshot-resource-group) not found in subscription ${sub}. Nothing was changed in Azure.`
    )
    expect(emulator.writes()).toEqual([])
  })

  it('retries a 429 with Retry-After and then succeeds, with one snapshot created', async () => {
    emulator.faults.add({ method: 'PUT', path: '/snapshots/snap1', status: 429, retryAfter: 1 })
    const started = Date.now()
    await run(inputs(poolInputs), new FakeHost())
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(emulator.writes().map((w) => `${w.method} ${w.status}`)).toEqual(['PUT 429', 'PUT 201'])
    expect(emulator.state.snapshots.size).toBe(1)
    expect(emulator.faults.pending()).toEqual([])
  })

  it('retries a 500 and a reset connection on reads', async () => {
    emulator.faults.add(
      { method: 'GET', path: '/agentPools/user1', status: 500 },
      { method: 'GET', path: '/managedClusters/aks1', reset: true }
    )
    const host = new FakeHost()
    await run(inputs(poolInputs), host)
    expect(
      emulator.requests.filter((r) => r.kind === 'arm' && r.method === 'GET' && r.path.endsWith('/user1')).map((r) => r.status)
    ).toEqual([500, 200])
    expect(host.outputs['snapshot-name']).toBe('snap1')
  })

  it('reports a PUT that ARM refuses as one line with the step, id, status, code, message and what exists', async () => {
    emulator.faults.add({
      method: 'PUT',
      path: '/snapshots/snap1',
      status: 400,
      code: 'InvalidParameter',
      message: 'The snapshot quota of the subscription is reached.'
    })
    const err = await run(inputs(poolInputs), new FakeHost()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AzureOperationError)
    expect((err as Error).message).toBe(
      `create snapshot failed for ${snapPath('rg-aks', 'snap1')}: HTTP 400: InvalidParameter: The snapshot quota of the subscription is reached. ` +
        `The snapshot ${snapPath('rg-aks', 'snap1')} may or may not have been created: check it with az aks nodepool snapshot show before trying again.`
    )
  })

  it('adds the snapshot to the catalog, keeping its other content, and pins it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aks-catalog-'))
    const file = join(dir, '.aks-snapshots.json')
    const zId = snapPath('rg-aks', 'zz-older')
    writeFileSync(
      file,
      JSON.stringify({
        snapshots: [{ id: zId, location: 'eastus' }],
        pins: { staging: zId },
        supportedKubernetesVersions: { eastus: ['1.30', '1.31'] },
        owner: 'platform-team'
      })
    )
    await run(inputs({ ...poolInputs, catalog: file, pin: 'prod' }), new FakeHost())
    const catalog = JSON.parse(readFileSync(file, 'utf8'))
    rmSync(dir, { recursive: true, force: true })
    expect(catalog.snapshots.map((s: { id: string }) => s.id)).toEqual([snapPath('rg-aks', 'snap1'), zId])
    expect(catalog.snapshots[0]).toMatchObject({
      id: snapPath('rg-aks', 'snap1'),
      location: 'eastus',
      kubernetesVersion: '1.30.5',
      nodeImageVersion: IMAGE,
      osType: 'Linux',
      osSku: 'AzureLinux',
      vmSize: 'Standard_D8ps_v5',
      enableFips: true,
      sourceResourceId: poolId
    })
    expect(catalog.pins).toEqual({ staging: zId, prod: snapPath('rg-aks', 'snap1') })
    expect(catalog.supportedKubernetesVersions).toEqual({ eastus: ['1.30', '1.31'] })
    expect(catalog.owner).toBe('platform-team')
  })
})

describe('snapshot through the CLI', () => {
  const io = () => {
    const out: string[] = []
    const err: string[] = []
    return {
      out,
      err,
      io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: process.env, isTTY: false }
    }
  }
  const flags = () => ['--environment', 'custom', '--arm-endpoint', emulator.url, '--authority-host', emulator.url, '--subscription', sub]

  it('prints the outputs as JSON with --json', async () => {
    const c = io()
    const code = await main(
      [
        'snapshot',
        ...flags(),
        '--resource-group',
        'rg-aks',
        '--cluster-name',
        'aks1',
        '--nodepool-name',
        'user1',
        '--snapshot-name',
        'snap1',
        '--json'
      ],
      c.io
    )
    expect(code).toBe(0)
    const json = JSON.parse(c.out.join(''))
    expect(json).toMatchObject({ 'snapshot-id': snapPath('rg-aks', 'snap1'), 'vm-family': 'D (Arm64)', 'enable-fips': true, reused: false })
  })

  it('prints text by default', async () => {
    const c = io()
    await main(
      [
        'snapshot',
        ...flags(),
        '--resource-group',
        'rg-aks',
        '--cluster-name',
        'aks1',
        '--nodepool-name',
        'user1',
        '--snapshot-name',
        'snap1'
      ],
      c.io
    )
    const text = c.out.join('')
    expect(text).toContain('Created snapshot snap1\n')
    expect(text).toContain(`  snapshot-id         ${snapPath('rg-aks', 'snap1')}\n`)
    expect(text).toContain('  enable-fips         true\n')
  })

  it('says "node pool X not found in cluster Y" for a missing pool, in one line with no stack trace, exit 1', async () => {
    const c = io()
    const code = await main(
      ['snapshot', ...flags(), '--resource-group', 'rg-aks', '--cluster-name', 'aks1', '--nodepool-name', 'nope'],
      c.io
    )
    expect(code).toBe(1)
    const stderr = c.err.join('')
    expect(stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([
      'error: node pool nope not found in cluster aks1 (resource group rg-aks). Nothing was changed in Azure.'
    ])
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(c.out).toEqual([])
    expect(emulator.writes()).toEqual([])
  })

  it('says which cluster is missing', async () => {
    const c = io()
    await main(['snapshot', ...flags(), '--resource-group', 'rg-aks', '--cluster-name', 'aks9', '--nodepool-name', 'user1'], c.io)
    expect(
      c.err
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('error:'))
    ).toEqual([`error: cluster aks9 not found in resource group rg-aks (subscription ${sub}). Nothing was changed in Azure.`])
  })

  it('reports a wrong client secret in one clear line, sends nothing to ARM, and never shows the secret', async () => {
    const wrong = 'wrong~Secret.abcdefghijklmnopqrstuvwxyz012345'
    process.env.AZURE_CLIENT_SECRET = wrong
    const c = io()
    const code = await main(
      ['snapshot', ...flags(), '--resource-group', 'rg-aks', '--cluster-name', 'aks1', '--nodepool-name', 'user1', '--debug'],
      c.io
    )
    expect(code).toBe(1)
    const stderr = c.err.join('')
    const errorLine = stderr.split('\n').find((l) => l.startsWith('error: '))
    expect(errorLine).toBe(
      `error: sign in to Azure (for read cluster) failed for client ${emulator.clientId} in tenant ${emulator.tenantId} (DefaultAzureCredential): invalid_client: ` +
        `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${emulator.clientId}'. Nothing was changed in Azure.`
    )
    expect(stderr).not.toContain(wrong)
    expect(emulator.requests.filter((r) => r.kind === 'arm')).toEqual([])
  })
})

describe('secrets', () => {
  it('never shows the client secret or an access token in logs, outputs or the summary', async () => {
    const host = new FakeHost(true)
    await run(inputs({ ...poolInputs, tags: 'team=platform' }), host)
    const tokens = [...emulator.directory.tokens.keys()]
    expect(tokens.length).toBeGreaterThan(0)
    expect(host.secrets).toEqual(expect.arrayContaining([emulator.clientSecret, ...tokens]))
    const everything = host.everything()
    for (const secret of [emulator.clientSecret, ...tokens]) expect(everything).not.toContain(secret)
  })
})
