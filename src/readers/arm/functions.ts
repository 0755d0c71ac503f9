import { UNKNOWN_PART } from '../../model.js'
import type { Expr } from './expression.js'
import type { Scope } from './evaluate.js'
import { index } from './evaluate.js'
import { deepEqual, firstUnknown, getProperty, isObject, isUnknown, joinParts, PStr, Unk, type RObject, type RV } from './values.js'

/**
 * The template functions that matter for node pools and snapshots. Anything
 * else, and anything given unknown arguments, is unknown with the reason:
 * a function never throws.
 */
export function callFunction(name: string, args: Expr[], scope: Scope): RV {
  const lower = name.toLowerCase()
  if (DEPLOYMENT_ONLY.has(lower)) return new Unk(`${name}() is only known at deployment`)
  const lazyFn = LAZY[lower]
  const fn = EAGER[lower]
  if (!lazyFn && !fn)
    return new Unk(lower.includes('.') ? `user-defined function ${name}() is not evaluated` : `function ${name}() is not evaluated`)
  try {
    const result = lazyFn
      ? lazyFn(args, scope)
      : fn(
          args.map((arg) => scope.evaluateExpr(arg)),
          scope
        )
    return !PASS_THROUGH.has(lower) && tooLarge(result) ? new Unk(`${name}() gives a value too large to evaluate`) : result
  } catch (error) {
    // a wrong argument (the deployment would fail too): unknown, never a crash
    if (error instanceof ArgumentError) return new Unk(`${name}(): ${error.message}`)
    // a string or array beyond what the engine can hold, from a template built to blow up
    if (error instanceof RangeError) return new Unk(`${name}() gives a value too large to evaluate`)
    throw error
  }
}

/** Functions that hand back a value built elsewhere (already checked): no need to measure it again. */
const PASS_THROUGH = new Set(['parameters', 'variables', 'lambdavariables', 'copyindex', 'if', 'coalesce', 'tryget', 'first', 'last'])

/** Templates can double a value in each variable; beyond these sizes evaluation stops, far above any real template. */
const MAX_NODES = 100_000
const MAX_TEXT = 4_000_000

/** Counts nodes and text (shared subtrees counted each time, as serialising them would) until a limit is passed. */
function tooLarge(value: RV): boolean {
  if (typeof value === 'string') return value.length > MAX_TEXT
  if (value === null || typeof value !== 'object' || value instanceof Unk) return false
  let nodes = 0
  let text = 0
  const stack: RV[] = [value]
  while (stack.length) {
    const v = stack.pop()!
    if (++nodes > MAX_NODES) return true
    if (typeof v === 'string') text += v.length
    else if (v instanceof PStr) text += v.text.length
    else if (Array.isArray(v)) stack.push(...v)
    else if (isObject(v)) for (const key of Object.keys(v)) stack.push(v[key])
    if (text > MAX_TEXT) return true
  }
  return false
}

class ArgumentError extends Error {}

type Eager = (args: RV[], scope: Scope) => RV
type Lazy = (args: Expr[], scope: Scope) => RV

const DEPLOYMENT_ONLY = new Set([
  'reference',
  'listkeys',
  'listsecrets',
  'listaccountsas',
  'listservicesas',
  'listcredentials',
  'list',
  'uniquestring',
  'guid',
  'newguid',
  'utcnow',
  'deployment',
  'environment',
  'managementgroup',
  'tenant',
  'deployer',
  'pickzones',
  'providers',
  'resourceinfo'
])

/** Functions whose arguments are evaluated only as needed (ARM evaluates `if` branches lazily). */
const LAZY: Record<string, Lazy> = {
  if(args, scope) {
    if (args.length !== 3) return new Unk('if() takes 3 arguments')
    const condition = scope.evaluateExpr(args[0])
    if (typeof condition === 'boolean') return scope.evaluateExpr(condition ? args[1] : args[2])
    if (isUnknown(condition)) {
      const a = scope.evaluateExpr(args[1])
      const b = scope.evaluateExpr(args[2])
      return deepEqual(a, b) === true ? a : new Unk(condition.reason)
    }
    return new Unk('if() condition is not a boolean')
  },
  and(args, scope) {
    return logical(args, scope, false)
  },
  or(args, scope) {
    return logical(args, scope, true)
  },
  coalesce(args, scope) {
    for (const arg of args) {
      const value = scope.evaluateExpr(arg)
      if (value instanceof Unk) return value
      if (value instanceof PStr) return new Unk(value.reason)
      if (value !== null) return value
    }
    return null
  },
  parameters(args, scope) {
    const name = scope.evaluateExpr(args[0])
    return typeof name === 'string' ? scope.parameter(name) : new Unk('parameters() with a name that is not known')
  },
  variables(args, scope) {
    const name = scope.evaluateExpr(args[0])
    return typeof name === 'string' ? scope.variable(name) : new Unk('variables() with a name that is not known')
  },
  copyindex(args, scope) {
    const values = args.map((arg) => scope.evaluateExpr(arg))
    let loop: string | undefined
    let offset = 0
    for (const value of values) {
      if (typeof value === 'string') loop = value
      else if (typeof value === 'number') offset = value
      else return new Unk('copyIndex() with arguments that are not known')
    }
    const i = scope.copyIndex(loop)
    return typeof i === 'number' ? i + offset : i
  },
  resourcegroup(_args, scope) {
    const d = scope.deployment
    return {
      id: joinParts(['/subscriptions/', d.subscriptionId, '/resourceGroups/', d.resourceGroupName]),
      name: d.resourceGroupName,
      type: 'Microsoft.Resources/resourceGroups',
      location: d.resourceGroupLocation,
      properties: new Unk('resource group properties are only known at deployment'),
      tags: new Unk('resource group tags are only known at deployment')
    }
  },
  subscription(_args, scope) {
    const d = scope.deployment
    return {
      id: joinParts(['/subscriptions/', d.subscriptionId]),
      subscriptionId: d.subscriptionId,
      tenantId: new Unk('the tenant is only known at deployment'),
      displayName: new Unk('the subscription name is only known at deployment')
    }
  },
  resourceid(args, scope) {
    return resourceIdFunction(
      args.map((a) => scope.evaluateExpr(a)),
      scope,
      'resourceGroup'
    )
  },
  subscriptionresourceid(args, scope) {
    return resourceIdFunction(
      args.map((a) => scope.evaluateExpr(a)),
      scope,
      'subscription'
    )
  },
  tenantresourceid(args, scope) {
    return resourceIdFunction(
      args.map((a) => scope.evaluateExpr(a)),
      scope,
      'tenant'
    )
  },
  lambdavariables(args, scope) {
    const name = scope.evaluateExpr(args[0])
    return typeof name === 'string' ? scope.lambdaVariable(name) : new Unk('lambdaVariables() with a name that is not known')
  },
  map(args, scope) {
    return overArray(args, scope, 'map', (items, apply) => items.map((item, i) => apply(item, i)))
  },
  filter(args, scope) {
    return overArray(args, scope, 'filter', (items, apply) => {
      const out: RV[] = []
      for (let i = 0; i < items.length; i++) {
        const keep = apply(items[i], i)
        if (keep === true) out.push(items[i])
        else if (keep !== false) return keep instanceof Unk ? keep : new Unk('filter() condition is not a known boolean')
      }
      return out
    })
  },
  toobject(args, scope) {
    const items = scope.evaluateExpr(args[0])
    if (!Array.isArray(items)) return items instanceof Unk ? items : new Unk('toObject() of a value that is not a known array')
    const keyOf = lambdaOf(args[1], scope)
    const valueOf = args[2] ? lambdaOf(args[2], scope) : (item: RV) => item
    if (!keyOf || !valueOf) return new Unk('toObject() without a lambda')
    const out: RObject = {}
    for (const item of items) {
      const key = keyOf(item, 0)
      if (typeof key !== 'string') return new Unk('toObject() key is not a known string')
      out[key] = valueOf(item, 0)
    }
    return out
  },
  extensionresourceid(args, scope) {
    const values = args.map((a) => scope.evaluateExpr(a))
    if (values.length < 3) return new Unk('extensionResourceId() takes a resource id, a type and names')
    const tail = providerPath(values[1], values.slice(2))
    return tail instanceof Unk ? tail : joinParts([values[0], tail])
  }
}

type Apply = (item: RV, index: number) => RV

/** A `lambda('x', ['i',] body)` argument as a function of its parameters. */
function lambdaOf(expr: Expr | undefined, scope: Scope): Apply | undefined {
  if (!expr || expr.kind !== 'call' || expr.name.toLowerCase() !== 'lambda' || expr.args.length < 2) return undefined
  const names = expr.args.slice(0, -1).map((a) => (a.kind === 'literal' && typeof a.value === 'string' ? a.value : undefined))
  if (names.some((n) => n === undefined)) return undefined
  const body = expr.args[expr.args.length - 1]
  return (item, index) => {
    const values: RV[] = [item, index]
    return scope.withLambda(names.map((n, i) => [n as string, values[i] ?? null])).evaluateExpr(body)
  }
}

function overArray(args: Expr[], scope: Scope, name: string, run: (items: RV[], apply: Apply) => RV): RV {
  const items = scope.evaluateExpr(args[0])
  if (items instanceof Unk) return items
  if (!Array.isArray(items)) return new Unk(`${name}() of a value that is not a known array`)
  const apply = lambdaOf(args[1], scope)
  return apply ? run(items, apply) : new Unk(`${name}() without a lambda`)
}

function logical(args: Expr[], scope: Scope, stopOn: boolean): RV {
  let unknownSeen: Unk | undefined
  for (const arg of args) {
    const value = scope.evaluateExpr(arg)
    if (value === stopOn) return stopOn
    if (typeof value !== 'boolean') unknownSeen ??= value instanceof Unk ? value : new Unk('a logical argument is not a known boolean')
  }
  return unknownSeen ?? !stopOn
}

/**
 * `resourceId([subscriptionId], [resourceGroupName], type, names...)`: the
 * arguments before the type (the first argument with a `/`) are the
 * subscription and resource group. What the deployment does not know becomes
 * UNKNOWN_PART, so the id stays partially known.
 */
function resourceIdFunction(values: RV[], scope: Scope, level: 'resourceGroup' | 'subscription' | 'tenant'): RV {
  const typeAt = values.findIndex((v) => typeof v === 'string' && v.includes('/'))
  if (typeAt < 0) return new Unk('resourceId() with a resource type that is not known')
  const before = values.slice(0, typeAt)
  const tail = providerPath(values[typeAt], values.slice(typeAt + 1))
  if (tail instanceof Unk) return tail
  const d = scope.deployment
  if (level === 'tenant') return tail
  if (level === 'subscription') {
    if (before.length > 1) return new Unk('subscriptionResourceId() with too many arguments before the type')
    return joinParts(['/subscriptions/', before[0] ?? d.subscriptionId, tail])
  }
  if (before.length > 2) return new Unk('resourceId() with too many arguments before the type')
  const subscription = before.length === 2 ? before[0] : d.subscriptionId
  const group = before.length >= 1 ? before[before.length - 1] : d.resourceGroupName
  return joinParts(['/subscriptions/', subscription, '/resourceGroups/', group, tail])
}

/** `/providers/Namespace/type1/name1/type2/name2`, from a full type and its names. */
function providerPath(type: RV, names: RV[]): RV {
  if (typeof type !== 'string') return new Unk('resource type is not known')
  const [namespace, ...types] = type.split('/')
  // a name argument may itself hold several segments ('cluster/pool')
  const flat: RV[] = []
  for (const name of names) {
    if (typeof name === 'string') flat.push(...name.split('/'))
    else flat.push(name)
  }
  if (types.length === 0 || flat.length !== types.length) {
    return new Unk(`resourceId() for '${type}' needs ${types.length} name(s), got ${flat.length}`)
  }
  const parts: RV[] = ['/providers/', namespace]
  types.forEach((t, i) => parts.push('/', t, '/', flat[i]))
  return joinParts(parts)
}

// ---------- eager functions: arguments already evaluated ----------

function str(v: RV, what = 'argument'): string {
  if (typeof v !== 'string') throw new ArgumentError(`${what} is not a string`)
  return v
}
function num(v: RV, what = 'argument'): number {
  if (typeof v !== 'number') throw new ArgumentError(`${what} is not a number`)
  return v
}
function bool(v: RV): boolean {
  if (typeof v !== 'boolean') throw new ArgumentError('argument is not a boolean')
  return v
}
/** Returns the first unknown argument (whole or partial) so callers can pass it on. */
function unknownIn(values: RV[]): Unk | undefined {
  for (const v of values) {
    if (v instanceof Unk) return v
    if (v instanceof PStr) return new Unk(v.reason)
  }
  return undefined
}
/** Wraps a function that needs fully known top-level arguments. */
function strict(fn: Eager): Eager {
  return (args, scope) => unknownIn(args) ?? fn(args, scope)
}

function stringify(v: RV): RV {
  if (typeof v === 'string') return v
  if (v === null) return ''
  if (isUnknown(v)) return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  const inner = firstUnknown(v)
  return inner ? new Unk(inner.reason) : JSON.stringify(v)
}

/** .NET composite formatting as `format()` uses it: `{0}`, `{0,-5}`, `{0:N2}` (alignment and format ignored), `{{` and `}}`. */
function formatString(template: string, args: RV[]): RV {
  const parts: RV[] = []
  let i = 0
  let literal = ''
  while (i < template.length) {
    const c = template[i]
    if (c === '{' && template[i + 1] === '{') {
      literal += '{'
      i += 2
    } else if (c === '}' && template[i + 1] === '}') {
      literal += '}'
      i += 2
    } else if (c === '{') {
      const end = template.indexOf('}', i)
      const match = end < 0 ? null : /^(\d+)\s*(,\s*-?\d+)?\s*(:.*)?$/.exec(template.slice(i + 1, end))
      if (!match) throw new ArgumentError('malformed format string')
      const n = Number(match[1])
      if (n >= args.length) throw new ArgumentError(`format item {${n}} has no argument`)
      parts.push(literal)
      literal = ''
      const value = args[n]
      parts.push(typeof value === 'boolean' ? (value ? 'True' : 'False') : value)
      i = end + 1
    } else {
      literal += c
      i++
    }
  }
  parts.push(literal)
  return joinParts(parts)
}

function union(values: RV[]): RV {
  if (values.every(Array.isArray)) {
    const out: RV[] = []
    for (const array of values as RV[][]) for (const item of array) if (!out.some((o) => deepEqual(o, item) === true)) out.push(item)
    return out
  }
  if (values.every(isObject)) return (values as RObject[]).reduce((acc, obj) => mergeDeep(acc, obj), {} as RObject)
  throw new ArgumentError('arguments must be all arrays or all objects')
}

function mergeDeep(a: RObject, b: RObject): RObject {
  const out: RObject = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const existingKey = Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase())
    const existing = existingKey === undefined ? undefined : out[existingKey]
    if (existingKey !== undefined) delete out[existingKey]
    out[existingKey ?? key] = existing !== undefined && isObject(existing) && isObject(value) ? mergeDeep(existing, value) : value
  }
  return out
}

function contains(container: RV, item: RV): RV {
  if (typeof container === 'string') return container.includes(str(stringify(item) as RV))
  if (Array.isArray(container)) {
    let result: RV = false
    for (const element of container) {
      const e = deepEqual(element, item)
      if (e === true) return true
      if (e === undefined) result = new Unk('contains() over values that are not all known')
    }
    return result
  }
  if (isObject(container)) return getProperty(container, str(item)) !== undefined
  throw new ArgumentError('first argument cannot contain anything')
}

function length(v: RV): number {
  if (typeof v === 'string' || Array.isArray(v)) return v.length
  if (isObject(v)) return Object.keys(v).length
  throw new ArgumentError('argument has no length')
}

function toJson(text: string): RV {
  try {
    return JSON.parse(text) as RV
  } catch {
    throw new ArgumentError('not valid JSON')
  }
}

function mapString(fn: (s: string) => string): Eager {
  return ([v]) => {
    if (v instanceof PStr) return new PStr(fn(v.text).split(fn(UNKNOWN_PART)).join(UNKNOWN_PART), v.reason)
    if (v instanceof Unk) return v
    return fn(str(v))
  }
}

const EAGER: Record<string, Eager> = {
  concat(args) {
    if (args.some(Array.isArray)) {
      const unknown = unknownIn(args)
      if (unknown) return unknown
      return args.flatMap((a) => (Array.isArray(a) ? a : [a]))
    }
    return joinParts(args)
  },
  format(args) {
    const [template, ...rest] = args
    if (isUnknown(template)) return new Unk('format() with a format string that is not known')
    return formatString(str(template, 'format string'), rest)
  },
  string: ([v]) => stringify(v),
  tolower: mapString((s) => s.toLowerCase()),
  toupper: mapString((s) => s.toUpperCase()),
  trim: strict(([v]) => str(v).trim()),
  int: strict(([v]) => {
    if (typeof v === 'number') return Math.trunc(v)
    const n = Number.parseInt(str(v), 10)
    if (Number.isNaN(n)) throw new ArgumentError('not an integer')
    return n
  }),
  bool: strict(([v]) => {
    if (typeof v === 'boolean') return v
    if (typeof v === 'number') return v !== 0
    const s = str(v).toLowerCase()
    if (s === 'true' || s === 'false') return s === 'true'
    throw new ArgumentError('not a boolean')
  }),
  json: strict(([v]) => toJson(str(v))),
  null: () => null,
  true: () => true,
  false: () => false,
  not: strict(([v]) => !bool(v)),
  equals(args) {
    const e = deepEqual(args[0], args[1])
    return e === undefined ? (unknownIn(args) ?? firstUnknown(args) ?? new Unk('equals() over unknown values')) : e
  },
  empty: strict(([v]) => {
    if (v === null) return true
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0
    if (isObject(v)) return Object.keys(v).length === 0
    return false
  }),
  contains: strict(([c, item]) => contains(c, item)),
  length: strict(([v]) => length(v)),
  first: strict(([v]) => {
    if (typeof v === 'string') return v.slice(0, 1)
    if (Array.isArray(v)) return v.length ? v[0] : null
    throw new ArgumentError('not a string or an array')
  }),
  last: strict(([v]) => {
    if (typeof v === 'string') return v.slice(-1)
    if (Array.isArray(v)) return v.length ? v[v.length - 1] : null
    throw new ArgumentError('not a string or an array')
  }),
  split: strict(([v, delimiters]) => {
    const text = str(v)
    const list = Array.isArray(delimiters) ? delimiters.map((d) => str(d)) : [str(delimiters)]
    let parts = [text]
    for (const d of list) parts = parts.flatMap((p) => p.split(d))
    return parts
  }),
  replace: strict(([v, from, to]) => {
    const parts = str(v).split(str(from))
    if ((parts.length - 1) * str(to).length > MAX_TEXT) throw new RangeError('too long')
    return parts.join(str(to))
  }),
  substring: strict(([v, start, len]) => {
    const text = str(v)
    const s = num(start)
    const l = len === undefined ? text.length - s : num(len)
    if (s < 0 || l < 0 || s + l > text.length) throw new ArgumentError('out of range')
    return text.substr(s, l)
  }),
  startswith: strict(([v, p]) => str(v).toLowerCase().startsWith(str(p).toLowerCase())),
  endswith: strict(([v, p]) => str(v).toLowerCase().endsWith(str(p).toLowerCase())),
  indexof: strict(([v, p]) => str(v).toLowerCase().indexOf(str(p).toLowerCase())),
  lastindexof: strict(([v, p]) => str(v).toLowerCase().lastIndexOf(str(p).toLowerCase())),
  padleft: strict(([v, width, pad]) => {
    if (num(width) > MAX_TEXT) throw new RangeError('too long')
    return String(stringify(v)).padStart(num(width), pad === undefined ? ' ' : str(pad))
  }),
  join: strict(([v, d]) => {
    if (!Array.isArray(v)) throw new ArgumentError('not an array')
    const joined = joinParts(v.flatMap((item, i) => (i ? [str(d), item] : [item])))
    return joined
  }),
  take: strict(([v, n]) => (typeof v === 'string' ? v.slice(0, Math.max(0, num(n))) : arr(v).slice(0, Math.max(0, num(n))))),
  skip: strict(([v, n]) => (typeof v === 'string' ? v.slice(Math.max(0, num(n))) : arr(v).slice(Math.max(0, num(n))))),
  range: strict(([start, count]) => Array.from({ length: Math.min(Math.max(0, num(count)), 10000) }, (_, i) => num(start) + i)),
  createarray: (args) => args,
  array: ([v]) => (v instanceof Unk ? v : Array.isArray(v) ? v : [v]),
  createobject(args) {
    if (args.length % 2) throw new ArgumentError('needs key and value pairs')
    const out: RObject = {}
    for (let i = 0; i < args.length; i += 2) {
      const key = args[i]
      if (isUnknown(key)) return new Unk('createObject() with a key that is not known')
      out[str(key)] = args[i + 1]
    }
    return out
  },
  union: strict((args) => union(args)),
  intersection: strict((args) => {
    if (args.every(Array.isArray))
      return (args[0] as RV[]).filter((x) => (args as RV[][]).every((a) => a.some((y) => deepEqual(x, y) === true)))
    throw new ArgumentError('only arrays are supported')
  }),
  objectkeys: strict(([v]) => (isObject(v) ? Object.keys(v) : [])),
  items: strict(([v]) => {
    if (!isObject(v)) throw new ArgumentError('not an object')
    return Object.keys(v)
      .sort()
      .map((key) => ({ key, value: v[key] }))
  }),
  tryget(args) {
    let current: RV = args[0]
    for (const key of args.slice(1)) {
      if (current instanceof Unk) return current
      if (current instanceof PStr || isUnknown(key)) return new Unk('tryGet() over values that are not known')
      if (current === null) return null
      if (Array.isArray(current) && typeof key === 'number') current = key >= 0 && key < current.length ? current[key] : null
      else if (isObject(current) && typeof key === 'string') current = getProperty(current, key) ?? null
      else return null
    }
    return current
  },
  min: strict((args) => Math.min(...flatNumbers(args))),
  max: strict((args) => Math.max(...flatNumbers(args))),
  add: strict(([a, b]) => num(a) + num(b)),
  sub: strict(([a, b]) => num(a) - num(b)),
  mul: strict(([a, b]) => num(a) * num(b)),
  div: strict(([a, b]) => (num(b) === 0 ? new Unk('division by zero') : Math.trunc(num(a) / num(b)))),
  mod: strict(([a, b]) => (num(b) === 0 ? new Unk('division by zero') : num(a) % num(b))),
  less: strict(([a, b]) => compare(a, b) < 0),
  lessorequals: strict(([a, b]) => compare(a, b) <= 0),
  greater: strict(([a, b]) => compare(a, b) > 0),
  greaterorequals: strict(([a, b]) => compare(a, b) >= 0),
  base64: strict(([v]) => Buffer.from(str(v), 'utf8').toString('base64')),
  uri: strict(([base, relative]) => {
    try {
      return new URL(str(relative), str(base)).toString()
    } catch {
      throw new ArgumentError('not a valid URI')
    }
  }),
  indexfromend: strict(([v, n]) => index(v, arr(v).length - num(n)))
}

function arr(v: RV): RV[] {
  if (!Array.isArray(v)) throw new ArgumentError('not an array')
  return v
}
function flatNumbers(args: RV[]): number[] {
  return args.flatMap((a) => (Array.isArray(a) ? a : [a])).map((n) => num(n))
}
function compare(a: RV, b: RV): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  throw new ArgumentError('can only compare two numbers or two strings')
}
