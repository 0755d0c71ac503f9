/**
 * `terraform show -json` plans: final values, the most precise source there
 * is. `resource_changes` carries each resource's planned values (`after`) and
 * which of them are known only after apply (`after_unknown`); a resource it
 * does not list (no `resource_changes`, or a plan whose no-op changes were
 * filtered out, as `jq` scripts for policy checks often do) is read from
 * `planned_values`, where unknown values are simply absent. Spans point into
 * the plan file.
 */
import { findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser'
import type { Declaration, ParseProblem } from '../../model.js'
import type { EvalAttr, EvalBody } from './config.js'
import { buildDeclarations, type ResourceView } from './declarations.js'
import { jsonExpr, parseJson, type Positions } from './json-syntax.js'
import { Unknown, fromJson } from './values.js'

export function readPlan(file: string, text: string): { declarations: Declaration[]; problems: ParseProblem[] } {
  const { root, problem, positions } = parseJson(file, text)
  if (problem || !root) return { declarations: [], problems: problem ? [problem] : [] }
  const views: ResourceView[] = []
  // Addresses `resource_changes` speaks for, deleted ones included: `planned_values` adds only the others.
  const listed = new Set<string>()
  const changes = findNodeAtLocation(root, ['resource_changes'])
  for (const entry of changes?.type === 'array' ? (changes.children ?? []) : []) {
    const address = valueAt(entry, ['address'])
    if (typeof address === 'string') listed.add(address)
    const actions = valueAt(entry, ['change', 'actions'])
    if (Array.isArray(actions) && actions.every((a) => a === 'delete' || a === 'read' || a === 'forget')) continue
    const after = findNodeAtLocation(entry, ['change', 'after'])
    if (after?.type !== 'object') continue
    const view = resourceView(entry, after, findNodeAtLocation(entry, ['change', 'after_unknown']), positions)
    if (view) views.push(view)
  }
  const visit = (module: JsonNode | undefined, depth: number) => {
    if (!module || depth > 20) return
    for (const r of findNodeAtLocation(module, ['resources'])?.children ?? []) {
      const address = valueAt(r, ['address'])
      if (typeof address === 'string' && listed.has(address)) continue
      const values = findNodeAtLocation(r, ['values'])
      if (values?.type !== 'object') continue
      const view = resourceView(r, values, undefined, positions)
      if (view) views.push(view)
    }
    for (const child of findNodeAtLocation(module, ['child_modules'])?.children ?? []) visit(child, depth + 1)
  }
  visit(findNodeAtLocation(root, ['planned_values', 'root_module']), 0)
  return { declarations: buildDeclarations(views), problems: [] }
}

function valueAt(node: JsonNode, path: (string | number)[]): unknown {
  const n = findNodeAtLocation(node, path)
  return n ? jsonValue(n) : undefined
}

function jsonValue(n: JsonNode, depth = 0): unknown {
  if (depth > 100) return null
  if (n.type === 'object')
    return Object.fromEntries(
      (n.children ?? []).flatMap((p) =>
        p.children?.length === 2 ? [[String(p.children[0].value), jsonValue(p.children[1], depth + 1)]] : []
      )
    )
  if (n.type === 'array') return (n.children ?? []).map((c) => jsonValue(c, depth + 1))
  return n.value
}

function resourceView(entry: JsonNode, values: JsonNode, unknownNode: JsonNode | undefined, pos: Positions): ResourceView | undefined {
  const mode = valueAt(entry, ['mode'])
  const type = valueAt(entry, ['type'])
  const address = valueAt(entry, ['address'])
  if (typeof type !== 'string' || typeof address !== 'string') return undefined
  const index = valueAt(entry, ['index'])
  const moduleAddress = valueAt(entry, ['module_address'])
  // `module.aks["x"].azurerm_kubernetes_cluster_node_pool.pools["gpu"]` → name without keys, keys as the instance label.
  const bare = address.replace(/\[[^\]]*\]/g, '')
  const labels: string[] = []
  if (typeof index === 'number') labels.push(`count.index=${index}`)
  else if (typeof index === 'string') labels.push(`each.key=${index}`)
  const moduleKeys = typeof moduleAddress === 'string' ? moduleAddress : address.slice(0, address.lastIndexOf(type))
  if (/\[/.test(moduleKeys)) labels.push(moduleKeys.replace(/\.$/, ''))
  const body = bodyOf(values, unknownNode, pos, pos.span(entry, 1), 0)
  const id = body.attrs.get('id')?.value ?? new Unknown('known after apply')
  return {
    mode: mode === 'data' ? 'data' : 'managed',
    type,
    address: bare,
    ...(labels.length ? { label: labels.join(' in ') } : {}),
    body,
    id,
    span: pos.span(entry, 1)
  }
}

/** Planned values as an evaluated body: every property is an attribute, and arrays of objects are also blocks (`default_node_pool`). */
function bodyOf(node: JsonNode, unknownNode: JsonNode | undefined, pos: Positions, span: EvalBody['span'], depth: number): EvalBody {
  const body: EvalBody = { attrs: new Map(), blocks: new Map(), span }
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? []
    if (!k || !v) continue
    const name = String(k.value)
    // In a plan, null is an argument the configuration does not set (`snapshot_id` left out).
    if (v.type === 'null') continue
    const expr = jsonExpr(v, pos)
    const attr: EvalAttr = { value: fromJson(jsonValue(v)), expr, span: expr.span }
    body.attrs.set(name, attr)
    if (v.type === 'array' && depth < 10) {
      const items = v.children ?? []
      if (items.length && items.every((i) => i.type === 'object'))
        body.blocks.set(
          name,
          items.map((item, i) =>
            bodyOf(item, unknownNode ? findNodeAtLocation(unknownNode, [name, i]) : undefined, pos, pos.span(item, 1), depth + 1)
          )
        )
    }
  }
  // `after_unknown: { "snapshot_id": true }`: known only after apply.
  for (const prop of unknownNode?.type === 'object' ? (unknownNode.children ?? []) : []) {
    const [k, v] = prop.children ?? []
    if (!k || v?.type !== 'boolean' || v.value !== true) continue
    const name = String(k.value)
    const at = body.attrs.get(name)
    body.attrs.set(name, {
      value: new Unknown('known after apply'),
      expr: at?.expr ?? { k: 'lit', value: null, span },
      span: at?.span ?? span
    })
  }
  return body
}
