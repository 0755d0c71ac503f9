/**
 * Evaluated Terraform resources → declarations: `azurerm_kubernetes_cluster`
 * (its `default_node_pool` is the system pool), `azurerm_kubernetes_cluster_node_pool`,
 * and `azapi_resource` of the managedClusters, agentPools and snapshots types.
 * The same code serves `.tf` and plan JSON, which both arrive as EvalBody.
 */
import type { Declaration, PoolDeclaration, SnapshotDeclaration, SnapshotInfo, Span, Value } from '../../model.js'
import { known, NOT_STATED, unknown, RESOURCE_TYPES } from '../../model.js'
import type { Expr } from './ast.js'
import type { EvalAttr, EvalBody } from './config.js'
import { PartialString, Unknown, fromJson, isObj, type Obj, type Val } from './values.js'

/** A resource instance as the declaration builder needs it, from HCL or from a plan. */
export interface ResourceView {
  mode: 'managed' | 'data'
  type: string
  /** `module.aks.azurerm_kubernetes_cluster.main` without instance keys. */
  address: string
  label?: string
  body: EvalBody
  id: Val
  /** The `resource "..." "..." {` span. */
  span: Span
}

const { cluster: CLUSTER, agentPool: AGENT_POOL, snapshot: SNAPSHOT } = RESOURCE_TYPES

const azapiType = (r: ResourceView): string | undefined => {
  if (r.type !== 'azapi_resource') return undefined
  const t = r.body.attrs.get('type')?.value
  return typeof t === 'string' ? t.replace(/@.*$/, '').toLowerCase() : undefined
}

/** A body attribute as a declaration value; absent or null → unknown 'not stated' (null unsets an argument in Terraform). */
function stated(attr: EvalAttr | undefined, spanless = false): Value<string> {
  if (!attr) return unknown(NOT_STATED)
  const span = spanless ? undefined : attr.span
  return toValue(attr.value, span, false) as Value<string>
}

function toValue(v: Val, span: Span | undefined, keepNull: boolean): Value<string | null> {
  const withSpan = <T extends object>(x: T) => (span ? { ...x, span } : x)
  if (v === null)
    return keepNull ? withSpan({ known: true as const, value: null }) : withSpan({ known: false as const, reason: NOT_STATED })
  if (typeof v === 'string') return withSpan({ known: true as const, value: v })
  if (typeof v === 'number') return withSpan({ known: true as const, value: String(v) })
  if (v instanceof PartialString) return withSpan({ known: true as const, value: v.text, partial: true })
  if (v instanceof Unknown) return withSpan({ known: false as const, reason: v.reason })
  return withSpan({ known: false as const, reason: 'not a string' })
}

function boolValue(attr: EvalAttr | undefined): Value<boolean> {
  if (!attr || attr.value === null) return unknown(NOT_STATED)
  const v = attr.value
  if (typeof v === 'boolean') return known(v, attr.span)
  if (v === 'true' || v === 'false') return known(v === 'true', attr.span)
  return unknown(v instanceof Unknown ? v.reason : 'not a bool', attr.span)
}

function first(body: EvalBody, ...names: string[]): EvalAttr | undefined {
  for (const n of names) {
    const a = body.attrs.get(n)
    if (a && a.value !== null) return a
  }
  for (const n of names) if (body.attrs.has(n)) return body.attrs.get(n)
  return undefined
}

function idKey(v: Val): string | undefined {
  if (typeof v === 'string') return v.toLowerCase()
  if (v instanceof PartialString) return v.text.toLowerCase()
  return undefined
}

interface ClusterView {
  resource: ResourceView
  name: Value<string>
  location: Value<string>
  version: Value<string>
}

/** Builds the declarations of a whole configuration (or plan), then keeps those of the file asked for. */
export function buildDeclarations(resources: ResourceView[]): Declaration[] {
  const clusters = new Map<string, ClusterView>()
  for (const r of resources) {
    if (r.type === 'azurerm_kubernetes_cluster' || azapiType(r) === CLUSTER) {
      const key = idKey(r.id)
      const view = clusterView(r)
      if (key) clusters.set(key, view)
    }
  }
  const declarations: Declaration[] = []
  const pools: { id: string; decl: PoolDeclaration }[] = []
  for (const r of resources) {
    if (r.mode !== 'managed') continue
    const t = azapiType(r)
    if (r.type === 'azurerm_kubernetes_cluster') {
      const cluster = clusterView(r)
      for (const np of r.body.blocks.get('default_node_pool') ?? []) {
        const decl = azurermPool(r, np, cluster, true)
        declarations.push(decl)
        addPoolId(pools, r.id, np.attrs.get('name')?.value ?? null, decl)
      }
    } else if (r.type === 'azurerm_kubernetes_cluster_node_pool') {
      const clusterId = r.body.attrs.get('kubernetes_cluster_id')
      const cluster = clusterId ? clusters.get(idKey(clusterId.value) ?? '\u0000') : undefined
      const decl = azurermPool(r, r.body, cluster, false, clusterId)
      declarations.push(decl)
      const key = idKey(r.id)
      if (key) pools.push({ id: key, decl })
    } else if (t === CLUSTER) {
      declarations.push(...azapiClusterPools(r, pools))
    } else if (t === AGENT_POOL) {
      const parent = r.body.attrs.get('parent_id')
      const cluster = parent ? clusters.get(idKey(parent.value) ?? '\u0000') : undefined
      const decl = azapiAgentPool(r, cluster, parent)
      declarations.push(decl)
      const key = idKey(r.id)
      if (key) pools.push({ id: key, decl })
    }
  }
  const snapshots: SnapshotDeclaration[] = []
  for (const r of resources) if (r.mode === 'managed' && azapiType(r) === SNAPSHOT) snapshots.push(azapiSnapshot(r, pools))
  declarations.push(...snapshots)

  // A pool whose snapshot is declared in the same configuration learns its properties from there.
  const byId = new Map<string, SnapshotDeclaration>()
  for (const s of snapshots) if (s.id.known && s.id.value) byId.set(s.id.value.toLowerCase(), s)
  for (const d of declarations) {
    if (d.kind !== 'pool' || !d.snapshot?.id.known || typeof d.snapshot.id.value !== 'string') continue
    const s = byId.get(d.snapshot.id.value.toLowerCase())
    if (!s) continue
    const resolved: Partial<SnapshotInfo> = { ...s.properties }
    if (s.location.known && !s.location.partial) resolved.location = s.location.value
    if (s.name.known && !s.name.partial) resolved.name = s.name.value
    if (Object.keys(resolved).length) d.snapshot.resolved = resolved
  }
  return declarations
}

function addPoolId(pools: { id: string; decl: PoolDeclaration }[], clusterId: Val, name: Val, decl: PoolDeclaration): void {
  const c = idKey(clusterId)
  const n = typeof name === 'string' ? name.toLowerCase() : undefined
  if (c && n) pools.push({ id: `${c}/agentpools/${n}`, decl })
}

function clusterView(r: ResourceView): ClusterView {
  if (r.type === 'azapi_resource') {
    const body = azapiBody(r)
    const props = isObj(body) && isObj(body.properties) ? body.properties : undefined
    return {
      resource: r,
      name: stated(r.body.attrs.get('name'), true),
      location: locationOf(r, body, true),
      version: props ? (toValue(props.kubernetesVersion ?? null, undefined, false) as Value<string>) : unknown(NOT_STATED)
    }
  }
  return {
    resource: r,
    name: stated(r.body.attrs.get('name'), true),
    location: stated(r.body.attrs.get('location'), true),
    version: stated(r.body.attrs.get('kubernetes_version'), true)
  }
}

function azurermPool(
  r: ResourceView,
  np: EvalBody,
  cluster: ClusterView | undefined,
  system: boolean,
  clusterId?: EvalAttr
): PoolDeclaration {
  const snapshot = np.attrs.get('snapshot_id')
  const mode = np.attrs.get('mode')
  return {
    kind: 'pool',
    source: 'terraform',
    span: np.span,
    resource: system ? `${r.address}.default_node_pool` : r.address,
    ...(r.label ? { instance: r.label } : {}),
    name: stated(np.attrs.get('name')),
    cluster: cluster ? cluster.name : clusterId ? stated(clusterId) : unknown(NOT_STATED),
    mode: system ? known('System') : mode && mode.value !== null ? stated(mode) : known('User'),
    vmSize: stated(np.attrs.get('vm_size')),
    location: cluster ? cluster.location : unknown('the cluster is not in this configuration'),
    kubernetesVersion: stated(np.attrs.get('orchestrator_version')),
    controlPlaneVersion: cluster ? cluster.version : unknown('the cluster is not in this configuration'),
    osType: stated(np.attrs.get('os_type')),
    osSku: stated(np.attrs.get('os_sku')),
    enableFips: boolValue(first(np, 'fips_enabled', 'enable_fips')),
    ...(snapshot ? { snapshot: { id: toValue(snapshot.value, snapshot.span, true) } } : {}),
    system
  }
}

/** The azapi `body`: an HCL object (azapi 2), or `jsonencode(...)`/a JSON string (azapi 1). */
function azapiBody(r: ResourceView): Val {
  const attr = r.body.attrs.get('body')
  if (!attr) return null
  if (typeof attr.value === 'string') {
    try {
      return fromJson(JSON.parse(attr.value))
    } catch {
      return new Unknown('the body is not JSON')
    }
  }
  return attr.value
}

/** Where a path inside the body is written, when the body is written out in the resource; else the body's span. */
function bodySpan(r: ResourceView, path: (string | number)[]): Span | undefined {
  const attr = r.body.attrs.get('body')
  if (!attr) return undefined
  let e: Expr = attr.expr
  if (e.k === 'call' && e.name === 'jsonencode' && e.args[0]) e = e.args[0]
  for (const step of path) {
    let next: Expr | undefined
    if (e.k === 'object' && typeof step === 'string') next = e.items.find((i) => i.key.k === 'lit' && i.key.value === step)?.value
    else if (e.k === 'tuple' && typeof step === 'number') next = e.items[step]
    if (!next) return spanOf(attr, e)
    e = next
  }
  return e.span
}

function spanOf(attr: EvalAttr, e: Expr): Span {
  return e === attr.expr || e.span.file !== attr.span.file ? attr.span : e.span
}

function locationOf(r: ResourceView, body: Val, spanless: boolean): Value<string> {
  const attr = r.body.attrs.get('location')
  if (attr) return stated(attr, spanless)
  if (isObj(body) && body.location !== undefined)
    return toValue(body.location, spanless ? undefined : bodySpan(r, ['location']), false) as Value<string>
  return unknown(NOT_STATED)
}

function propValue(
  r: ResourceView,
  props: Obj | undefined,
  path: (string | number)[],
  key: string,
  keepNull = false
): Value<string | null> {
  if (!props || !Object.prototype.hasOwnProperty.call(props, key)) return unknown(NOT_STATED)
  return toValue(props[key], bodySpan(r, [...path, key]), keepNull)
}

function propBool(r: ResourceView, props: Obj | undefined, path: (string | number)[], key: string): Value<boolean> {
  if (!props || !Object.prototype.hasOwnProperty.call(props, key) || props[key] === null) return unknown(NOT_STATED)
  const v = props[key]
  const span = bodySpan(r, [...path, key])
  if (typeof v === 'boolean') return known(v, span)
  return unknown(v instanceof Unknown ? v.reason : 'not a bool', span)
}

/** A pool in ARM shape (agentPoolProfiles entry or agentPools properties). */
function armPool(
  r: ResourceView,
  props: Obj | undefined,
  path: (string | number)[],
  base: Omit<PoolDeclaration, 'vmSize' | 'kubernetesVersion' | 'osType' | 'osSku' | 'enableFips' | 'snapshot' | 'mode' | 'system'>,
  defaultSystem = false
): PoolDeclaration {
  // `creationData = null` is no snapshot at all (azapi drops null properties); a null `sourceResourceId` is an empty reference.
  const creation = props && isObj(props.creationData) ? props.creationData : undefined
  const mode = propValue(r, props, path, 'mode') as Value<string>
  if (!props) {
    // The body (or its properties) is not known: nothing is stated, and the snapshot reference counts as present (SPEC §5).
    const reason = unknownReason(r)
    const u = unknown(reason, r.body.attrs.get('body')?.span)
    return {
      ...base,
      mode: known(defaultSystem ? 'System' : 'User'),
      vmSize: u,
      kubernetesVersion: u,
      osType: u,
      osSku: u,
      enableFips: u,
      snapshot: { id: u },
      system: defaultSystem
    }
  }
  const system = mode.known ? String(mode.value).toLowerCase() === 'system' : defaultSystem
  return {
    ...base,
    mode: mode.known ? mode : known(system ? 'System' : 'User'),
    vmSize: propValue(r, props, path, 'vmSize') as Value<string>,
    kubernetesVersion: propValue(r, props, path, 'orchestratorVersion') as Value<string>,
    osType: propValue(r, props, path, 'osType') as Value<string>,
    osSku: propValue(r, props, path, 'osSKU') as Value<string>,
    enableFips: propBool(r, props, path, 'enableFIPS'),
    ...(creation && Object.prototype.hasOwnProperty.call(creation, 'sourceResourceId')
      ? { snapshot: { id: toValue(creation.sourceResourceId, bodySpan(r, [...path, 'creationData', 'sourceResourceId']), true) } }
      : {}),
    system
  }
}

function unknownReason(r: ResourceView): string {
  const body = r.body.attrs.get('body')?.value ?? null
  if (body instanceof Unknown) return body.reason
  const props: Val | undefined = isObj(body) ? body.properties : undefined
  if (props instanceof Unknown) return props.reason
  return 'the body is not known'
}

/** A span reduced to its first character: a pool written as an object literal is pointed at by its opening brace. */
function point(span: Span): Span {
  return { ...span, endLine: span.line, endColumn: span.column + 1 }
}

function azapiClusterPools(r: ResourceView, pools: { id: string; decl: PoolDeclaration }[]): PoolDeclaration[] {
  const body = azapiBody(r)
  const props = isObj(body) && isObj(body.properties) ? body.properties : undefined
  const profiles = props?.agentPoolProfiles
  if (!Array.isArray(profiles)) return []
  const cluster = clusterView(r)
  return profiles.map((p, i) => {
    const pool = isObj(p) ? p : undefined
    const path = ['properties', 'agentPoolProfiles', i]
    const name = pool ? (propValue(r, pool, path, 'name') as Value<string>) : unknown(NOT_STATED)
    const decl = armPool(
      r,
      pool,
      path,
      {
        kind: 'pool',
        source: 'terraform',
        span: point(bodySpan(r, path) ?? r.span),
        resource: `${r.address}.agentPoolProfiles[${i}]`,
        ...(r.label ? { instance: r.label } : {}),
        name,
        cluster: cluster.name,
        location: cluster.location,
        controlPlaneVersion: cluster.version
      },
      i === 0
    )
    addPoolId(pools, r.id, name.known ? name.value : null, decl)
    return decl
  })
}

function azapiAgentPool(r: ResourceView, cluster: ClusterView | undefined, parent: EvalAttr | undefined): PoolDeclaration {
  const body = azapiBody(r)
  const props = isObj(body) && isObj(body.properties) ? body.properties : undefined
  return armPool(r, props, ['properties'], {
    kind: 'pool',
    source: 'terraform',
    span: r.span,
    resource: r.address,
    ...(r.label ? { instance: r.label } : {}),
    name: stated(r.body.attrs.get('name')),
    cluster: cluster ? cluster.name : parent ? stated(parent) : unknown(NOT_STATED),
    location: cluster ? cluster.location : unknown('the cluster is not in this configuration'),
    controlPlaneVersion: cluster ? cluster.version : unknown('the cluster is not in this configuration')
  })
}

function azapiSnapshot(r: ResourceView, pools: { id: string; decl: PoolDeclaration }[]): SnapshotDeclaration {
  const body = azapiBody(r)
  const props = isObj(body) && isObj(body.properties) ? body.properties : undefined
  const creation = props && isObj(props.creationData) ? props.creationData : undefined
  const source = creation
    ? toValue(creation.sourceResourceId ?? null, bodySpan(r, ['properties', 'creationData', 'sourceResourceId']), false)
    : unknown(NOT_STATED)
  const sourceKey = source.known && typeof source.value === 'string' ? source.value.toLowerCase() : undefined
  const pool = sourceKey ? pools.find((p) => p.id === sourceKey)?.decl : undefined
  const idValue = toValue(r.id, undefined, false)
  const properties: Partial<SnapshotInfo> = {}
  if (pool) {
    const take = (v: Value<string>) => (v.known && !v.partial ? v.value : undefined)
    const version = take(pool.kubernetesVersion) ?? take(pool.controlPlaneVersion)
    if (version) properties.kubernetesVersion = version
    if (take(pool.vmSize)) properties.vmSize = take(pool.vmSize)
    if (take(pool.osType)) properties.osType = take(pool.osType)
    if (take(pool.osSku)) properties.osSku = take(pool.osSku)
    if (pool.enableFips.known) properties.enableFips = pool.enableFips.value
  }
  const location = locationOf(r, body, false)
  if (location.known && !location.partial) properties.location = location.value
  return {
    kind: 'snapshot',
    source: 'terraform',
    span: r.span,
    resource: r.address,
    ...(r.label ? { instance: r.label } : {}),
    name: stated(r.body.attrs.get('name')),
    id: idValue as Value<string>,
    location,
    sourceResourceId: source as Value<string>,
    sourceLocation: pool ? pool.location : unknown('the source pool is not in this configuration'),
    ...(pool ? { properties: { ...properties, ...(idValue.known && typeof idValue.value === 'string' ? { id: idValue.value } : {}) } } : {})
  }
}
