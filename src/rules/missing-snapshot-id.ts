import { defineRule } from './types.js'
import { at, isKnownEmpty, poolLabel } from './helpers.js'

/** A pool created without a snapshot gets whatever image AKS has that day: nothing pins it. */
export default defineRule(
  {
    id: 'missing-snapshot-id',
    severity: 'error',
    description: 'A node pool is created without a snapshot reference, or with an empty one.',
    fullDescription:
      'A node pool created without a node pool snapshot gets the Kubernetes version and node image that AKS offers on the day it is created, so two pools built from the same template can differ. Creating every pool from a snapshot (creationData.sourceResourceId, --snapshot-id, snapshot_id) makes pools reproducible.',
    messages: {
      missing: 'Node pool {{pool}} is created without a snapshot reference.',
      empty: 'Node pool {{pool}} has an empty snapshot reference ({{value}}).'
    }
  },
  (decl) => {
    if (decl.kind !== 'pool') return []
    // An unknown reference counts as present (SPEC §5).
    if (!decl.snapshot) return [{ messageId: 'missing', data: { pool: poolLabel(decl) } }]
    const id = decl.snapshot.id
    if (!isKnownEmpty(id)) return []
    const value = id.known && id.value === null ? 'null' : "''"
    return [{ messageId: 'empty', data: { pool: poolLabel(decl), value }, ...at(id.span) }]
  }
)
