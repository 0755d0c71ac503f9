import { describe, expect, it } from '@jest/globals'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lint, lintSources } from '../../../src/lint/engine.js'
import type { Finding } from '../../../src/model.js'
import { parseCatalog } from '../../../src/policy/catalog.js'

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/bicep')
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000'
const SNAP = `${SUB}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/sys-202611`
const catalog = parseCatalog(
  '.aks-snapshots.json',
  JSON.stringify({
    snapshots: [
      {
        id: SNAP,
        location: 'eastus',
        kubernetesVersion: '1.30.4',
        nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202410.15.0',
        osType: 'Linux',
        osSku: 'Ubuntu',
        vmSize: 'Standard_D4s_v5',
        enableFips: false
      }
    ],
    supportedKubernetesVersions: { eastus: ['1.30', '1.31'] }
  })
)

const show = (fs: Finding[]) => fs.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`)

async function lintFixture(folder: string): Promise<string[]> {
  const result = await lint({ cwd: FIXTURES, paths: [folder], catalog })
  return show(result.findings)
}

describe('Bicep end to end (fixtures, lint engine, every rule on Bicep)', () => {
  it('one cluster: profiles, parent/child pools, old-style names, loops and conditions', async () => {
    expect(await lintFixture('cluster/main.bicep')).toEqual([
      "cluster/main.bicep:27:17-27:34 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
      'cluster/main.bicep:33:15-33:23 missing-snapshot-id Node pool nosnap is created without a snapshot reference.',
      "cluster/main.bicep:47:25-47:40 missing-snapshot-id Node pool empty has an empty snapshot reference ('').",
      'cluster/main.bicep:56:25-56:115 invalid-snapshot-id /subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks-prod/agentPools/system is the id of a node pool, not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
      // The loop's two pools give the same finding at the same place: reported once, naming both (SPEC §5).
      'cluster/main.bicep:72:1-72:82 missing-snapshot-id Node pool user1/user2 is created without a snapshot reference (instances: users[0], users[1]).',
      // `legacy` (condition known false) is not linted; `batch` (condition unknown) is; `gpu` (snapshot id unknown) is silent
      'cluster/main.bicep:86:1-86:82 missing-snapshot-id Node pool batch is created without a snapshot reference.'
    ])
  })

  it('a snapshot of a pool in the same file gives its properties to the pools made from it', async () => {
    expect(await lintFixture('cluster/snapshots.bicep')).toEqual([
      'cluster/snapshots.bicep:9:15-9:23 missing-snapshot-id Node pool system is created without a snapshot reference.',
      "cluster/snapshots.bicep:22:13-22:21 snapshot-region Snapshot system-snap is taken in eastus, but its source node pool is in westeurope: AKS creates a snapshot in its source pool's region.",
      "cluster/snapshots.bicep:35:13-35:30 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
      "cluster/snapshots.bicep:36:12-36:24 os-mismatch OS SKU AzureLinux and the snapshot's Ubuntu differ.",
      "cluster/snapshots.bicep:37:26-37:34 version-conflict Kubernetes version 1.29.9 and the snapshot's 1.30.4 differ in major.minor (1.29 and 1.30)."
    ])
  })

  it('local modules are evaluated with the values passed in, findings in the module file, one set per use', async () => {
    expect(await lintFixture('modules')).toEqual([
      "modules/modules/pool.bicep:14:13-14:19 vm-family-mismatch Standard_E8s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ (instance: module wrongFamily in modules/main.bicep).",
      // the module read on its own, with its defaults (snapshotId = '')
      'modules/modules/pool.bicep:15:19-17:6 missing-snapshot-id Node pool agentPools/pool has an empty snapshot reference (null).',
      'modules/modules/pool.bicep:15:19-17:6 missing-snapshot-id Node pool free has an empty snapshot reference (null) (instance: module unpinned in modules/main.bicep).'
    ])
  })

  it('a .bicepparam next to the template supplies its values; a broken one is a parse error', async () => {
    expect(await lintFixture('params')).toEqual([
      'params/broken.bicepparam:3:18-3:25 parse-error The string is not terminated (missing closing quote).',
      "params/main.bicep:14:17-14:23 vm-family-mismatch Standard_F4s_v2 (family F) and the snapshot's Standard_D4s_v5 (family D) differ (instance: with main.bicepparam)."
    ])
  })

  it('a syntax error is one parse-error at the first error, and the rest of the file is still linted', async () => {
    const text = [
      "resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' = {",
      "  name: 'aks'",
      "  location: 'eastus'",
      '  properties: {',
      '    agentPoolProfiles: [',
      "      { name: 'sys' mode: 'System' }",
      '    ]',
      '  }',
      '}',
      '',
      "resource np 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {",
      '  parent: aks',
      "  name: 'np'",
      '  properties: {}',
      '}'
    ].join('\r\n')
    const result = await lintSources([{ path: 'infra/broken.bicep', text }], { catalog })
    expect(show(result.findings)).toEqual([
      'infra/broken.bicep:6:15-6:20 missing-snapshot-id Node pool sys is created without a snapshot reference.',
      "infra/broken.bicep:6:21-6:25 parse-error Expected ',', a new line or '}' but found 'mode'.",
      'infra/broken.bicep:11:1-11:79 missing-snapshot-id Node pool np is created without a snapshot reference.'
    ])
  })

  it('suppression comments apply to Bicep findings', async () => {
    const text = [
      "resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' existing = {",
      "  name: 'aks'",
      '}',
      '// aks-snapshot-ignore missing-snapshot-id -- batch pool is rebuilt nightly',
      "resource np 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {",
      '  parent: aks',
      "  name: 'np'",
      '  properties: {}',
      '}'
    ].join('\n')
    const result = await lintSources([{ path: 'main.bicep', text }])
    expect(result.findings.map((f) => [f.ruleId, f.line, f.suppressed?.justification])).toEqual([
      ['missing-snapshot-id', 5, 'batch pool is rebuilt nightly']
    ])
  })

  it('a 50,000-deep file is one parse error, not a crash', async () => {
    const deep = 'var x = ' + '['.repeat(50_000) + ']'.repeat(50_000)
    const result = await lintSources([{ path: 'deep.bicep', text: deep }])
    expect(show(result.findings)).toEqual(['deep.bicep:1:209-1:210 parse-error The expression is nested more than 200 levels deep.'])
  })
})
