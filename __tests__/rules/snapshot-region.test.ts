import rule from '../../src/rules/snapshot-region.js'
import { context, pool, snapshot, snapshotId, spanless, unknown, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const inWestEurope = { snapshots: [{ id: SNAP, location: 'westeurope' }] }
const same = { ...inWestEurope, policy: { snapshotRegion: 'same' as const } }

ruleTester(rule, {
  valid: [
    { name: "a snapshot taken in its source pool's region", decl: snapshot({ location: 'eastus', sourceLocation: 'eastus' }) },
    {
      name: 'regions compare ignoring case and spaces (East US = eastus)',
      decl: snapshot({ location: 'East US', sourceLocation: 'eastus' })
    },
    {
      name: "the resource group's region is unknown",
      decl: snapshot({ location: unknown('resource group of $RG'), sourceLocation: 'eastus' })
    },
    { name: "the source pool's region is unknown", decl: snapshot({ location: 'westeurope' }) },
    {
      name: 'a pool in another region than its snapshot is fine since GA (policy any)',
      decl: pool({ location: 'eastus', snapshot: SNAP }),
      ctx: context(inWestEurope)
    },
    {
      name: 'policy same: pool and snapshot in the same region',
      decl: pool({ location: 'West Europe', snapshot: SNAP }),
      ctx: context(same)
    },
    {
      name: "policy same: the pool's region is unknown",
      decl: pool({ location: unknown('parameter location'), snapshot: SNAP }),
      ctx: context(same)
    },
    {
      name: "policy same: the snapshot's region is unknown",
      decl: pool({ location: 'eastus', snapshot: SNAP }),
      ctx: context({ policy: { snapshotRegion: 'same' } })
    }
  ],
  invalid: [
    {
      name: 'a snapshot taken with --location in another region',
      decl: snapshot({ location: 'westeurope', sourceLocation: 'eastus' }),
      errors: [
        {
          messageId: 'snapshot',
          message:
            "Snapshot snap1 is taken in westeurope, but its source node pool is in eastus: AKS creates a snapshot in its source pool's region.",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 17
        }
      ]
    },
    {
      name: "no --location: the resource group's region, reported on the command",
      decl: snapshot({ name: 'nightly', location: spanless('westus2'), locationFromResourceGroup: true, sourceLocation: 'eastus2' }),
      errors: [
        {
          messageId: 'resourceGroupRegion',
          message:
            "Snapshot nightly is taken without --location, so in its resource group's region westus2, but its source node pool is in eastus2: AKS creates a snapshot in its source pool's region.",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9
        }
      ]
    },
    {
      name: 'a snapshot whose name is unknown is named as the script writes it',
      decl: snapshot({
        name: { known: false, reason: 'the output of $(date +%Y%m)', text: '"dev2-system-$(date +%Y%m)"' },
        resource: 'az aks nodepool snapshot create "dev2-system-$(date +%Y%m)"',
        location: 'westus',
        sourceLocation: 'eastus'
      }),
      errors: [
        {
          messageId: 'snapshot',
          message:
            'Snapshot "dev2-system-$(date +%Y%m)" is taken in westus, but its source node pool is in eastus: AKS creates a snapshot in its source pool\'s region.',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 13
        }
      ]
    },
    {
      name: 'a snapshots resource whose region is not written on it (ARM) points at the resource',
      decl: snapshot({
        name: 'golden',
        location: spanless('westus2'),
        sourceLocation: 'eastus2',
        source: 'arm',
        resource: 'snapshots/golden'
      }),
      errors: [
        {
          messageId: 'snapshot',
          message:
            "Snapshot golden is taken in westus2, but its source node pool is in eastus2: AKS creates a snapshot in its source pool's region.",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9
        }
      ]
    },
    {
      name: "policy same: a pool in another region than its snapshot's",
      decl: pool({ location: 'eastus', snapshot: SNAP }),
      ctx: context(same),
      errors: [
        {
          messageId: 'pool',
          message:
            'Node pool user1 is in eastus and its snapshot snap1 in westeurope, and the policy snapshotRegion: same asks for the same region.',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 13
        }
      ]
    },
    {
      name: "policy same: the cluster's region not written on the pool points at the snapshot reference",
      decl: pool({ location: spanless('eastus'), snapshot: SNAP, resolved: { name: 'golden-1' } }),
      ctx: context(same),
      errors: [
        {
          messageId: 'pool',
          message:
            'Node pool user1 is in eastus and its snapshot golden-1 in westeurope, and the policy snapshotRegion: same asks for the same region.',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 5 + SNAP.length + 2
        }
      ]
    },
    {
      name: 'policy same: an upgrade to a snapshot of another region',
      decl: upgrade({ location: 'northeurope', snapshot: SNAP }),
      ctx: context(same),
      errors: [
        {
          messageId: 'pool',
          message:
            'Node pool user1 is in northeurope and its snapshot snap1 in westeurope, and the policy snapshotRegion: same asks for the same region.',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 18
        }
      ]
    }
  ]
})
