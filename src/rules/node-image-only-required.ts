import { compareKubernetes, parseKubernetes } from '../policy/versions.js'
import { defineRule } from './types.js'
import { ifKnown, poolLabel, snapshotField, snapshotLabel, snapshotOf } from './helpers.js'

/** With the pool's own Kubernetes version, only the node image can change: AKS wants that said. */
export default defineRule(
  {
    id: 'node-image-only-required',
    severity: 'warning',
    description: "An upgrade to a snapshot with the pool's own Kubernetes version, without --node-image-only.",
    fullDescription:
      'When the snapshot has the same Kubernetes version as the pool, upgrading to it only changes the node image, and AKS documents --node-image-only as required for that upgrade: without it, az aks nodepool upgrade asks for a Kubernetes upgrade to the version the pool already runs instead of the node image upgrade that was meant.',
    messages: {
      required:
        "Snapshot {{snapshot}} has node pool {{pool}}'s own Kubernetes version {{version}}, so the upgrade only changes the node image and needs --node-image-only."
    }
  },
  (decl, ctx) => {
    if (decl.kind !== 'upgrade' || decl.scope !== 'pool' || decl.nodeImageOnly || !decl.snapshot) return []
    const info = snapshotOf(decl, ctx)
    return ifKnown(snapshotField(info, 'kubernetesVersion'), decl.currentKubernetesVersion, (version, current) => {
      // `1.30` is any patch: only two full versions prove the upgrade changes no Kubernetes version.
      if (parseKubernetes(version)?.patch === undefined || parseKubernetes(current)?.patch === undefined) return []
      if (compareKubernetes(version, current) !== 0) return []
      return [{ messageId: 'required' as const, data: { snapshot: snapshotLabel(info, decl.snapshot), pool: poolLabel(decl), version } }]
    })
  }
)
