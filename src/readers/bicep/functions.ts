/**
 * The Bicep functions the evaluator knows (`concat`, `format`, `union`,
 * `resourceId`, `resourceGroup`, lambdas' `map`/`filter`...). Any other
 * function is an unknown value naming it; none of these throws.
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { parse as parseYaml } from 'yaml'
import { UNKNOWN_PART, type Span } from '../../model.js'
import type * as A from './ast.js'
import type { Scope } from './evaluate.js'
import {
  arrayOf,
  bool,
  equals,
  fromJson,
  int,
  joinPieces,
  MAX_ITEMS,
  NULL,
  objectOf,
  str,
  toJson,
  toText,
  unknownVal,
  type Entry,
  type Slot,
  type Val
} from './values.js'

/** What the functions need from the evaluator. */
export interface FunctionHost {
  eval(node: A.Expression, scope: Scope): Val
  callLambda(fn: Val, args: Val[]): Val
  member(o: Val, name: string, safe: boolean): Val
  span(node: { start: number; end: number }): Span
  /** The text of a file named relative to the template (`loadJsonContent('pools.json')`), read beforehand. */
  fileText(target: string): string | undefined
}

const LOCATION_REASON = "the resource group's region (known at deployment)"
const SUBSCRIPTION_REASON = 'the subscription id (known at deployment)'
const RESOURCE_GROUP_REASON = 'the resource group name (known at deployment)'

export function builtin(host: FunctionHost, name: string, node: A.Call, scope: Scope): Val {
  const args = (): Val[] => node.args.map((a) => host.eval(a, scope))
  const firstUnknown = (vs: Val[]): Val | undefined => vs.find((v) => v.t === 'unknown')
  switch (name) {
    case 'concat': {
      const vs = args()
      if (vs.length && vs.every((v) => v.t === 'array')) {
        const items = vs.flatMap((v) => (v.t === 'array' ? v.items : []))
        return items.length > MAX_ITEMS ? unknownVal('a list too long to evaluate') : { t: 'array', items }
      }
      if (vs.some((v) => v.t === 'array' || v.t === 'object')) return firstUnknown(vs) ?? unknownVal('concat of mixed values')
      return joinPieces(vs, 'a concatenation of unknown values')
    }
    case 'format': {
      const [f, ...rest] = args()
      if (!f || f.t !== 'string' || f.partial) return unknownVal('format() with an unknown format string')
      const pieces: Val[] = []
      let last = 0
      const re = /\{(\d+)(:[^}]*)?\}/g
      let m: RegExpExecArray | null
      while ((m = re.exec(f.v))) {
        pieces.push(str(f.v.slice(last, m.index)))
        pieces.push(rest[Number(m[1])] ?? unknownVal('missing format argument'))
        last = m.index + m[0].length
      }
      pieces.push(str(f.v.slice(last)))
      return joinPieces(pieces, 'a format of unknown values')
    }
    case 'toLower':
    case 'toUpper': {
      const [v] = args()
      if (!v || v.t !== 'string') return v?.t === 'unknown' ? v : unknownVal(`${name}() of a non-string`)
      const parts = v.v.split(UNKNOWN_PART).map((p) => (name === 'toLower' ? p.toLowerCase() : p.toUpperCase()))
      return str(parts.join(UNKNOWN_PART), v.partial)
    }
    case 'trim': {
      const [v] = args()
      return v?.t === 'string' && !v.partial ? str(v.v.trim()) : (firstUnknown([v ?? NULL]) ?? unknownVal('trim() of an unknown value'))
    }
    case 'string': {
      const [v] = args()
      if (!v) return unknownVal('string()')
      if (v.t === 'string') return v
      const t = toText(v)
      return t === undefined ? unknownVal('string() of an unknown value') : str(t)
    }
    case 'int': {
      const [v] = args()
      if (v?.t === 'int') return v
      if (v?.t === 'string' && /^-?\d+$/.test(v.v)) return int(Number(v.v))
      return unknownVal('int() of an unknown value')
    }
    case 'bool': {
      const [v] = args()
      if (v?.t === 'bool') return v
      if (v?.t === 'string' && /^(true|false)$/i.test(v.v)) return bool(v.v.toLowerCase() === 'true')
      return unknownVal('bool() of an unknown value')
    }
    case 'json': {
      const [v] = args()
      if (v?.t !== 'string' || v.partial) return unknownVal('json() of an unknown string')
      try {
        return fromJson(JSON.parse(v.v))
      } catch {
        return unknownVal('json() of text that is not JSON')
      }
    }
    case 'array': {
      const [v] = args()
      if (!v) return unknownVal('array()')
      if (v.t === 'array' || v.t === 'unknown') return v
      return { t: 'array', items: [{ value: v }] }
    }
    case 'any':
      return args()[0] ?? NULL
    case 'empty': {
      const [v] = args()
      if (!v) return unknownVal('empty()')
      if (v.t === 'null') return bool(true)
      if (v.t === 'string') return v.partial ? bool(false) : bool(v.v.length === 0)
      if (v.t === 'array') return bool(v.items.length === 0)
      if (v.t === 'object') return v.props.size > 0 ? bool(false) : v.open ? unknownVal(`empty() of ${v.open}`) : bool(true)
      if (v.t === 'unknown') return unknownVal(`empty() of ${v.reason}`)
      return bool(false)
    }
    case 'length': {
      const [v] = args()
      if (v?.t === 'string' && !v.partial) return int(v.v.length)
      if (v?.t === 'array') return int(v.items.length)
      if (v?.t === 'object' && !v.open) return int(v.props.size)
      return unknownVal('length() of an unknown value')
    }
    case 'contains': {
      const [c, x] = args()
      if (!c || !x) return unknownVal('contains()')
      if (c.t === 'object' && x.t === 'string' && !x.partial)
        return c.props.has(x.v.toLowerCase()) ? bool(true) : c.open ? unknownVal(`contains() of ${c.open}`) : bool(false)
      if (c.t === 'array') {
        let unsure = false
        for (const s of c.items) {
          const eq = equals(s.value, x)
          if (eq) return bool(true)
          if (eq === undefined) unsure = true
        }
        return unsure ? unknownVal('contains() of unknown items') : bool(false)
      }
      if (c.t === 'string' && !c.partial && x.t !== 'unknown') {
        const t = toText(x)
        if (t !== undefined) return bool(c.v.toLowerCase().includes(t.toLowerCase()))
      }
      return unknownVal('contains() of unknown values')
    }
    case 'startsWith':
    case 'endsWith': {
      const [a, b] = args()
      if (a?.t === 'string' && b?.t === 'string' && !a.partial && !b.partial)
        return bool(name === 'startsWith' ? a.v.toLowerCase().startsWith(b.v.toLowerCase()) : a.v.toLowerCase().endsWith(b.v.toLowerCase()))
      return unknownVal(`${name}() of unknown values`)
    }
    case 'replace': {
      const [a, b, c] = args()
      if (a?.t === 'string' && b?.t === 'string' && c?.t === 'string' && !a.partial && !b.partial && !c.partial)
        return str(a.v.split(b.v).join(c.v))
      return unknownVal('replace() of unknown values')
    }
    case 'split': {
      const [a, b] = args()
      if (a?.t === 'string' && !a.partial && b?.t === 'string') return arrayOf(a.v.split(b.v).map((s) => str(s)))
      return unknownVal('split() of unknown values')
    }
    case 'join': {
      const [a, b] = args()
      if (a?.t === 'array' && b?.t === 'string') {
        const pieces: Val[] = []
        a.items.forEach((s, k) => {
          if (k) pieces.push(b)
          pieces.push(s.value)
        })
        return joinPieces(pieces, 'a join of unknown values')
      }
      return unknownVal('join() of unknown values')
    }
    case 'substring': {
      const [a, b, c] = args()
      if (a?.t === 'string' && !a.partial && b?.t === 'int') return str(a.v.substring(b.v, c?.t === 'int' ? b.v + c.v : undefined))
      return unknownVal('substring() of unknown values')
    }
    case 'take':
    case 'skip': {
      const [a, b] = args()
      if (b?.t !== 'int') return unknownVal(`${name}() of unknown values`)
      if (a?.t === 'array')
        return { t: 'array', items: name === 'take' ? a.items.slice(0, Math.max(0, b.v)) : a.items.slice(Math.max(0, b.v)) }
      if (a?.t === 'string' && !a.partial) return str(name === 'take' ? a.v.slice(0, Math.max(0, b.v)) : a.v.slice(Math.max(0, b.v)))
      return unknownVal(`${name}() of unknown values`)
    }
    case 'first':
    case 'last': {
      const [a] = args()
      if (a?.t === 'array') return (name === 'first' ? a.items[0] : a.items[a.items.length - 1])?.value ?? NULL
      if (a?.t === 'string' && !a.partial) return str(name === 'first' ? a.v.slice(0, 1) : a.v.slice(-1))
      return unknownVal(`${name}() of an unknown value`)
    }
    case 'range': {
      const [a, b] = args()
      if (a?.t === 'int' && b?.t === 'int' && b.v >= 0 && b.v <= 10000) return arrayOf(Array.from({ length: b.v }, (_, k) => int(a.v + k)))
      return unknownVal('range() of unknown values')
    }
    case 'min':
    case 'max': {
      const vs = args()
      const nums = vs.length === 1 && vs[0]!.t === 'array' ? vs[0]!.items.map((s) => s.value) : vs
      if (nums.length && nums.every((v) => v.t === 'int')) {
        const ns = nums.map((v) => (v as { v: number }).v)
        return int(name === 'min' ? Math.min(...ns) : Math.max(...ns))
      }
      return unknownVal(`${name}() of unknown values`)
    }
    case 'coalesce': {
      for (const v of args()) {
        if (v.t === 'null') continue
        return v
      }
      return NULL
    }
    case 'union':
      return union(args())
    case 'intersection': {
      const vs = args()
      return firstUnknown(vs) ?? unknownVal('intersection() is not evaluated')
    }
    case 'items': {
      const [o] = args()
      if (o?.t !== 'object' || o.open) return o?.t === 'unknown' ? o : unknownVal('items() of an object not fully known')
      return {
        t: 'array',
        items: [...o.props.values()]
          .sort((x, y) => (x.key.toLowerCase() < y.key.toLowerCase() ? -1 : 1))
          .map((e) => ({
            value: {
              t: 'object',
              props: new Map<string, Entry>([
                ['key', { key: 'key', value: str(e.key) }],
                ['value', { key: 'value', value: e.value, span: e.span }]
              ])
            }
          }))
      }
    }
    case 'objectKeys': {
      const [o] = args()
      return o?.t === 'object' && !o.open
        ? arrayOf([...o.props.values()].map((e) => str(e.key)))
        : unknownVal('objectKeys() of an unknown value')
    }
    case 'map':
    case 'filter': {
      const [a, f] = args()
      if (a?.t !== 'array' || !f) return a?.t === 'unknown' ? a : unknownVal(`${name}() of an unknown list`)
      const items: Slot[] = []
      for (let k = 0; k < a.items.length; k++) {
        const item = a.items[k]!
        const r = host.callLambda(f, [item.value, int(k)])
        if (name === 'map') items.push({ value: r, span: f.t === 'lambda' ? host.span(f.node.body) : item.span })
        else if (r.t === 'bool') {
          if (r.v) items.push(item)
        } else return unknownVal('filter() with a condition that cannot be evaluated')
      }
      return { t: 'array', items }
    }
    case 'reduce': {
      const [a, init, f] = args()
      if (a?.t !== 'array' || !init || !f) return unknownVal('reduce() of an unknown list')
      let acc = init
      a.items.forEach((s, k) => (acc = host.callLambda(f, [acc, s.value, int(k)])))
      return acc
    }
    case 'toObject': {
      const [a, kf, vf] = args()
      if (a?.t !== 'array' || !kf) return unknownVal('toObject() of an unknown list')
      const props = new Map<string, Entry>()
      for (const s of a.items) {
        const k = host.callLambda(kf, [s.value])
        if (k.t !== 'string' || k.partial) return unknownVal('toObject() with unknown keys')
        props.set(k.v.toLowerCase(), { key: k.v, value: vf ? host.callLambda(vf, [s.value]) : s.value, span: s.span })
      }
      return { t: 'object', props }
    }
    case 'tryGet': {
      const [o, ...keys] = args()
      let v: Val = o ?? NULL
      for (const k of keys) {
        if (v.t === 'null') return NULL
        if (k.t === 'string' && !k.partial) v = host.member(v, k.v, true)
        else if (k.t === 'int' && v.t === 'array') v = v.items[k.v]?.value ?? NULL
        else return unknownVal('tryGet() with unknown keys')
      }
      return v
    }
    case 'resourceGroup': {
      const vs = args()
      const rgName = vs.length ? vs[vs.length - 1]! : unknownVal(RESOURCE_GROUP_REASON)
      const sub = vs.length === 2 ? vs[0]! : unknownVal(SUBSCRIPTION_REASON)
      return objectOf([
        ['name', rgName],
        ['location', unknownVal(LOCATION_REASON)],
        ['id', joinPieces([str('/subscriptions/'), sub, str('/resourceGroups/'), rgName], 'a resource group id')]
      ])
    }
    case 'subscription': {
      const [sub] = args()
      const id = sub ?? unknownVal(SUBSCRIPTION_REASON)
      return objectOf([
        ['subscriptionId', id],
        ['id', joinPieces([str('/subscriptions/'), id], 'a subscription id')],
        ['tenantId', unknownVal('the tenant id (known at deployment)')],
        ['displayName', unknownVal('the subscription name (known at deployment)')]
      ])
    }
    case 'resourceId':
    case 'subscriptionResourceId':
    case 'tenantResourceId':
    case 'extensionResourceId':
      return resourceIdFunction(name, args())
    case 'loadTextContent':
    case 'loadJsonContent':
    case 'loadYamlContent':
      return loadContent(host, name, args())
    case 'deployment':
      return objectOf([
        ['name', unknownVal('the deployment name (known at deployment)')],
        ['properties', unknownVal('deployment properties')]
      ])
    default:
      return unknownVal(`${name}() is not evaluated`)
  }
}

/**
 * `loadTextContent(path)`, `loadJsonContent(path, [jsonPath])`,
 * `loadYamlContent(path, [pathFilter])`: Bicep inlines the file when it
 * compiles, so its values are as known as a literal in the template.
 */
function loadContent(host: FunctionHost, name: string, vs: Val[]): Val {
  const [file, filter] = vs
  if (file?.t !== 'string' || file.partial) return unknownVal(`${name}() of an unknown path`)
  const text = host.fileText(file.v)
  if (text === undefined) return unknownVal(`${name}('${file.v}'): the file cannot be read`)
  if (name === 'loadTextContent') return str(text)
  let data: unknown
  if (name === 'loadJsonContent') {
    const errors: ParseError[] = []
    data = parseJsonc(text, errors, { allowTrailingComma: true })
    if (errors.length) return unknownVal(`${name}('${file.v}'): the file is not JSON`)
  } else {
    try {
      data = parseYaml(text)
    } catch {
      return unknownVal(`${name}('${file.v}'): the file is not YAML`)
    }
  }
  if (filter === undefined) return fromJson(data)
  if (filter.t !== 'string' || filter.partial) return unknownVal(`${name}() with an unknown path filter`)
  const steps = jsonPathSteps(filter.v)
  if (!steps) return unknownVal(`${name}() with the path filter '${filter.v}', which is not evaluated`)
  for (const step of steps) {
    if (typeof step === 'number' && Array.isArray(data)) data = data[step]
    else if (typeof step === 'string' && data && typeof data === 'object' && !Array.isArray(data))
      data = (data as Record<string, unknown>)[step]
    else data = undefined
    if (data === undefined) return unknownVal(`${name}(): '${filter.v}' selects nothing in '${file.v}'`)
  }
  return fromJson(data)
}

/** The steps of a simple JSONPath (`$.a.b`, `.a[0]`, `$['a-b']`); undefined for wildcards, filters and the like. */
export function jsonPathSteps(p: string): (string | number)[] | undefined {
  const steps: (string | number)[] = []
  let rest = p.trim().replace(/^\$/, '')
  while (rest) {
    const m =
      /^\.([A-Za-z_$][\w$-]*)/.exec(rest) ??
      /^\[(\d+)\]/.exec(rest) ??
      /^\[\s*'([^']*)'\s*\]/.exec(rest) ??
      /^\[\s*"([^"]*)"\s*\]/.exec(rest)
    if (!m) return undefined
    steps.push(/^\[\d/.test(m[0]) ? Number(m[1]) : m[1]!)
    rest = rest.slice(m[0].length)
  }
  return steps
}

/**
 * Deep merge of objects, last wins; arrays: the union of their items. An
 * unknown object may override anything merged before it: those properties
 * are dropped and the result is open; what is merged after it stays known.
 */
function union(vs: Val[]): Val {
  if (vs.some((v) => v.t === 'object') && vs.every((v) => v.t === 'object' || v.t === 'unknown' || v.t === 'null')) {
    const merge = (a: Map<string, Entry>, b: Map<string, Entry>, open: string | undefined): Map<string, Entry> => {
      const out = new Map(a)
      for (const [k, e] of b) {
        const prev = out.get(k)
        if (prev && prev.value.t === 'object' && e.value.t === 'object')
          out.set(k, {
            ...e,
            value: {
              t: 'object',
              props: merge(prev.value.props, e.value.props, open),
              ...(prev.value.open ? { open: prev.value.open } : {})
            }
          })
        else if (open && e.value.t === 'object') out.set(k, { ...e, value: { ...e.value, open: e.value.open ?? open } })
        else out.set(k, e)
      }
      return out
    }
    let props = new Map<string, Entry>()
    let open: string | undefined
    for (const v of vs) {
      if (v.t === 'unknown' || (v.t === 'object' && v.open)) {
        props = new Map()
        open = v.t === 'unknown' ? `union() with ${v.reason}` : v.open
      }
      if (v.t === 'object') props = merge(props, v.props, open)
    }
    return open ? { t: 'object', props, open } : { t: 'object', props }
  }
  const u = vs.find((v) => v.t === 'unknown')
  if (u) return u
  if (vs.every((v) => v.t === 'array')) {
    const items: Slot[] = []
    const seen = new Set<string>()
    for (const v of vs)
      if (v.t === 'array')
        for (const s of v.items) {
          const j = toJson(s.value)
          const key = j === undefined ? undefined : JSON.stringify(j)
          if (key !== undefined && seen.has(key)) continue
          if (key !== undefined) seen.add(key)
          items.push(s)
        }
    return items.length > MAX_ITEMS ? unknownVal('a list too long to evaluate') : { t: 'array', items }
  }
  return unknownVal('union() of mixed values')
}

function resourceIdFunction(name: string, vs: Val[]): Val {
  // resourceId([subscriptionId], [resourceGroupName], type, name1, name2...)
  const typeIndex = vs.findIndex((v) => v.t === 'string' && !v.partial && /^[A-Za-z0-9.]+\/[A-Za-z0-9./]+$/.test(v.v) && v.v.includes('.'))
  if (typeIndex < 0) return unknownVal(`${name}() with an unknown resource type`)
  const type = (vs[typeIndex] as { v: string }).v
  const before = vs.slice(0, typeIndex)
  const names = vs.slice(typeIndex + 1)
  const segments = type.split('/')
  let prefix: Val[]
  if (name === 'tenantResourceId') prefix = []
  else if (name === 'extensionResourceId') prefix = [before[0] ?? unknownVal('scope')]
  else if (name === 'subscriptionResourceId') prefix = [str('/subscriptions/'), before[0] ?? unknownVal(SUBSCRIPTION_REASON)]
  else {
    const sub = before.length >= 2 ? before[0]! : unknownVal(SUBSCRIPTION_REASON)
    const rg = before.length >= 1 ? before[before.length - 1]! : unknownVal(RESOURCE_GROUP_REASON)
    prefix = [str('/subscriptions/'), sub, str('/resourceGroups/'), rg]
  }
  const pieces: Val[] = [...prefix, str(`/providers/${segments[0]}`)]
  for (let k = 1; k < segments.length; k++) pieces.push(str(`/${segments[k]}/`), names[k - 1] ?? unknownVal('name'))
  return joinPieces(pieces, 'a resource id')
}
