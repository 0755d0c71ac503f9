/**
 * Terraform values as the evaluator sees them: JSON-like values, plus
 * `Unknown` (with the reason) and `PartialString` (a string with unknown
 * parts written as UNKNOWN_PART, such as an id whose subscription is not in
 * the configuration). `Lazy` is a namespace (`var`, `local`, a resource type)
 * whose members are computed on access.
 */
import { UNKNOWN_PART } from '../../model.js'

export class Unknown {
  constructor(readonly reason: string) {}
}

export class PartialString {
  constructor(readonly text: string) {}
}

export class Lazy {
  constructor(
    readonly what: string,
    readonly member: (name: string) => Val | undefined
  ) {}
}

export type Obj = { [key: string]: Val }
export type Val = null | boolean | number | string | PartialString | Unknown | Lazy | Val[] | Obj

/** An evaluation error (a missing attribute, a bad index, a wrong type): `try()` catches it; elsewhere the value becomes unknown. */
export class EvalError extends Error {}

export function isObj(v: Val): v is Obj {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Unknown) &&
    !(v instanceof PartialString) &&
    !(v instanceof Lazy)
  )
}

export function isUnknown(v: Val): v is Unknown {
  return v instanceof Unknown
}

export function obj(entries: [string, Val][]): Obj {
  const o: Obj = {}
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  return o
}

export function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key)
}

/** The first unknown inside a value (deeply), if any. */
export function firstUnknown(v: Val, depth = 0): Unknown | undefined {
  if (v instanceof Unknown) return v
  if (depth > 50) return undefined
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x, depth + 1)
      if (u) return u
    }
  } else if (isObj(v)) {
    for (const x of Object.values(v)) {
      const u = firstUnknown(x, depth + 1)
      if (u) return u
    }
  }
  return undefined
}

/** A value as a string for templates: unknown parts become UNKNOWN_PART; undefined for values that are not strings in HCL. */
export function templateText(v: Val): { text: string; partial: boolean } | undefined {
  if (typeof v === 'string') return { text: v, partial: false }
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v), partial: false }
  if (v instanceof PartialString) return { text: v.text, partial: true }
  if (v instanceof Unknown) return { text: UNKNOWN_PART, partial: true }
  return undefined
}

export function typeName(v: Val): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'list'
  if (v instanceof Unknown) return 'unknown'
  if (v instanceof PartialString) return 'string'
  if (v instanceof Lazy) return v.what
  if (typeof v === 'object') return 'object'
  return typeof v
}

/** Deep equality of known values; undefined when either side has unknown parts. */
export function equal(a: Val, b: Val): boolean | undefined {
  if (a instanceof Unknown || b instanceof Unknown || a instanceof PartialString || b instanceof PartialString) return undefined
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    let result: boolean | undefined = true
    for (let i = 0; i < a.length; i++) {
      const e = equal(a[i], b[i])
      if (e === false) return false
      if (e === undefined) result = undefined
    }
    return result
  }
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    if (ka.join('\u0000') !== kb.join('\u0000')) return false
    let result: boolean | undefined = true
    for (const k of ka) {
      const e = equal(a[k], b[k])
      if (e === false) return false
      if (e === undefined) result = undefined
    }
    return result
  }
  if (typeof a === 'number' && typeof b === 'string') return String(a) === b
  if (typeof a === 'string' && typeof b === 'number') return a === String(b)
  return a === b
}

/** A known value to plain JSON (for jsonencode); undefined when it has unknown parts. */
export function toJson(v: Val): unknown {
  if (v instanceof Unknown || v instanceof PartialString || v instanceof Lazy) return undefined
  if (Array.isArray(v)) {
    const out: unknown[] = []
    for (const x of v) {
      const j = toJson(x)
      if (j === undefined) return undefined
      out.push(j)
    }
    return out
  }
  if (isObj(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) {
      const j = toJson(x)
      if (j === undefined) return undefined
      Object.defineProperty(out, k, { value: j, enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return v
}

/** Plain JSON (jsondecode, plan JSON, tfvars.json) to a value. */
export function fromJson(j: unknown, depth = 0): Val {
  if (depth > 100) return new Unknown('value nested too deeply')
  if (j === null || typeof j === 'string' || typeof j === 'number' || typeof j === 'boolean') return j
  if (Array.isArray(j)) return j.map((x) => fromJson(x, depth + 1))
  if (typeof j === 'object') return obj(Object.entries(j as Record<string, unknown>).map(([k, x]) => [k, fromJson(x, depth + 1)]))
  return null
}
