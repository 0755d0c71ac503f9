/**
 * Evaluates HCL expressions to values. Unknown inputs give unknown outputs
 * (with the first reason); evaluation errors (a missing attribute, a wrong
 * type) throw EvalError, which `try()`/`can()` catch and which otherwise make
 * the attribute unknown (see `evaluateAttribute`).
 */
import { UNKNOWN_PART } from '../../model.js'
import type { Expr, PostfixOp, TemplatePart } from './ast.js'
import { callFunction } from './functions.js'
import { EvalError, Lazy, PartialString, Unknown, equal, has, isObj, obj, templateText, typeName, type Val } from './values.js'

export class Scope {
  private constructor(
    private readonly parent: Scope | undefined,
    private readonly bindings: ReadonlyMap<string, Val>
  ) {}

  static root(bindings: Record<string, Val>): Scope {
    return new Scope(undefined, new Map(Object.entries(bindings)))
  }

  with(bindings: Record<string, Val>): Scope {
    return new Scope(this, new Map(Object.entries(bindings)))
  }

  get(name: string): Val | undefined {
    if (this.bindings.has(name)) return this.bindings.get(name)
    return this.parent?.get(name)
  }
}

const MAX_DEPTH = 400
let depth = 0

export function evaluate(expr: Expr, scope: Scope): Val {
  if (depth >= MAX_DEPTH) return new Unknown('expression nested too deeply')
  depth++
  try {
    return evaluateInner(expr, scope)
  } finally {
    depth--
  }
}

/** Evaluates an attribute's expression; errors become unknown values naming the problem. */
export function evaluateAttribute(expr: Expr, scope: Scope): Val {
  try {
    return evaluate(expr, scope)
  } catch (e) {
    if (e instanceof EvalError) return new Unknown(e.message)
    throw e
  }
}

function evaluateInner(expr: Expr, scope: Scope): Val {
  switch (expr.k) {
    case 'lit':
      return expr.value
    case 'tpl':
      return template(expr.parts, scope)
    case 'var': {
      const v = scope.get(expr.name)
      return v === undefined ? new Unknown(`${expr.name} is not known here`) : v
    }
    case 'attr':
      return getAttr(evaluate(expr.obj, scope), expr.name)
    case 'index':
      return getIndex(evaluate(expr.obj, scope), evaluate(expr.key, scope))
    case 'splat': {
      const base = evaluate(expr.obj, scope)
      if (base instanceof Unknown) return base
      if (base === null) return []
      const items = Array.isArray(base) ? base : isObj(base) && expr.ops.length === 0 ? [base] : isObj(base) ? [base] : [base]
      return items.map((item) => applyOps(item, expr.ops, scope))
    }
    case 'call':
      return call(expr, scope)
    case 'tuple':
      return expr.items.map((i) => evaluate(i, scope))
    case 'object': {
      const entries: [string, Val][] = []
      for (const item of expr.items) {
        const k = evaluate(item.key, scope)
        if (k instanceof Unknown || k instanceof PartialString) return new Unknown('an object key is not known')
        if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean')
          throw new EvalError(`an object key cannot be ${typeName(k)}`)
        entries.push([String(k), evaluate(item.value, scope)])
      }
      return obj(entries)
    }
    case 'cond': {
      const c = evaluate(expr.cond, scope)
      const b = asBool(c)
      if (b === undefined) {
        const t = evaluateAttribute(expr.then, scope)
        const e = evaluateAttribute(expr.else, scope)
        return equal(t, e) === true ? t : c instanceof Unknown ? c : new Unknown('the condition is not known')
      }
      return evaluate(b ? expr.then : expr.else, scope)
    }
    case 'unary': {
      const v = evaluate(expr.operand, scope)
      if (v instanceof Unknown) return v
      if (expr.op === '!') {
        const b = asBool(v)
        if (b === undefined) throw new EvalError(`! of ${typeName(v)}`)
        return !b
      }
      return -toNumber(v)
    }
    case 'binary':
      return binary(expr.op, expr.left, expr.right, scope)
    case 'for':
      return forExpr(expr, scope)
    case 'unsupported':
      return new Unknown(`${expr.what} is not evaluated`)
  }
}

function template(parts: TemplatePart[], scope: Scope): Val {
  let text = ''
  let partial = false
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part
      continue
    }
    let v: Val
    if (part.k === 'if') {
      const b = asBool(evaluate(part.cond, scope))
      if (b === undefined) v = new Unknown('a template condition is not known')
      else v = template(b ? part.then : part.else, scope)
    } else v = evaluate(part, scope)
    if (v === null) throw new EvalError('a template cannot include null')
    const t = templateText(v)
    if (!t) throw new EvalError(`a template cannot include a ${typeName(v)}`)
    text += t.text
    partial ||= t.partial
  }
  return partial ? new PartialString(text) : text
}

export function getAttr(o: Val, name: string): Val {
  if (o instanceof Unknown) return o
  if (o instanceof Lazy) {
    const v = o.member(name)
    return v === undefined ? new Unknown(`${o.what}.${name} is not known`) : v
  }
  if (isObj(o)) {
    if (has(o, name)) return o[name]
    throw new EvalError(`no attribute "${name}"`)
  }
  throw new EvalError(`cannot read "${name}" of ${typeName(o)}`)
}

export function getIndex(o: Val, k: Val): Val {
  if (o instanceof Unknown) return o
  if (k instanceof Unknown) return k
  if (k instanceof PartialString) return new Unknown('an index is not known')
  if (o instanceof Lazy) {
    const v = o.member(String(k))
    return v === undefined ? new Unknown(`${o.what}[${String(k)}] is not known`) : v
  }
  if (Array.isArray(o)) {
    const i = toNumber(k)
    if (!Number.isInteger(i) || i < 0 || i >= o.length) throw new EvalError(`index ${i} is out of range`)
    return o[i]
  }
  if (isObj(o)) {
    const key = String(k)
    if (has(o, key)) return o[key]
    throw new EvalError(`no element "${key}"`)
  }
  throw new EvalError(`cannot index ${typeName(o)}`)
}

function applyOps(v: Val, ops: PostfixOp[], scope: Scope): Val {
  let r = v
  for (const op of ops) r = op.k === 'attr' ? getAttr(r, op.name) : getIndex(r, evaluate(op.key, scope))
  return r
}

function call(expr: Extract<Expr, { k: 'call' }>, scope: Scope): Val {
  if (expr.name === 'try') {
    for (const arg of expr.args) {
      try {
        return evaluate(arg, scope)
      } catch (e) {
        if (!(e instanceof EvalError)) throw e
      }
    }
    throw new EvalError('try() found no argument without errors')
  }
  if (expr.name === 'can') {
    try {
      const v = evaluate(expr.args[0] ?? { k: 'unsupported', what: 'can', span: expr.span }, scope)
      return v instanceof Unknown ? v : true
    } catch (e) {
      if (e instanceof EvalError) return false
      throw e
    }
  }
  let args = expr.args.map((a) => evaluate(a, scope))
  if (expr.expand && args.length) {
    const last = args[args.length - 1]
    if (last instanceof Unknown) return last
    if (!Array.isArray(last)) throw new EvalError(`cannot expand ${typeName(last)} into arguments`)
    args = [...args.slice(0, -1), ...last]
  }
  return callFunction(expr.name.replace(/^core::/, ''), args)
}

export function asBool(v: Val): boolean | undefined {
  if (typeof v === 'boolean') return v
  if (v === 'true') return true
  if (v === 'false') return false
  if (v instanceof Unknown || v instanceof PartialString) return undefined
  throw new EvalError(`a condition must be a bool, not ${typeName(v)}`)
}

function toNumber(v: Val): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  throw new EvalError(`expected a number, not ${typeName(v)}`)
}

function binary(op: string, leftExpr: Expr, rightExpr: Expr, scope: Scope): Val {
  const l = evaluate(leftExpr, scope)
  if (op === '&&' || op === '||') {
    const lb = l instanceof Unknown ? undefined : asBool(l)
    if (op === '&&' && lb === false) return false
    if (op === '||' && lb === true) return true
    const r = evaluate(rightExpr, scope)
    const rb = r instanceof Unknown ? undefined : asBool(r)
    if (op === '&&' && rb === false) return false
    if (op === '||' && rb === true) return true
    if (lb === undefined || rb === undefined) return new Unknown('a condition is not known')
    return op === '&&' ? lb && rb : lb || rb
  }
  const r = evaluate(rightExpr, scope)
  if (op === '==' || op === '!=') {
    const e = equal(l, r)
    if (e === undefined) return l instanceof Unknown ? l : r instanceof Unknown ? r : new Unknown('a comparison is not known')
    return op === '==' ? e : !e
  }
  if (l instanceof Unknown) return l
  if (r instanceof Unknown) return r
  const a = toNumber(l)
  const b = toNumber(r)
  switch (op) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      if (b === 0) throw new EvalError('division by zero')
      return a / b
    case '%':
      if (b === 0) throw new EvalError('division by zero')
      return a % b
    case '<':
      return a < b
    case '>':
      return a > b
    case '<=':
      return a <= b
    case '>=':
      return a >= b
  }
  throw new EvalError(`operator ${op} is not known`)
}

function forExpr(expr: Extract<Expr, { k: 'for' }>, scope: Scope): Val {
  const coll = evaluate(expr.coll, scope)
  if (coll instanceof Unknown) return coll
  let pairs: [Val, Val][]
  if (Array.isArray(coll)) pairs = coll.map((v, i) => [i, v])
  else if (isObj(coll))
    pairs = Object.keys(coll)
      .sort()
      .map((k) => [k, coll[k]])
  else if (coll === null) throw new EvalError('for over null')
  else throw new EvalError(`for over ${typeName(coll)}`)
  const tuple: Val[] = []
  const entries = new Map<string, Val>()
  for (const [k, v] of pairs) {
    const inner = scope.with(expr.keyVar ? { [expr.keyVar]: k, [expr.valVar]: v } : { [expr.valVar]: v })
    if (expr.cond) {
      const c = asBool(evaluate(expr.cond, inner))
      if (c === undefined) return new Unknown('a for condition is not known')
      if (!c) continue
    }
    const value = evaluate(expr.valExpr, inner)
    if (!expr.object) {
      tuple.push(value)
      continue
    }
    const key = evaluate(expr.keyExpr!, inner)
    if (key instanceof Unknown || key instanceof PartialString) return new Unknown('a for key is not known')
    const ks = String(key)
    if (expr.group) entries.set(ks, [...((entries.get(ks) as Val[] | undefined) ?? []), value])
    else if (entries.has(ks)) throw new EvalError(`duplicate key "${ks}" in a for expression`)
    else entries.set(ks, value)
  }
  return expr.object ? obj([...entries]) : tuple
}

/** A partial string or string for an id built from parts that may be unknown. */
export function joinId(parts: Val[]): Val {
  let text = ''
  let partial = false
  for (const p of parts) {
    const t = p === null ? undefined : templateText(p)
    if (!t) {
      text += UNKNOWN_PART
      partial = true
    } else {
      text += t.text
      partial ||= t.partial
    }
  }
  return partial ? new PartialString(text) : text
}
