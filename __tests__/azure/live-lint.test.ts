import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli.js'
import { fakeIO } from '../lint-mode/helpers.js'
import { emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'
import { tempDir } from '../../__fixtures__/tmp.js'

// lint --resolve-live end to end: the snapshot is in no catalog, so its properties come from ARM (the emulator).

let emulator: Emulator
let restore: () => Promise<void>
let snapId: string
const cwd = process.cwd()

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest())
  const cluster = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    kubernetesVersion: '1.30.5',
    pools: [
      { name: 'system', mode: 'System' },
      { name: 'user1', vmSize: 'Standard_D4s_v5' }
    ]
  })
  snapId = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap1',
    sourceResourceId: `${cluster.id as string}/agentPools/user1`
  }).id as string
  emulator.state.kubernetesVersions = { '*': ['1.31.2', '1.32.0'] }
  const dir = tempDir('aks-live-')
  writeFileSync(
    join(dir, 'deploy.sh'),
    [
      '#!/bin/bash',
      `SNAPSHOT_ID=${snapId}`,
      'az aks nodepool add -g rg-aks --cluster-name aks1 -n np2 --location eastus --snapshot-id $SNAPSHOT_ID --node-vm-size Standard_E4s_v5',
      'az aks nodepool add -g rg-aks --cluster-name aks1 -n np3 --location eastus --snapshot-id $SNAPSHOT_ID --node-vm-size Standard_D8s_v5',
      ''
    ].join('\n')
  )
  process.chdir(dir)
})

afterEach(async () => {
  process.chdir(cwd)
  await restore()
})

const azureFlags = () => [
  '--environment',
  'custom',
  '--arm-endpoint',
  emulator.url,
  '--authority-host',
  emulator.url,
  '--subscription',
  emulator.subscriptionId
]

describe('lint --resolve-live', () => {
  it('reads a snapshot the catalog lacks from ARM once, and finds the VM family mismatch and the unsupported version', async () => {
    const io = fakeIO()
    expect(await main(['lint', 'deploy.sh', '--resolve-live', '--format', 'json', ...azureFlags()], io)).toBe(1)
    const findings = (JSON.parse(io.out) as { findings: Array<{ ruleId: string; line: number; message: string }> }).findings.map(
      (f) => `${f.line} ${f.ruleId}: ${f.message}`
    )
    expect(findings).toEqual([
      '3 unsupported-version: Snapshot snap1 has Kubernetes version 1.30.5, and 1.30 is not supported in eastus (supported: 1.31, 1.32).',
      "3 vm-family-mismatch: Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
      '4 unsupported-version: Snapshot snap1 has Kubernetes version 1.30.5, and 1.30 is not supported in eastus (supported: 1.31, 1.32).'
    ])
    // One request per distinct snapshot id and per region, however many pools use them.
    expect(emulator.armCalls()).toEqual([
      `GET /subscriptions/${emulator.subscriptionId}/resourceGroups/rg-snap/providers/Microsoft.ContainerService/snapshots/snap1`,
      `GET /subscriptions/${emulator.subscriptionId}/providers/Microsoft.ContainerService/locations/eastus/kubernetesVersions`
    ])
    expect(emulator.writes()).toEqual([])
  })

  it('without resolve-live, the same file asks nothing of Azure and cannot compare the sizes', async () => {
    const io = fakeIO()
    expect(await main(['lint', 'deploy.sh', '--format', 'json', ...azureFlags()], io)).toBe(0)
    expect((JSON.parse(io.out) as { findings: unknown[] }).findings).toEqual([])
    expect(emulator.requests).toEqual([])
  })
})
