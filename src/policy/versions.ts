/**
 * Kubernetes and AKS node image versions, compared the way AKS orders them.
 * Comparisons return a negative number, zero or a positive number, or
 * `undefined` when the two cannot be compared (unparsable, or node images of
 * different OS and SKU).
 */

export interface KubernetesVersion {
  major: number
  minor: number
  /** Absent for `1.30`, which means any patch of 1.30. */
  patch?: number
}

const KUBERNETES = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/i

export function parseKubernetes(version: string): KubernetesVersion | undefined {
  const m = KUBERNETES.exec(version.trim())
  if (!m) return undefined
  const [, major, minor, patch] = m
  return { major: Number(major), minor: Number(minor), ...(patch !== undefined ? { patch: Number(patch) } : {}) }
}

/** `1.30.4` → `1.30`; `undefined` when the version is not one. */
export function minorOf(version: string): string | undefined {
  const v = parseKubernetes(version)
  return v ? `${v.major}.${v.minor}` : undefined
}

/** Numeric order; when either side has no patch (`1.30`), only major.minor are compared. */
export function compareKubernetes(a: string, b: string): number | undefined {
  const va = parseKubernetes(a)
  const vb = parseKubernetes(b)
  if (!va || !vb) return undefined
  const d = va.major - vb.major || va.minor - vb.minor
  if (d !== 0 || va.patch === undefined || vb.patch === undefined) return Math.sign(d)
  return Math.sign(va.patch - vb.patch)
}

export interface NodeImageVersion {
  /** OS and SKU, e.g. `AKSUbuntu-2204gen2containerd`, as written. */
  prefix: string
  format: 'linux' | 'windows'
  /** Linux: year, month, day, patch. Windows: build, revision, YYMMDD. */
  parts: number[]
}

// Linux images: `...-202409.23.0` (YYYYMM.DD.patch), and the older `...-2021.09.28` (YYYY.MM.DD).
const LINUX_NEW = /^(.+)-(\d{4})(\d{2})\.(\d{2})\.(\d+)$/
const LINUX_OLD = /^(.+)-(\d{4})\.(\d{2})\.(\d{2})$/
// Windows images: `AKSWindows-2019-containerd-17763.2213.210922` (build.revision.YYMMDD).
const WINDOWS = /^(.+)-(\d{5,})\.(\d+)\.(\d{6})$/

export function parseNodeImage(version: string): NodeImageVersion | undefined {
  const v = version.trim()
  let m = WINDOWS.exec(v)
  if (m) return { prefix: m[1], format: 'windows', parts: [Number(m[2]), Number(m[3]), Number(m[4])] }
  m = LINUX_NEW.exec(v)
  if (m && validDate(m[2], m[3], m[4]))
    return { prefix: m[1], format: 'linux', parts: [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])] }
  m = LINUX_OLD.exec(v)
  if (m && validDate(m[2], m[3], m[4])) return { prefix: m[1], format: 'linux', parts: [Number(m[2]), Number(m[3]), Number(m[4]), 0] }
  return undefined
}

function validDate(year: string, month: string, day: string): boolean {
  const y = Number(year)
  const mo = Number(month)
  const d = Number(day)
  return y >= 2000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31
}

/**
 * Orders two node images of the same OS and SKU prefix (compared
 * case-insensitively). Images of different prefixes are different images,
 * not older or newer ones: `undefined`.
 */
export function compareNodeImages(a: string, b: string): number | undefined {
  const va = parseNodeImage(a)
  const vb = parseNodeImage(b)
  if (!va || !vb) return undefined
  if (va.prefix.toLowerCase() !== vb.prefix.toLowerCase() || va.format !== vb.format) return undefined
  for (let i = 0; i < va.parts.length; i++) {
    const d = va.parts[i] - vb.parts[i]
    if (d !== 0) return Math.sign(d)
  }
  return 0
}
