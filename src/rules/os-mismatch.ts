import type { Value } from '../model.js'
import { defineRule } from './types.js'
import type { Report } from './types.js'
import { at, ifKnown, poolLabel, refSpan, sameText, snapshotField, snapshotLabel, snapshotOf } from './helpers.js'

type OsMessage = 'osType' | 'osSku' | 'fips' | 'windowsSystemPool'

/**
 * `Ubuntu` and `AzureLinux` are AKS's generic SKUs (they resolve to a release
 * by Kubernetes version), so they match `Ubuntu2204` and `AzureLinux3`;
 * `CBLMariner` and `Mariner` are the old names of Azure Linux 2.
 */
function sameOsSku(a: string, b: string): boolean {
  const norm = (s: string): string => {
    const l = s.toLowerCase()
    return l === 'cblmariner' || l === 'mariner' ? 'azurelinux2' : l
  }
  const x = norm(a)
  const y = norm(b)
  if (x === y) return true
  const release = (generic: string, specific: string) =>
    (generic === 'ubuntu' || generic === 'azurelinux') && new RegExp(`^${generic}\\d+$`).test(specific)
  return release(x, y) || release(y, x)
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
    const differ = (messageId: 'osType' | 'osSku', v: Value<string>, same: (a: string, b: string) => boolean) =>
      ifKnown(v, snapshotField(info, messageId), (value, snapshotValue): Report<OsMessage>[] =>
        value && !same(value, snapshotValue) ? [{ messageId, data: { value, snapshotValue }, ...at(v.span) }] : []
      )
    return [
      ...differ('osType', decl.osType, sameText),
      ...differ('osSku', decl.osSku, sameOsSku),
      ...ifKnown(decl.enableFips, snapshotField(info, 'enableFips'), (value, snapshotValue): Report<OsMessage>[] =>
        value !== snapshotValue
          ? [{ messageId: 'fips', data: { value: fips(value), snapshotValue: fips(snapshotValue) }, ...at(decl.enableFips.span) }]
          : []
      ),
      ...(decl.system && info.osType && sameText(info.osType, 'Windows')
        ? [
            {
              messageId: 'windowsSystemPool' as const,
              data: { snapshot: snapshotLabel(info, decl.snapshot), pool: poolLabel(decl) },
              ...at(refSpan(decl.snapshot))
            }
          ]
        : [])
    ]
  }
)
