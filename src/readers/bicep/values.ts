/**
 * Values the Bicep evaluator computes. Unknown is a value with a reason,
 * never an exception. Object entries and array items keep the span of the
 * expression that wrote them, so a declaration can point at the place in
 * the resource that states a property (declarations.ts moves spans written
 * outside the resource to the place in it that uses them).
 */
import { UNKNOWN_PART, type Span } from '../../model.js'
import type * as A from './ast.js'

/** Values built by doubling (`'${a}${a}'`, `concat(a, a)`) in a chain stop growing here, as unknown. */
export const MAX_STRING = 1 << 20
export const MAX_ITEMS = 100_000

export interface Slot {
  value: Val
  span?: Span
}

export interface Entry extends Slot {
  /** The key as written (lookups are case-insensitive, as in ARM). */
  key: string
}

export type Val =
  | { t: 'string'; v: string; partial?: boolean }
  | { t: 'int'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 'array'; items: Slot[] }
  /** `open`: other properties may exist, unknown before deployment (a spread or `union()` of an unknown object). */
  | { t: 'object'; props: Map<string, Entry>; open?: string }
  | { t: 'unknown'; reason: string }
  | { t: 'resource'; ref: ResourceRef }
  | { t: 'module'; name: string }
  /** `scope` and `evaluation` belong to the evaluator: a function imported from another file runs in that file. */
  | { t: 'lambda'; node: A.Lambda; scope: unknown; evaluation?: unknown }

/** What a symbolic resource reference needs to answer `.id`, `.name`, `.properties...`. */
export interface ResourceRef {
  symbol: string
  /** Full type without API version, e.g. `Microsoft.ContainerService/managedClusters/agentPools`. */
  type: string
  existing: boolean
  body(): Val
  id(): Val
}

export const str = (v: string, partial?: boolean): Val => (partial ? { t: 'string', v, partial: true } : { t: 'string', v })
export const int = (v: number): Val => ({ t: 'int', v })
export const bool = (v: boolean): Val => ({ t: 'bool', v })
export const NULL: Val = { t: 'null' }
export const unknownVal = (reason: string): Val => ({ t: 'unknown', reason })

export function objectOf(entries: [string, Val][]): Val {
  const props = new Map<string, Entry>()
  for (const [key, value] of entries) props.set(key.toLowerCase(), { key, value })
  return { t: 'object', props }
}

export function arrayOf(values: Val[]): Val {
  return { t: 'array', items: values.map((value) => ({ value })) }
}

export function get(obj: Val, key: string): Entry | undefined {
  if (obj.t !== 'object') return undefined
  const e = obj.props.get(key.toLowerCase())
  if (e || !obj.open) return e
  // absent from what we know of an open object: unknown, not absent
  return { key, value: unknownVal(obj.open) }
}

/** A string with unknown parts when any piece is unknown; unknown when nothing is known. */
export function joinPieces(pieces: Val[], reasonIfNone: string): Val {
  let out = ''
  let partial = false
  let knownChars = 0
  for (const p of pieces) {
    const s = toText(p)
    if (s === undefined) {
      out += UNKNOWN_PART
      partial = true
      continue
    }
    if (p.t === 'string' && p.partial) partial = true
    out += s
    knownChars += s.length
  }
  if (partial && knownChars === 0) return unknownVal(reasonIfNone)
  if (out.length > MAX_STRING) return unknownVal('a string too long to evaluate')
  return str(out, partial)
}

/** The text of a value inside a string (`'${x}'`): strings, numbers, booleans; objects as JSON. */
export function toText(v: Val): string | undefined {
  switch (v.t) {
    case 'string':
      return v.v
    case 'int':
      return String(v.v)
    case 'bool':
      return String(v.v)
    case 'null':
      return ''
    case 'array':
    case 'object': {
      const j = toJson(v)
      return j === undefined ? undefined : JSON.stringify(j)
    }
    default:
      return undefined
  }
}

/** A plain JSON value, or undefined when any part is unknown. */
export function toJson(v: Val): unknown {
  switch (v.t) {
    case 'string':
      return v.partial ? undefined : v.v
    case 'int':
    case 'bool':
      return v.v
    case 'null':
      return null
    case 'array': {
      const out: unknown[] = []
      for (const s of v.items) {
        const j = toJson(s.value)
        if (j === undefined) return undefined
        out.push(j)
      }
      return out
    }
    case 'object': {
      if (v.open) return undefined
      const out: Record<string, unknown> = {}
      for (const e of v.props.values()) {
        const j = toJson(e.value)
        if (j === undefined) return undefined
        out[e.key] = j
      }
      return out
    }
    default:
      return undefined
  }
}

export function fromJson(j: unknown): Val {
  if (j === null || j === undefined) return NULL
  if (typeof j === 'string') return str(j)
  if (typeof j === 'number') return int(j)
  if (typeof j === 'boolean') return bool(j)
  if (Array.isArray(j)) return arrayOf(j.map(fromJson))
  if (typeof j === 'object') return objectOf(Object.entries(j as Record<string, unknown>).map(([k, x]) => [k, fromJson(x)]))
  return unknownVal('unsupported value')
}

/** Deep equality: true/false when both sides are known, undefined otherwise. */
export function equals(a: Val, b: Val, ignoreCase = false): boolean | undefined {
  if (a.t === 'unknown' || b.t === 'unknown') return undefined
  if (a.t === 'string' && b.t === 'string') {
    if (a.partial || b.partial) return undefined
    return ignoreCase ? a.v.toLowerCase() === b.v.toLowerCase() : a.v === b.v
  }
  const ja = toJson(a)
  const jb = toJson(b)
  if (ja === undefined || jb === undefined) return undefined
  return JSON.stringify(ja) === JSON.stringify(jb)
}

export function describeType(v: Val): string {
  return v.t
}
