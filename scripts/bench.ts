/**
 * Lint speed (SPEC §7): generates a repository of mixed IaC and script files
 * under bench-out/ and compares the time `lint()` takes with the time it
 * takes just to read the same files, overall and per kind (Bicep against the
 * equivalent ARM JSON, Terraform throughput). Printed, not asserted. Also
 * reports whether the lint path loaded the Azure SDK.
 *
 *   npx tsx scripts/bench.ts [--files 6000] [--runs 3]
 */
import { appendFileSync, promises as fs, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'bench-out')
const repo = path.join(out, 'repo')
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const TOTAL = Math.max(arg('files', 6000), 5000)
const RUNS = Math.max(arg('runs', 3), 1)

// Record every module resolved from here on, to show lint never loads @azure/*.
const moduleLog = path.join(out, 'modules.log')
mkdirSync(out, { recursive: true })
writeFileSync(moduleLog, '')
register(
  'data:text/javascript,' +
    encodeURIComponent(`import { appendFileSync } from 'node:fs'
let log
export function initialize(d) { log = d.log }
export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(log, r.url + '\\n'); return r }`),
  { data: { log: moduleLog } }
)

const SUB = '00000000-0000-0000-0000-000000000000'
const snapshotId = (i: number) =>
  `/subscriptions/${SUB}/resourceGroups/rg-${i % 7}/providers/Microsoft.ContainerService/snapshots/snap-${i % 13}`
const sizes = ['Standard_D4s_v5', 'Standard_E8s_v5', 'Standard_D8ps_v5', 'Standard_NC6s_v3', 'Standard_F16s_v2']
const regions = ['eastus', 'westeurope', 'northeurope', 'eastus2']

type Kind = 'arm' | 'bicep' | 'terraform' | 'shell' | 'workflow' | 'markdown'

/** A pool description shared by the ARM and Bicep generators, so the two are equivalent. */
function pool(i: number) {
  return {
    name: `np${i % 50}`,
    size: sizes[i % sizes.length],
    region: regions[i % regions.length],
    pinned: i % 3 !== 0,
    count: (i % 3) + 1,
    version: `1.${28 + (i % 3)}`
  }
}

function arm(i: number): string {
  const p = pool(i)
  const resources = [0, 1, 2].map((k) => {
    const q = pool(i + k)
    return {
      type: 'Microsoft.ContainerService/managedClusters/agentPools',
      apiVersion: '2024-05-01',
      name: `[concat(parameters('clusterName'), '/${q.name}${k}')]`,
      condition: k === 2 ? "[equals(parameters('env'), 'prod')]" : undefined,
      properties: {
        vmSize: k === 0 ? "[parameters('vmSize')]" : q.size,
        count: q.count,
        orchestratorVersion: q.version,
        mode: 'User',
        ...(q.pinned ? { creationData: { sourceResourceId: k === 1 ? "[parameters('snapshotId')]" : snapshotId(i + k) } } : {})
      }
    }
  })
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      clusterName: { type: 'string', defaultValue: `aks-${i}` },
      vmSize: { type: 'string', defaultValue: p.size },
      env: { type: 'string', defaultValue: i % 2 ? 'prod' : 'dev' },
      snapshotId: { type: 'string', defaultValue: snapshotId(i) },
      location: { type: 'string', defaultValue: '[resourceGroup().location]' }
    },
    variables: { poolPrefix: "[concat('np', parameters('env'))]" },
    resources
  }
  return JSON.stringify(template, null, 2) + '\n'
}

function bicep(i: number): string {
  const lines = [
    `param clusterName string = 'aks-${i}'`,
    `param vmSize string = '${pool(i).size}'`,
    `param env string = '${i % 2 ? 'prod' : 'dev'}'`,
    `param snapshotId string = '${snapshotId(i)}'`,
    `var poolPrefix = 'np\${env}'`,
    '',
    `resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' existing = {`,
    '  name: clusterName',
    '}',
    ''
  ]
  for (const k of [0, 1, 2]) {
    const q = pool(i + k)
    const ref = k === 1 ? 'snapshotId' : `'${snapshotId(i + k)}'`
    lines.push(
      `resource pool${k} 'Microsoft.ContainerService/managedClusters/agentPools@2024-05-01' = ${k === 2 ? "if (env == 'prod') " : ''}{`,
      '  parent: aks',
      `  name: '${q.name}${k}'`,
      '  properties: {',
      `    vmSize: ${k === 0 ? 'vmSize' : `'${q.size}'`}`,
      `    count: ${q.count}`,
      `    orchestratorVersion: '${q.version}'`,
      "    mode: 'User'",
      ...(q.pinned ? ['    creationData: {', `      sourceResourceId: ${ref}`, '    }'] : []),
      '  }',
      '}',
      ''
    )
  }
  return lines.join('\n')
}

function terraform(i: number): string {
  const p = pool(i)
  return `variable "snapshot_id" {
  type    = string
  default = ${p.pinned ? `"${snapshotId(i)}"` : 'null'}
}

locals {
  pools = {
    blue  = "${p.size}"
    green = "${pool(i + 1).size}"
  }
}

resource "azurerm_kubernetes_cluster" "aks${i}" {
  name                = "aks-${i}"
  location            = "${p.region}"
  resource_group_name = "rg-${i % 7}"
  dns_prefix          = "aks${i}"
  kubernetes_version  = "${p.version}"

  default_node_pool {
    name        = "system"
    vm_size     = "${p.size}"
    node_count  = ${p.count}
    snapshot_id = var.snapshot_id
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "user${i}" {
  for_each              = local.pools
  name                  = each.key
  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks${i}.id
  vm_size               = each.value
  node_count            = 1
  snapshot_id           = ${i % 4 === 0 ? 'null' : `"${snapshotId(i + 1)}"`}
}
`
}

function shell(i: number): string {
  const p = pool(i)
  return `#!/usr/bin/env bash
set -euo pipefail
RG=rg-${i % 7}
CLUSTER=aks-${i}
SNAPSHOT_ID=$(az aks nodepool snapshot show -g "$RG" -n snap-${i % 13} --query id -o tsv)

# Add a user pool from the snapshot
az aks nodepool add \\
  --resource-group "$RG" \\
  --cluster-name "$CLUSTER" \\
  --name ${p.name} \\
  --node-vm-size ${p.size} \\
  ${p.pinned ? '--snapshot-id "$SNAPSHOT_ID"' : '--node-count 2'}

az aks nodepool upgrade -g "$RG" --cluster-name "$CLUSTER" -n ${p.name} ${i % 2 ? '--snapshot-id "$SNAPSHOT_ID"' : '--node-image-only'}
echo "done ${i}"
`
}

function workflow(i: number): string {
  const p = pool(i)
  return `name: pools-${i}
on:
  workflow_dispatch:
permissions:
  id-token: write
jobs:
  pools:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      - name: Add pool
        run: |
          az aks nodepool add -g rg-${i % 7} --cluster-name aks-${i} \\
            -n ${p.name} --node-vm-size ${p.size} ${p.pinned ? '--snapshot-id ${{ vars.SNAPSHOT_ID }}' : ''}
      - name: Upgrade
        uses: azure/cli@v2
        with:
          inlineScript: az aks upgrade -g rg-${i % 7} -n aks-${i} --kubernetes-version ${p.version} --yes
`
}

function markdown(i: number): string {
  const p = pool(i)
  return `# Node pools for team ${i}

Create the pool from the approved snapshot:

\`\`\`azurecli
SNAPSHOT_ID=$(az aks nodepool snapshot show --name snap-${i % 13} --resource-group rg-${i % 7} --query id -o tsv)
az aks nodepool add --name ${p.name} --cluster-name aks-${i} --resource-group rg-${i % 7} ${p.pinned ? '--snapshot-id $SNAPSHOT_ID' : ''}
\`\`\`

Expected output:

\`\`\`output
{ "provisioningState": "Succeeded" }
\`\`\`

${i % 5 === 0 ? '```bash\naz aks snapshot create --name old --resource-group rg --nodepool-id $NODEPOOL_ID\n```\n' : ''}`
}

const GENERATORS: Record<Kind, { share: number; file: (i: number) => string; text: (i: number) => string }> = {
  arm: { share: 0.18, file: (i) => `arm/team${i % 40}/azuredeploy${i}.json`, text: arm },
  bicep: { share: 0.18, file: (i) => `bicep/team${i % 40}/pools${i}.bicep`, text: bicep },
  terraform: { share: 0.18, file: (i) => `terraform/env${i % 40}/main${i}.tf`, text: terraform },
  shell: { share: 0.16, file: (i) => `scripts/team${i % 40}/pools${i}.sh`, text: shell },
  workflow: { share: 0.15, file: (i) => `.github/workflows/pools${i}.yml`, text: workflow },
  markdown: { share: 0.15, file: (i) => `docs/team${i % 40}/pools${i}.md`, text: markdown }
}

function generate(): Record<Kind, string[]> {
  rmSync(repo, { recursive: true, force: true })
  // Its own repository root: bench-out/ is git-ignored in this one, and lint honours that.
  mkdirSync(path.join(repo, '.git'), { recursive: true })
  const byKind = {} as Record<Kind, string[]>
  for (const [kind, g] of Object.entries(GENERATORS) as [Kind, (typeof GENERATORS)[Kind]][]) {
    const n = Math.ceil(TOTAL * g.share)
    byKind[kind] = []
    for (let i = 0; i < n; i++) {
      const file = g.file(i)
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
      writeFileSync(path.join(repo, file), g.text(i))
      byKind[kind].push(file)
    }
  }
  return byKind
}

/** The floor: reading and decoding the same files, nothing else (synchronously, the cheapest way Node has). */
async function readAll(files: string[]): Promise<number> {
  let chars = 0
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (const file of files) chars += decoder.decode(readFileSync(path.join(repo, file))).length
  if (!chars) throw new Error('nothing read')
  return chars
}

/** The same with fs.promises.readFile, 16 at a time: how a typical Node tool reads a tree. */
async function readAllAsync(files: string[]): Promise<number> {
  let chars = 0
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let next = 0
  const worker = async () => {
    while (next < files.length) chars += decoder.decode(await fs.readFile(path.join(repo, files[next++]))).length
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  return chars
}

interface Timing {
  wall: number
  cpu: number
}

/**
 * Best of RUNS for wall-clock and CPU time (user + system) separately: on a
 * shared machine the wall clock measures the neighbours, CPU time measures us.
 */
async function measure(fn: () => Promise<unknown>): Promise<{ first: Timing; best: Timing }> {
  const runs: Timing[] = []
  for (let r = 0; r < RUNS; r++) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    await fn()
    const used = process.cpuUsage(cpu)
    runs.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 })
  }
  return { first: runs[0], best: { wall: Math.min(...runs.map((r) => r.wall)), cpu: Math.min(...runs.map((r) => r.cpu)) } }
}

async function main(): Promise<void> {
  const byKind = generate()
  const all = Object.values(byKind).flat()
  const bytes = all.reduce((n, f) => n + readFileSync(path.join(repo, f)).length, 0)
  console.log(`generated ${all.length} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${path.relative(root, repo)}`)

  const { lint } = await import('../src/lint/engine.js')

  await readAll(all) // warm the file system cache, so the floor is not flattered by the lint run's warming
  const read = await measure(() => readAll(all))
  const readAsync = await measure(() => readAllAsync(all))
  let result: Awaited<ReturnType<typeof lint>> | undefined
  const linted = await measure(async () => (result = await lint({ cwd: repo })))
  // The engine's own share: discovery, .gitignore, reading, decoding, classifying, with readers that parse nothing.
  const noop = { accepts: () => true, read: async () => ({ declarations: [], problems: [] }) }
  const engineOnly = await measure(() =>
    lint({
      cwd: repo,
      readers: {
        arm: { ...noop, kind: 'arm' },
        bicep: { ...noop, kind: 'bicep' },
        terraform: { ...noop, kind: 'terraform' },
        cli: { ...noop, kind: 'cli' }
      }
    })
  )
  const counts = new Map<string, number>()
  for (const f of result!.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1)

  const ms = (n: number) => `${n.toFixed(0)} ms`
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`
  console.log(
    `\nall files (best of ${RUNS}; the first run also loads the readers: ${ms(linted.first.wall)} wall, ${ms(linted.first.cpu)} CPU)`
  )
  console.log(`  lint ${ms(linted.best.wall)} wall, ${ms(linted.best.cpu)} CPU; read ${ms(read.best.wall)} wall, ${ms(read.best.cpu)} CPU`)
  console.log(`  ratio ${ratio(linted.best.wall, read.best.wall)} wall, ${ratio(linted.best.cpu, read.best.cpu)} CPU`)
  console.log(
    `  against fs.promises.readFile (16 at a time): read ${ms(readAsync.best.wall)} wall, ${ms(readAsync.best.cpu)} CPU; ratio ${ratio(linted.best.wall, readAsync.best.wall)} wall, ${ratio(linted.best.cpu, readAsync.best.cpu)} CPU`
  )
  console.log(`  the engine alone (readers that parse nothing): ${ms(engineOnly.best.wall)} wall, ${ms(engineOnly.best.cpu)} CPU`)
  console.log(
    `  ${result!.filesScanned} files scanned, ${result!.findings.length} findings: ${[...counts].map(([r, n]) => `${r} ${n}`).join(', ')}`
  )

  console.log(`\nper kind (best of ${RUNS}):`)
  const rows: string[][] = [
    [
      'kind',
      'files',
      'KiB',
      'lint wall',
      'lint CPU',
      'read wall',
      'read CPU',
      'ratio wall',
      'ratio CPU',
      'files/s CPU',
      'KiB/s CPU',
      'parse-errors'
    ]
  ]
  for (const [kind, files] of Object.entries(byKind)) {
    const kib = files.reduce((n, f) => n + readFileSync(path.join(repo, f)).length, 0) / 1024
    const r = await measure(() => readAll(files))
    let errors = 0
    const top = files[0].split('/')[0]
    const l = await measure(async () => {
      const res = await lint({ cwd: repo, paths: [top], include: [`${top}/**`] })
      errors = res.findings.filter((f) => f.ruleId === 'parse-error').length
    })
    const perSec = (n: number) => (n / (l.best.cpu / 1000)).toFixed(0)
    rows.push([
      kind,
      String(files.length),
      kib.toFixed(0),
      ms(l.best.wall),
      ms(l.best.cpu),
      ms(r.best.wall),
      ms(r.best.cpu),
      ratio(l.best.wall, r.best.wall),
      ratio(l.best.cpu, r.best.cpu),
      perSec(files.length),
      perSec(kib),
      String(errors)
    ])
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)))
  for (const row of rows) console.log('  ' + row.map((cell, c) => cell.padStart(widths[c])).join('  '))
  const armRow = rows.find((r) => r[0] === 'arm')!
  const bicepRow = rows.find((r) => r[0] === 'bicep')!
  const tfRow = rows.find((r) => r[0] === 'terraform')!
  console.log(`\nBicep vs the equivalent ARM JSON (${bicepRow[1]} files each): ${bicepRow[4]} vs ${armRow[4]} CPU`)
  console.log(`Terraform: ${tfRow[9]} files/s, ${tfRow[10]} KiB/s of CPU time`)

  const azure = [...new Set([...readFileSync(moduleLog, 'utf8').split('\n'), ...Object.keys(createRequire(import.meta.url).cache)])].filter(
    (m) => /[\\/]node_modules[\\/]@azure[\\/]/.test(m)
  )
  console.log(`\nAzure SDK modules loaded by the lint path: ${azure.length ? azure.join(', ') : 'none'}`)
  appendFileSync(moduleLog, '')
}

await main()
