import rule from '../../src/rules/unknown-snapshot.js'
import { context, partial, pool, poolId, snapshotId, unknown, upgrade, UNKNOWN_PART } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const OTHER = snapshotId('hand-made', 'rg-team')
const CATALOG = context({ catalog: [SNAP] })

ruleTester(rule, {
  valid: [
    { name: 'a snapshot in the catalog', decl: pool({ snapshot: SNAP }), ctx: CATALOG },
    { name: 'ids compare case-insensitively', decl: pool({ snapshot: SNAP.toUpperCase() }), ctx: CATALOG },
    { name: 'no catalog in use', decl: pool({ snapshot: OTHER }), ctx: context() },
    {
      name: 'an id with an unknown subscription cannot be looked up',
      decl: pool({
        snapshot: partial(`/subscriptions/${UNKNOWN_PART}/resourceGroups/rg-team/providers/Microsoft.ContainerService/snapshots/hand-made`)
      }),
      ctx: CATALOG
    },
    { name: 'an unknown id', decl: pool({ snapshot: unknown('$SNAPSHOT_ID') }), ctx: CATALOG },
    { name: "an invalid id (invalid-snapshot-id's finding)", decl: pool({ snapshot: poolId('aks1', 'user1') }), ctx: CATALOG },
    { name: "a known empty id (missing-snapshot-id's finding)", decl: pool({ snapshot: '' }), ctx: CATALOG },
    { name: 'no snapshot reference', decl: pool(), ctx: CATALOG }
  ],
  invalid: [
    {
      name: 'a pool from a snapshot not in the catalog',
      decl: pool({ snapshot: OTHER }),
      ctx: CATALOG,
      errors: [
        {
          messageId: 'notInCatalog',
          message: `Snapshot ${OTHER} is not in the snapshot catalog.`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 5 + OTHER.length + 2
        }
      ]
    },
    {
      name: 'an upgrade to a snapshot not in an empty catalog',
      decl: upgrade({ snapshot: SNAP }),
      ctx: context({ catalog: [] }),
      errors: [
        {
          messageId: 'notInCatalog',
          message: `Snapshot ${SNAP} is not in the snapshot catalog.`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 5 + SNAP.length + 2
        }
      ]
    }
  ]
})
