import { minorOf } from '../policy/versions.js'
import { defineRule } from './types.js'
import { at, isKnown, refSpan, snapshotLabel, snapshotOf } from './helpers.js'

/**
 * AKS supports a few minor versions per region at a time; a snapshot of an
 * older one cannot create or upgrade pools there. The context picks the list
 * (the pool's region, else the snapshot's, else "*"; none, no finding).
 */
export default defineRule(
  {
    id: 'unsupported-version',
    severity: 'warning',
    description: "The snapshot's Kubernetes version is not supported in the pool's region.",
    fullDescription:
      'AKS supports a handful of Kubernetes minor versions in each region and retires older ones. A node pool cannot be created from, or upgraded to, a snapshot whose Kubernetes version is no longer supported where the pool is. The supported versions come from the catalog\'s supportedKubernetesVersions (by region, with "*" for every other region), or from Azure with resolve-live.',
    messages: {
      unsupported:
        'Snapshot {{snapshot}} has Kubernetes version {{version}}, and {{minor}} is not supported in {{region}} (supported: {{supported}}).',
      unsupportedNoRegion:
        'Snapshot {{snapshot}} has Kubernetes version {{version}}, and {{minor}} is not supported (supported: {{supported}}).'
    }
  },
  (decl, ctx) => {
    if (decl.kind !== 'pool' && decl.kind !== 'upgrade') return []
    const info = snapshotOf(decl, ctx)
    const version = info?.kubernetesVersion
    const minor = version ? minorOf(version) : undefined
    if (!version || !minor) return []
    const region = isKnown(decl.location) && decl.location.value ? decl.location.value : info?.location
    const supported = ctx.supportedVersions(region)
    if (!supported) return []
    if (supported.some((v) => (minorOf(v) ?? v) === minor)) return []
    const span = at(refSpan(decl.snapshot))
    const data = {
      snapshot: snapshotLabel(info, decl.snapshot),
      version,
      minor,
      supported: supported.length ? supported.join(', ') : 'none'
    }
    // With neither region known the context answered with the "*" list.
    if (!region) return [{ messageId: 'unsupportedNoRegion', data, ...span }]
    return [{ messageId: 'unsupported', data: { ...data, region }, ...span }]
  }
)
