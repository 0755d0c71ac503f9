/**
 * Terraform evaluates a directory, not a file: a module is every `.tf` and
 * `.tf.json` of its folder, its variables come from `terraform.tfvars` and
 * `*.auto.tfvars` (root only) or from the `module` block that calls it. This
 * file loads directories and evaluates module instances: variables, locals,
 * resources with `count`/`for_each`, `dynamic` blocks, local module calls.
 */
import * as path from 'node:path'
import type { ParseProblem, Span } from '../../model.js'
import type { ReaderContext } from '../types.js'
import { attribute, blocksOf, type Attribute, type Block, type Body, type Expr } from './ast.js'
import { Scope, evaluateAttribute, joinId } from './evaluate.js'
import { applyType } from './types.js'
import { Lazy, PartialString, Unknown, isObj, obj, type Obj, type Val } from './values.js'

export interface ParsedFile {
  path: string
  body: Body
  problem?: ParseProblem
}

export type ParseFn = (file: string, text: string) => Promise<ParsedFile>

export interface Configuration {
  dir: string
  files: ParsedFile[]
  variables: Map<string, Block>
  locals: Map<string, Attribute>
  resources: Map<string, Block>
  data: Map<string, Block>
  modules: Map<string, Block>
  outputs: Map<string, Block>
  /** terraform.tfvars then *.auto.tfvars, in the order Terraform applies them. */
  tfvars: ParsedFile[]
}

const isTfFile = (name: string) => /\.tf$|\.tf\.json$/i.test(name)
/** `override.tf`, `*_override.tf` (and `.tf.json`): merged into the blocks of the other files (see mergeOverride). */
export const isOverrideFile = (name: string) => isTfFile(name) && /(^|[_/])override\.tf(\.json)?$/i.test(name)
export const isConfigFile = (name: string) => isTfFile(name) && !isOverrideFile(name)
export const isAutoVars = (name: string) => /(^|\/)terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/i.test(name)

export async function loadConfiguration(
  dir: string,
  ctx: ReaderContext,
  parse: (file: string) => Promise<ParsedFile | undefined>
): Promise<Configuration> {
  const entries = await ctx.listDir(dir === '' ? '.' : dir)
  const config: Configuration = {
    dir,
    files: [],
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
    tfvars: []
  }
  const names = entries.map((e) => path.posix.basename(e)).sort()
  const files = await Promise.all(names.filter(isConfigFile).map((n) => parse(join(dir, n))))
  for (const file of files) {
    if (!file) continue
    config.files.push(file)
    for (const block of file.body.blocks) {
      const [a, b] = block.labels
      if (block.type === 'variable' && a) config.variables.set(a, block)
      else if (block.type === 'locals') for (const attr of block.body.attributes) config.locals.set(attr.name, attr)
      else if (block.type === 'resource' && a && b) config.resources.set(`${a}.${b}`, block)
      else if (block.type === 'data' && a && b) config.data.set(`${a}.${b}`, block)
      else if (block.type === 'module' && a) config.modules.set(a, block)
      else if (block.type === 'output' && a) config.outputs.set(a, block)
    }
  }
  // Override files come last, in name order, each block merged into the one of the same type and labels.
  const overrides = await Promise.all(names.filter(isOverrideFile).map((n) => parse(join(dir, n))))
  for (const file of overrides) {
    if (!file) continue
    for (const block of file.body.blocks) {
      const [a, b] = block.labels
      const merge = (map: Map<string, Block>, key: string) => {
        const base = map.get(key)
        if (base) map.set(key, mergeOverride(base, block))
      }
      if (block.type === 'variable' && a) merge(config.variables, a)
      else if (block.type === 'locals') for (const attr of block.body.attributes) config.locals.set(attr.name, attr)
      else if (block.type === 'resource' && a && b) merge(config.resources, `${a}.${b}`)
      else if (block.type === 'data' && a && b) merge(config.data, `${a}.${b}`)
      else if (block.type === 'module' && a) merge(config.modules, a)
      else if (block.type === 'output' && a) merge(config.outputs, a)
    }
  }
  const varFiles = names.filter(isAutoVars).sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1))
  for (const name of varFiles) {
    const file = await parse(join(dir, name))
    if (file) config.tfvars.push(file)
  }
  return config
}

/**
 * Terraform's override merge: an attribute of the override replaces the one of
 * the same name; nested blocks of a type the override has (a `dynamic "x"`
 * counts as `x`) replace all the original's blocks of that type, unmerged.
 * The block keeps its place (its span), so its declaration stays in its file.
 */
export function mergeOverride(base: Block, over: Block): Block {
  const attributes = new Map(base.body.attributes.map((a) => [a.name, a]))
  for (const a of over.body.attributes) attributes.set(a.name, a)
  const kind = (b: Block) => (b.type === 'dynamic' ? (b.labels[0] ?? '') : b.type)
  const replaced = new Set(over.body.blocks.map(kind))
  const blocks = [...base.body.blocks.filter((b) => !replaced.has(kind(b))), ...over.body.blocks]
  return { ...base, body: { attributes: [...attributes.values()], blocks } }
}

/** A variable definitions file: `*.tfvars`, `*.tfvars.json`. */
export const isVarFile = (name: string) => /\.tfvars(\.json)?$/i.test(name)

const rank = (name: string) => (/^terraform\.tfvars$/i.test(name) ? 0 : /^terraform\.tfvars\.json$/i.test(name) ? 1 : 2)

export function join(dir: string, name: string): string {
  return dir === '' || dir === '.' ? name : path.posix.join(dir, name)
}

/** The folder a local module source names, relative to the working directory; undefined for registry/git sources. */
export function localSource(callerDir: string, source: Val): string | undefined {
  if (typeof source !== 'string' || !/^\.\.?(\/|$)/.test(source)) return undefined
  const resolved = path.posix.normalize(join(callerDir === '' ? '.' : callerDir, source)).replace(/\/+$/, '')
  if (resolved.startsWith('../') || resolved === '..') return undefined
  return resolved === '.' || resolved === '' ? '' : resolved
}

export interface EvalAttr {
  value: Val
  expr: Expr
  /** The value's place in the source. */
  span: Span
}

export interface EvalBody {
  attrs: Map<string, EvalAttr>
  blocks: Map<string, EvalBody[]>
  span: Span
}

export interface Instance {
  mode: 'managed' | 'data'
  type: string
  name: string
  block: Block
  /** `count.index=1`, `each.key=gpu` */
  label?: string
  body: EvalBody
  value: Obj
  id: Val
  module: ModuleInstance
}

const META_ARGS = new Set(['count', 'for_each', 'depends_on', 'provider', 'providers', 'source', 'version'])

/** The values of a body, as another resource's reference sees them (blocks become lists of objects). */
export function bodyValue(body: EvalBody): Obj {
  const entries: [string, Val][] = []
  for (const [name, attr] of body.attrs) entries.push([name, attr.value])
  for (const [name, blocks] of body.blocks) entries.push([name, blocks.map(bodyValue)])
  return obj(entries)
}

const MAX_MODULE_DEPTH = 8

const callCounts = new WeakMap<Map<string, Configuration>, Map<string, number>>()
/** How many `module` blocks of a root's configurations call the module in `dir`. */
function callsOf(configs: Map<string, Configuration>, dir: string): number {
  let counts = callCounts.get(configs)
  if (!counts) {
    counts = new Map()
    for (const config of configs.values())
      for (const block of config.modules.values()) {
        const source = attribute(block.body, 'source')
        const child = source ? localSource(config.dir, evaluateAttribute(source.expr, Scope.root({}))) : undefined
        if (child !== undefined) counts.set(child, (counts.get(child) ?? 0) + 1)
      }
    callCounts.set(configs, counts)
  }
  return counts.get(dir) ?? 0
}

/** One instance of a module: its variables are set, everything else is evaluated on demand and remembered. */
export class ModuleInstance {
  readonly scope: Scope
  private readonly variableValues = new Map<string, Val>()
  private readonly localValues = new Map<string, Val | 'busy'>()
  private readonly expanded = new Map<string, Instance[] | 'busy'>()
  private readonly calls = new Map<string, { key?: string | number; child: ModuleInstance }[] | 'busy'>()

  constructor(
    readonly config: Configuration,
    readonly configs: Map<string, Configuration>,
    inputs: Map<string, Val>,
    /** `module.aks.` prefix for resource names ('' at the root). */
    readonly prefix: string,
    /** Loop keys of this module instance and its parents, e.g. `module.pools["gpu"]`. */
    readonly label: string | undefined,
    readonly depth: number,
    readonly rootDir: string
  ) {
    for (const [name, block] of config.variables) {
      const typeExpr = attribute(block.body, 'type')?.expr
      let value: Val
      const def = attribute(block.body, 'default')
      const nullable = attribute(block.body, 'nullable')?.expr
      // A null argument keeps the null, unless the variable says `nullable = false`.
      const nullFallsBack = nullable?.k === 'lit' && nullable.value === false
      if (inputs.has(name) && !(inputs.get(name) === null && nullFallsBack && def)) value = inputs.get(name)!
      else if (def) value = evaluateAttribute(def.expr, Scope.root({}))
      else value = new Unknown(`variable "${name}" has no default and no value`)
      this.variableValues.set(name, typeExpr ? applyType(typeExpr, value) : value)
    }
    const namespaces: Record<string, Val> = {
      var: new Lazy('var', (n) => this.variableValues.get(n)),
      local: new Lazy('local', (n) => this.local(n)),
      path: obj([
        ['module', config.dir || '.'],
        ['root', rootDir || '.'],
        ['cwd', '.']
      ]),
      terraform: obj([['workspace', 'default']]),
      data: new Lazy('data', (type) => new Lazy(`data.${type}`, (name) => this.referenceValue('data', type, name))),
      module: new Lazy('module', (name) => this.moduleValue(name)),
      self: new Unknown('self is not evaluated')
    }
    for (const key of config.resources.keys()) {
      const type = key.slice(0, key.indexOf('.'))
      namespaces[type] ??= new Lazy(type, (name) => this.referenceValue('managed', type, name))
    }
    this.scope = Scope.root(namespaces)
  }

  private local(name: string): Val | undefined {
    const memo = this.localValues.get(name)
    if (memo === 'busy') return new Unknown(`local.${name} refers to itself`)
    if (memo !== undefined) return memo
    const attr = this.config.locals.get(name)
    if (!attr) return undefined
    this.localValues.set(name, 'busy')
    const value = evaluateAttribute(attr.expr, this.scope)
    this.localValues.set(name, value)
    return value
  }

  /** What `type.name` (or `data.type.name`) evaluates to: one object, a list (count) or a map (for_each). */
  private referenceValue(mode: 'managed' | 'data', type: string, name: string): Val | undefined {
    const block = (mode === 'managed' ? this.config.resources : this.config.data).get(`${type}.${name}`)
    if (!block) return undefined
    const instances = this.instances(mode, type, name)
    if (instances === 'busy') return new Unknown(`${type}.${name} refers to itself`)
    if (attribute(block.body, 'count')) {
      if (instances.length === 1 && !instances[0].label) return new Unknown(`the count of ${type}.${name} is not known`)
      return instances.map((i) => instanceValue(i))
    }
    if (attribute(block.body, 'for_each')) {
      if (instances.length === 1 && !instances[0].label) return new Unknown(`the for_each of ${type}.${name} is not known`)
      return obj(instances.map((i) => [String(i.label?.replace(/^each\.key=/, '') ?? ''), instanceValue(i)]))
    }
    return instances[0] ? instanceValue(instances[0]) : new Unknown(`${type}.${name} is not created`)
  }

  /** The instances of a resource or data source; 'busy' while they are being evaluated (a reference cycle). */
  instances(mode: 'managed' | 'data', type: string, name: string): Instance[] | 'busy' {
    const key = `${mode}:${type}.${name}`
    const memo = this.expanded.get(key)
    if (memo) return memo
    const block = (mode === 'managed' ? this.config.resources : this.config.data).get(`${type}.${name}`)
    if (!block) return []
    this.expanded.set(key, 'busy')
    const result: Instance[] = []
    for (const { label, scope } of expand(block.body, this.scope)) {
      const body = evalBody(block.body, scope, block.span)
      const value = bodyValue(body)
      const id = has(value, 'id') ? value.id : computedId(mode, type, value)
      result.push({ mode, type, name, block, label, body, value, id, module: this })
    }
    this.expanded.set(key, result)
    return result
  }

  /** Every managed resource instance of this module and of the local modules it calls. */
  allInstances(): Instance[] {
    return this.collect('managed')
  }

  /** Data source instances of this module and the modules it calls. */
  allData(): Instance[] {
    return this.collect('data')
  }

  private collect(mode: 'managed' | 'data'): Instance[] {
    const out: Instance[] = []
    for (const key of (mode === 'managed' ? this.config.resources : this.config.data).keys()) {
      const dot = key.indexOf('.')
      const instances = this.instances(mode, key.slice(0, dot), key.slice(dot + 1))
      if (instances !== 'busy') out.push(...instances)
    }
    for (const name of this.config.modules.keys()) {
      const calls = this.moduleCalls(name)
      if (calls !== 'busy') for (const c of calls) out.push(...c.child.collect(mode))
    }
    return out
  }

  private moduleCalls(name: string): { key?: string | number; child: ModuleInstance }[] | 'busy' {
    const memo = this.calls.get(name)
    if (memo) return memo
    const block = this.config.modules.get(name)
    if (!block || this.depth >= MAX_MODULE_DEPTH) return []
    const source = attribute(block.body, 'source')
    const dir = source ? localSource(this.config.dir, evaluateAttribute(source.expr, this.scope)) : undefined
    const childConfig = dir !== undefined ? this.configs.get(dir) : undefined
    if (!childConfig) {
      this.calls.set(name, [])
      return []
    }
    this.calls.set(name, 'busy')
    const result: { key?: string | number; child: ModuleInstance }[] = []
    for (const { label, key, scope } of expand(block.body, this.scope)) {
      const inputs = new Map<string, Val>()
      for (const attr of block.body.attributes) if (!META_ARGS.has(attr.name)) inputs.set(attr.name, evaluateAttribute(attr.expr, scope))
      // A call is named when it is looped, or when the module has other calls (two `module` blocks give findings at one place in its file).
      const named = label !== undefined || callsOf(this.configs, dir!) > 1
      const here = named ? `${this.prefix}module.${name}${label && key !== undefined ? `[${JSON.stringify(key)}]` : ''}` : undefined
      const nested = here !== undefined && !label && this.label !== undefined && here.startsWith(`${this.label}.`)
      const childLabel = nested ? here : [here, this.label].filter(Boolean).join(' in ') || undefined
      const child = new ModuleInstance(
        childConfig,
        this.configs,
        inputs,
        `${this.prefix}module.${name}.`,
        childLabel,
        this.depth + 1,
        this.rootDir
      )
      result.push({ key, child })
    }
    this.calls.set(name, result)
    return result
  }

  private moduleValue(name: string): Val | undefined {
    const block = this.config.modules.get(name)
    if (!block) return undefined
    const calls = this.moduleCalls(name)
    if (calls === 'busy') return new Unknown(`module.${name} refers to itself`)
    if (calls.length === 0) return new Unknown(`the outputs of module.${name} are not known`)
    const outputs = (c: ModuleInstance) => new Lazy(`module.${name}`, (out) => c.output(out))
    if (attribute(block.body, 'count')) return calls.map((c) => outputs(c.child))
    if (attribute(block.body, 'for_each')) return obj(calls.map((c) => [String(c.key ?? ''), outputs(c.child)]))
    return outputs(calls[0].child)
  }

  output(name: string): Val | undefined {
    const block = this.config.outputs.get(name)
    const value = block ? attribute(block.body, 'value') : undefined
    return value ? evaluateAttribute(value.expr, this.scope) : undefined
  }
}

function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== null
}

/** A resource as references see it: what the configuration sets, its id, and every other attribute unknown until apply (not an error). */
function instanceValue(i: Instance): Val {
  const where = `${i.mode === 'data' ? 'data.' : ''}${i.type}.${i.name}`
  return new Lazy(where, (attr) => {
    if (attr === 'id') return i.id
    if (Object.prototype.hasOwnProperty.call(i.value, attr) && i.value[attr] !== null) return i.value[attr]
    return new Unknown(`${where}.${attr} is known only after apply`)
  })
}

/** The instances `count` or `for_each` make; an unknown count or for_each gives one instance with unknown `count.index`/`each`, which is linted (SPEC §5). */
export function expand(body: Body, scope: Scope): { label?: string; key?: string | number; scope: Scope }[] {
  const count = attribute(body, 'count')
  if (count) {
    const n = evaluateAttribute(count.expr, scope)
    if (typeof n === 'number')
      return Array.from({ length: Math.max(0, Math.min(n, 1000)) }, (_, i) => ({
        label: `count.index=${i}`,
        key: i,
        scope: scope.with({ count: obj([['index', i]]) })
      }))
    if (typeof n === 'string' && /^\d+$/.test(n))
      return expand(
        {
          ...body,
          attributes: body.attributes.map((a) => (a === count ? { ...a, expr: { k: 'lit', value: Number(n), span: a.span } } : a))
        },
        scope
      )
    return [{ scope: scope.with({ count: obj([['index', new Unknown('count.index is not known')]]) }) }]
  }
  const forEach = attribute(body, 'for_each')
  if (forEach) {
    const v = evaluateAttribute(forEach.expr, scope)
    let pairs: [string, Val][] | undefined
    if (isObj(v))
      pairs = Object.keys(v)
        .sort()
        .map((k) => [k, v[k]])
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) pairs = [...new Set(v as string[])].sort().map((k) => [k, k])
    if (!pairs) {
      const reason = v instanceof Unknown ? v.reason : 'for_each is not known'
      return [
        {
          scope: scope.with({
            each: obj([
              ['key', new Unknown(reason)],
              ['value', new Unknown(reason)]
            ])
          })
        }
      ]
    }
    return pairs.map(([k, value]) => ({
      label: `each.key=${k}`,
      key: k,
      scope: scope.with({
        each: obj([
          ['key', k],
          ['value', value]
        ])
      })
    }))
  }
  return [{ scope }]
}

const MAX_BODY_DEPTH = 32

/** Evaluates a block body: attributes (errors become unknown values), nested blocks and `dynamic` blocks expanded. */
export function evalBody(body: Body, scope: Scope, span: Span, depth = 0): EvalBody {
  const out: EvalBody = { attrs: new Map(), blocks: new Map(), span }
  for (const attr of body.attributes) {
    if (META_ARGS.has(attr.name) && depth === 0) continue
    // An azapi `body = jsonencode({...})` is read as the object itself, so that a partly unknown body keeps its known parts.
    const e =
      attr.name === 'body' && attr.expr.k === 'call' && attr.expr.name === 'jsonencode' && attr.expr.args.length === 1
        ? attr.expr.args[0]
        : attr.expr
    out.attrs.set(attr.name, { value: evaluateAttribute(e, scope), expr: attr.expr, span: attr.expr.span })
  }
  if (depth >= MAX_BODY_DEPTH) return out
  const add = (type: string, b: EvalBody) => out.blocks.set(type, [...(out.blocks.get(type) ?? []), b])
  for (const block of body.blocks) {
    if (block.type === 'lifecycle' || block.type === 'provisioner' || block.type === 'connection') continue
    if (block.type !== 'dynamic') {
      add(block.type, evalBody(block.body, scope, block.span, depth + 1))
      continue
    }
    const type = block.labels[0]
    const content = blocksOf(block.body, 'content')[0]
    if (!type || !content) continue
    const iteratorExpr = attribute(block.body, 'iterator')?.expr
    const iterator = iteratorExpr?.k === 'var' ? iteratorExpr.name : type
    const forEach = attribute(block.body, 'for_each')
    const v = forEach ? evaluateAttribute(forEach.expr, scope) : new Unknown('dynamic block without for_each')
    let pairs: [Val, Val][] | undefined
    if (Array.isArray(v)) pairs = v.map((x, i) => [i, x])
    else if (isObj(v))
      pairs = Object.keys(v)
        .sort()
        .map((k) => [k, v[k]])
    else if (v === null) pairs = []
    if (!pairs) {
      const u = v instanceof Unknown ? v : new Unknown('the for_each of a dynamic block is not known')
      add(
        type,
        evalBody(
          content.body,
          scope.with({
            [iterator]: obj([
              ['key', u],
              ['value', u]
            ])
          }),
          block.span,
          depth + 1
        )
      )
      continue
    }
    for (const [key, value] of pairs)
      add(
        type,
        evalBody(
          content.body,
          scope.with({
            [iterator]: obj([
              ['key', key],
              ['value', value]
            ])
          }),
          block.span,
          depth + 1
        )
      )
  }
  return out
}

const SUBSCRIPTION = new Unknown('the subscription is not in the configuration')

/** The ids Azure will give the resources that matter here, with the subscription (and anything else not in the configuration) as unknown parts. */
export function computedId(mode: 'managed' | 'data', type: string, v: Obj): Val {
  const get = (k: string): Val => (Object.prototype.hasOwnProperty.call(v, k) ? v[k] : new Unknown(`${k} is not known`))
  const rgId = (rg: Val) => ['/subscriptions/', SUBSCRIPTION, '/resourceGroups/', rg]
  switch (type) {
    case 'azurerm_resource_group':
      return joinId(rgId(get('name')))
    case 'azurerm_kubernetes_cluster':
      return joinId([...rgId(get('resource_group_name')), '/providers/Microsoft.ContainerService/managedClusters/', get('name')])
    case 'azurerm_kubernetes_cluster_node_pool':
      return joinId([get('kubernetes_cluster_id'), '/agentPools/', get('name')])
    case 'azurerm_kubernetes_node_pool_snapshot':
      return joinId([...rgId(get('resource_group_name')), '/providers/Microsoft.ContainerService/snapshots/', get('name')])
    case 'azapi_resource': {
      const t = get('type')
      if (typeof t !== 'string') return new Unknown('the type of an azapi_resource is not known')
      if (mode === 'data' && Object.prototype.hasOwnProperty.call(v, 'resource_id')) return v.resource_id
      const segments = t.replace(/@.*$/, '').split('/')
      if (segments.join('/').toLowerCase() === 'microsoft.resources/resourcegroups') return joinId(rgId(get('name')))
      // Without a known parent, a top-level resource is taken to be in some resource group: the id keeps its shape.
      const parent =
        Object.prototype.hasOwnProperty.call(v, 'parent_id') && typeof v.parent_id === 'string'
          ? v.parent_id
          : v.parent_id instanceof PartialString
            ? v.parent_id
            : joinId(rgId(SUBSCRIPTION))
      if (segments.length === 2) return joinId([parent, `/providers/${segments.join('/')}/`, get('name')])
      return joinId([get('parent_id'), `/${segments[segments.length - 1]}/`, get('name')])
    }
  }
  return new Unknown(`the id of ${mode === 'data' ? 'data.' : ''}${type} is known only after apply`)
}
