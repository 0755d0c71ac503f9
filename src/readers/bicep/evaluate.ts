/**
 * Bicep evaluator: parameters (defaults or values passed in), variables,
 * interpolation, loops, conditions, the functions that build AKS values,
 * and symbolic resource references (`cluster.id`, `pool.name`). Whatever
 * cannot be known before deployment is an `unknown` value with a reason;
 * nothing here throws on user input.
 */
import * as path from 'node:path'
import { UNKNOWN_PART, type Span } from '../../model.js'
import type * as A from './ast.js'
import { LineMap } from './scanner.js'
import {
  arrayOf,
  bool,
  equals,
  fromJson,
  get,
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
  type ResourceRef,
  type Slot,
  type Val
} from './values.js'

/** Deeper evaluation (variables of variables, lambdas calling lambdas) is cut off as unknown. */
const MAX_EVAL_DEPTH = 400
/** Work per evaluation (one template with its values), so nested loops over large ranges end. */
const MAX_EVAL_STEPS = 2_000_000

export interface SourceUnit {
  /** POSIX path relative to the working directory. */
  path: string
  text: string
  ast: A.Program
}

interface Scope {
  locals: Map<string, Val>
  parent?: Scope
}

type GlobalSymbol =
  | { kind: 'param'; decl: A.ParamDecl }
  | { kind: 'var'; decl: A.VarDecl }
  | { kind: 'resource'; decl: A.ResourceDecl; parent?: ResourceInstance }
  | { kind: 'module'; decl: A.ModuleDecl }
  | { kind: 'func'; decl: A.FuncDecl }
  | { kind: 'import'; name: string }

export interface ResourceInstance {
  decl: A.ResourceDecl
  symbol: string
  /** Full type without the API version. */
  type: string
  existing: boolean
  body?: A.Expression
  scope: Scope
  /** Known false: not deployed. Unknown: linted. */
  condition?: Val
  /** `symbol[0]` for loop instances, joined with the parent's label for nested resources. */
  label?: string
  /** The lexical parent of a nested resource. */
  parent?: ResourceInstance
  ref: ResourceRef
}

export interface ModuleInstance {
  decl: A.ModuleDecl
  symbol: string
  path: Val
  condition?: Val
  label?: string
  params: Map<string, Slot>
}

const LOCATION_REASON = "the resource group's region (known at deployment)"
const SUBSCRIPTION_REASON = 'the subscription id (known at deployment)'
const RESOURCE_GROUP_REASON = 'the resource group name (known at deployment)'

export class Evaluation {
  readonly lines: LineMap
  private readonly globals = new Map<string, GlobalSymbol>()
  private readonly cache = new Map<string, Val>()
  private readonly evaluating = new Set<string>()
  private depth = 0
  private steps = 0
  private readonly root: Scope = { locals: new Map() }
  private resourceCache?: ResourceInstance[]

  constructor(
    readonly unit: SourceUnit,
    /** Values passed in (module `params`, a `.bicepparam` file), by parameter name. */
    private readonly overrides: Map<string, Slot> = new Map()
  ) {
    this.lines = new LineMap(unit.text)
    for (const s of unit.ast.statements) {
      switch (s.kind) {
        case 'Param':
          this.globals.set(s.name.name, { kind: 'param', decl: s })
          break
        case 'Var':
          this.globals.set(s.name.name, { kind: 'var', decl: s })
          break
        case 'Resource':
          this.globals.set(s.name.name, { kind: 'resource', decl: s })
          break
        case 'Module':
          this.globals.set(s.name.name, { kind: 'module', decl: s })
          break
        case 'Func':
          this.globals.set(s.name.name, { kind: 'func', decl: s })
          break
        case 'Import':
          if (s.wildcardAlias) this.globals.set(s.wildcardAlias.name, { kind: 'import', name: s.wildcardAlias.name })
          for (const sym of s.symbols ?? []) {
            const name = sym.alias?.name ?? (sym.name.kind === 'Identifier' ? sym.name.name : '')
            if (name) this.globals.set(name, { kind: 'import', name })
          }
          break
      }
    }
  }

  span(node: { start: number; end: number }): Span {
    const a = this.lines.position(node.start)
    const b = this.lines.position(Math.max(node.start, node.end))
    return { file: this.unit.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  /** The value of a parameter as the template sees it (override, else default). */
  param(name: string): Val {
    const sym = this.globals.get(name)
    return sym?.kind === 'param' ? this.global(name, sym) : unknownVal(`'${name}' is not a parameter`)
  }

  // ── resources and modules ─────────────────────────────────────────────
  resources(): ResourceInstance[] {
    if (this.resourceCache) return this.resourceCache
    const out: ResourceInstance[] = []
    this.resourceCache = out
    for (const s of this.unit.ast.statements) if (s.kind === 'Resource') this.instancesOf(s, this.root, undefined, out)
    return out
  }

  /** Instances of one resource declaration (one per loop item), with their nested resources after them. */
  private instancesOf(
    decl: A.ResourceDecl,
    scope: Scope,
    parent: ResourceInstance | undefined,
    out: ResourceInstance[]
  ): ResourceInstance[] {
    const mine: ResourceInstance[] = []
    const typeText = decl.type.kind === 'String' ? (toText(this.stringValue(decl.type, scope)) ?? '') : ''
    let type = typeText.split('@')[0] ?? ''
    if (parent && !type.includes('/')) type = `${parent.type}/${type}`
    const make = (body: A.Expression | undefined, s: Scope, condition?: Val, label?: string) => {
      const inst: ResourceInstance = {
        decl,
        symbol: decl.name.name,
        type,
        existing: decl.existing,
        body,
        scope: s,
        condition: both(parent?.condition, condition),
        label: [parent?.label, label].filter(Boolean).join(' ') || undefined,
        parent,
        ref: undefined as unknown as ResourceRef
      }
      inst.ref = this.makeRef(inst)
      mine.push(inst)
      out.push(inst)
      // nested child resources
      if (body?.kind === 'Object') for (const p of body.properties) if (p.kind === 'Resource') this.instancesOf(p, s, inst, out)
    }
    this.expandBody(decl.value, scope, decl.name.name, make)
    return mine
  }

  /** Calls `make` once per instance of a resource/module body: object, `if (...) {}`, or `[for ...]`. */
  private expandBody(
    value: A.Expression | A.IfCondition,
    scope: Scope,
    symbol: string,
    make: (body: A.Expression | undefined, scope: Scope, condition?: Val, label?: string) => void
  ) {
    if (value.kind === 'If') {
      make(value.body, scope, this.eval(value.condition, scope))
      return
    }
    if (value.kind === 'For') {
      const items = this.loopItems(value, scope)
      for (const { scope: s, label } of items) {
        if (value.body.kind === 'If') make(value.body.body, s, this.eval(value.body.condition, s), `${symbol}${label}`)
        else make(value.body, s, undefined, `${symbol}${label}`)
      }
      return
    }
    make(value, scope)
  }

  private loopItems(loop: A.ForExpression, scope: Scope): { scope: Scope; label: string; item: Val }[] {
    const source = this.eval(loop.source, scope)
    const bind = (item: Val, index: Val): Scope => {
      const locals = new Map<string, Val>()
      if (loop.item) locals.set(loop.item.name, item)
      if (loop.index) locals.set(loop.index.name, index)
      return { locals, parent: scope }
    }
    if (source.t === 'array') return source.items.map((s, k) => ({ scope: bind(s.value, int(k)), label: `[${k}]`, item: s.value }))
    if (source.t === 'int')
      // `for i in 3` is not Bicep, but a bad source should not stop evaluation
      return []
    // Unknown collection: one instance with unknown item, so what does not depend on it is still linted.
    const reason = source.t === 'unknown' ? source.reason : 'not a list'
    return [{ scope: bind(unknownVal(`loop item (${reason})`), unknownVal('loop index')), label: '[?]', item: unknownVal(reason) }]
  }

  modules(): ModuleInstance[] {
    const out: ModuleInstance[] = []
    for (const s of this.unit.ast.statements) {
      if (s.kind !== 'Module') continue
      const p = s.path.kind === 'String' ? this.stringValue(s.path, this.root) : unknownVal('no module path')
      this.expandBody(s.value, this.root, s.name.name, (body, scope, condition, label) => {
        const params = new Map<string, Slot>()
        if (body) {
          const v = this.eval(body, scope)
          const ps = get(v, 'params')
          if (ps?.value.t === 'object') for (const e of ps.value.props.values()) params.set(e.key, { value: e.value, span: e.span })
        }
        out.push({ decl: s, symbol: s.name.name, path: p, condition, label, params })
      })
    }
    return out
  }

  /** The evaluated body of a resource instance (cached). */
  bodyOf(inst: ResourceInstance): Val {
    return inst.ref.body()
  }

  private makeRef(inst: ResourceInstance): ResourceRef {
    let body: Val | undefined
    let busy = false
    let id: Val | undefined
    const self: ResourceRef = {
      symbol: inst.symbol,
      type: inst.type,
      existing: inst.existing,
      body: () => {
        if (body) return body
        if (busy) return unknownVal(`resource '${inst.symbol}' refers to itself`)
        busy = true
        body = inst.body ? this.eval(inst.body, inst.scope) : unknownVal('no body')
        busy = false
        return body
      },
      id: () => {
        if (id) return id
        id = this.resourceId(inst, self)
        return id
      }
    }
    return self
  }

  /** `/subscriptions/{?}/resourceGroups/{?}/providers/<ns>/<type>/<name>[/<child type>/<child name>]`. */
  private resourceId(inst: ResourceInstance, ref: ResourceRef): Val {
    const body = ref.body()
    const name = get(body, 'name')?.value ?? unknownVal(`the name of '${inst.symbol}'`)
    const parentEntry = get(body, 'parent')?.value
    const parentRef = inst.parent?.ref ?? (parentEntry?.t === 'resource' ? parentEntry.ref : undefined)
    const segments = inst.type.split('/')
    if (parentRef) {
      return joinPieces([parentRef.id(), str(`/${segments[segments.length - 1]}/`), name], 'resource id')
    }
    const scopeVal = get(body, 'scope')?.value
    let prefix: Val = str(`/subscriptions/${UNKNOWN_PART}/resourceGroups/${UNKNOWN_PART}`, true)
    const scopeId = scopeVal ? (scopeVal.t === 'resource' ? scopeVal.ref.id() : get(scopeVal, 'id')?.value) : undefined
    if (scopeId && (scopeId.t === 'string' || scopeId.t === 'unknown')) prefix = scopeId.t === 'string' ? scopeId : str(UNKNOWN_PART, true)
    // `name: '${cluster.name}/pool'` (the pre-`parent` way) gives one name per type segment.
    const names = name.t === 'string' && !name.partial ? name.v.split('/') : [name]
    const pieces: Val[] = [prefix, str(`/providers/${segments[0]}`)]
    for (let k = 1; k < segments.length; k++) {
      const n = names[k - 1]
      pieces.push(str(`/${segments[k]}/`))
      pieces.push(n === undefined ? unknownVal('name') : typeof n === 'string' ? str(n) : n)
    }
    return joinPieces(pieces, 'resource id')
  }

  // ── expressions ───────────────────────────────────────────────────────
  private global(name: string, sym: GlobalSymbol): Val {
    const key = `${sym.kind}:${name}`
    const cached = this.cache.get(key)
    if (cached) return cached
    if (this.evaluating.has(key)) return unknownVal(`'${name}' refers to itself`)
    this.evaluating.add(key)
    let v: Val
    switch (sym.kind) {
      case 'param': {
        const o = this.overrides.get(name)
        if (o) v = o.value
        else if (sym.decl.value) v = this.eval(sym.decl.value, this.root)
        else v = unknownVal(`parameter '${name}' has no default value`)
        break
      }
      case 'var':
        v = this.eval(sym.decl.value, this.root)
        break
      case 'resource': {
        const inst = this.resources().filter((r) => r.decl === sym.decl)
        v =
          sym.decl.value.kind === 'For'
            ? arrayOf(inst.map((r) => ({ t: 'resource', ref: r.ref })))
            : inst[0]
              ? { t: 'resource', ref: inst[0].ref }
              : unknownVal(name)
        break
      }
      case 'module':
        v = { t: 'module', name }
        break
      case 'func':
        v = sym.decl.lambda.kind === 'Lambda' ? { t: 'lambda', node: sym.decl.lambda, scope: this.root } : unknownVal(`function '${name}'`)
        break
      case 'import':
        v = unknownVal(`'${name}' is imported from another file`)
        break
    }
    this.evaluating.delete(key)
    this.cache.set(key, v)
    return v
  }

  private lookup(name: string, scope: Scope): Val {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const v = s.locals.get(name)
      if (v) return v
    }
    const sym = this.globals.get(name)
    if (sym) return this.global(name, sym)
    // nested resources are reachable by name inside their parent
    for (const r of this.resources()) if (r.symbol === name) return { t: 'resource', ref: r.ref }
    return unknownVal(`'${name}' is not declared`)
  }

  stringValue(node: A.StringLiteral, scope: Scope): Val {
    if (node.exprs.length === 0) return str(node.parts[0] ?? '')
    const pieces: Val[] = []
    node.parts.forEach((part, k) => {
      pieces.push(str(part))
      const e = node.exprs[k]
      if (e) pieces.push(this.eval(e, scope))
    })
    return joinPieces(pieces, 'an interpolated string of unknown values')
  }

  /** Evaluates an expression in the file's top-level scope. */
  evaluate(node: A.Expression): Val {
    return this.eval(node, this.root)
  }

  eval(node: A.Expression, scope: Scope): Val {
    if (this.depth > MAX_EVAL_DEPTH) return unknownVal('evaluation too deep')
    if (++this.steps > MAX_EVAL_STEPS) return unknownVal('too much to evaluate (nested loops over large lists)')
    this.depth++
    try {
      return this.evalNode(node, scope)
    } finally {
      this.depth--
    }
  }

  private evalNode(node: A.Expression, scope: Scope): Val {
    switch (node.kind) {
      case 'String':
        return this.stringValue(node, scope)
      case 'Integer':
        return int(node.value)
      case 'Boolean':
        return bool(node.value)
      case 'Null':
        return NULL
      case 'Identifier':
        return this.lookup(node.name, scope)
      case 'Parenthesized':
        return this.eval(node.expression, scope)
      case 'NonNull':
        return this.eval(node.expression, scope)
      case 'Missing':
        return unknownVal('syntax error')
      case 'Array': {
        const items: Slot[] = []
        for (const item of node.items) {
          if (item.kind === 'Spread') {
            const v = this.eval(item.expression, scope)
            if (v.t !== 'array') return unknownVal('spread of an unknown list')
            if (items.length + v.items.length > MAX_ITEMS) return unknownVal('a list too long to evaluate')
            for (const s of v.items) items.push(s)
          } else items.push({ value: this.eval(item, scope), span: this.span(item) })
        }
        return { t: 'array', items }
      }
      case 'Object': {
        const props = new Map<string, Entry>()
        for (const p of node.properties) {
          if (p.kind === 'Resource') continue
          if (p.kind === 'Spread') {
            const v = this.eval(p.expression, scope)
            if (v.t === 'object') for (const [k, e] of v.props) props.set(k, e)
            else if (v.t !== 'null') return unknownVal('spread of an unknown object')
            continue
          }
          const key = p.key.kind === 'Identifier' ? str(p.key.name) : this.stringValue(p.key, scope)
          if (key.t !== 'string' || key.partial) {
            // an object with a key we cannot name: its other properties stay readable
            continue
          }
          props.set(key.v.toLowerCase(), { key: key.v, value: this.eval(p.value, scope), span: this.span(p.value) })
        }
        return { t: 'object', props }
      }
      case 'Unary': {
        const v = this.eval(node.operand, scope)
        if (v.t === 'unknown') return v
        if (node.operator === '!') return v.t === 'bool' ? bool(!v.v) : unknownVal('! of a non-boolean')
        if (v.t !== 'int') return unknownVal(`${node.operator} of a non-number`)
        return int(node.operator === '-' ? -v.v : v.v)
      }
      case 'Binary':
        return this.binary(node, scope)
      case 'Ternary': {
        const c = this.eval(node.condition, scope)
        if (c.t === 'bool') return this.eval(c.v ? node.whenTrue : node.whenFalse, scope)
        return unknownVal(c.t === 'unknown' ? `a condition on ${c.reason}` : 'a condition that is not a boolean')
      }
      case 'PropertyAccess':
        return this.member(this.eval(node.object, scope), node.name.name, node.safe)
      case 'IndexAccess': {
        const o = this.eval(node.object, scope)
        const k = this.eval(node.index, scope)
        if (o.t === 'null' && node.safe) return NULL
        if (o.t === 'array' && k.t === 'int') {
          const idx = node.fromEnd ? o.items.length - k.v : k.v
          const item = o.items[idx]
          return item ? item.value : node.safe ? NULL : unknownVal(`index ${k.v} is out of range`)
        }
        if (k.t === 'string' && !k.partial) return this.member(o, k.v, node.safe)
        if (o.t === 'unknown') return o
        return unknownVal(k.t === 'unknown' ? k.reason : 'an index that cannot be evaluated')
      }
      case 'ResourceAccess': {
        const parent = this.eval(node.object, scope)
        if (parent.t !== 'resource') return unknownVal(`'${node.name.name}' of an unknown resource`)
        const child = this.resources().find((r) => r.symbol === node.name.name && r.parent?.ref === parent.ref)
        return child ? { t: 'resource', ref: child.ref } : unknownVal(`nested resource '${node.name.name}'`)
      }
      case 'Call':
        return this.call(node, scope)
      case 'Lambda':
        return { t: 'lambda', node, scope }
      case 'For': {
        const items: Slot[] = []
        const known = this.eval(node.source, scope)
        if (known.t !== 'array') return unknownVal(known.t === 'unknown' ? known.reason : 'a loop over a non-list')
        for (const { scope: s } of this.loopItems(node, scope)) {
          if (node.body.kind === 'If') {
            const c = this.eval(node.body.condition, s)
            if (c.t === 'bool' && !c.v) continue
            if (c.t !== 'bool') return unknownVal('a loop filter that cannot be evaluated')
            items.push({ value: this.eval(node.body.body, s), span: this.span(node.body.body) })
          } else items.push({ value: this.eval(node.body, s), span: this.span(node.body) })
        }
        return { t: 'array', items }
      }
    }
  }

  private binary(node: A.Binary, scope: Scope): Val {
    const op = node.operator
    const l = this.eval(node.left, scope)
    if (op === '&&' || op === '||') {
      if (l.t === 'bool' && l.v === (op === '||')) return l
      const r = this.eval(node.right, scope)
      if (l.t === 'bool' && r.t === 'bool') return bool(op === '&&' ? l.v && r.v : l.v || r.v)
      if (r.t === 'bool' && r.v === (op === '||')) return r
      return unknownVal(`a condition on ${l.t === 'unknown' ? l.reason : r.t === 'unknown' ? r.reason : 'non-booleans'}`)
    }
    if (op === '??') {
      if (l.t === 'null') return this.eval(node.right, scope)
      if (l.t === 'unknown') return l
      return l
    }
    const r = this.eval(node.right, scope)
    if (op === '==' || op === '!=' || op === '=~' || op === '!~') {
      const eq = equals(l, r, op === '=~' || op === '!~')
      if (eq === undefined)
        return unknownVal(`a comparison with ${l.t === 'unknown' ? l.reason : r.t === 'unknown' ? r.reason : 'an unknown value'}`)
      return bool(op === '==' || op === '=~' ? eq : !eq)
    }
    if (l.t === 'int' && r.t === 'int') {
      switch (op) {
        case '+':
          return int(l.v + r.v)
        case '-':
          return int(l.v - r.v)
        case '*':
          return int(l.v * r.v)
        case '/':
          return r.v === 0 ? unknownVal('division by zero') : int(Math.trunc(l.v / r.v))
        case '%':
          return r.v === 0 ? unknownVal('division by zero') : int(l.v % r.v)
        case '<':
          return bool(l.v < r.v)
        case '<=':
          return bool(l.v <= r.v)
        case '>':
          return bool(l.v > r.v)
        case '>=':
          return bool(l.v >= r.v)
      }
    }
    if (l.t === 'string' && r.t === 'string' && !l.partial && !r.partial && ['<', '<=', '>', '>='].includes(op)) {
      const c = l.v < r.v ? -1 : l.v > r.v ? 1 : 0
      return bool(op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0)
    }
    return unknownVal(`'${op}' of values that are not known numbers`)
  }

  /** `x.name`: objects (case-insensitive keys), resources, modules. */
  member(o: Val, name: string, safe: boolean): Val {
    switch (o.t) {
      case 'object': {
        const e = get(o, name)
        if (e) return e.value
        return safe ? NULL : unknownVal(`property '${name}' is not set`)
      }
      case 'null':
        return safe ? NULL : unknownVal(`'${name}' of null`)
      case 'resource':
        return this.resourceMember(o.ref, name)
      case 'module':
        return name.toLowerCase() === 'name'
          ? unknownVal(`the deployment name of module '${o.name}'`)
          : unknownVal(`an output of module '${o.name}'`)
      case 'unknown':
        return o
      default:
        return unknownVal(`'${name}' of a ${o.t}`)
    }
  }

  private resourceMember(ref: ResourceRef, name: string): Val {
    const key = name.toLowerCase()
    if (key === 'id') return ref.id()
    if (key === 'type') return str(ref.type)
    const body = ref.body()
    if (key === 'name') return get(body, 'name')?.value ?? unknownVal(`the name of '${ref.symbol}'`)
    if (ref.existing) return unknownVal(`'${name}' of existing resource '${ref.symbol}' (read at deployment)`)
    const e = get(body, name)
    return e ? e.value : unknownVal(`'${name}' of '${ref.symbol}' (set at deployment)`)
  }

  private callLambda(fn: Val, args: Val[]): Val {
    if (fn.t !== 'lambda') return unknownVal('not a function')
    const locals = new Map<string, Val>()
    fn.node.parameters.forEach((p, k) => locals.set(p.name.name, args[k] ?? NULL))
    return this.eval(fn.node.body, { locals, parent: fn.scope as Scope })
  }

  private call(node: A.Call, scope: Scope): Val {
    if (node.object) {
      // `az.resourceId(...)`, `sys.concat(...)`: namespaces; `res.listKeys()`: runtime
      if (
        node.object.kind === 'Identifier' &&
        (node.object.name === 'az' || node.object.name === 'sys') &&
        !scope.locals.has(node.object.name)
      )
        return this.builtin(node.name.name, node, scope)
      const target = this.eval(node.object, scope)
      if (target.t === 'unknown') return target
      return unknownVal(`${node.name.name}() is evaluated at deployment`)
    }
    const local = this.lookupLocal(node.name.name, scope)
    if (local)
      return this.callLambda(
        local,
        node.args.map((a) => this.eval(a, scope))
      )
    const sym = this.globals.get(node.name.name)
    if (sym?.kind === 'func')
      return this.callLambda(
        this.global(node.name.name, sym),
        node.args.map((a) => this.eval(a, scope))
      )
    return this.builtin(node.name.name, node, scope)
  }

  private lookupLocal(name: string, scope: Scope): Val | undefined {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const v = s.locals.get(name)
      if (v) return v
    }
    return undefined
  }

  private builtin(name: string, node: A.Call, scope: Scope): Val {
    const args = (): Val[] => node.args.map((a) => this.eval(a, scope))
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
        if (v.t === 'object') return bool(v.props.size === 0)
        if (v.t === 'unknown') return unknownVal(`empty() of ${v.reason}`)
        return bool(false)
      }
      case 'length': {
        const [v] = args()
        if (v?.t === 'string' && !v.partial) return int(v.v.length)
        if (v?.t === 'array') return int(v.items.length)
        if (v?.t === 'object') return int(v.props.size)
        return unknownVal('length() of an unknown value')
      }
      case 'contains': {
        const [c, x] = args()
        if (!c || !x) return unknownVal('contains()')
        if (c.t === 'object' && x.t === 'string' && !x.partial) return bool(c.props.has(x.v.toLowerCase()))
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
          return bool(
            name === 'startsWith' ? a.v.toLowerCase().startsWith(b.v.toLowerCase()) : a.v.toLowerCase().endsWith(b.v.toLowerCase())
          )
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
        if (a?.t === 'int' && b?.t === 'int' && b.v >= 0 && b.v <= 10000)
          return arrayOf(Array.from({ length: b.v }, (_, k) => int(a.v + k)))
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
        return this.union(args())
      case 'intersection': {
        const vs = args()
        return firstUnknown(vs) ?? unknownVal('intersection() is not evaluated')
      }
      case 'items': {
        const [o] = args()
        if (o?.t !== 'object') return o?.t === 'unknown' ? o : unknownVal('items() of a non-object')
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
        return o?.t === 'object' ? arrayOf([...o.props.values()].map((e) => str(e.key))) : unknownVal('objectKeys() of an unknown value')
      }
      case 'map':
      case 'filter': {
        const [a, f] = args()
        if (a?.t !== 'array' || !f) return a?.t === 'unknown' ? a : unknownVal(`${name}() of an unknown list`)
        const items: Slot[] = []
        for (let k = 0; k < a.items.length; k++) {
          const item = a.items[k]!
          const r = this.callLambda(f, [item.value, int(k)])
          if (name === 'map') items.push({ value: r, span: f.t === 'lambda' ? this.span(f.node.body) : item.span })
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
        a.items.forEach((s, k) => (acc = this.callLambda(f, [acc, s.value, int(k)])))
        return acc
      }
      case 'toObject': {
        const [a, kf, vf] = args()
        if (a?.t !== 'array' || !kf) return unknownVal('toObject() of an unknown list')
        const props = new Map<string, Entry>()
        for (const s of a.items) {
          const k = this.callLambda(kf, [s.value])
          if (k.t !== 'string' || k.partial) return unknownVal('toObject() with unknown keys')
          props.set(k.v.toLowerCase(), { key: k.v, value: vf ? this.callLambda(vf, [s.value]) : s.value, span: s.span })
        }
        return { t: 'object', props }
      }
      case 'tryGet': {
        const [o, ...keys] = args()
        let v: Val = o ?? NULL
        for (const k of keys) {
          if (v.t === 'null') return NULL
          if (k.t === 'string' && !k.partial) v = this.member(v, k.v, true)
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
        return this.resourceIdFunction(name, args())
      case 'deployment':
        return objectOf([
          ['name', unknownVal('the deployment name (known at deployment)')],
          ['properties', unknownVal('deployment properties')]
        ])
      default:
        return unknownVal(`${name}() is not evaluated`)
    }
  }

  /** Deep merge of objects, last wins; arrays: the union of their items. */
  private union(vs: Val[]): Val {
    const u = vs.find((v) => v.t === 'unknown')
    if (u) return u
    if (vs.every((v) => v.t === 'object')) {
      const merge = (a: Map<string, Entry>, b: Map<string, Entry>): Map<string, Entry> => {
        const out = new Map(a)
        for (const [k, e] of b) {
          const prev = out.get(k)
          if (prev && prev.value.t === 'object' && e.value.t === 'object')
            out.set(k, { ...e, value: { t: 'object', props: merge(prev.value.props, e.value.props) } })
          else out.set(k, e)
        }
        return out
      }
      let props = new Map<string, Entry>()
      for (const v of vs) if (v.t === 'object') props = merge(props, v.props)
      return { t: 'object', props }
    }
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

  private resourceIdFunction(name: string, vs: Val[]): Val {
    // resourceId([subscriptionId], [resourceGroupName], type, name1, name2...)
    const typeIndex = vs.findIndex(
      (v) => v.t === 'string' && !v.partial && /^[A-Za-z0-9.]+\/[A-Za-z0-9./]+$/.test(v.v) && v.v.includes('.')
    )
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
}

/** A nested resource is deployed when its parent is and its own condition holds. */
function both(a: Val | undefined, b: Val | undefined): Val | undefined {
  if (!a) return b
  if (!b) return a
  if ((a.t === 'bool' && !a.v) || (b.t === 'bool' && !b.v)) return bool(false)
  if (a.t === 'bool' && b.t === 'bool') return bool(true)
  return a.t === 'bool' ? b : a
}

/** Resolves a module or `using` path against the file that names it (POSIX, relative to the working directory). */
export function resolveRelative(fromFile: string, target: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), target))
}

export { toJson }
