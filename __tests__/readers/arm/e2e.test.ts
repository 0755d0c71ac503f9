import { describe, expect, it } from '@jest/globals'
import { lintSources } from '../../../src/lint/engine.js'
import type { Finding } from '../../../src/model.js'
import { parseCatalog } from '../../../src/policy/catalog.js'

const SCHEMA = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"'
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

const show = (fs: Finding[]) =>
  fs.map(
    (f) =>
      `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}${f.suppressed ? ` [${f.suppressed.justification}]` : ''}`
  )

async function lintArm(files: Record<string, string>, withCatalog = true): Promise<string[]> {
  const result = await lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    withCatalog ? { catalog } : {}
  )
  return show(result.findings)
}

describe('ARM templates end to end', () => {
  it('reports pools without snapshots, wrong ids and mismatches at the property that is wrong', async () => {
    const template = `{
  ${SCHEMA},
  "parameters": {
    "snapshotId": { "type": "string", "defaultValue": "${SNAP}" },
    "emptySnapshot": { "type": "string", "defaultValue": "" }
  },
  "resources": [
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "name": "aks1",
      "location": "eastus",
      "properties": {
        "kubernetesVersion": "1.30.4",
        "agentPoolProfiles": [
          { "name": "sys", "mode": "System", "vmSize": "Standard_E4s_v5",
            "creationData": { "sourceResourceId": "[parameters('snapshotId')]" } },
          { "name": "win", "mode": "User", "osType": "Windows", "orchestratorVersion": "1.29.8",
            "creationData": { "sourceResourceId": "[parameters('snapshotId')]" } },
          { "name": "nosnap", "mode": "User", "vmSize": "Standard_D4s_v5" },
          { "name": "empty", "mode": "User",
            "creationData": { "sourceResourceId": "[parameters('emptySnapshot')]" } },
          { "name": "poolid", "mode": "User",
            "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/managedClusters/agentPools', 'aks1', 'sys')]" } }
        ]
      }
    }
  ]
}`
    expect(await lintArm({ 'infra/aks.json': template })).toEqual([
      "infra/aks.json:15:56-15:73 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
      "infra/aks.json:17:54-17:63 os-mismatch OS type Windows and the snapshot's Linux differ.",
      "infra/aks.json:17:88-17:96 version-conflict Kubernetes version 1.29.8 and the snapshot's 1.30.4 differ in major.minor (1.29 and 1.30).",
      'infra/aks.json:19:11-19:76 missing-snapshot-id Node pool nosnap is created without a snapshot reference.',
      "infra/aks.json:21:51-21:82 missing-snapshot-id Node pool empty has an empty snapshot reference ('').",
      'infra/aks.json:23:51-23:137 invalid-snapshot-id /subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/sys is the id of a node pool, not of a node pool snapshot (Microsoft.ContainerService/snapshots).'
    ])
  })

  it('checks a snapshot taken in the same template: its region, and pools created from it', async () => {
    const template = `{
  ${SCHEMA},
  "resources": [
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "name": "aks1",
      "location": "eastus",
      "properties": {
        "kubernetesVersion": "1.30.4",
        "agentPoolProfiles": [ { "name": "sys", "mode": "System", "vmSize": "Standard_D4s_v5",
          "creationData": { "sourceResourceId": "${SNAP}" } } ]
      }
    },
    {
      "type": "Microsoft.ContainerService/snapshots",
      "name": "sys-copy",
      "location": "westus",
      "properties": { "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/managedClusters/agentPools', 'aks1', 'sys')]" } }
    },
    {
      "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "aks1/arm",
      "properties": { "vmSize": "Standard_D4ps_v5", "mode": "User",
        "creationData": { "sourceResourceId": "[resourceId('Microsoft.ContainerService/snapshots', 'sys-copy')]" } }
    }
  ]
}`
    expect(await lintArm({ 'aks.json': template })).toEqual([
      "aks.json:17:19-17:27 snapshot-region Snapshot sys-copy is taken in westus, but its source node pool is in eastus: AKS creates a snapshot in its source pool's region.",
      "aks.json:23:33-23:51 vm-family-mismatch Standard_D4ps_v5 (Arm64) and the snapshot's Standard_D4s_v5 (x64) differ in CPU architecture."
    ])
  })

  it('reports loop instances once, naming them, and skips instances whose condition is false', async () => {
    const template = `{
  ${SCHEMA},
  "parameters": {
    "pools": { "type": "array", "defaultValue": [
      { "name": "a", "enabled": true }, { "name": "b", "enabled": false }, { "name": "c", "enabled": true } ] }
  },
  "resources": [
    {
      "condition": "[parameters('pools')[copyIndex()].enabled]",
      "copy": { "name": "poolCopy", "count": "[length(parameters('pools'))]" },
      "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "[format('aks1/{0}', parameters('pools')[copyIndex()].name)]",
      "properties": { "vmSize": "Standard_D4s_v5", "mode": "User" }
    }
  ]
}`
    expect(await lintArm({ 'loop.json': template })).toEqual([
      // Two instances of one copy loop, one finding at one place (SPEC §5).
      'loop.json:8:5-14:6 missing-snapshot-id Node pool a/c is created without a snapshot reference (instances: copyIndex=0, copyIndex=2).'
    ])
  })

  it('applies metadata suppressions, and flags one without a reason', async () => {
    const template = `{
  ${SCHEMA},
  "resources": [
    {
      "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "aks1/batch",
      "metadata": { "aks-snapshot-ignore": { "missing-snapshot-id": "rebuilt from the golden image every night" } },
      "properties": { "mode": "User" }
    },
    {
      "type": "Microsoft.ContainerService/managedClusters/agentPools",
      "name": "aks1/temp",
      "metadata": { "aks-snapshot-ignore": { "missing-snapshot-id": "" } },
      "properties": { "mode": "User" }
    }
  ]
}`
    expect(await lintArm({ 'sup.json': template })).toEqual([
      'sup.json:4:5-9:6 missing-snapshot-id Node pool batch is created without a snapshot reference. [rebuilt from the golden image every night]',
      'sup.json:10:5-15:6 missing-snapshot-id Node pool temp is created without a snapshot reference. [(no reason given)]',
      // The invalid suppression points at its own metadata entry, not at the resource it covers.
      'sup.json:13:69-13:71 invalid-suppression The aks-snapshot-ignore metadata for missing-snapshot-id gives no reason: give the reason as the value.'
    ])
  })

  it('reports a syntax error as a parse-error and still lints the other files', async () => {
    const broken = `{\n  ${SCHEMA},\n  "resources": [ { "type": "x", } \n`
    const good = `{ ${SCHEMA}, "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "name": "a/b", "properties": {} } ] }`
    const result = await lintSources(
      [
        { path: 'broken.json', text: broken },
        { path: 'good.json', text: good },
        {
          path: 'good.parameters.json',
          text: `{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {} }`
        }
      ],
      {}
    )
    expect(show(result.findings)).toEqual([
      'broken.json:4:1-4:2 parse-error invalid JSON: close bracket expected',
      'good.json:1:112-1:212 missing-snapshot-id Node pool b is created without a snapshot reference.'
    ])
    expect(result.filesScanned).toBe(3)
  })
})
