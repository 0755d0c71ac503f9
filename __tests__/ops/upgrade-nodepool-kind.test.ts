import { describe, expect, it } from '@jest/globals'
import type { AgentPool } from '@azure/arm-containerservice'
import { upgradeKind } from '../../src/ops/upgrade-nodepool.js'

const SNAP = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1'
const A = 'AKSUbuntu-2204gen2containerd-202408.01.0'
const B = 'AKSUbuntu-2204gen2containerd-202409.23.0'
const snapshot = { id: SNAP, kubernetesVersion: '1.30.5', nodeImageVersion: B }

describe('upgradeKind: which upgrade a snapshot means for a pool', () => {
  const cases: Array<[string, AgentPool, string]> = [
    ['same Kubernetes version, older image', { currentOrchestratorVersion: '1.30.5', nodeImageVersion: A }, 'node-image'],
    [
      'same version and image, but not built from this snapshot',
      { currentOrchestratorVersion: '1.30.5', nodeImageVersion: B },
      'node-image'
    ],
    [
      'already on the snapshot (ids compare case-insensitively)',
      { currentOrchestratorVersion: '1.30.5', nodeImageVersion: B, creationData: { sourceResourceId: SNAP.toLowerCase() } },
      'none'
    ],
    ['older pool version', { currentOrchestratorVersion: '1.29.9', nodeImageVersion: A }, 'kubernetes'],
    [
      'current version wins over the target orchestratorVersion',
      { orchestratorVersion: '1.30.5', currentOrchestratorVersion: '1.29.9', nodeImageVersion: A },
      'kubernetes'
    ],
    // An older snapshot is not an upgrade at all: preflight's version-downgrade refuses it before any write.
    ['newer pool version', { currentOrchestratorVersion: '1.31.2', nodeImageVersion: A }, 'node-image']
  ]
  it.each(cases)('%s', (_name, pool, expected) => {
    expect(upgradeKind(pool, snapshot)).toBe(expected)
  })
})
