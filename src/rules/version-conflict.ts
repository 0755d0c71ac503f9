import { compareKubernetes, minorOf } from '../policy/versions.js'
import { defineRule } from './types.js'
import { at, isKnown, isKnownEmpty, isStated, poolLabel, refSpan, snapshotLabel, snapshotOf } from './helpers.js'

/**
 * A pool from a snapshot runs the snapshot's minor version, and no pool may
 * run a newer version than its control plane, whether it is created or
 * upgraded (`az aks nodepool upgrade --snapshot-id`, upgrade-nodepool mode).
 * One finding per declaration: the first conflict explains the pool, the
 * second would only repeat it.
 */
export default defineRule(
  {
    id: 'version-conflict',
    severity: 'error',
    description: "A pool's Kubernetes version differs from its snapshot's minor version, or is newer than its control plane.",
    fullDescription:
      "A node pool created or upgraded from a snapshot runs the snapshot's Kubernetes version: a stated version of another major.minor is rejected. And a node pool may not run a newer Kubernetes version than its cluster's control plane, whether the version is stated on the pool (or as the upgrade's target) or comes from its snapshot. Azure rejects both when the pool is created or upgraded.",
    messages: {
      snapshotMinor:
        "Kubernetes version {{version}} and the snapshot's {{snapshotVersion}} differ in major.minor ({{minor}} and {{snapshotMinor}}).",
      newerThanControlPlane:
        "Node pool {{pool}} states Kubernetes version {{version}}, newer than its cluster's control plane {{controlPlane}}.",
      upgradeNewerThanControlPlane:
        "Node pool {{pool}} is upgraded to Kubernetes version {{version}}, newer than its cluster's control plane {{controlPlane}}.",
      snapshotNewerThanControlPlane:
        "Node pool {{pool}} gets Kubernetes version {{version}} from snapshot {{snapshot}}, newer than its cluster's control plane {{controlPlane}}."
    }
  },
  (decl, ctx) => {
    if (decl.kind !== 'pool' && (decl.kind !== 'upgrade' || decl.scope !== 'pool')) return []
    const info = snapshotOf(decl, ctx)
    const snapshotVersion = info?.kubernetesVersion
    const stated = decl.kubernetesVersion
    if (isKnown(stated) && stated.value && snapshotVersion) {
      const minor = minorOf(stated.value)
      const snapshotMinor = minorOf(snapshotVersion)
      if (minor && snapshotMinor && minor !== snapshotMinor)
        return [
          {
            messageId: 'snapshotMinor',
            data: { version: stated.value, snapshotVersion, minor, snapshotMinor },
            ...at(stated.span)
          }
        ]
    }
    const controlPlaneVersion = decl.controlPlaneVersion
    if (!isKnown(controlPlaneVersion) || !controlPlaneVersion.value) return []
    const controlPlane = controlPlaneVersion.value
    // A stated version wins over the snapshot's; a stated but unknown one (a parameter) leaves nothing to compare.
    // A known empty one (`orchestratorVersion: ''`) is AKS's "not set": the snapshot's applies.
    if (isStated(stated) && !isKnownEmpty(stated)) {
      if (!isKnown(stated)) return []
      if ((compareKubernetes(stated.value, controlPlane) ?? 0) <= 0) return []
      return [
        {
          messageId: decl.kind === 'upgrade' ? 'upgradeNewerThanControlPlane' : 'newerThanControlPlane',
          data: { pool: poolLabel(decl), version: stated.value, controlPlane },
          ...at(stated.span)
        }
      ]
    }
    if (!snapshotVersion || (compareKubernetes(snapshotVersion, controlPlane) ?? 0) <= 0) return []
    return [
      {
        messageId: 'snapshotNewerThanControlPlane',
        data: { pool: poolLabel(decl), version: snapshotVersion, snapshot: snapshotLabel(info, decl.snapshot), controlPlane },
        ...at(refSpan(decl.snapshot))
      }
    ]
  }
)
