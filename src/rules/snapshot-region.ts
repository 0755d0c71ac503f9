import { defineRule } from './types.js'
import { at, ifKnown, nameLabel, poolLabel, refSpan, sameRegion, snapshotField, snapshotLabel, snapshotOf } from './helpers.js'

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
      resourceGroupRegion:
        "Snapshot {{snapshot}} is taken without --location, so in its resource group's region {{location}}, but its source node pool is in {{sourceLocation}}: AKS creates a snapshot in its source pool's region.",
      pool: 'Node pool {{pool}} is in {{location}} and its snapshot {{snapshot}} in {{snapshotLocation}}, and the policy snapshotRegion: same asks for the same region.'
    }
  },
  (decl, ctx) => {
    if (decl.kind === 'snapshot') {
      const snapshot = nameLabel(decl.name, decl.resource)
      const messageId = decl.locationFromResourceGroup ? 'resourceGroupRegion' : 'snapshot'
      return ifKnown(decl.location, decl.sourceLocation, (location, sourceLocation) =>
        location && sourceLocation && !sameRegion(location, sourceLocation)
          ? [{ messageId, data: { snapshot, location, sourceLocation }, ...at(decl.location.span) }]
          : []
      )
    }
    if ((decl.kind !== 'pool' && decl.kind !== 'upgrade') || ctx.policy.snapshotRegion !== 'same') return []
    const info = snapshotOf(decl, ctx)
    return ifKnown(decl.location, snapshotField(info, 'location'), (location, snapshotLocation) =>
      location && !sameRegion(location, snapshotLocation)
        ? [
            {
              messageId: 'pool',
              data: { pool: poolLabel(decl), location, snapshot: snapshotLabel(info, decl.snapshot), snapshotLocation },
              ...at(decl.location.span ?? refSpan(decl.snapshot))
            }
          ]
        : []
    )
  }
)
