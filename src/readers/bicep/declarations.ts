/**
 * Evaluated Bicep resources → declarations: a managed cluster's
 * `agentPoolProfiles` entries and `agentPools` resources become pools,
 * `snapshots` resources become snapshots. Each value keeps the span of the
 * expression that states it in the resource. A value written elsewhere (a
 * parameter default, a variable, a module caller's file) points at the place
 * in the resource that uses it (SPEC §5), as in the ARM reader: see `anchor`.
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
  type Value,
  RESOURCE_TYPES,
  NOT_STATED
} from '../../model.js'
import type { Evaluation, ResourceInstance } from './evaluate.js'
import { get, type Slot, type Val } from './values.js'

const { cluster: CLUSTER, agentPool: AGENT_POOL, snapshot: SNAPSHOT } = RESOURCE_TYPES

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

/** The resource's own text, and the place in it that uses the value being read. */
interface Anchor {
  range: Span
  use: Span
}

function inside(span: Span, range: Span): boolean {
  if (span.file !== range.file) return false
  const after = span.line > range.line || (span.line === range.line && span.column >= range.column)
  const before = span.line < range.endLine || (span.line === range.endLine && span.column <= range.endColumn)
  return after && before
}

/**
 * A slot read from a resource, its span kept when it lies in the resource's
 * text, else the span of the place in the resource that uses it: the items of
 * `agentPoolProfiles: pools` (a parameter default or variable) point at
 * `pools`, the properties of `properties: poolProps` at `poolProps`.
 */
function anchor<S extends Slot>(slot: S | undefined, a: Anchor): S | undefined {
  if (!slot || (slot.span && inside(slot.span, a.range))) return slot
  return { ...slot, span: a.use }
}

/** The anchor for values read inside an (anchored) slot. */
function below(slot: Slot | undefined, a: Anchor): Anchor {
  return slot?.span ? { range: a.range, use: slot.span } : a
}

export function declarationsOf(ev: Evaluation, prefix: string | undefined): Declaration[] {
  const deployed = ev.resources().filter((r) => !(r.condition?.t === 'bool' && !r.condition.v))
  const instanceName = (r: ResourceInstance): string | undefined => [prefix, r.label].filter(Boolean).join(' ') || undefined
  const header = (r: ResourceInstance): Span => ev.span({ start: r.decl.keyword.start, end: r.decl.type.end })
  const anchorOf = (r: ResourceInstance): Anchor => ({ range: ev.span(r.decl), use: header(r) })

  const clusters: ClusterInfo[] = []
  for (const r of deployed) {
    if (r.type.toLowerCase() !== CLUSTER) continue
    const body = ev.bodyOf(r)
    const a = anchorOf(r)
    const propertiesSlot = anchor(get(body, 'properties'), a)
    const properties = propertiesSlot?.value
    clusters.push({
      inst: r,
      name: stringValue(anchor(get(body, 'name'), a)),
      location: r.existing ? unknown(`the region of existing cluster '${r.symbol}'`) : stringValue(anchor(get(body, 'location'), a)),
      version: r.existing
        ? unknown(`the version of existing cluster '${r.symbol}'`)
        : properties
          ? stringValue(anchor(get(properties, 'kubernetesVersion'), below(propertiesSlot, a)))
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
    poolLocationSpan: Span,
    a: Anchor
  ) => {
    const prop = (key: string) => anchor(get(props, key), a)
    const name = stringValue(prop('name'))
    const mode = stringValue(prop('mode'))
    const location = cluster ? cluster.location : unknown('the cluster is not declared in this file')
    const decl: PoolDeclaration = {
      kind: 'pool',
      source: 'bicep',
      span,
      resource: resourceName,
      name,
      cluster: clusterName,
      mode,
      vmSize: stringValue(prop('vmSize')),
      location: location.span ? location : relocate(location, poolLocationSpan),
      kubernetesVersion: stringValue(prop('orchestratorVersion')),
      controlPlaneVersion: cluster ? cluster.version : unknown('the cluster is not declared in this file'),
      osType: stringValue(prop('osType')),
      osSku: stringValue(prop('osSKU')),
      enableFips: boolValue(prop('enableFIPS')),
      system: mode.known && mode.value.toLowerCase() === 'system'
    }
    if (instance) decl.instance = instance
    const creationData = prop('creationData')
    const snapshot = snapshotRef(creationData, below(creationData, a))
    if (snapshot) decl.snapshot = snapshot
    pools.push({ decl, id })
  }

  for (const c of clusters) {
    if (c.inst.existing) continue
    const a = anchorOf(c.inst)
    const propertiesSlot = anchor(get(ev.bodyOf(c.inst), 'properties'), a)
    const profilesSlot = propertiesSlot ? anchor(get(propertiesSlot.value, 'agentPoolProfiles'), below(propertiesSlot, a)) : undefined
    const profiles = profilesSlot?.value
    if (profiles?.t !== 'array') continue
    for (const raw of profiles.items) {
      const item = anchor(raw, below(profilesSlot, a))!
      if (item.value.t !== 'object') continue
      const itemAnchor = below(item, a)
      const nameSlot = anchor(get(item.value, 'name'), itemAnchor)
      const poolName = nameSlot?.value.t === 'string' ? nameSlot.value.v : undefined
      const span = nameSlot?.span ?? item.span ?? header(c.inst)
      const id =
        poolName && c.id.t === 'string' ? { t: 'string' as const, v: `${c.id.v}/agentPools/${poolName}`, partial: c.id.partial } : c.id
      const locationSpan = c.location.span ?? span
      makePool(item.value, c, c.name, span, `agentPools/${poolName ?? c.inst.symbol}`, instanceName(c.inst), id, locationSpan, itemAnchor)
    }
  }

  for (const r of deployed) {
    if (r.type.toLowerCase() !== AGENT_POOL || r.existing) continue
    const body = ev.bodyOf(r)
    const a = anchorOf(r)
    const parentVal = get(body, 'parent')?.value
    const parentRef = r.parent?.ref ?? (parentVal?.t === 'resource' ? parentVal.ref : undefined)
    let cluster = clusterOf(parentRef)
    let clusterName: Value<string> = cluster ? cluster.name : unknown('the cluster is not declared in this file')
    let poolName = stringValue(anchor(get(body, 'name'), a))
    const rawName = anchor(get(body, 'name'), a)
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
    const propertiesSlot = anchor(get(body, 'properties'), a)
    const properties: Val = propertiesSlot?.value ?? { t: 'object', props: new Map() }
    // the pool's own name/span: name lives on the resource, the rest under `properties`
    const props: Val = { t: 'object', props: new Map(properties.t === 'object' ? properties.props : []) }
    if (properties.t === 'object' && properties.open) props.open = properties.open
    const nameEntry = rawName
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
    makePool(props, cluster, clusterName, header(r), resourceName, instanceName(r), r.ref.id(), header(r), below(propertiesSlot, a))
  }

  const snapshots: { decl: SnapshotDeclaration; id: Val }[] = []
  for (const r of deployed) {
    if (r.type.toLowerCase() !== SNAPSHOT || r.existing) continue
    const body = ev.bodyOf(r)
    const a = anchorOf(r)
    const propertiesSlot = anchor(get(body, 'properties'), a)
    const creationSlot = propertiesSlot ? anchor(get(propertiesSlot.value, 'creationData'), below(propertiesSlot, a)) : undefined
    const sourceSlot = creationSlot ? anchor(get(creationSlot.value, 'sourceResourceId'), below(creationSlot, a)) : undefined
    const sourceResourceId = stringValue(sourceSlot, true)
    const id = r.ref.id()
    const name = stringValue(anchor(get(body, 'name'), a))
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
      location: stringValue(anchor(get(body, 'location'), a)),
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
      // AKS defaults for what the source pool does not state, as the ARM reader does
      if (p.osType.known && !p.osType.partial) info.osType = p.osType.value
      else if (notStated(p.osType)) info.osType = 'Linux'
      if (p.osSku.known && !p.osSku.partial) info.osSku = p.osSku.value
      if (p.vmSize.known && !p.vmSize.partial) info.vmSize = p.vmSize.value
      if (p.enableFips.known) info.enableFips = p.enableFips.value
      else if (notStated(p.enableFips)) info.enableFips = false
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

function snapshotRef(slot: Slot | undefined, a: Anchor): SnapshotRef | undefined {
  if (!slot) return undefined
  const v = slot.value
  if (v.t === 'null') return { id: known(null, slot.span) }
  if (v.t === 'unknown') return { id: unknown(v.reason, slot.span) }
  if (v.t !== 'object') return { id: unknown('creationData is not an object', slot.span) }
  const source = anchor(get(v, 'sourceResourceId'), a)
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

function notStated(value: Value<unknown>): boolean {
  return !value.known && value.reason === NOT_STATED
}
