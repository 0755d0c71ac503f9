import { UNKNOWN_PART } from '../../model.js'

/**
 * A template value while evaluating: JSON, or unknown (with the reason), or a
 * string with unknown parts. Unknowns may sit anywhere inside arrays and objects.
 */
export type RV = null | boolean | number | string | RV[] | RObject | Unk | PStr
export interface RObject {
  [key: string]: RV
}

export class Unk {
  constructor(readonly reason: string) {}
}

/** A string with unknown parts written as UNKNOWN_PART. */
export class PStr {
  constructor(
    readonly text: string,
    readonly reason: string
  ) {}
}

export function isObject(v: RV): v is RObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unk) && !(v instanceof PStr)
}

export function isUnknown(v: RV): v is Unk | PStr {
  return v instanceof Unk || v instanceof PStr
}

/** Property lookup, case-insensitive as ARM is. */
export function getProperty(obj: RObject, name: string): RV | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name]
  const lower = name.toLowerCase()
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) return obj[key]
  return undefined
}

/** Text of a value inside a string being built: unknown parts become UNKNOWN_PART. */
export function textPart(v: RV): { text: string; unknownReason?: string } {
  if (v instanceof Unk) return { text: UNKNOWN_PART, unknownReason: v.reason }
  if (v instanceof PStr) return { text: v.text, unknownReason: v.reason }
  if (typeof v === 'string') return { text: v }
  if (v === null) return { text: '' }
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) }
  const inner = firstUnknown(v)
  if (inner) return { text: UNKNOWN_PART, unknownReason: inner.reason }
  return { text: JSON.stringify(v) }
}

/** Joins parts into a string, partial when some part is unknown; wholly unknown when nothing is known. */
export function joinParts(parts: RV[]): RV {
  let text = ''
  let reason: string | undefined
  for (const part of parts) {
    const t = textPart(part)
    text += t.text
    reason ??= t.unknownReason
  }
  if (reason === undefined) return text
  if (text.split(UNKNOWN_PART).join('') === '') return new Unk(reason)
  return new PStr(text, reason)
}

/** The first unknown inside a value, searched breadth-first would be nicer but depth is bounded by parsing. */
export function firstUnknown(v: RV): Unk | PStr | undefined {
  if (v instanceof Unk || v instanceof PStr) return v
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = firstUnknown(item)
      if (u) return u
    }
  } else if (isObject(v)) {
    for (const key of Object.keys(v)) {
      const u = firstUnknown(v[key])
      if (u) return u
    }
  }
  return undefined
}

/** Deep equality as `equals()` has it; undefined when unknown parts make it undecidable. */
export function deepEqual(a: RV, b: RV): boolean | undefined {
  if (isUnknown(a) || isUnknown(b)) return undefined
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    let result: boolean | undefined = true
    for (let i = 0; i < a.length; i++) {
      const e = deepEqual(a[i], b[i])
      if (e === false) return false
      if (e === undefined) result = undefined
    }
    return result
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    let result: boolean | undefined = true
    for (const key of keys) {
      const other = getProperty(b, key)
      if (other === undefined) return false
      const e = deepEqual(a[key], other)
      if (e === false) return false
      if (e === undefined) result = undefined
    }
    return result
  }
  return a === b
}

/** Plain JSON (a parameters file value) as a template value. */
export function fromJson(v: unknown): RV {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (Array.isArray(v)) return v.map(fromJson)
  if (typeof v === 'object') {
    const out: RObject = {}
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x)
    return out
  }
  return new Unk('unsupported value')
}
