/**
 * Run by fuzz.test.ts in a child process (so a reader that hangs becomes a
 * timed-out test, not a stuck worker). Feeds every reader malformed, binary,
 * empty, huge and deeply nested input through lintSources and prints a JSON
 * report: { runs, seed, skipped, failures, slowest }. FUZZ_SEED replays a run,
 * FUZZ_RUNS sets the mutations per seed file (default 60).
 */
import fc from 'fast-check'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { lintSources } from '../../src/lint/engine.js'
import type { Finding } from '../../src/model.js'
import { loadReader, type ReaderKind } from '../../src/readers/index.js'

const ARM_HEAD =
  '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", '
const SNAP = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1'

/** One realistic file per kind, to mutate. */
const SEEDS: { kind: ReaderKind; file: string; text: string }[] = [
  {
    kind: 'arm',
    file: 'azuredeploy.json',
    text: `${ARM_HEAD}"parameters": { "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v5" } },
  "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "apiVersion": "2024-05-01", "name": "[concat('aks', '/np1')]",
    "properties": { "vmSize": "[parameters('vmSize')]", "count": 1, "creationData": { "sourceResourceId": "${SNAP}" } } } ] }`
  },
  {
    kind: 'bicep',
    file: 'main.bicep',
    text: `param vmSize string = 'Standard_D4s_v5'
resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' existing = { name: 'aks' }
resource pools 'Microsoft.ContainerService/managedClusters/agentPools@2024-05-01' = [for i in range(0, 2): {
  parent: aks
  name: 'np\${i}'
  properties: { vmSize: vmSize, count: 1, creationData: { sourceResourceId: '${SNAP}' } }
}]
`
  },
  {
    kind: 'terraform',
    file: 'main.tf',
    text: `variable "snapshot_id" { default = null }
resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                  = "user"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = var.snapshot_id
  dynamic "x" { for_each = [1, 2] content { y = x.value } }
}
`
  },
  {
    kind: 'cli',
    file: 'deploy.sh',
    text: `#!/bin/bash
RG=myResourceGroup
SNAPSHOT_ID=$(az aks nodepool snapshot show -g $RG -n snap1 --query id -o tsv)
az aks nodepool add --resource-group "$RG" --cluster-name aks \\
  --name np2 --node-vm-size Standard_D4s_v5 --snapshot-id "$SNAPSHOT_ID"
az aks nodepool upgrade -g $RG --cluster-name aks -n np2 --node-image-only
`
  },
  {
    kind: 'cli',
    file: '.github/workflows/deploy.yml',
    text: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          az aks nodepool add -g rg --cluster-name aks -n np2 --snapshot-id \${{ vars.SNAPSHOT_ID }}
      - uses: azure/cli@v2
        with:
          inlineScript: az aks upgrade -g rg -n aks --kubernetes-version 1.30
`
  },
  {
    kind: 'cli',
    file: 'README.md',
    text: '# Pools\n\n```azurecli\naz aks nodepool add -g rg --cluster-name aks -n np2 --snapshot-id $SNAPSHOT_ID\n```\n\n```output\naz aks upgrade\n```\n'
  },
  {
    kind: 'cli',
    file: 'deploy.ps1',
    text: '$Rg = "rg"\naz aks nodepool add -g $Rg `\n  --cluster-name aks -n np2 --snapshot-id "$SnapshotId"\n'
  }
]

const TRICKY = [
  '"',
  "'",
  '`',
  '\\',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '$',
  '${',
  '$(',
  '#',
  '//',
  '/*',
  '*/',
  '\n',
  '\r\n',
  '\t',
  ' ',
  ',',
  ':',
  '=',
  '-',
  '--',
  '|',
  '\u00e9',
  '\ud83d\ude00',
  '<<EOF',
  '```',
  '\ufeff'
]

const N = 50_000
const HUGE = 2 * 1024 * 1024

/** Inputs that are not a mutation of a seed; each must give a parse-error or nothing. */
function fixedCases(kind: ReaderKind): { name: string; text: string | Uint8Array }[] {
  const deep = (open: string, close: string, inner = '1') => open.repeat(N) + inner + close.repeat(N)
  const common = [
    { name: 'empty', text: '' },
    { name: 'only a BOM and CRLFs', text: '\ufeff\r\n\r\n' },
    { name: 'binary', text: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) },
    { name: 'not UTF-8', text: Uint8Array.from([0x61, 0x7a, 0x20, 0xc3, 0x28, 0x0a]) }
  ]
  switch (kind) {
    case 'arm':
      return [
        ...common,
        { name: 'huge single line', text: `${ARM_HEAD}"x": "${'a'.repeat(HUGE)}" }` },
        { name: 'deep arrays', text: `${ARM_HEAD}"x": ${deep('[', ']')} }` },
        { name: 'deep objects', text: `${ARM_HEAD}"x": ${deep('{"a":', '}')} }` },
        { name: 'deep expression', text: `${ARM_HEAD}"x": "[${deep("concat('a',", ')', "'b'")}]" }` }
      ]
    case 'bicep':
      return [
        ...common,
        { name: 'huge single line', text: `var x = '${'a'.repeat(HUGE)}'` },
        { name: 'deep parentheses', text: `var x = ${deep('(', ')')}` },
        { name: 'deep arrays', text: `var x = ${deep('[', ']')}` },
        { name: 'deep objects', text: `var x = ${deep('{ a: ', ' }')}` }
      ]
    case 'terraform':
      return [
        ...common,
        { name: 'huge single line', text: `locals { x = "${'a'.repeat(HUGE)}" }` },
        { name: 'deep tuples', text: `locals { x = ${deep('[', ']')} }` },
        { name: 'deep parentheses', text: `locals { x = ${deep('(', ')')} }` },
        { name: 'deep blocks', text: 'a {\n'.repeat(N) + '}\n'.repeat(N) }
      ]
    case 'cli':
      return [
        ...common,
        { name: 'huge single line', text: `echo "${'a'.repeat(HUGE)}" && az aks show --name ${'b'.repeat(1000)}` },
        { name: 'deep substitutions', text: `az aks nodepool add --snapshot-id ${deep('$(', ')', 'x')}` },
        { name: 'deep quotes and braces', text: `echo ${deep('"${', '}"', 'x')}` },
        { name: 'long continuation', text: 'az aks nodepool add \\\n'.repeat(N) }
      ]
  }
}

interface Failure {
  file: string
  input: string
  problem: string
}

async function main(): Promise<void> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'aks-fuzz-'))
  process.on('exit', () => rmSync(cwd, { recursive: true, force: true }))
  const failures: Failure[] = []
  const skipped: string[] = []
  let runs = 0
  let slowest = { ms: 0, what: '' }
  // Printed with the report, so a failure can be replayed with FUZZ_SEED.
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)

  const check = async (file: string, input: string, text: string | Uint8Array, onlyParseErrors: boolean, limitMs: number) => {
    runs++
    const start = performance.now()
    let findings: Finding[]
    try {
      findings = (await lintSources([{ path: file, text }], { cwd })).findings
    } catch (err) {
      failures.push({ file, input, problem: `threw: ${(err as Error)?.stack ?? String(err)}`.slice(0, 600) })
      return
    }
    const ms = performance.now() - start
    if (ms > slowest.ms) slowest = { ms: Math.round(ms), what: `${file} ${input}` }
    if (ms > limitMs) failures.push({ file, input, problem: `took ${Math.round(ms)} ms (limit ${limitMs})` })
    for (const f of findings) {
      if (/internal error/.test(f.message)) failures.push({ file, input, problem: f.message.slice(0, 600) })
      else if (onlyParseErrors && f.ruleId !== 'parse-error')
        failures.push({ file, input, problem: `unexpected ${f.ruleId}: ${f.message}` })
      if (!(f.line >= 1 && f.column >= 1 && f.endLine >= f.line))
        failures.push({ file, input, problem: `bad position ${f.line}:${f.column}-${f.endLine}:${f.endColumn}` })
    }
    if (findings.filter((f) => f.ruleId === 'parse-error').length > 1)
      failures.push({ file, input, problem: 'more than one parse-error for one file' })
  }

  for (const sample of SEEDS) {
    try {
      await loadReader(sample.kind)
    } catch {
      if (!skipped.includes(sample.kind)) skipped.push(sample.kind)
      continue
    }
    const fixed = fixedCases(sample.kind)
    for (const c of fixed) if (sample === SEEDS.find((s) => s.kind === sample.kind)) await check(sample.file, c.name, c.text, true, 15_000)
    // Markdown, workflow YAML and PowerShell get the deep and huge cases too: they take other paths through the cli reader.
    if (sample.kind === 'cli' && sample !== SEEDS.find((s) => s.kind === 'cli'))
      for (const c of fixed.slice(4)) await check(sample.file, c.name, c.text, true, 15_000)

    const edit = fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 6 }))
    await fc
      .assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
          let text = sample.text
          for (const [at, del, insert] of edits) {
            const i = at % (text.length + 1)
            text = text.slice(0, i) + insert + text.slice(i + del)
          }
          const before = failures.length
          await check(sample.file, `mutation ${JSON.stringify(edits)}`, text, false, 5_000)
          return failures.length === before
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 60), endOnFailure: true, seed }
      )
      .catch(() => undefined) // the failure itself is already in `failures`, with its input
  }
  process.stdout.write(JSON.stringify({ runs, seed, skipped, failures, slowest }) + '\n')
}

await main()
