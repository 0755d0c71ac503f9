import rule from '../../src/rules/unsupported-version.js'
import type { SnapshotInfo } from '../../src/model.js'
import { context, pool, snapshot, snapshotId, unknown, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const SUPPORTED = { eastus: ['1.29', '1.30', '1.31'], '*': ['1.30', '1.31'] }
const ctx = (info: Partial<SnapshotInfo>, supported: Record<string, string[]> | null = SUPPORTED) =>
  context({ snapshots: [{ id: SNAP, ...info }], ...(supported ? { supported } : {}) })
const SNAPSHOT_LINE = { line: 12, column: 5, endLine: 12, endColumn: 5 + SNAP.length + 2 }

ruleTester(rule, {
  valid: [
    {
      name: "supported in the pool's region",
      decl: pool({ location: 'eastus', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.29.7' })
    },
    {
      name: 'regions compare ignoring case and spaces',
      decl: pool({ location: 'East US', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.29.7' })
    },
    {
      name: "the pool's region unknown: the snapshot's region",
      decl: pool({ location: unknown('parameter location'), snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.29.7', location: 'eastus' })
    },
    {
      name: 'a region not listed uses "*"',
      decl: pool({ location: 'westeurope', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.30.4' })
    },
    {
      name: 'supported versions written with a patch compare by minor',
      decl: pool({ location: 'eastus', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.30.9' }, { eastus: ['1.30.4'] })
    },
    { name: 'no list, no finding', decl: pool({ location: 'eastus', snapshot: SNAP }), ctx: ctx({ kubernetesVersion: '1.20.1' }, null) },
    {
      name: 'no entry for the region and no "*"',
      decl: pool({ location: 'westeurope', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.20.1' }, { eastus: ['1.30'] })
    },
    { name: "the snapshot's version is unknown", decl: pool({ location: 'eastus', snapshot: SNAP }), ctx: ctx({}) },
    { name: 'a snapshot being taken', decl: snapshot({ location: 'eastus' }), ctx: ctx({ kubernetesVersion: '1.20.1' }) }
  ],
  invalid: [
    {
      name: "not supported in the pool's region",
      decl: pool({ location: 'eastus', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.28.5' }),
      errors: [
        {
          messageId: 'unsupported',
          message: 'Snapshot snap1 has Kubernetes version 1.28.5, and 1.28 is not supported in eastus (supported: 1.29, 1.30, 1.31).',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'a region not listed: the "*" list',
      decl: pool({ location: 'westeurope', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.29.7' }),
      errors: [
        {
          messageId: 'unsupported',
          message: 'Snapshot snap1 has Kubernetes version 1.29.7, and 1.29 is not supported in westeurope (supported: 1.30, 1.31).',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: "the pool's region wins over the snapshot's",
      decl: pool({ location: 'westeurope', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.29.7', location: 'eastus' }),
      errors: [
        {
          messageId: 'unsupported',
          message: 'Snapshot snap1 has Kubernetes version 1.29.7, and 1.29 is not supported in westeurope (supported: 1.30, 1.31).',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: "the pool's region unknown: the snapshot's region",
      decl: pool({ snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.28.5', location: 'East US' }),
      errors: [
        {
          messageId: 'unsupported',
          message: 'Snapshot snap1 has Kubernetes version 1.28.5, and 1.28 is not supported in East US (supported: 1.29, 1.30, 1.31).',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'no region known: the "*" list',
      decl: pool({ snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.29.7' }),
      errors: [
        {
          messageId: 'unsupportedNoRegion',
          message: 'Snapshot snap1 has Kubernetes version 1.29.7, and 1.29 is not supported (supported: 1.30, 1.31).',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'an upgrade to an unsupported snapshot',
      decl: upgrade({ location: 'eastus', snapshot: SNAP }),
      ctx: ctx({ kubernetesVersion: '1.27.9', name: 'old-golden' }),
      errors: [
        {
          messageId: 'unsupported',
          message: 'Snapshot old-golden has Kubernetes version 1.27.9, and 1.27 is not supported in eastus (supported: 1.29, 1.30, 1.31).',
          ...SNAPSHOT_LINE
        }
      ]
    }
  ]
})
