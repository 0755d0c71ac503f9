import { defineRule } from './types.js'
import { at, fullyKnownId, snapshotIdShape } from './helpers.js'

/** With a catalog, every snapshot in use should be one the team recorded (and whose properties rules can check). */
export default defineRule(
  {
    id: 'unknown-snapshot',
    severity: 'warning',
    description: 'A snapshot id is not in the snapshot catalog.',
    fullDescription:
      'When a snapshot catalog (.aks-snapshots.json) is in use, every snapshot a pool is created from or upgraded to should be recorded in it: the catalog is how the team knows which snapshots exist, what they contain, and which ones prune must keep. A snapshot that is not in it may be a typo, a snapshot from another team, or one taken by hand, and the other rules cannot check its properties.',
    messages: {
      notInCatalog: 'Snapshot {{id}} is not in the snapshot catalog.'
    }
  },
  (decl, ctx) => {
    if ((decl.kind !== 'pool' && decl.kind !== 'upgrade') || !ctx.hasCatalog) return []
    const id = fullyKnownId(decl.snapshot)
    // Ids with unknown parts cannot be looked up; malformed ids are invalid-snapshot-id's.
    if (!id || snapshotIdShape(id).kind !== 'snapshot' || ctx.inCatalog(id)) return []
    return [{ messageId: 'notInCatalog', data: { id }, ...at(decl.snapshot?.id.span) }]
  }
)
