import * as path from 'node:path'
import type { Node } from 'jsonc-parser'
import type { ReaderContext } from '../types.js'
import { MAX_COPY, Scope, type DeploymentContext } from './evaluate.js'
import { isExpression, parseExpression } from './expression.js'
import { child, entries, parseJson, stringValue, type JsonDocument } from './json.js'
import { nodeView, type View } from './view.js'
import { fromJson, isObject, getProperty, PStr, Unk, type RV } from './values.js'

/** One resource as deployed: a loop instance of a resource whose condition is not known to be false. */
export interface ResourceInstance {
  /** Full type, e.g. `Microsoft.ContainerService/managedClusters/agentPools`. */
  type: string
  /** Full name, e.g. `aks1/pool1`, evaluated. */
  name: RV
  node: Node
  view: View
  scope: Scope
  doc: JsonDocument
  existing: boolean
  /** Loop instances this resource is inside, outermost first. */
  instance?: string
}

/** Nested and linked deployments deeper than this are not followed (a template linking itself, say). */
const MAX_DEPLOYMENT_DEPTH = 10
/** Resource instances read from one file at most: loops inside loops multiply, and no real template comes near. */
export const MAX_INSTANCES = 5000

export interface Walk {
  context: ReaderContext
  instances: ResourceInstance[]
  /** Linked template files on the current path, to stop cycles. */
  chain: string[]
}

/** Collects every resource instance of a template, following child resources and nested/linked deployments. */
export async function walkTemplate(walk: Walk, doc: JsonDocument, template: Node, scope: Scope, instance?: string): Promise<void> {
  await walkResources(walk, doc, child(template, 'resources'), scope, undefined, undefined, instance)
}

async function walkResources(
  walk: Walk,
  doc: JsonDocument,
  resources: Node | undefined,
  scope: Scope,
  parentType: string | undefined,
  parentName: RV | undefined,
  parentInstance: string | undefined
): Promise<void> {
  if (!resources) return
  // languageVersion 2.0: an object of symbolic names; otherwise an array
  const list = resources.type === 'array' ? (resources.children ?? []) : entries(resources).map(([, node]) => node)
  for (const node of list) {
    if (node.type !== 'object') continue
    for (const { scope: instanceScope, instance } of copies(node, scope)) {
      if (walk.instances.length >= MAX_INSTANCES) return
      const label = [parentInstance, instance].filter(Boolean).join(' > ') || undefined
      const condition = child(node, 'condition')
      if (condition && instanceScope.evaluate(condition) === false) continue
      const type = fullType(stringValue(child(node, 'type')) ?? '', parentType)
      const name = fullName(instanceScope.evaluate(child(node, 'name')), parentName, type)
      const existing = instanceScope.evaluate(child(node, 'existing')) === true
      const resource: ResourceInstance = {
        type,
        name,
        node,
        view: nodeView(node, instanceScope, doc),
        scope: instanceScope,
        doc,
        existing,
        instance: label
      }
      walk.instances.push(resource)
      await walkResources(walk, doc, child(node, 'resources'), instanceScope, type, name, label)
      if (type.toLowerCase() === 'microsoft.resources/deployments' && !existing) await walkDeployment(walk, resource)
    }
  }
}

/** The loop instances of a resource: one scope per `copy` index, or the resource itself. */
function copies(node: Node, scope: Scope): Array<{ scope: Scope; instance?: string }> {
  const copy = child(node, 'copy')
  if (!copy || copy.type !== 'object') return [{ scope }]
  const name = stringValue(child(copy, 'name'))
  const count = scope.evaluate(child(copy, 'count'))
  if (typeof count !== 'number') {
    const reason = count instanceof Unk || count instanceof PStr ? count.reason : 'copy count is not a number'
    return [{ scope: scope.withCopy(name, new Unk(reason)), instance: 'copyIndex=?' }]
  }
  const out: Array<{ scope: Scope; instance?: string }> = []
  for (let i = 0; i < Math.min(count, MAX_COPY); i++) out.push({ scope: scope.withCopy(name, i), instance: `copyIndex=${i}` })
  return out
}

function fullType(type: string, parentType: string | undefined): string {
  if (!parentType || type.includes('/')) return type
  return `${parentType}/${type}`
}

/** A child resource's name is written either in full (`cluster/pool`) or as its own segment. */
function fullName(name: RV, parentName: RV | undefined, type: string): RV {
  if (parentName === undefined) return name
  const segments = type.split('/').length - 1
  if (typeof name === 'string' && name.split('/').length >= segments) return name
  if (name instanceof PStr && name.text.split('/').length >= segments) return name
  const parts: RV[] = [parentName, '/', name]
  if (parts.every((p) => typeof p === 'string')) return parts.join('')
  const unknownPart = parts.find((p) => p instanceof Unk || p instanceof PStr) as Unk | PStr | undefined
  const text = parts.map((p) => (typeof p === 'string' ? p : p instanceof PStr ? p.text : '{?}')).join('')
  return new PStr(text, unknownPart?.reason ?? 'name not known')
}

/** Follows a `Microsoft.Resources/deployments` resource into its inline or local linked template. */
async function walkDeployment(walk: Walk, resource: ResourceInstance): Promise<void> {
  if (walk.chain.length >= MAX_DEPLOYMENT_DEPTH) return
  const properties = child(resource.node, 'properties')
  const scope = resource.scope
  const deployment = deploymentContext(resource)
  const inline = child(properties, 'template')
  if (inline && inline.type === 'object') {
    const inner = stringValue(child(child(properties, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() === 'inner'
    const innerScope = inner ? Scope.forTemplate(inline, passedParameters(properties, scope), deployment) : scope
    walk.chain.push(resource.doc.file)
    try {
      await walkTemplate(walk, resource.doc, inline, innerScope, resource.instance)
    } finally {
      walk.chain.pop()
    }
    return
  }
  const link = child(properties, 'templateLink')
  const relativePath = scope.evaluate(child(link, 'relativePath'))
  const relative = typeof relativePath === 'string' ? relativePath : artifactsPath(child(link, 'uri'), scope)
  if (typeof relative !== 'string' || !relative) return // a remote URI or a template spec: nothing local to read
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(resource.doc.file), relative.replace(/\\/g, '/')))
  if (walk.chain.includes(file) || file === resource.doc.file) return
  const text = await walk.context.readFile(file).catch(() => undefined)
  if (text === undefined) return
  const linked = parseJson(file, text.replace(/^\uFEFF/, ''))
  if (!linked.root || linked.problems.length) return // its own parse-error is reported when it is linted
  walk.chain.push(resource.doc.file)
  try {
    await walkTemplate(
      walk,
      linked,
      linked.root,
      Scope.forTemplate(linked.root, passedParameters(properties, scope), deployment),
      resource.instance
    )
  } finally {
    walk.chain.pop()
  }
}

/**
 * The quickstart convention for linked templates: `uri(parameters('_artifactsLocation'), 'nested/x.json')`
 * or `concat(parameters('_artifactsLocation'), 'nested/x.json', parameters('_artifactsLocationSasToken'))`,
 * where `_artifactsLocation` defaults to the template's own URI: the path is relative to the template.
 */
function artifactsPath(uri: Node | undefined, scope: Scope): string | undefined {
  const text = stringValue(uri)
  if (!text || !isExpression(text)) return undefined
  const parsed = parseExpression(text)
  if (!parsed.ok || parsed.expr.kind !== 'call') return undefined
  const { name, args } = parsed.expr
  const base = args[0]
  const fromArtifacts =
    base?.kind === 'call' &&
    base.name.toLowerCase() === 'parameters' &&
    base.args[0]?.kind === 'literal' &&
    String(base.args[0].value).toLowerCase() === '_artifactslocation'
  if (!fromArtifacts) return artifactsPathEvaluated(uri!, scope)
  let relative: RV
  if (name.toLowerCase() === 'uri' && args.length === 2) relative = scope.evaluateExpr(args[1])
  else if (name.toLowerCase() === 'concat' && args.length >= 2) relative = scope.evaluateExpr(args[1])
  else return undefined
  if (typeof relative !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(relative)) return undefined
  return relative.split('?')[0].replace(/^\//, '')
}

/** The URI of the template being deployed, as linked templates name it. */
const OWN_URI = /deployment\(\s*\)\s*\.\s*properties\s*\.\s*templateLink\s*\.\s*uri/i

/** Stands for `_artifactsLocation`, the URI of the folder of the template being deployed. */
const ARTIFACTS_BASE = 'https://artifacts.aks-snapshot.invalid/'

/**
 * The same convention written any other way (a variable holding the URI,
 * `format('{0}nested/x.json{1}', parameters('_artifactsLocation'), ...)`,
 * `uri(deployment().properties.templateLink.uri, 'nested/x.json')`):
 * the URI evaluated with `_artifactsLocation` standing for the template's
 * folder and no SAS token, when it lands in that folder.
 */
function artifactsPathEvaluated(uri: Node, scope: Scope): string | undefined {
  const text = stringValue(uri)
  if (!text || text.length > 2000) return undefined
  const ownUri = OWN_URI.test(text)
  if (!/_artifactsLocation/i.test(text) && !ownUri && !/^\[\s*variables\(/i.test(text)) return undefined
  const probe = scope.withParameters(
    new Map<string, RV>([
      ['_artifactslocation', ARTIFACTS_BASE],
      ['_artifactslocationsastoken', '']
    ])
  )
  let value: RV
  if (ownUri) {
    // `uri(deployment().properties.templateLink.uri, 'nested/x.json')`: relative to the template's own URI
    const parsed = parseExpression(text.replace(new RegExp(OWN_URI.source, 'gi'), `'${ARTIFACTS_BASE}template.json'`))
    if (!parsed.ok) return undefined
    value = probe.evaluateExpr(parsed.expr)
  } else value = probe.evaluate(uri)
  if (typeof value !== 'string' || !value.toLowerCase().startsWith(ARTIFACTS_BASE)) return undefined
  return value.slice(ARTIFACTS_BASE.length).split('?')[0]!.replace(/^\/+/, '') || undefined
}

/** Parameter values a deployment passes to its template, evaluated in the caller's scope. */
function passedParameters(properties: Node | undefined, scope: Scope): Map<string, RV> {
  const out = new Map<string, RV>()
  const parameters = child(properties, 'parameters')
  if (parameters?.type === 'string') {
    // the whole parameters object from an expression
    const value = scope.evaluate(parameters)
    if (isObject(value))
      for (const name of Object.keys(value)) out.set(name.toLowerCase(), parameterValue(getProperty(value, name) ?? null))
    return out
  }
  for (const [name, node] of entries(parameters)) {
    const valueNode = child(node, 'value')
    if (valueNode) out.set(name.toLowerCase(), scope.evaluate(valueNode))
    else if (child(node, 'reference')) out.set(name.toLowerCase(), new Unk(`parameter '${name}' is a Key Vault reference`))
  }
  return out
}

function parameterValue(entry: RV): RV {
  if (isObject(entry)) {
    const value = getProperty(entry, 'value')
    if (value !== undefined) return value
  }
  return new Unk('parameter value not understood')
}

/** A deployment into another resource group or subscription changes what `resourceGroup()` and `resourceId()` see. */
function deploymentContext(resource: ResourceInstance): DeploymentContext {
  const outer = resource.scope.deployment
  const group = child(resource.node, 'resourceGroup')
  const subscription = child(resource.node, 'subscriptionId')
  if (!group && !subscription) return outer
  return {
    subscriptionId: subscription ? resource.scope.evaluate(subscription) : outer.subscriptionId,
    resourceGroupName: group ? resource.scope.evaluate(group) : outer.resourceGroupName,
    resourceGroupLocation: group ? new Unk("the resource group's location is only known at deployment") : outer.resourceGroupLocation
  }
}

/** Values from a parameters file (`{ "parameters": { "x": { "value": ... } } }`), by lower-case name. */
export function parametersFileValues(doc: JsonDocument): Map<string, RV> {
  const out = new Map<string, RV>()
  for (const [name, node] of entries(child(doc.root, 'parameters'))) {
    const valueNode = child(node, 'value')
    if (valueNode) out.set(name.toLowerCase(), fromJson(plain(valueNode)))
    else if (child(node, 'reference')) out.set(name.toLowerCase(), new Unk(`parameter '${name}' is a Key Vault reference`))
  }
  return out
}

/** A JSON node as plain data (depth already bounded by parseJson). */
function plain(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [name, value] of entries(node)) out[name] = plain(value)
      return out
    }
    case 'array':
      return (node.children ?? []).map(plain)
    default:
      return node.value ?? null
  }
}
