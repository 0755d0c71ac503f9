import { compareKubernetes, compareNodeImages } from '../policy/versions.js'
import { defineRule } from './types.js'
import type { Report } from './types.js'
import { isKnown, poolLabel, refSpan, snapshotLabel, snapshotOf } from './helpers.js'

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
    if (!info) return []
    const span = refSpan(decl.snapshot)
    const base = { pool: poolLabel(decl), snapshot: snapshotLabel(info, decl.snapshot) }
    const reports: Report<'kubernetes' | 'nodeImage'>[] = []
    const current = decl.currentKubernetesVersion
    if (info.kubernetesVersion && isKnown(current) && current.value) {
      if ((compareKubernetes(info.kubernetesVersion, current.value) ?? 0) < 0)
        reports.push({
          messageId: 'kubernetes',
          data: { ...base, snapshotVersion: info.kubernetesVersion, current: current.value },
          ...(span ? { span } : {})
        })
    }
    const currentImage = decl.currentNodeImageVersion
    if (info.nodeImageVersion && isKnown(currentImage) && currentImage.value) {
      if ((compareNodeImages(info.nodeImageVersion, currentImage.value) ?? 0) < 0)
        reports.push({
          messageId: 'nodeImage',
          data: { ...base, snapshotVersion: info.nodeImageVersion, current: currentImage.value },
          ...(span ? { span } : {})
        })
    }
    return reports
  }
)
