/**
 * Azure VM size names, as Azure's size documentation names them:
 * `Standard_` + family + vCPUs + optional constrained vCPUs + additive
 * features + optional accelerator (`_A100`) or variant (`_cc` for
 * confidential child-capable sizes, `_8` / `_3` for M-series memory
 * variants) + `_v<N>` (none = v1). AKS snapshots can
 * only be used with a size of the same family and CPU architecture, because
 * the node images are structurally different.
 */

/** Family prefixes of Azure's size documentation. */
const FAMILIES = ['A', 'B', 'D', 'DC', 'E', 'EB', 'EC', 'F', 'FX', 'G', 'H', 'HB', 'HC', 'HX', 'L', 'M', 'NC', 'ND', 'NG', 'NV', 'NP']
/** Legacy premium-storage prefixes that belong to a family above. */
const LEGACY: Record<string, string> = { DS: 'D', GS: 'G', FS: 'F', LS: 'L' }

export type Architecture = 'x64' | 'Arm64'

export interface VmSize {
  /** The size as written. */
  name: string
  tier: 'Standard' | 'Basic'
  family: string
  vcpus: number
  constrainedVcpus?: number
  /** Additive feature letters, lower case (`s`, `ds`, `pls`...). */
  features: string
  accelerator?: string
  /** A segment that is not an accelerator: `cc` (`Standard_DC4as_cc_v5`), `8` (`Standard_M416s_8_v2`). */
  variant?: string
  version: number
  architecture: Architecture
}

const SIZE = /^(standard|basic)_([a-z]+)(\d+)(?:-(\d+))?([a-z]*)(?:_(?:([a-z]+\d+[a-z]*|[a-z]\d*)|(cc|\d+)))??(?:_v(\d+))?(?:_promo)?$/i

/** Parses a VM size name; `undefined` when it is not a size name Azure would use. */
export function parseVmSize(name: string): VmSize | undefined {
  const m = SIZE.exec(name.trim())
  if (!m) return undefined
  const [, tier, letters, vcpus, constrained, features, accelerator, variant, version] = m
  const family = familyOf(letters.toUpperCase())
  if (!family) return undefined
  const feats = features.toLowerCase()
  return {
    name,
    tier: tier.toLowerCase() === 'basic' ? 'Basic' : 'Standard',
    family,
    vcpus: Number(vcpus),
    ...(constrained ? { constrainedVcpus: Number(constrained) } : {}),
    features: feats,
    ...(accelerator ? { accelerator: accelerator.toUpperCase() } : {}),
    ...(variant ? { variant: variant.toLowerCase() } : {}),
    version: version ? Number(version) : 1,
    architecture: feats.includes('p') ? 'Arm64' : 'x64'
  }
}

function familyOf(letters: string): string | undefined {
  if (LEGACY[letters]) return LEGACY[letters]
  if (FAMILIES.includes(letters)) return letters
  // Sub-families that extend a documented prefix (NCC for confidential NC) keep the longest known prefix.
  for (let n = letters.length - 1; n > 0; n--) {
    const prefix = letters.slice(0, n)
    if (FAMILIES.includes(prefix)) return prefix
  }
  return undefined
}

/** The family label shown to users and set as the `vm-family` output: `D`, or `D (Arm64)` for Arm sizes. */
export function familyLabel(size: VmSize): string {
  return size.architecture === 'Arm64' ? `${size.family} (Arm64)` : size.family
}

export type Compatibility =
  | { compatible: true; a: VmSize; b: VmSize }
  | { compatible: false; reason: 'family' | 'architecture'; a: VmSize; b: VmSize }
  | { compatible: undefined; unparsable: string }

/** Same family and same architecture is compatible, whatever the vCPUs, features or version. */
export function compareVmSizes(a: string, b: string): Compatibility {
  const pa = parseVmSize(a)
  if (!pa) return { compatible: undefined, unparsable: a }
  const pb = parseVmSize(b)
  if (!pb) return { compatible: undefined, unparsable: b }
  if (pa.family !== pb.family) return { compatible: false, reason: 'family', a: pa, b: pb }
  if (pa.architecture !== pb.architecture) return { compatible: false, reason: 'architecture', a: pa, b: pb }
  return { compatible: true, a: pa, b: pb }
}
