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
import { builtin, type FunctionHost } from './functions.js'
import { LineMap } from './scanner.js'
import {
  arrayOf,
  bool,
  equals,
  get,
  int,
  joinPieces,
  MAX_ITEMS,
  NULL,
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
  /**
   * Files this one reads with `loadJsonContent`/`loadYamlContent`/`loadTextContent`,
   * read beforehand (evaluation is synchronous), by path; undefined: unreadable.
   */
  contents?: ReadonlyMap<string, string | undefined>
}

export interface Scope {
  locals: Map<string, Val>
  parent?: Scope
}

type GlobalSymbol =
  | { kind: 'param'; decl: A.ParamDecl }
  | { kind: 'var'; decl: A.VarDecl }
  | { kind: 'resource'; decl: A.ResourceDecl; parent?: ResourceInstance }
  | { kind: 'module'; decl: A.ModuleDecl }
  | { kind: 'func'; decl: A.FuncDecl }
  /** `import { original as name } from 'path'`, or `import * as name` (original undefined). */
  | { kind: 'import'; name: string; from?: string; original?: string }

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

export class Evaluation implements FunctionHost {
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
    private readonly overrides: Map<string, Slot> = new Map(),
    /** Files this one imports from (`import {...} from './x.bicep'`), read beforehand, by path. */
    private readonly imports: Map<string, SourceUnit> = new Map(),
    /** Evaluations of imported files, shared along an import chain (and guarding cycles). */
    private readonly importCache: Map<string, Evaluation> = new Map()
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
        case 'Import': {
          const from = s.from?.kind === 'String' && !s.from.exprs.length ? resolveRelative(unit.path, s.from.parts[0]!) : undefined
          if (s.wildcardAlias)
            this.globals.set(s.wildcardAlias.name, { kind: 'import', name: s.wildcardAlias.name, from: s.specification ? undefined : from })
          for (const sym of s.symbols ?? []) {
            const original = sym.name.kind === 'Identifier' ? sym.name.name : (sym.name.parts[0] ?? '')
            const name = sym.alias?.name ?? original
            if (name) this.globals.set(name, { kind: 'import', name, from, original })
          }
          break
        }
      }
    }
  }

  span(node: { start: number; end: number }): Span {
    const a = this.lines.position(node.start)
    const b = this.lines.position(Math.max(node.start, node.end))
    return { file: this.unit.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  /** The text of a file read by `load*Content(path)`, relative to this file; undefined when unread or unreadable. */
  fileText(target: string): string | undefined {
    return this.unit.contents?.get(resolveRelative(this.unit.path, target))
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
        // a nullable parameter (`string?`) given no value is null, as its compiled ARM (`"nullable": true`) is
        else if (sym.decl.type?.kind === 'NullableType') v = NULL
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
        v =
          sym.decl.lambda.kind === 'Lambda'
            ? { t: 'lambda', node: sym.decl.lambda, scope: this.root, evaluation: this }
            : unknownVal(`function '${name}'`)
        break
      case 'import':
        v = this.imported(sym)
        break
    }
    this.evaluating.delete(key)
    this.cache.set(key, v)
    return v
  }

  /** An exported variable of a local file (its value does not depend on parameters); anything else imported is unknown. */
  private imported(sym: { name: string; from?: string; original?: string }): Val {
    const unit = sym.from ? this.imports.get(sym.from) : undefined
    if (!unit || !sym.from) return unknownVal(`'${sym.name}' is imported from another file`)
    let other = this.importCache.get(sym.from)
    if (!other) {
      other = new Evaluation(unit, new Map(), this.imports, this.importCache)
      this.importCache.set(sym.from, other)
    }
    if (sym.original !== undefined) return other.exportedVariable(sym.original)
    const props = new Map<string, Entry>()
    for (const s of unit.ast.statements)
      if (s.kind === 'Var' || s.kind === 'Func')
        props.set(s.name.name.toLowerCase(), { key: s.name.name, value: other.exportedVariable(s.name.name) })
    return { t: 'object', props, open: `'${sym.name}' has members that are not variables` }
  }

  exportedVariable(name: string): Val {
    const sym = this.globals.get(name)
    if (sym?.kind === 'var' || sym?.kind === 'func' || sym?.kind === 'import') return this.global(name, sym)
    return unknownVal(`'${name}' is not a variable of ${this.unit.path}`)
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
        let open: string | undefined
        for (const p of node.properties) {
          if (p.kind === 'Resource') continue
          if (p.kind === 'Spread') {
            const v = this.eval(p.expression, scope)
            if (v.t === 'null') continue
            if (v.t !== 'object' || v.open) {
              // what comes before may be overridden by keys we cannot know; what comes after stays
              props.clear()
              open = v.t === 'object' ? v.open : `a spread of ${v.t === 'unknown' ? v.reason : 'a non-object'}`
            }
            if (v.t === 'object') for (const [k, e] of v.props) props.set(k, e)
            continue
          }
          const key = p.key.kind === 'Identifier' ? str(p.key.name) : this.stringValue(p.key, scope)
          if (key.t !== 'string' || key.partial) {
            // a key we cannot name: the other properties stay readable
            open ??= 'a property whose name is known only at deployment'
            continue
          }
          props.set(key.v.toLowerCase(), { key: key.v, value: this.eval(p.value, scope), span: this.span(p.value) })
        }
        return open ? { t: 'object', props, open } : { t: 'object', props }
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

  callLambda(fn: Val, args: Val[]): Val {
    if (fn.t !== 'lambda') return unknownVal('not a function')
    const locals = new Map<string, Val>()
    fn.node.parameters.forEach((p, k) => locals.set(p.name.name, args[k] ?? NULL))
    const owner = fn.evaluation instanceof Evaluation ? fn.evaluation : this
    return owner.eval(fn.node.body, { locals, parent: fn.scope as Scope })
  }

  private call(node: A.Call, scope: Scope): Val {
    if (node.object) {
      // `az.resourceId(...)`, `sys.concat(...)`: namespaces; `res.listKeys()`: runtime
      if (
        node.object.kind === 'Identifier' &&
        (node.object.name === 'az' || node.object.name === 'sys') &&
        !scope.locals.has(node.object.name)
      )
        return builtin(this, node.name.name, node, scope)
      const target = this.eval(node.object, scope)
      if (target.t === 'unknown') return target
      if (node.object.kind === 'Identifier' && this.globals.get(node.object.name)?.kind === 'import') {
        // `ns.fn(...)` with `import * as ns from './x.bicep'`
        const fn = this.member(target, node.name.name, false)
        if (fn.t === 'lambda')
          return this.callLambda(
            fn,
            node.args.map((a) => this.eval(a, scope))
          )
      }
      return unknownVal(`${node.name.name}() is evaluated at deployment`)
    }
    const local = this.lookupLocal(node.name.name, scope)
    if (local)
      return this.callLambda(
        local,
        node.args.map((a) => this.eval(a, scope))
      )
    const sym = this.globals.get(node.name.name)
    if (sym?.kind === 'func' || sym?.kind === 'import')
      return this.callLambda(
        this.global(node.name.name, sym),
        node.args.map((a) => this.eval(a, scope))
      )
    return builtin(this, node.name.name, node, scope)
  }

  private lookupLocal(name: string, scope: Scope): Val | undefined {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const v = s.locals.get(name)
      if (v) return v
    }
    return undefined
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
