import type { Span } from '../model.js'
import { defineRule } from './types.js'
import type { Report } from './types.js'
import { isKnown, poolLabel, refSpan, sameText, snapshotLabel, snapshotOf } from './helpers.js'

type OsMessage = 'osType' | 'osSku' | 'fips' | 'windowsSystemPool'

/**
 * `Ubuntu` is AKS's generic Ubuntu SKU (it resolves to a release by
 * Kubernetes version), so it matches `Ubuntu2204`; `CBLMariner` is the old
 * name of `AzureLinux`.
 */
function sameOsSku(a: string, b: string): boolean {
  const norm = (s: string): string => {
    const l = s.toLowerCase()
    return l === 'cblmariner' || l === 'mariner' ? 'azurelinux' : l
  }
  const x = norm(a)
  const y = norm(b)
  if (x === y) return true
  return (x === 'ubuntu' && /^ubuntu\d+$/.test(y)) || (y === 'ubuntu' && /^ubuntu\d+$/.test(x))
}

const fips = (v: boolean): string => (v ? 'enabled' : 'disabled')

/** A snapshot freezes the OS; a pool cannot change it, and a system pool must run Linux. */
export default defineRule(
  {
    id: 'os-mismatch',
    severity: 'error',
    description: "The pool's OS type, OS SKU or FIPS setting differs from the snapshot's, or a system pool uses a Windows snapshot.",
    fullDescription:
      "A node pool created from a snapshot runs the snapshot's node image, so its OS type, OS SKU and FIPS setting are the snapshot's: a pool that states different ones is rejected. System node pools must run Linux, so a Windows snapshot cannot be used for a system pool or for a cluster's first pool.",
    messages: {
      osType: "OS type {{value}} and the snapshot's {{snapshotValue}} differ.",
      osSku: "OS SKU {{value}} and the snapshot's {{snapshotValue}} differ.",
      fips: "FIPS {{value}} and the snapshot's FIPS {{snapshotValue}} differ.",
      windowsSystemPool: 'Snapshot {{snapshot}} is a Windows snapshot and node pool {{pool}} is a system pool, which must run Linux.'
    }
  },
  (decl, ctx) => {
    if (decl.kind !== 'pool') return []
    const info = snapshotOf(decl, ctx)
    if (!info) return []
    const reports: Report<OsMessage>[] = []
    const at = (span: Span | undefined) => (span ? { span } : {})
    if (isKnown(decl.osType) && decl.osType.value && info.osType && !sameText(decl.osType.value, info.osType))
      reports.push({ messageId: 'osType', data: { value: decl.osType.value, snapshotValue: info.osType }, ...at(decl.osType.span) })
    if (isKnown(decl.osSku) && decl.osSku.value && info.osSku && !sameOsSku(decl.osSku.value, info.osSku))
      reports.push({ messageId: 'osSku', data: { value: decl.osSku.value, snapshotValue: info.osSku }, ...at(decl.osSku.span) })
    if (isKnown(decl.enableFips) && typeof info.enableFips === 'boolean' && decl.enableFips.value !== info.enableFips)
      reports.push({
        messageId: 'fips',
        data: { value: fips(decl.enableFips.value), snapshotValue: fips(info.enableFips) },
        ...at(decl.enableFips.span)
      })
    if (decl.system && info.osType && sameText(info.osType, 'Windows'))
      reports.push({
        messageId: 'windowsSystemPool',
        data: { snapshot: snapshotLabel(info, decl.snapshot), pool: poolLabel(decl) },
        ...at(refSpan(decl.snapshot))
      })
    return reports
  }
)
