import type { KubernetesVersionListResult, Snapshot } from '@azure/arm-containerservice'
import type { SnapshotInfo } from '../model.js'

/**
 * ARM's snapshot resource and version list in the shapes the rules, the
 * catalog and the outputs use; one conversion for every mode and for lint's
 * resolve-live. Type-only SDK imports: nothing here loads the SDK.
 */

/** A snapshot resource flattened into what rules compare and the catalog stores. */
export function snapshotInfo(s: Snapshot): SnapshotInfo {
  const created = s.systemData?.createdAt
  return {
    id: s.id ?? '',
    ...(s.name ? { name: s.name } : {}),
    ...(s.location ? { location: s.location } : {}),
    ...(s.kubernetesVersion ? { kubernetesVersion: s.kubernetesVersion } : {}),
    ...(s.nodeImageVersion ? { nodeImageVersion: s.nodeImageVersion } : {}),
    ...(s.osType ? { osType: s.osType } : {}),
    ...(s.osSku ? { osSku: s.osSku } : {}),
    ...(s.vmSize ? { vmSize: s.vmSize } : {}),
    ...(s.enableFips !== undefined ? { enableFips: s.enableFips } : {}),
    ...(s.creationData?.sourceResourceId ? { sourceResourceId: s.creationData.sourceResourceId } : {}),
    ...(created ? { created: isoSeconds(created) } : {}),
    ...(s.tags && Object.keys(s.tags).length ? { tags: s.tags } : {})
  }
}

/** ISO 8601 in whole seconds, as the `created` output and the catalog show it. */
export const isoSeconds = (d: Date | string): string => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The Kubernetes versions a region supports: preview versions are not supported versions. */
export function supportedVersionList(result: KubernetesVersionListResult): string[] {
  return (result.values ?? []).filter((v) => !v.isPreview && v.version).map((v) => v.version as string)
}
