import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli.js'
import { fakeIO } from '../lint-mode/helpers.js'
import { emulatorForTest } from '../../__fixtures__/emulator.js'
import type { Emulator } from '../../test/emulator/index.js'

// The pinning modes through the CLI front door: flags, stdout for the result, stderr for progress, exit codes.

let emulator: Emulator
let restore: () => Promise<void>
let snapId: string
let clusterId: string

beforeEach(async () => {
  ;({ emulator, restore } = await emulatorForTest())
  clusterId = emulator.state.addCluster({
    resourceGroup: 'rg-aks',
    name: 'aks1',
    location: 'eastus',
    pools: [{ name: 'system', mode: 'System' }, { name: 'user1' }]
  }).id as string
  snapId = emulator.state.addSnapshot({
    resourceGroup: 'rg-snap',
    name: 'snap1',
    sourceResourceId: `${clusterId}/agentPools/user1`,
    tags: { 'created-by': 'aks-snapshot' },
    createdAt: '2026-01-01T00:00:00Z'
  }).id as string
})

afterEach(async () => {
  await restore()
})

const flags = () => [
  '--environment',
  'custom',
  '--arm-endpoint',
  emulator.url,
  '--authority-host',
  emulator.url,
  '--subscription',
  emulator.subscriptionId
]

describe('pinning modes from the CLI', () => {
  it('list --json prints the report on stdout and progress on stderr', async () => {
    const io = fakeIO()
    expect(await main(['list', '--resource-group', 'rg-snap', '--json', ...flags()], io)).toBe(0)
    const out = JSON.parse(io.out) as { snapshots: Array<{ id: string; usedBy: string[] }>; unpinned: string[] }
    expect(out.snapshots.map((s) => [s.id, s.usedBy])).toEqual([[snapId, []]])
    expect(io.err).toBe('Listing node pool snapshots in resource group rg-snap\n')
  })

  it('prune --dry-run prints the table and deletes nothing', async () => {
    const io = fakeIO()
    expect(await main(['prune', '--resource-group', 'rg-snap', '--keep', '0', '--dry-run', ...flags()], io)).toBe(0)
    expect(io.out.split('\n').slice(0, 3)).toEqual([
      'Prune of node pool snapshots in resource group rg-snap (dry run)',
      'snapshot  source pool  created               action        why',
      'snap1     aks1/user1   2026-01-01T00:00:00Z  would delete  unused, beyond the 0 newest of its source pool'
    ])
    expect(emulator.writes()).toEqual([])
  })

  it('create-nodepool: a preflight error exits 1 with one error line; a bad flag exits 2 naming the flag', async () => {
    const io = fakeIO()
    const args = [
      'create-nodepool',
      '--resource-group',
      'rg-aks',
      '--cluster-name',
      'aks1',
      '--nodepool-name',
      'np2',
      '--snapshot-id',
      snapId
    ]
    expect(await main([...args, '--vm-size', 'Standard_NC6s_v3', ...flags()], io)).toBe(1)
    expect(io.err.split('\n').filter((l) => l.startsWith('error: '))).toEqual([
      "error: preflight failed, nothing was changed in Azure: vm-family-mismatch: Standard_NC6s_v3 (family NC) and the snapshot's Standard_D4s_v5 (family D) differ."
    ])
    const bad = fakeIO()
    expect(await main([...args, '--node-count', 'three', ...flags()], bad)).toBe(2)
    expect(bad.err).toBe("error: --node-count must be a whole number of at least 0, not 'three'\n")
    expect(emulator.writes()).toEqual([])
  })

  it('upgrade-nodepool prints what it did as text', async () => {
    const io = fakeIO()
    expect(
      await main(
        [
          'upgrade-nodepool',
          '--resource-group',
          'rg-aks',
          '--cluster-name',
          'aks1',
          '--nodepool-name',
          'user1',
          '--snapshot-id',
          snapId,
          ...flags()
        ],
        io
      )
    ).toBe(0)
    expect(io.out.split('\n')[0]).toBe('Upgraded node pool user1 of cluster aks1 to snapshot snap1')
    expect(io.out).toContain('  upgrade             node image upgrade\n')
  })
})
