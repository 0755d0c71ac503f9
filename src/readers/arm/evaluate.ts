import type { Node } from 'jsonc-parser'
import { child, entries } from './json.js'
import { isExpression, parseExpression, unescapeLiteral, type Expr, type ParsedExpression } from './expression.js'
import { callFunction } from './functions.js'
import { getProperty, isObject, PStr, Unk, type RObject, type RV } from './values.js'

/** What a deployment knows about where it runs; unknown unless a caller says. */
export interface DeploymentContext {
  subscriptionId: RV
  resourceGroupName: RV
  resourceGroupLocation: RV
}

export const UNKNOWN_DEPLOYMENT: DeploymentContext = {
  subscriptionId: new Unk('the subscription is only known at deployment'),
  resourceGroupName: new Unk('the resource group is only known at deployment'),
  resourceGroupLocation: new Unk("the resource group's location is only known at deployment")
}

/** Beyond this many nested evaluations (variables referring to variables...) the value is unknown rather than a stack overflow. */
const MAX_EVAL_DEPTH = 200
/** ARM's own limit on copy counts; also bounds what a hostile template can make us do. */
export const MAX_COPY = 800

interface Shared {
  parameters: Map<string, () => RV>
  variables: Map<string, () => RV>
  deployment: DeploymentContext
  depth: { value: number }
  parsed: Map<string, ParsedExpression>
  /** What the scope was made from, to make it again with other parameter values (see withParameters). */
  template?: Node
  given: ReadonlyMap<string, RV>
}

/**
 * The names an expression can see: the template's parameters (given values,
 * else defaults), variables, the copy loops it is inside, and the deployment.
 */
export class Scope {
  private constructor(
    private readonly shared: Shared,
    private readonly copies: ReadonlyMap<string, RV>,
    private readonly currentCopy: RV | undefined,
    private readonly lambdas: ReadonlyMap<string, RV> = new Map()
  ) {}

  /**
   * A template's scope. `given` holds parameter values passed in (a
   * parameters file, a parent deployment), by lower-case name.
   */
  static forTemplate(template: Node | undefined, given: ReadonlyMap<string, RV>, deployment: DeploymentContext): Scope {
    const shared: Shared = {
      parameters: new Map(),
      variables: new Map(),
      deployment,
      depth: { value: 0 },
      parsed: new Map(),
      template,
      given
    }
    const scope = new Scope(shared, new Map(), undefined)
    for (const [name, declaration] of entries(child(template, 'parameters'))) {
      const lower = name.toLowerCase()
      const value = given.get(lower)
      const fallback = child(declaration, 'defaultValue')
      // a null value stands for "not given" when there is a default (the portal's exported parameters.json is all nulls)
      if (value !== undefined && !(value === null && fallback)) {
        shared.parameters.set(lower, () => value)
        continue
      }
      // languageVersion 2.0: a nullable parameter given no value is null
      const nullable = child(declaration, 'nullable')?.value === true
      shared.parameters.set(
        lower,
        lazy(() => (fallback ? scope.evaluate(fallback) : nullable ? null : new Unk(`parameter '${name}' has no default value`)))
      )
    }
    for (const [name, node] of entries(child(template, 'variables'))) {
      if (name.toLowerCase() === 'copy' && node.type === 'array') {
        for (const loop of node.children ?? []) scope.defineVariableLoop(loop)
        continue
      }
      shared.variables.set(
        name.toLowerCase(),
        lazy(() => scope.evaluate(node))
      )
    }
    return scope
  }

  private defineVariableLoop(loop: Node): void {
    const name = child(loop, 'name')?.value
    if (typeof name !== 'string') return
    this.shared.variables.set(
      name.toLowerCase(),
      lazy(() => {
        const count = this.evaluate(child(loop, 'count'))
        if (typeof count !== 'number') return new Unk(`the count of variable loop '${name}' is not known`)
        const input = child(loop, 'input')
        const out: RV[] = []
        for (let i = 0; i < Math.min(count, MAX_COPY); i++) out.push(this.withCopy(name, i).evaluate(input))
        return out
      })
    )
  }

  /**
   * The same template in the same copy loop instance, some parameters given
   * other values (by lower-case name): variables built from them follow.
   */
  withParameters(values: ReadonlyMap<string, RV>): Scope {
    const given = new Map(this.shared.given)
    for (const [name, value] of values) given.set(name, value)
    const fresh = Scope.forTemplate(this.shared.template, given, this.shared.deployment)
    return new Scope(fresh.shared, this.copies, this.currentCopy, this.lambdas)
  }

  /** The scope inside a copy loop instance. */
  withCopy(loop: string | undefined, index: RV): Scope {
    const copies = new Map(this.copies)
    if (loop) copies.set(loop.toLowerCase(), index)
    return new Scope(this.shared, copies, index, this.lambdas)
  }

  /** The scope inside a `lambda()` body, its parameters bound. */
  withLambda(bindings: Array<[string, RV]>): Scope {
    const lambdas = new Map(this.lambdas)
    for (const [name, value] of bindings) lambdas.set(name.toLowerCase(), value)
    return new Scope(this.shared, this.copies, this.currentCopy, lambdas)
  }

  lambdaVariable(name: string): RV {
    return this.lambdas.get(name.toLowerCase()) ?? new Unk(`lambdaVariables('${name}') outside its lambda`)
  }

  get deployment(): DeploymentContext {
    return this.shared.deployment
  }

  parameter(name: string): RV {
    const get = this.shared.parameters.get(name.toLowerCase())
    return get ? get() : new Unk(`parameter '${name}' is not declared`)
  }

  variable(name: string): RV {
    const get = this.shared.variables.get(name.toLowerCase())
    return get ? get() : new Unk(`variable '${name}' is not declared`)
  }

  copyIndex(loop: string | undefined): RV {
    if (loop === undefined) return this.currentCopy ?? new Unk('copyIndex() outside a copy loop')
    return this.copies.get(loop.toLowerCase()) ?? new Unk(`copyIndex('${loop}') outside that copy loop`)
  }

  /** Evaluates a JSON node deeply: expressions in strings, objects and arrays item by item. */
  evaluate(node: Node | undefined): RV {
    if (!node) return null
    return this.guard(() => {
      switch (node.type) {
        case 'string':
          return this.evaluateString(node.value as string)
        case 'number':
        case 'boolean':
        case 'null':
          return (node.value as RV) ?? null
        case 'array':
          return (node.children ?? []).map((item) => this.evaluate(item))
        case 'object': {
          const out: RObject = {}
          for (const [name, value] of entries(node)) out[name] = this.evaluate(value)
          return out
        }
        default:
          return new Unk('unreadable value')
      }
    })
  }

  evaluateString(text: string): RV {
    if (!isExpression(text)) return unescapeLiteral(text)
    let parsed = this.shared.parsed.get(text)
    if (!parsed) {
      parsed = parseExpression(text)
      this.shared.parsed.set(text, parsed)
    }
    if (!parsed.ok) return new Unk(`expression not understood (${parsed.error})`)
    return this.evaluateExpr(parsed.expr)
  }

  evaluateExpr(expr: Expr): RV {
    return this.guard(() => {
      switch (expr.kind) {
        case 'literal':
          return expr.value
        case 'call':
          return callFunction(expr.name, expr.args, this)
        case 'member':
          return member(this.evaluateExpr(expr.object), expr.name)
        case 'index':
          return index(this.evaluateExpr(expr.object), this.evaluateExpr(expr.index))
      }
    })
  }

  private guard(evaluate: () => RV): RV {
    const depth = this.shared.depth
    if (depth.value >= MAX_EVAL_DEPTH) return new Unk('expression nested too deeply to evaluate')
    depth.value++
    try {
      return evaluate()
    } finally {
      depth.value--
    }
  }
}

/** Evaluates once; a value that refers to itself while being evaluated is unknown. */
function lazy(compute: () => RV): () => RV {
  let state: 'new' | 'busy' | 'done' = 'new'
  let value: RV = null
  return () => {
    if (state === 'done') return value
    if (state === 'busy') return new Unk('circular reference')
    state = 'busy'
    try {
      value = compute()
    } finally {
      state = 'done'
    }
    return value
  }
}

export function member(object: RV, name: string): RV {
  if (object instanceof Unk || object instanceof PStr) return object instanceof Unk ? object : new Unk(object.reason)
  if (isObject(object)) {
    const value = getProperty(object, name)
    return value === undefined ? new Unk(`property '${name}' does not exist`) : value
  }
  return new Unk(`property '${name}' of a value that is not an object`)
}

export function index(object: RV, key: RV): RV {
  if (object instanceof Unk) return object
  if (key instanceof Unk) return key
  if (Array.isArray(object) && typeof key === 'number') {
    return key >= 0 && key < object.length ? object[key] : new Unk(`index ${key} is out of range`)
  }
  if (isObject(object) && typeof key === 'string') return member(object, key)
  return new Unk('index of a value that cannot be indexed')
}
