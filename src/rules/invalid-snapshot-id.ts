import { defineRule } from './types.js'
import { at, snapshotIdShape } from './helpers.js'

/**
 * AKS accepts only the id of a `Microsoft.ContainerService/snapshots` resource
 * as a pool's source. Ids with unknown parts are judged by their shape: a
 * `resourceId()` with a parameter resource group is still a snapshot id.
 */
export default defineRule(
  {
    id: 'invalid-snapshot-id',
    severity: 'error',
    description: 'A snapshot reference is not the id of a Microsoft.ContainerService/snapshots resource.',
    fullDescription:
      'A pool can only be created or upgraded from a node pool snapshot, whose id has the form /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ContainerService/snapshots/<name>. A node pool id, a managed cluster snapshot id, a bare snapshot name or a malformed id is rejected by Azure when the deployment runs.',
    messages: {
      nodePool: '{{id}} is the id of a node pool, not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
      clusterSnapshot:
        '{{id}} is the id of a managed cluster snapshot (managedclustersnapshots), not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
      otherResource: '{{id}} is the id of a {{type}} resource, not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
      bareName:
        '{{id}} is a name, not the id of a node pool snapshot: use the full id (/subscriptions/.../providers/Microsoft.ContainerService/snapshots/{{id}}).',
      malformed:
        '{{id}} is not a valid node pool snapshot id (/subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ContainerService/snapshots/<name>).'
    }
  },
  (decl) => {
    if (decl.kind !== 'pool' && decl.kind !== 'upgrade') return []
    const ref = decl.snapshot
    if (!ref || !ref.id.known || ref.id.value === null || ref.id.value === '') return []
    const id = ref.id.value
    const shape = snapshotIdShape(id)
    if (shape.kind === 'snapshot') return []
    const span = at(ref.id.span)
    if (shape.kind === 'otherResource') return [{ messageId: 'otherResource', data: { id, type: shape.type }, ...span }]
    return [{ messageId: shape.kind, data: { id }, ...span }]
  }
)
