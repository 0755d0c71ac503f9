import rule from '../../src/rules/version-conflict.js'
import { context, pool, snapshotId, unknown, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const snapshotAt = (kubernetesVersion: string) => context({ snapshots: [{ id: SNAP, kubernetesVersion }] })
const VERSION_LINE = (v: string) => ({ line: 7, column: 5, endLine: 7, endColumn: 5 + v.length + 2 })
const SNAPSHOT_LINE = { line: 12, column: 5, endLine: 12, endColumn: 5 + SNAP.length + 2 }

ruleTester(rule, {
  valid: [
    {
      name: "a stated patch of the snapshot's minor version",
      decl: pool({ kubernetesVersion: '1.30.4', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.30.2')
    },
    {
      name: 'a stated minor version (1.30 means any patch)',
      decl: pool({ kubernetesVersion: '1.30', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: "no stated version: the snapshot's, older than the control plane",
      decl: pool({ controlPlaneVersion: '1.31.0', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: 'a control plane of 1.30 (any patch) and a snapshot of 1.30.4',
      decl: pool({ controlPlaneVersion: '1.30', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: "a stated version wins over the snapshot's when compared with the control plane",
      decl: pool({ kubernetesVersion: '1.30.4', controlPlaneVersion: '1.30.5', snapshot: SNAP }),
      ctx: snapshotAt('1.30.9')
    },
    {
      name: "a stated version from a parameter without default: nothing to compare, not even the snapshot's",
      decl: pool({ kubernetesVersion: unknown('parameter k8sVersion has no default'), controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.31.1')
    },
    {
      name: 'the control plane version is unknown',
      decl: pool({ controlPlaneVersion: unknown('cluster in another deployment'), snapshot: SNAP }),
      ctx: snapshotAt('1.31.1')
    },
    { name: "the snapshot's version is unknown", decl: pool({ kubernetesVersion: '1.29.7', snapshot: SNAP }), ctx: context() },
    {
      name: 'a version that is not one (latest) is not compared',
      decl: pool({ kubernetesVersion: 'latest', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: 'an upgrade to a snapshot older than the control plane',
      decl: upgrade({ controlPlaneVersion: '1.31.2', snapshot: SNAP }),
      ctx: snapshotAt('1.31.1')
    },
    {
      name: "an upgrade to a stated patch of the snapshot's minor version, not newer than the control plane",
      decl: upgrade({ kubernetesVersion: '1.30.5', controlPlaneVersion: '1.30.5', snapshot: SNAP }),
      ctx: snapshotAt('1.30.2')
    },
    {
      name: "an upgrade whose cluster's control plane version is not known (another script)",
      decl: upgrade({ kubernetesVersion: '1.31.1', snapshot: SNAP }),
      ctx: snapshotAt('1.31.1')
    },
    {
      name: 'an upgrade to a stated version from a variable: nothing to compare, not even the snapshot',
      decl: upgrade({
        kubernetesVersion: unknown('$K8S_VERSION is set outside the script'),
        controlPlaneVersion: '1.30.4',
        snapshot: SNAP
      }),
      ctx: snapshotAt('1.31.1')
    },
    {
      name: 'a cluster upgrade is the control plane itself',
      decl: upgrade({ scope: 'cluster', kubernetesVersion: '1.31.1', controlPlaneVersion: '1.30.4' })
    }
  ],
  invalid: [
    {
      name: 'an upgrade to a stated version newer than the control plane (reported on --kubernetes-version)',
      decl: upgrade({ name: 'nodepool1', kubernetesVersion: '1.31.1', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.31.1'),
      errors: [
        {
          messageId: 'upgradeNewerThanControlPlane',
          message: "Node pool nodepool1 is upgraded to Kubernetes version 1.31.1, newer than its cluster's control plane 1.30.4.",
          ...VERSION_LINE('1.31.1')
        }
      ]
    },
    {
      name: 'an upgrade without a snapshot to a version newer than the control plane',
      decl: upgrade({ kubernetesVersion: '1.31.1', controlPlaneVersion: '1.30' }),
      errors: [
        {
          messageId: 'upgradeNewerThanControlPlane',
          message: "Node pool user1 is upgraded to Kubernetes version 1.31.1, newer than its cluster's control plane 1.30.",
          ...VERSION_LINE('1.31.1')
        }
      ]
    },
    {
      name: 'an upgrade to a snapshot newer than the control plane, no stated version (reported on --snapshot-id)',
      decl: upgrade({ controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.31.2'),
      errors: [
        {
          messageId: 'snapshotNewerThanControlPlane',
          message: "Node pool user1 gets Kubernetes version 1.31.2 from snapshot snap1, newer than its cluster's control plane 1.30.4.",
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: "an upgrade to a stated version of another minor than the snapshot's: one finding, though also newer than the control plane",
      decl: upgrade({ kubernetesVersion: '1.31.1', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4'),
      errors: [
        {
          messageId: 'snapshotMinor',
          message: "Kubernetes version 1.31.1 and the snapshot's 1.30.4 differ in major.minor (1.31 and 1.30).",
          ...VERSION_LINE('1.31.1')
        }
      ]
    },
    {
      name: 'an upgrade whose name is a variable names the pool as written',
      decl: upgrade({
        name: { known: false, reason: '$POOL is set outside the script', text: '"$POOL"' },
        resource: 'az aks nodepool upgrade "$POOL"',
        controlPlaneVersion: '1.30.4',
        snapshot: SNAP
      }),
      ctx: snapshotAt('1.31.2'),
      errors: [
        {
          messageId: 'snapshotNewerThanControlPlane',
          message: 'Node pool "$POOL" gets Kubernetes version 1.31.2 from snapshot snap1, newer than its cluster\'s control plane 1.30.4.',
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: "a stated version of another minor than the snapshot's",
      decl: pool({ kubernetesVersion: '1.29.7', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4'),
      errors: [
        {
          messageId: 'snapshotMinor',
          message: "Kubernetes version 1.29.7 and the snapshot's 1.30.4 differ in major.minor (1.29 and 1.30).",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 13
        }
      ]
    },
    {
      name: 'at most one version-conflict per pool',
      decl: pool({ kubernetesVersion: '1.31.1', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.30.4'),
      errors: [
        {
          messageId: 'snapshotMinor',
          message: "Kubernetes version 1.31.1 and the snapshot's 1.30.4 differ in major.minor (1.31 and 1.30).",
          ...VERSION_LINE('1.31.1')
        }
      ]
    },
    {
      name: 'a stated version newer than the control plane',
      decl: pool({ kubernetesVersion: '1.31.1', controlPlaneVersion: '1.30.4' }),
      errors: [
        {
          messageId: 'newerThanControlPlane',
          message: "Node pool user1 states Kubernetes version 1.31.1, newer than its cluster's control plane 1.30.4.",
          ...VERSION_LINE('1.31.1')
        }
      ]
    },
    {
      name: "a stated patch newer than the control plane's wins over an older snapshot's",
      decl: pool({ kubernetesVersion: '1.30.9', controlPlaneVersion: '1.30.5', snapshot: SNAP }),
      ctx: snapshotAt('1.30.2'),
      errors: [
        {
          messageId: 'newerThanControlPlane',
          message: "Node pool user1 states Kubernetes version 1.30.9, newer than its cluster's control plane 1.30.5.",
          ...VERSION_LINE('1.30.9')
        }
      ]
    },
    {
      name: "no stated version: the snapshot's is newer than the control plane (reported on the snapshot reference)",
      decl: pool({ name: 'np2', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.31.2'),
      errors: [
        {
          messageId: 'snapshotNewerThanControlPlane',
          message: "Node pool np2 gets Kubernetes version 1.31.2 from snapshot snap1, newer than its cluster's control plane 1.30.4.",
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: "a known empty stated version (orchestratorVersion: '') is not set: the snapshot's applies",
      decl: pool({ kubernetesVersion: '', controlPlaneVersion: '1.30.4', snapshot: SNAP }),
      ctx: snapshotAt('1.31.2'),
      errors: [
        {
          messageId: 'snapshotNewerThanControlPlane',
          message: "Node pool user1 gets Kubernetes version 1.31.2 from snapshot snap1, newer than its cluster's control plane 1.30.4.",
          ...SNAPSHOT_LINE
        }
      ]
    },
    {
      name: 'properties resolved by the reader are used (a snapshot declared in the same file)',
      decl: pool({ controlPlaneVersion: '1.29', snapshot: SNAP, resolved: { name: 'golden', kubernetesVersion: '1.30.4' } }),
      errors: [
        {
          messageId: 'snapshotNewerThanControlPlane',
          message: "Node pool user1 gets Kubernetes version 1.30.4 from snapshot golden, newer than its cluster's control plane 1.29.",
          ...SNAPSHOT_LINE
        }
      ]
    }
  ]
})
