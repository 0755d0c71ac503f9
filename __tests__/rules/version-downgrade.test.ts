import rule from '../../src/rules/version-downgrade.js'
import { context, pool, snapshotId, unknown, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const UBUNTU = 'AKSUbuntu-2204gen2containerd-'
const snapshotOf = (kubernetesVersion: string, nodeImageVersion?: string) =>
  context({ snapshots: [{ id: SNAP, kubernetesVersion, ...(nodeImageVersion ? { nodeImageVersion } : {}) }] })
const SNAPSHOT_LINE = { line: 12, column: 5, endLine: 12, endColumn: 5 + SNAP.length + 2 }

ruleTester(rule, {
  valid: [
    {
      name: 'same Kubernetes version, newer node image',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4', currentNodeImageVersion: `${UBUNTU}202408.01.0` }),
      ctx: snapshotOf('1.30.4', `${UBUNTU}202409.23.0`)
    },
    {
      name: 'newer Kubernetes version',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.29.9' }),
      ctx: snapshotOf('1.30.4')
    },
    {
      name: 'a current version of 1.30 (any patch) is not proven newer than 1.30.2',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30' }),
      ctx: snapshotOf('1.30.2')
    },
    {
      name: 'node images of another OS or SKU do not compare',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4', currentNodeImageVersion: 'AKSAzureLinux-V2gen2-202410.09.0' }),
      ctx: snapshotOf('1.30.4', `${UBUNTU}202409.23.0`)
    },
    {
      name: "the pool's current versions are unknown",
      decl: upgrade({
        snapshot: SNAP,
        currentKubernetesVersion: unknown('no live state'),
        currentNodeImageVersion: unknown('no live state')
      }),
      ctx: snapshotOf('1.29.2', `${UBUNTU}202301.01.0`)
    },
    { name: "the snapshot's versions are unknown", decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4' }), ctx: context() },
    {
      name: 'an upgrade without a snapshot (unpinned-upgrade says so)',
      decl: upgrade({ currentKubernetesVersion: '1.30.4' }),
      ctx: snapshotOf('1.29.2')
    },
    { name: 'a pool creation', decl: pool({ snapshot: SNAP }), ctx: snapshotOf('1.29.2') }
  ],
  invalid: [
    {
      name: 'an older Kubernetes version',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4' }),
      ctx: snapshotOf('1.29.7'),
      errors: [
        {
          messageId: 'kubernetes',
          message: "Snapshot snap1 has Kubernetes version 1.29.7, older than node pool user1's current 1.30.4.",
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'an older patch (numeric order: 1.30.9 < 1.30.10)',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.10' }),
      ctx: snapshotOf('1.30.9'),
      errors: [
        {
          messageId: 'kubernetes',
          message: "Snapshot snap1 has Kubernetes version 1.30.9, older than node pool user1's current 1.30.10.",
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'an older node image of the same OS and SKU',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4', currentNodeImageVersion: `${UBUNTU}202409.23.0` }),
      ctx: snapshotOf('1.30.4', `${UBUNTU}202408.01.0`),
      errors: [
        {
          messageId: 'nodeImage',
          message: `Snapshot snap1 has node image ${UBUNTU}202408.01.0, older than node pool user1's current ${UBUNTU}202409.23.0.`,
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'an older Windows node image (build.revision.YYMMDD)',
      decl: upgrade({ name: 'win1', snapshot: SNAP, currentNodeImageVersion: 'AKSWindows-2019-containerd-17763.2300.211110' }),
      ctx: snapshotOf('1.30.4', 'AKSWindows-2019-containerd-17763.2213.210922'),
      errors: [
        {
          messageId: 'nodeImage',
          message:
            "Snapshot snap1 has node image AKSWindows-2019-containerd-17763.2213.210922, older than node pool win1's current AKSWindows-2019-containerd-17763.2300.211110.",
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'both older: one report each',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.31.1', currentNodeImageVersion: `${UBUNTU}202410.09.0` }),
      ctx: snapshotOf('1.30.4', `${UBUNTU}202409.23.0`),
      errors: [
        {
          messageId: 'kubernetes',
          message: "Snapshot snap1 has Kubernetes version 1.30.4, older than node pool user1's current 1.31.1.",
          ...SNAPSHOT_LINE
        },
        {
          messageId: 'nodeImage',
          message: `Snapshot snap1 has node image ${UBUNTU}202409.23.0, older than node pool user1's current ${UBUNTU}202410.09.0.`,
          ...SNAPSHOT_LINE
        }
      ]
    }
  ]
})
