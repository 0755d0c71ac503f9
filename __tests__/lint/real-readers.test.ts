/**
 * The engine with the real readers and rules: what a user sees for a small
 * repository of script, Bicep and ARM files, suppressions included. Rule
 * wording belongs to the rules' own tests; here the engine's part is exact
 * (positions, suppression marks, the instances it names, its own messages).
 */
import { describe, expect, it } from '@jest/globals'
import { lintSources } from '../../src/lint/engine.js'

const SNAP = '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1'
const catalog = { snapshots: [{ id: SNAP, vmSize: 'Standard_D8s_v5', kubernetesVersion: '1.30.4' }], pins: {} }

const sources = [
  {
    path: 'scripts/pools.sh',
    text: [
      '#!/bin/bash',
      '# aks-snapshot-ignore missing-snapshot-id -- lab cluster, rebuilt nightly',
      'az aks nodepool add -g rg --cluster-name aks -n lab',
      '',
      'az aks nodepool add -g rg --cluster-name aks -n np2 \\',
      `  --node-vm-size Standard_D4s_v5 --snapshot-id ${SNAP}`,
      'az aks upgrade -g rg -n aks --kubernetes-version 1.30 # aks-snapshot-ignore unpinned-upgrade',
      ''
    ].join('\n')
  },
  {
    path: 'infra/main.bicep',
    text: [
      "param pools array = ['a', 'b']",
      "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' existing = { name: 'aks' }",
      "resource pool 'Microsoft.ContainerService/managedClusters/agentPools@2024-05-01' = [for p in pools: {",
      '  parent: aks',
      '  name: p',
      '  properties: {',
      "    vmSize: 'Standard_E4s_v5'",
      `    creationData: { sourceResourceId: '${SNAP}' }`,
      '  }',
      '}]',
      ''
    ].join('\n')
  },
  {
    path: 'infra/azuredeploy.json',
    text: [
      '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",',
      '  "resources": [ { "type": "Microsoft.ContainerService/managedClusters/agentPools", "apiVersion": "2024-05-01", "name": "aks/np1",',
      '    "metadata": { "aks-snapshot-ignore": { "missing-snapshot-id": "imported from the old subscription" } },',
      '    "properties": { "vmSize": "Standard_D4s_v5" } },',
      '    { "type": "Microsoft.ContainerService/managedClusters/agentPools", "apiVersion": "2024-05-01", "name": "aks/np2",',
      '    "properties": { "vmSize": "Standard_D4s_v5" } } ] }',
      ''
    ].join('\n')
  }
]

describe('the engine with the real readers and rules', () => {
  it('reports, merges loop instances and applies comment and metadata suppressions', async () => {
    const result = await lintSources(sources, { catalog })
    expect(result.filesScanned).toBe(3)
    expect(result.findings.map((f) => [`${f.file}:${f.line}:${f.column}`, f.ruleId, f.severity, f.suppressed])).toEqual([
      [
        'infra/azuredeploy.json:2:18',
        'missing-snapshot-id',
        'error',
        { kind: 'inSource', justification: 'imported from the old subscription' }
      ],
      ['infra/azuredeploy.json:5:5', 'missing-snapshot-id', 'error', null],
      ['infra/main.bicep:7:13', 'vm-family-mismatch', 'error', null],
      ['scripts/pools.sh:3:1', 'missing-snapshot-id', 'error', { kind: 'inSource', justification: 'lab cluster, rebuilt nightly' }],
      ['scripts/pools.sh:7:1', 'unpinned-upgrade', 'warning', { kind: 'inSource', justification: '(no reason given)' }],
      ['scripts/pools.sh:7:55', 'invalid-suppression', 'warning', null]
    ])
    const byRule = (id: string) => result.findings.find((f) => f.ruleId === id)!
    expect(byRule('vm-family-mismatch').message).toMatch(/Standard_E4s_v5.*Standard_D8s_v5.* \(instances: pool\[0\], pool\[1\]\)\.$/)
    expect(byRule('invalid-suppression')).toMatchObject({
      message: "aks-snapshot-ignore unpinned-upgrade gives no reason: add '-- <reason>'.",
      endLine: 7,
      endColumn: 93
    })
    expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(6)
  })

  it('drops a rule set to off and re-grades one set to another severity', async () => {
    const result = await lintSources(sources, { catalog, rules: { 'vm-family-mismatch': 'off', 'missing-snapshot-id': 'warning' } })
    expect(result.findings.filter((f) => !f.suppressed).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      'infra/azuredeploy.json:5 missing-snapshot-id warning',
      'scripts/pools.sh:7 invalid-suppression warning'
    ])
  })

  it('with resolve-live alone, scripts follow live snapshot properties (control plane of az aks create --snapshot-id, current versions)', async () => {
    const id = (n: string) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/${n}`
    const props: Record<string, { name: string; kubernetesVersion: string; nodeImageVersion: string }> = {
      old: { name: 'old', kubernetesVersion: '1.29.2', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202401.10.0' },
      new: { name: 'new', kubernetesVersion: '1.30.4', nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202409.23.0' }
    }
    const calls: string[][] = []
    const resolveLive = async (ids: string[]) => {
      calls.push(ids)
      return new Map(ids.map((i) => [i, { id: id(i.split('/').pop()!), ...props[i.split('/').pop()!] }]))
    }
    const text = [
      `az aks create -g rg -n aks --snapshot-id ${id('old')}`,
      `az aks nodepool add -g rg --cluster-name aks -n np --snapshot-id ${id('new')}`,
      `az aks nodepool add -g rg --cluster-name aks -n np2 --kubernetes-version 1.29.2 --snapshot-id ${id('old')}`,
      `az aks nodepool upgrade -g rg --cluster-name aks -n nodepool1 --snapshot-id ${id('old')}`,
      ''
    ].join('\n')
    const result = await lintSources([{ path: 'pools.sh', text }], { resolveLive })
    expect(result.findings.map((f) => [`${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, f.ruleId, f.message])).toEqual([
      [
        'pools.sh:2:52-2:154',
        'version-conflict',
        "Node pool np gets Kubernetes version 1.30.4 from snapshot new, newer than its cluster's control plane 1.29.2."
      ],
      [
        'pools.sh:4:1-4:3',
        'node-image-only-required',
        "Snapshot old has node pool nodepool1's own Kubernetes version 1.29.2, so the upgrade only changes the node image and needs --node-image-only."
      ]
    ])
    expect(calls).toEqual([[id('new').toLowerCase(), id('old').toLowerCase()]])
  })
})
