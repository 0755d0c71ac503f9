import rule from '../../src/rules/invalid-snapshot-id.js'
import { fieldSpan, partial, pool, poolId, snapshotId, SUB, unknown, upgrade, UNKNOWN_PART } from './builders.js'
import { at, ruleTester } from './tester.js'

const U = UNKNOWN_PART
const clusterSnapshot = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedclustersnapshots/cs1`
const vm = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1`
const cluster = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1`
const trailing = snapshotId('snap1') + '/'
const noName = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/`
const noGroup = `/subscriptions/${SUB}/providers/Microsoft.ContainerService/snapshots/snap1`
const partialPool = `/subscriptions/${U}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/${U}`
const MESSAGE_TAIL = 'not of a node pool snapshot (Microsoft.ContainerService/snapshots).'

ruleTester(rule, {
  valid: [
    { name: 'a snapshot id', decl: pool({ snapshot: snapshotId('snap1') }) },
    {
      name: 'a snapshot id in other casing (ids compare case-insensitively)',
      decl: pool({ snapshot: `/SUBSCRIPTIONS/${SUB}/resourcegroups/RG/providers/microsoft.containerservice/SNAPSHOTS/Snap1` })
    },
    {
      name: 'a resourceId() whose subscription and group are unknown',
      decl: pool({ snapshot: partial(`/subscriptions/${U}/resourceGroups/${U}/providers/Microsoft.ContainerService/snapshots/snap1`) })
    },
    {
      name: 'an id built from an unknown resource group id',
      decl: pool({ snapshot: partial(`${U}/providers/Microsoft.ContainerService/snapshots/snap-${U}`) })
    },
    { name: 'a wholly unknown part', decl: pool({ snapshot: partial(U) }) },
    { name: 'an unknown reference', decl: pool({ snapshot: unknown('module output') }) },
    { name: "a known empty reference (missing-snapshot-id's finding)", decl: pool({ snapshot: '' }) },
    { name: 'no reference', decl: pool() },
    { name: 'an upgrade to a snapshot id', decl: upgrade({ snapshot: snapshotId('snap2') }) }
  ],
  invalid: [
    {
      name: 'a node pool id',
      decl: pool({ snapshot: poolId('aks1', 'user1') }),
      errors: [
        {
          messageId: 'nodePool',
          message: `${poolId('aks1', 'user1')} is the id of a node pool, ${MESSAGE_TAIL}`,
          ...at(fieldSpan('snapshot', poolId('aks1', 'user1')))
        }
      ]
    },
    {
      name: 'a node pool id with unknown parts',
      decl: pool({ snapshot: partial(partialPool) }),
      errors: [
        {
          messageId: 'nodePool',
          message: `${partialPool} is the id of a node pool, ${MESSAGE_TAIL}`,
          ...at(fieldSpan('snapshot', partialPool))
        }
      ]
    },
    {
      name: 'a managed cluster snapshot id',
      decl: pool({ snapshot: clusterSnapshot }),
      errors: [
        {
          messageId: 'clusterSnapshot',
          message: `${clusterSnapshot} is the id of a managed cluster snapshot (managedclustersnapshots), ${MESSAGE_TAIL}`,
          ...at(fieldSpan('snapshot', clusterSnapshot))
        }
      ]
    },
    {
      name: "another resource's id",
      decl: pool({ snapshot: vm }),
      errors: [
        {
          messageId: 'otherResource',
          message: `${vm} is the id of a Microsoft.Compute/virtualMachines resource, ${MESSAGE_TAIL}`,
          ...at(fieldSpan('snapshot', vm))
        }
      ]
    },
    {
      name: "a cluster's id",
      decl: pool({ snapshot: cluster }),
      errors: [
        {
          messageId: 'otherResource',
          message: `${cluster} is the id of a Microsoft.ContainerService/managedClusters resource, ${MESSAGE_TAIL}`,
          ...at(fieldSpan('snapshot', cluster))
        }
      ]
    },
    {
      name: 'a bare name',
      decl: pool({ snapshot: 'snap1' }),
      errors: [
        {
          messageId: 'bareName',
          message:
            'snap1 is a name, not the id of a node pool snapshot: use the full id (/subscriptions/.../providers/Microsoft.ContainerService/snapshots/snap1).',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 12
        }
      ]
    },
    {
      name: 'a bare name with an unknown part is judged by its shape',
      decl: pool({ snapshot: partial(`snap-${U}`) }),
      errors: [
        {
          messageId: 'bareName',
          message: `snap-${U} is a name, not the id of a node pool snapshot: use the full id (/subscriptions/.../providers/Microsoft.ContainerService/snapshots/snap-${U}).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 15
        }
      ]
    },
    ...[trailing, noName, noGroup, 'snapshots/snap1', ' '].map((id) => ({
      name: `a malformed id: ${JSON.stringify(id)}`,
      decl: pool({ snapshot: id }),
      errors: [
        {
          messageId: 'malformed',
          message: `${id} is not a valid node pool snapshot id (/subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ContainerService/snapshots/<name>).`,
          ...at(fieldSpan('snapshot', id))
        }
      ]
    })),
    {
      name: 'an upgrade to a node pool id',
      decl: upgrade({ snapshot: poolId('aks1', 'user1') }),
      errors: [
        {
          messageId: 'nodePool',
          message: `${poolId('aks1', 'user1')} is the id of a node pool, ${MESSAGE_TAIL}`,
          ...at(fieldSpan('snapshot', poolId('aks1', 'user1')))
        }
      ]
    }
  ]
})
