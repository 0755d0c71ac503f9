import { defineRule } from './types.js'
import { isKnownEmpty, nameLabel, poolLabel } from './helpers.js'

/**
 * An upgrade without a snapshot takes whatever AKS offers that day; a cluster
 * upgrade also rewrites every pool and drops the pools' snapshot links.
 */
export default defineRule(
  {
    id: 'unpinned-upgrade',
    severity: 'warning',
    description: 'A node pool or cluster upgrade is not pinned to a snapshot.',
    fullDescription:
      'az aks nodepool upgrade without --snapshot-id (with or without --node-image-only) moves the pool to the newest Kubernetes version or node image AKS offers that day, so the result depends on when it runs. az aks upgrade upgrades every node pool of the cluster the same way and the pools lose their link to the snapshot they were created from. Upgrading each pool with --snapshot-id keeps it reproducible.',
    messages: {
      pool: "Node pool {{pool}} is upgraded without --snapshot-id, so its Kubernetes version and node image are whatever AKS offers when it runs, not a snapshot's.",
      nodeImage:
        "Node pool {{pool}} is upgraded with --node-image-only but without --snapshot-id, so it gets the newest node image, not a snapshot's.",
      cluster:
        'Cluster {{cluster}} is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.'
    }
  },
  (decl) => {
    if (decl.kind !== 'upgrade') return []
    if (decl.scope === 'cluster') {
      // --control-plane-only touches no pool.
      if (decl.controlPlaneOnly) return []
      const cluster = nameLabel(decl.cluster, decl.resource)
      return [{ messageId: 'cluster', data: { cluster } }]
    }
    // An unknown reference counts as present; a known empty one pins nothing.
    if (decl.snapshot && !isKnownEmpty(decl.snapshot.id)) return []
    return [{ messageId: decl.nodeImageOnly ? 'nodeImage' : 'pool', data: { pool: poolLabel(decl) } }]
  }
)
