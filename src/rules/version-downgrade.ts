import { compareKubernetes, compareNodeImages } from '../policy/versions.js'
import { defineRule } from './types.js'
import type { Report } from './types.js'
import { at, ifKnown, poolLabel, refSpan, snapshotField, snapshotLabel, snapshotOf } from './helpers.js'

type Message = 'kubernetes' | 'nodeImage'

/** AKS never downgrades a pool: an upgrade to an older snapshot fails. */
export default defineRule(
  {
    id: 'version-downgrade',
    severity: 'error',
    description: "An upgrade to a snapshot whose Kubernetes or node image version is older than the pool's current one.",
    fullDescription:
      "Upgrading a node pool to a snapshot moves it to the snapshot's Kubernetes version and node image. AKS does not downgrade either, so the snapshot's Kubernetes version and node image version must both be at least the pool's current ones; the upgrade fails otherwise. Node images are compared only between images of the same OS and SKU.",
    messages: {
      kubernetes: "Snapshot {{snapshot}} has Kubernetes version {{snapshotVersion}}, older than node pool {{pool}}'s current {{current}}.",
      nodeImage: "Snapshot {{snapshot}} has node image {{snapshotVersion}}, older than node pool {{pool}}'s current {{current}}."
    }
  },
  (decl, ctx) => {
    if (decl.kind !== 'upgrade' || decl.scope !== 'pool' || !decl.snapshot) return []
    const info = snapshotOf(decl, ctx)
    const base = { pool: poolLabel(decl), snapshot: snapshotLabel(info, decl.snapshot) }
    const span = at(refSpan(decl.snapshot))
    // Unparsable versions and images of another OS or SKU do not compare (undefined): no finding.
    const older = (c: number | undefined) => c !== undefined && c < 0
    return [
      ...ifKnown(snapshotField(info, 'kubernetesVersion'), decl.currentKubernetesVersion, (snapshotVersion, current): Report<Message>[] =>
        older(compareKubernetes(snapshotVersion, current))
          ? [{ messageId: 'kubernetes', data: { ...base, snapshotVersion, current }, ...span }]
          : []
      ),
      ...ifKnown(snapshotField(info, 'nodeImageVersion'), decl.currentNodeImageVersion, (snapshotVersion, current): Report<Message>[] =>
        older(compareNodeImages(snapshotVersion, current))
          ? [{ messageId: 'nodeImage', data: { ...base, snapshotVersion, current }, ...span }]
          : []
      )
    ]
  }
)
