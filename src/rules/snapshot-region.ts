import { defineRule } from './types.js'
import { isKnown, poolLabel, refSpan, sameRegion, snapshotLabel, snapshotOf } from './helpers.js'

/**
 * AKS creates a snapshot in its source pool's region, so asking for another
 * one fails. Since GA a snapshot may be used in any region; the preview-era
 * rule (same region only) is the `snapshotRegion: same` policy.
 */
export default defineRule(
  {
    id: 'snapshot-region',
    severity: 'error',
    description: "A snapshot is taken in a region other than its source pool's (or, with snapshotRegion: same, used in another region).",
    fullDescription:
      "AKS creates a node pool snapshot in the region of the pool it is taken from; a snapshot requested in another region fails. Note that az aks nodepool snapshot create without --location uses the resource group's region, which may not be the cluster's. With the policy snapshotRegion: same (the rule of the preview), a pool must also be in the same region as the snapshot it is created from.",
    messages: {
      snapshot:
        "Snapshot {{snapshot}} is taken in {{location}}, but its source node pool is in {{sourceLocation}}: AKS creates a snapshot in its source pool's region.",
      pool: 'Node pool {{pool}} is in {{location}} and its snapshot {{snapshot}} in {{snapshotLocation}}, and the policy snapshotRegion: same asks for the same region.'
    }
  },
  (decl, ctx) => {
    if (decl.kind === 'snapshot') {
      if (!isKnown(decl.location) || !isKnown(decl.sourceLocation)) return []
      const location = decl.location.value
      const sourceLocation = decl.sourceLocation.value
      if (!location || !sourceLocation || sameRegion(location, sourceLocation)) return []
      const snapshot = isKnown(decl.name) && decl.name.value ? decl.name.value : decl.resource
      return [
        {
          messageId: 'snapshot',
          data: { snapshot, location, sourceLocation },
          ...(decl.location.span ? { span: decl.location.span } : {})
        }
      ]
    }
    if ((decl.kind !== 'pool' && decl.kind !== 'upgrade') || ctx.policy.snapshotRegion !== 'same') return []
    if (!isKnown(decl.location) || !decl.location.value) return []
    const info = snapshotOf(decl, ctx)
    if (!info?.location || sameRegion(info.location, decl.location.value)) return []
    const span = decl.location.span ?? refSpan(decl.snapshot)
    return [
      {
        messageId: 'pool',
        data: {
          pool: poolLabel(decl),
          location: decl.location.value,
          snapshot: snapshotLabel(info, decl.snapshot),
          snapshotLocation: info.location
        },
        ...(span ? { span } : {})
      }
    ]
  }
)
