/**
 * Evaluated Bicep resources → declarations: a managed cluster's
 * `agentPoolProfiles` entries and `agentPools` resources become pools,
 * `snapshots` resources become snapshots. Each value keeps the span of the
 * expression that states it in the resource (or the variable the resource
 * object was built in); a value from a parameter default therefore points
 * at the place that uses the parameter, not at the default.
 */
import {
  known,
  unknown,
  type Declaration,
  type PoolDeclaration,
  type SnapshotDeclaration,
  type SnapshotInfo,
  type SnapshotRef,
  type Span,
  type Value
} from '../../model.js'
import type { Evaluation, ResourceInstance } from './evaluate.js'
import { get, type Slot, type Val } from './values.js'

const CLUSTER = 'microsoft.containerservice/managedclusters'
const AGENT_POOL = 'microsoft.containerservice/managedclusters/agentpools'
const SNAPSHOT = 'microsoft.containerservice/snapshots'

const NOT_STATED = 'not stated'

interface ClusterInfo {
  inst: ResourceInstance
  name: Value<string>
  location: Value<string>
  version: Value<string>
  id: Val
}

interface PoolRecord {
  decl: PoolDeclaration
  /** The pool's resource id as evaluated (partial when the subscription/group are unknown). */
  id: Val
}

/** A string property; strings with unknown parts stay partial only for ids (`partial`), as the ARM reader does. */
function stringValue(slot: Slot | undefined, partial = false): Value<string> {
  if (!slot) return unknown(NOT_STATED)
  const v = slot.value
  const span = slot.span
  if (v.t === 'string') {
    if (v.partial && !partial) return unknown(`'${v.v}' has parts known only at deployment`, span)
    const k = known(v.v, span)
    if (v.partial) k.partial = true
    return k
  }
  if (v.t === 'unknown') return unknown(v.reason, span)
  if (v.t === 'null') return unknown(NOT_STATED, span)
  if (v.t === 'int') return known(String(v.v), span)
  return unknown(`not a string (${v.t})`, span)
}

function boolValue(slot: Slot | undefined): Value<boolean> {
  if (!slot) return unknown(NOT_STATED)
  const v = slot.value
  if (v.t === 'bool') return known(v.v, slot.span)
  if (v.t === 'string' && /^(true|false)$/i.test(v.v)) return known(v.v.toLowerCase() === 'true', slot.span)
  if (v.t === 'unknown') return unknown(v.reason, slot.span)
  return unknown(NOT_STATED, slot.span)
}

function idText(v: Val): string | undefined {
  return v.t === 'string' ? v.v.toLowerCase() : undefined
}

function relocate<T>(v: Value<T>, span: Span): Value<T> {
  return { ...v, span }
}

export function declarationsOf(ev: Evaluation, prefix: string | undefined): Declaration[] {
  const deployed = ev.resources().filter((r) => !(r.condition?.t === 'bool' && !r.condition.v))
  const instanceName = (r: ResourceInstance): string | undefined => [prefix, r.label].filter(Boolean).join(' ') || undefined
  const header = (r: ResourceInstance): Span => ev.span({ start: r.decl.keyword.start, end: r.decl.type.end })

  const clusters: ClusterInfo[] = []
  for (const r of deployed) {
    if (r.type.toLowerCase() !== CLUSTER) continue
    const body = ev.bodyOf(r)
    const properties = get(body, 'properties')?.value
    clusters.push({
      inst: r,
      name: stringValue(get(body, 'name')),
      location: r.existing ? unknown(`the region of existing cluster '${r.symbol}'`) : stringValue(get(body, 'location')),
      version: r.existing
        ? unknown(`the version of existing cluster '${r.symbol}'`)
        : properties
          ? stringValue(get(properties, 'kubernetesVersion'))
          : unknown(NOT_STATED),
      id: r.ref.id()
    })
  }
  const clusterOf = (ref: ResourceInstance['ref'] | undefined) => clusters.find((c) => c.inst.ref === ref)

  const pools: PoolRecord[] = []
  const makePool = (
    props: Val,
    cluster: ClusterInfo | undefined,
    clusterName: Value<string>,
    span: Span,
    resourceName: string,
    instance: string | undefined,
    id: Val,
    poolLocationSpan: Span
  ) => {
    const name = stringValue(get(props, 'name'))
    const mode = stringValue(get(props, 'mode'))
    const location = cluster ? cluster.location : unknown('the cluster is not declared in this file')
    const decl: PoolDeclaration = {
      kind: 'pool',
      source: 'bicep',
      span,
      resource: resourceName,
      name,
      cluster: clusterName,
      mode,
      vmSize: stringValue(get(props, 'vmSize')),
      location: location.span ? location : relocate(location, poolLocationSpan),
      kubernetesVersion: stringValue(get(props, 'orchestratorVersion')),
      controlPlaneVersion: cluster ? cluster.version : unknown('the cluster is not declared in this file'),
      osType: stringValue(get(props, 'osType')),
      osSku: stringValue(get(props, 'osSKU')),
      enableFips: boolValue(get(props, 'enableFIPS')),
      system: mode.known && mode.value.toLowerCase() === 'system'
    }
    if (instance) decl.instance = instance
    const snapshot = snapshotRef(get(props, 'creationData'))
    if (snapshot) decl.snapshot = snapshot
    pools.push({ decl, id })
  }

  for (const c of clusters) {
    if (c.inst.existing) continue
    const properties = get(ev.bodyOf(c.inst), 'properties')?.value
    const profiles = properties ? get(properties, 'agentPoolProfiles')?.value : undefined
    if (profiles?.t !== 'array') continue
    for (const item of profiles.items) {
      if (item.value.t !== 'object') continue
      const nameSlot = get(item.value, 'name')
      const poolName = nameSlot?.value.t === 'string' ? nameSlot.value.v : undefined
      const span = nameSlot?.span ?? item.span ?? header(c.inst)
      const id =
        poolName && c.id.t === 'string' ? { t: 'string' as const, v: `${c.id.v}/agentPools/${poolName}`, partial: c.id.partial } : c.id
      const locationSpan = c.location.span ?? span
      makePool(item.value, c, c.name, span, `agentPools/${poolName ?? c.inst.symbol}`, instanceName(c.inst), id, locationSpan)
    }
  }

  for (const r of deployed) {
    if (r.type.toLowerCase() !== AGENT_POOL || r.existing) continue
    const body = ev.bodyOf(r)
    const parentVal = get(body, 'parent')?.value
    const parentRef = r.parent?.ref ?? (parentVal?.t === 'resource' ? parentVal.ref : undefined)
    let cluster = clusterOf(parentRef)
    let clusterName: Value<string> = cluster ? cluster.name : unknown('the cluster is not declared in this file')
    let poolName = stringValue(get(body, 'name'))
    const rawName = get(body, 'name')
    if (!parentRef && rawName?.value.t === 'string' && rawName.value.v.includes('/')) {
      // `name: '${cluster.name}/pool'`: the cluster part may be known only at deployment
      const slash = rawName.value.v.lastIndexOf('/')
      const part = (v: string): Slot => ({ value: { t: 'string', v, partial: v.includes('{?}') }, span: rawName.span })
      const c = rawName.value.v.slice(0, slash)
      clusterName = stringValue(part(c))
      poolName = stringValue(part(rawName.value.v.slice(slash + 1)))
      cluster = clusters.find((x) => x.name.known && x.name.value.toLowerCase() === c.toLowerCase())
    } else if (parentRef && !cluster) {
      const v = ev.member({ t: 'resource', ref: parentRef }, 'name', false)
      clusterName = v.t === 'string' ? known(v.v) : unknown(v.t === 'unknown' ? v.reason : 'the cluster name')
    }
    const properties: Val = get(body, 'properties')?.value ?? { t: 'object', props: new Map() }
    // the pool's own name/span: name lives on the resource, the rest under `properties`
    const props: Val = { t: 'object', props: new Map(properties.t === 'object' ? properties.props : []) }
    if (properties.t === 'object' && properties.open) props.open = properties.open
    const nameEntry = get(body, 'name')
    if (props.t === 'object' && nameEntry)
      props.props.set('name', { ...nameEntry, value: poolName.known ? { t: 'string', v: poolName.value } : nameEntry.value })
    const resourceName = `agentPools/${poolName.known && !poolName.partial ? poolName.value : r.symbol}`
    if (properties.t !== 'object') {
      // properties we cannot read (a parameter without default): the pool exists, its settings are unknown
      const span = header(r)
      const reason = properties.t === 'unknown' ? properties.reason : 'properties'
      const decl: PoolDeclaration = {
        kind: 'pool',
        source: 'bicep',
        span,
        resource: resourceName,
        name: poolName,
        cluster: clusterName,
        mode: unknown(reason),
        vmSize: unknown(reason),
        location: cluster ? relocate(cluster.location, span) : unknown('the cluster is not declared in this file'),
        kubernetesVersion: unknown(reason),
        controlPlaneVersion: cluster ? cluster.version : unknown('the cluster is not declared in this file'),
        osType: unknown(reason),
        osSku: unknown(reason),
        enableFips: unknown(reason),
        snapshot: { id: unknown(reason) },
        system: false
      }
      const inst = instanceName(r)
      if (inst) decl.instance = inst
      pools.push({ decl, id: r.ref.id() })
      continue
    }
    makePool(props, cluster, clusterName, header(r), resourceName, instanceName(r), r.ref.id(), header(r))
  }

  const snapshots: { decl: SnapshotDeclaration; id: Val }[] = []
  for (const r of deployed) {
    if (r.type.toLowerCase() !== SNAPSHOT || r.existing) continue
    const body = ev.bodyOf(r)
    const properties = get(body, 'properties')?.value
    const creation = properties ? get(properties, 'creationData')?.value : undefined
    const sourceSlot = creation ? get(creation, 'sourceResourceId') : undefined
    const sourceResourceId = stringValue(sourceSlot, true)
    const id = r.ref.id()
    const name = stringValue(get(body, 'name'))
    const decl: SnapshotDeclaration = {
      kind: 'snapshot',
      source: 'bicep',
      span: header(r),
      resource: `snapshots/${name.known && !name.partial ? name.value : r.symbol}`,
      name,
      id:
        id.t === 'string'
          ? Object.assign(known(id.v), id.partial ? { partial: true } : {})
          : unknown(id.t === 'unknown' ? id.reason : 'id'),
      location: stringValue(get(body, 'location')),
      sourceResourceId,
      sourceLocation: unknown('the source pool is not declared in this file')
    }
    const inst = instanceName(r)
    if (inst) decl.instance = inst
    const source = sourceSlot ? idText(sourceSlot.value) : undefined
    const pool = source ? pools.find((p) => idText(p.id) === source) : undefined
    if (pool) {
      const p = pool.decl
      decl.sourceLocation = p.location.known ? known(p.location.value, p.location.span) : p.location
      const info: Partial<SnapshotInfo> = {}
      if (id.t === 'string' && !id.partial) info.id = id.v
      const k = p.kubernetesVersion.known ? p.kubernetesVersion : p.controlPlaneVersion
      if (k.known && !k.partial) info.kubernetesVersion = k.value
      if (p.osType.known && !p.osType.partial) info.osType = p.osType.value
      if (p.osSku.known && !p.osSku.partial) info.osSku = p.osSku.value
      if (p.vmSize.known && !p.vmSize.partial) info.vmSize = p.vmSize.value
      if (p.enableFips.known) info.enableFips = p.enableFips.value
      if (decl.location.known && !decl.location.partial) info.location = decl.location.value
      else if (p.location.known && !p.location.partial) info.location = p.location.value
      if (sourceResourceId.known && !sourceResourceId.partial) info.sourceResourceId = sourceResourceId.value
      if (name.known && !name.partial) info.name = name.value
      decl.properties = info
    }
    snapshots.push({ decl, id })
  }

  // A pool pinned to a snapshot of this file gets that snapshot's properties.
  for (const p of pools) {
    const ref = p.decl.snapshot
    if (!ref || !ref.id.known || typeof ref.id.value !== 'string') continue
    const target = ref.id.value.toLowerCase()
    const snap = snapshots.find((s) => idText(s.id) === target)
    if (snap?.decl.properties) ref.resolved = snap.decl.properties
  }

  return [...pools.map((p) => p.decl), ...snapshots.map((s) => s.decl)]
}

function snapshotRef(slot: Slot | undefined): SnapshotRef | undefined {
  if (!slot) return undefined
  const v = slot.value
  if (v.t === 'null') return { id: known(null, slot.span) }
  if (v.t === 'unknown') return { id: unknown(v.reason, slot.span) }
  if (v.t !== 'object') return { id: unknown('creationData is not an object', slot.span) }
  const source = get(v, 'sourceResourceId')
  if (!source) return { id: known(null, slot.span) }
  const s = source.value
  if (s.t === 'null') return { id: known(null, source.span) }
  if (s.t === 'string') {
    const k: Value<string | null> = known(s.v, source.span)
    if (s.partial) (k as { partial?: boolean }).partial = true
    return { id: k }
  }
  if (s.t === 'unknown') return { id: unknown(s.reason, source.span) }
  return { id: unknown('not a string', source.span) }
}
