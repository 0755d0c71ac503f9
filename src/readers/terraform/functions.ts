/**
 * The Terraform functions that appear around pool settings. Each takes
 * evaluated arguments; an unknown argument makes the result unknown unless the
 * function can do without it (`coalesce` stops at the first known non-empty
 * value, `lookup` of a known key). `try` and `can` are in the evaluator, as
 * they need their arguments unevaluated.
 */
import {
  EvalError,
  PartialString,
  Unknown,
  equal,
  firstUnknown,
  fromJson,
  has,
  isObj,
  obj,
  templateText,
  toJson,
  typeName,
  type Obj,
  type Val
} from './values.js'

type Fn = (args: Val[]) => Val

const need = (name: string, args: Val[], n: number): void => {
  if (args.length < n) throw new EvalError(`${name}() needs ${n} argument${n > 1 ? 's' : ''}`)
}

function str(name: string, v: Val): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  throw new EvalError(`${name}() expects a string, not ${typeName(v)}`)
}

function list(name: string, v: Val): Val[] {
  if (Array.isArray(v)) return v
  if (isObj(v)) return Object.values(v)
  throw new EvalError(`${name}() expects a list, not ${typeName(v)}`)
}

function num(name: string, v: Val): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  throw new EvalError(`${name}() expects a number, not ${typeName(v)}`)
}

/** Unknown when any argument is unknown at the top level (strings with unknown parts too, for functions that need the whole text). */
function strict(name: string, fn: Fn, allowPartial = false): Fn {
  return (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return a
      if (a instanceof PartialString && !allowPartial) return new Unknown(`${name}() of a partly unknown value`)
    }
    return fn(args)
  }
}

/** Applies a text function to a string whose unknown parts stay unknown parts. */
function textFn(name: string, f: (s: string) => string): Fn {
  return strict(
    name,
    (args) => {
      need(name, args, 1)
      const a = args[0]
      if (a instanceof PartialString) return new PartialString(f(a.text))
      return f(str(name, a))
    },
    true
  )
}

function format(args: Val[]): Val {
  need('format', args, 1)
  const spec = args[0]
  if (spec instanceof Unknown) return spec
  if (typeof spec !== 'string') return new Unknown('format() with a computed format')
  let i = 1
  let partial = false
  const text = spec.replace(/%(%|([-+# 0]*)(\d*)(?:\.\d+)?([vsdqtfbeEgGxXo]))/g, (m, all: string, flags = '', width = '', verb = '') => {
    if (all === '%') return '%'
    const v = args[i++]
    if (v === undefined) throw new EvalError('format() has too few arguments')
    let out: string
    if (verb === 'd' && typeof v === 'number') out = String(Math.trunc(v))
    else if (verb === 'q' && typeof v === 'string') out = JSON.stringify(v)
    else {
      const t = templateText(v)
      if (!t) return JSON.stringify(toJson(v)) ?? m
      partial ||= t.partial
      out = t.text
    }
    const w = Number(width || 0)
    if (out.length >= w) return out
    if (flags.includes('-')) return out.padEnd(w)
    return flags.includes('0') && verb === 'd'
      ? out.startsWith('-')
        ? '-' + out.slice(1).padStart(w - 1, '0')
        : out.padStart(w, '0')
      : out.padStart(w)
  })
  return partial ? new PartialString(text) : text
}

function merge(args: Val[]): Val {
  const out: [string, Val][] = []
  for (const a of args) {
    if (a === null) continue
    if (a instanceof Unknown) return a
    if (!isObj(a)) throw new EvalError(`merge() expects maps or objects, not ${typeName(a)}`)
    for (const [k, v] of Object.entries(a)) {
      const at = out.findIndex(([key]) => key === k)
      if (at >= 0) out.splice(at, 1)
      out.push([k, v])
    }
  }
  return obj(out)
}

function lookup(args: Val[]): Val {
  need('lookup', args, 2)
  const [map, key, fallback] = args
  if (map instanceof Unknown) return map
  if (key instanceof Unknown) return key
  if (!isObj(map)) throw new EvalError(`lookup() expects a map, not ${typeName(map)}`)
  const k = str('lookup', key)
  if (has(map, k)) return map[k]
  if (args.length > 2) return fallback
  throw new EvalError(`lookup() found no key "${k}"`)
}

function coalesce(args: Val[]): Val {
  for (const a of args) {
    if (a instanceof Unknown || a instanceof PartialString) return a
    if (a === null || a === '') continue
    return a
  }
  throw new EvalError('coalesce() found no non-null, non-empty argument')
}

function coalescelist(args: Val[]): Val {
  for (const a of args) {
    if (a instanceof Unknown) return a
    if (Array.isArray(a) && a.length > 0) return a
  }
  return []
}

function element(args: Val[]): Val {
  need('element', args, 2)
  const l = list('element', args[0])
  if (l.length === 0) throw new EvalError('element() of an empty list')
  const i = num('element', args[1])
  return l[((i % l.length) + l.length) % l.length]
}

function contains(args: Val[]): Val {
  need('contains', args, 2)
  const l = list('contains', args[0])
  let result: boolean | Unknown = false
  for (const x of l) {
    const e = equal(x, args[1])
    if (e === true) return true
    if (e === undefined) result = new Unknown('contains() with unknown elements')
  }
  return result
}

function length(args: Val[]): Val {
  need('length', args, 1)
  const v = args[0]
  if (typeof v === 'string') return [...v].length
  if (Array.isArray(v)) return v.length
  if (isObj(v)) return Object.keys(v).length
  throw new EvalError(`length() of ${typeName(v)}`)
}

function flatten(v: Val[], depth = 0): Val[] {
  const out: Val[] = []
  for (const x of v) {
    if (Array.isArray(x) && depth < 50) out.push(...flatten(x, depth + 1))
    else out.push(x)
  }
  return out
}

function distinct(v: Val[]): Val[] {
  const out: Val[] = []
  for (const x of v) if (!out.some((y) => equal(x, y) === true)) out.push(x)
  return out
}

function tostring(args: Val[]): Val {
  need('tostring', args, 1)
  const v = args[0]
  if (v === null || typeof v === 'string' || v instanceof PartialString) return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  throw new EvalError(`tostring() of ${typeName(v)}`)
}

function jsonencode(args: Val[]): Val {
  need('jsonencode', args, 1)
  const u = firstUnknown(args[0])
  if (u) return u
  const j = toJson(args[0])
  return j === undefined ? new Unknown('jsonencode() of a partly unknown value') : JSON.stringify(j)
}

function jsondecode(args: Val[]): Val {
  need('jsondecode', args, 1)
  try {
    return fromJson(JSON.parse(str('jsondecode', args[0])))
  } catch (e) {
    if (e instanceof EvalError) throw e
    throw new EvalError('jsondecode() of text that is not JSON')
  }
}

function keysOf(args: Val[]): Val {
  need('keys', args, 1)
  const m = args[0]
  if (!isObj(m)) throw new EvalError(`keys() of ${typeName(m)}`)
  return Object.keys(m).sort()
}

function valuesOf(args: Val[]): Val {
  need('values', args, 1)
  const m = args[0]
  if (!isObj(m)) throw new EvalError(`values() of ${typeName(m)}`)
  return Object.keys(m)
    .sort()
    .map((k) => m[k])
}

function zipmap(args: Val[]): Val {
  need('zipmap', args, 2)
  const k = list('zipmap', args[0])
  const v = list('zipmap', args[1])
  return obj(k.map((key, i) => [str('zipmap', key), v[i] ?? null]))
}

function one(args: Val[]): Val {
  need('one', args, 1)
  const l = list('one', args[0])
  if (l.length > 1) throw new EvalError('one() of a list with more than one element')
  return l.length ? l[0] : null
}

function toMap(args: Val[]): Val {
  need('tomap', args, 1)
  if (!isObj(args[0]) && args[0] !== null) throw new EvalError(`tomap() of ${typeName(args[0])}`)
  return args[0]
}

/** RE2 patterns as JavaScript ones: named groups `(?P<n>`, leading inline flags `(?i)`. */
function re2(pattern: string, global: boolean): RegExp {
  let flags = global ? 'g' : ''
  const m = /^\(\?([ims]+)\)/.exec(pattern)
  if (m) {
    flags += m[1]
    pattern = pattern.slice(m[0].length)
  }
  try {
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags)
  } catch {
    throw new EvalError('regex() with a pattern this reader cannot run')
  }
}

function matchValue(m: RegExpExecArray): Val {
  if (m.groups) return obj(Object.entries(m.groups).map(([k, v]) => [k, v ?? null]))
  if (m.length > 1) return m.slice(1).map((v) => v ?? null)
  return m[0]
}

const FUNCTIONS: Record<string, Fn> = {
  regex: strict('regex', (args) => {
    need('regex', args, 2)
    const m = re2(str('regex', args[0]), false).exec(str('regex', args[1]))
    if (!m) throw new EvalError('regex() found no match')
    return matchValue(m)
  }),
  regexall: strict('regexall', (args) => {
    need('regexall', args, 2)
    return [...str('regexall', args[1]).matchAll(re2(str('regexall', args[0]), true))].map((m) => matchValue(m))
  }),
  reverse: strict('reverse', (args) => [...list('reverse', args[0] ?? [])].reverse(), true),
  setunion: strict('setunion', (args) => distinct(args.flatMap((a) => list('setunion', a))), true),
  lookup: strict('lookup', lookup, true),
  coalesce,
  coalescelist,
  merge,
  format,
  lower: textFn('lower', (s) => s.toLowerCase()),
  upper: textFn('upper', (s) => s.toUpperCase()),
  title: textFn('title', (s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: textFn('trimspace', (s) => s.trim()),
  concat: strict('concat', (args) => args.flatMap((a) => list('concat', a)), true),
  tostring: strict('tostring', tostring, true),
  tonumber: strict('tonumber', (args) => (args[0] === null ? null : num('tonumber', args[0]))),
  tobool: strict('tobool', (args) => {
    const v = args[0]
    if (v === null || typeof v === 'boolean') return v
    if (v === 'true' || v === 'false') return v === 'true'
    throw new EvalError(`tobool() of ${typeName(v)}`)
  }),
  tolist: strict('tolist', (args) => (args[0] === null ? null : list('tolist', args[0])), true),
  toset: strict('toset', (args) => (args[0] === null ? null : distinct(list('toset', args[0]))), true),
  tomap: strict('tomap', toMap, true),
  jsonencode,
  jsondecode: strict('jsondecode', jsondecode),
  element: strict('element', element, true),
  contains: strict('contains', contains, true),
  length: strict('length', length, true),
  keys: strict('keys', keysOf, true),
  values: strict('values', valuesOf, true),
  flatten: strict('flatten', (args) => flatten(list('flatten', args[0] ?? []))),
  distinct: strict('distinct', (args) => distinct(list('distinct', args[0] ?? [])), true),
  compact: strict('compact', (args) => list('compact', args[0] ?? []).filter((x) => x !== null && x !== '')),
  zipmap: strict('zipmap', zipmap, true),
  one: strict('one', one, true),
  join: strict('join', (args) =>
    list('join', args[1] ?? [])
      .map((x) => str('join', x))
      .join(str('join', args[0]))
  ),
  split: strict('split', (args) => str('split', args[1]).split(str('split', args[0]))),
  replace: strict('replace', (args) => {
    need('replace', args, 3)
    const [s, find, rep] = args.map((a) => str('replace', a))
    const re = /^\/(.*)\/$/.exec(find)
    if (re) {
      try {
        return s.replace(new RegExp(re[1], 'g'), rep.replace(/\$\{(\w+)\}/g, '$<$1>'))
      } catch {
        throw new EvalError('replace() with an invalid pattern')
      }
    }
    return s.split(find).join(rep)
  }),
  substr: strict('substr', (args) => {
    const s = [...str('substr', args[0])]
    const off = num('substr', args[1])
    const len = num('substr', args[2])
    const start = off < 0 ? s.length + off : off
    return s.slice(start, len < 0 ? undefined : start + len).join('')
  }),
  trimprefix: strict('trimprefix', (args) => {
    const [s, p] = [str('trimprefix', args[0]), str('trimprefix', args[1])]
    return s.startsWith(p) ? s.slice(p.length) : s
  }),
  trimsuffix: strict('trimsuffix', (args) => {
    const [s, p] = [str('trimsuffix', args[0]), str('trimsuffix', args[1])]
    return p && s.endsWith(p) ? s.slice(0, -p.length) : s
  }),
  startswith: strict('startswith', (args) => str('startswith', args[0]).startsWith(str('startswith', args[1]))),
  endswith: strict('endswith', (args) => str('endswith', args[0]).endsWith(str('endswith', args[1]))),
  max: strict('max', (args) => Math.max(...args.map((a) => num('max', a)))),
  min: strict('min', (args) => Math.min(...args.map((a) => num('min', a)))),
  abs: strict('abs', (args) => Math.abs(num('abs', args[0]))),
  ceil: strict('ceil', (args) => Math.ceil(num('ceil', args[0]))),
  floor: strict('floor', (args) => Math.floor(num('floor', args[0]))),
  range: strict('range', (args) => {
    const n = args.map((a) => num('range', a))
    const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1]
    const out: number[] = []
    if (step === 0) throw new EvalError('range() with a step of 0')
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i)
      if (out.length > 1024) throw new EvalError('range() too long')
    }
    return out
  }),
  sensitive: (args) => args[0] ?? null,
  nonsensitive: (args) => args[0] ?? null
}

/** Calls a function by name; unknown functions (file(), templatefile(), provider functions...) give an unknown value. */
export function callFunction(name: string, args: Val[]): Val {
  const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
  if (!fn) return new Unknown(`${name}() is not evaluated`)
  return fn(args)
}

export type { Obj }
