import rule from '../../src/rules/missing-snapshot-id.js'
import { command, partial, pool, snapshot, snapshotId, unknown, upgrade, UNKNOWN_PART } from './builders.js'
import { ruleTester } from './tester.js'

ruleTester(rule, {
  valid: [
    { name: 'a pool created from a snapshot', decl: pool({ snapshot: snapshotId('snap1') }) },
    {
      name: 'a snapshot reference from a parameter without default counts as present',
      decl: pool({ snapshot: unknown('parameter snapshotId has no default') })
    },
    {
      name: 'a partially known reference counts as present',
      decl: pool({
        snapshot: partial(`/subscriptions/${UNKNOWN_PART}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/snap1`)
      })
    },
    { name: 'an upgrade is not a pool creation (unpinned-upgrade judges it)', decl: upgrade() },
    { name: 'a snapshot being taken', decl: snapshot() },
    { name: 'a command', decl: command('az aks snapshot create', 'the preview-era command', 'az aks nodepool snapshot create') }
  ],
  invalid: [
    {
      name: 'a pool with no snapshot reference points at the declaration',
      decl: pool(),
      errors: [
        {
          messageId: 'missing',
          message: 'Node pool user1 is created without a snapshot reference.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9
        }
      ]
    },
    {
      name: 'a system pool whose name is unknown is named by its resource',
      decl: pool({
        name: unknown('parameter poolName has no default'),
        system: true,
        resource: 'managedClusters/aks1 agentPoolProfiles[0]'
      }),
      errors: [
        {
          messageId: 'missing',
          message: 'Node pool managedClusters/aks1 agentPoolProfiles[0] is created without a snapshot reference.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9
        }
      ]
    },
    {
      name: "a known empty string ('') points at the reference",
      decl: pool({ snapshot: '' }),
      errors: [
        {
          messageId: 'empty',
          message: "Node pool user1 has an empty snapshot reference ('').",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 7
        }
      ]
    },
    {
      name: 'a known null (Terraform default = null) points at the reference',
      decl: pool({ name: 'gpu', snapshot: null }),
      errors: [
        {
          messageId: 'empty',
          message: 'Node pool gpu has an empty snapshot reference (null).',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 11
        }
      ]
    }
  ]
})
