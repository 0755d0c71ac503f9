import {
  known,
  unknown,
  UNKNOWN_PART,
  type Declaration,
  type PoolDeclaration,
  type SnapshotDeclaration,
  type SnapshotInfo,
  type SnapshotRef,
  type Value,
  NOT_STATED,
  RESOURCE_TYPES
} from '../../model.js'
import type { SuppressionDirective } from '../types.js'
import { MAX_INSTANCES, type ResourceInstance } from './template.js'
import { booleanOf, get, items, spanOfView, stringOf, toStringValue, valueOf, keys, type View } from './view.js'
import { joinParts, PStr, Unk, type RV } from './values.js'

const { cluster: CLUSTER, agentPool: AGENT_POOL, snapshot: SNAPSHOT } = RESOURCE_TYPES

interface Cluster {
  name: RV
  location: Value<string>
  kubernetesVersion: Value<string>
}

/** A pool with what a snapshot of it would freeze. */
interface PoolDraft {
  declaration: PoolDeclaration
  id: RV
  /** The snapshot properties this pool would give (known values only). */
  frozen: Partial<SnapshotInfo>
}

/** Turns resource instances into declarations and `metadata` suppressions. */
export function buildDeclarations(instances: ResourceInstance[]): { declarations: Declaration[]; suppressions: SuppressionDirective[] } {
  const clusters: Array<{ instance: ResourceInstance; cluster: Cluster }> = []
  for (const instance of instances) {
    if (instance.type.toLowerCase() !== CLUSTER) continue
    clusters.push({ instance, cluster: clusterOf(instance) })
  }

  const pools: PoolDraft[] = []
  for (const { instance, cluster } of clusters) {
    if (instance.existing) continue
    for (const item of items(get(get(instance.view, 'properties'), 'agentPoolProfiles'), 'agentPoolProfiles')) {
      if (pools.length >= MAX_INSTANCES) break
      pools.push(poolOf(instance, item.view, cluster, joinInstance(instance.instance, item.instance), 'agentPoolProfiles'))
    }
  }
  for (const instance of instances) {
    if (instance.type.toLowerCase() !== AGENT_POOL || instance.existing) continue
    const [clusterName, poolName] = splitName(instance.name)
    // a cluster declared here wins over an `existing` reference to it (a module's view of its parent)
    const named = clusters.filter((c) => sameName(c.cluster.name, clusterName))
    const cluster = (named.find((c) => !c.instance.existing) ?? named[0])?.cluster
    pools.push(
      poolOf(instance, get(instance.view, 'properties'), cluster ?? outsideCluster(clusterName), instance.instance, 'agentPools', poolName)
    )
  }

  const snapshots: SnapshotDeclaration[] = []
  for (const instance of instances) {
    if (instance.type.toLowerCase() !== SNAPSHOT || instance.existing) continue
    snapshots.push(snapshotOf(instance, pools))
  }

  for (const pool of pools) {
    const ref = pool.declaration.snapshot
    const refId = ref?.id.known ? ref.id.value : null
    if (!ref || typeof refId !== 'string') continue
    const target = snapshots.find((s) => s.id.known && sameResource(s.id.value, refId))
    if (target?.properties) ref.resolved = target.properties
  }

  return { declarations: [...pools.map((p) => p.declaration), ...snapshots], suppressions: suppressionsOf(instances) }
}

function clusterOf(instance: ResourceInstance): Cluster {
  if (instance.existing) {
    return {
      name: instance.name,
      location: unknown('the cluster is an existing resource'),
      kubernetesVersion: unknown('the cluster is an existing resource')
    }
  }
  // the pool's finding stays on the pool: these values carry no span of their own
  return {
    name: instance.name,
    location: withoutSpan(stringOf(get(instance.view, 'location'))),
    kubernetesVersion: withoutSpan(stringOf(get(get(instance.view, 'properties'), 'kubernetesVersion')))
  }
}

function outsideCluster(name: RV): Cluster {
  const reason = 'the cluster is not declared in this template'
  return { name, location: unknown(reason), kubernetesVersion: unknown(reason) }
}

function poolOf(
  instance: ResourceInstance,
  view: View | undefined,
  cluster: Cluster,
  label: string | undefined,
  kind: 'agentPoolProfiles' | 'agentPools',
  resourceName?: RV
): PoolDraft {
  const span = kind === 'agentPools' || !view ? instance.doc.spanOf(instance.node) : spanOfView(view)
  const { name, label: nameLabel } = named(
    kind === 'agentPools'
      ? toStringValue(resourceName, spanOfView(get(instance.view, 'name') ?? instance.view), { partial: true })
      : stringOf(get(view, 'name'), { partial: true })
  )
  const mode = stringOf(get(view, 'mode'))
  const vmSize = stringOf(get(view, 'vmSize'))
  const kubernetesVersion = stringOf(get(view, 'orchestratorVersion'))
  const osType = stringOf(get(view, 'osType'))
  const osSku = stringOf(get(view, 'osSKU'))
  const enableFips = booleanOf(get(view, 'enableFIPS'))
  const clusterName = toStringValue(cluster.name, undefined) as Value<string>
  const declaration: PoolDeclaration = {
    kind: 'pool',
    source: 'arm',
    span,
    resource: `${kind}/${nameLabel}`,
    name: name as Value<string>,
    cluster: clusterName,
    mode,
    vmSize,
    location: cluster.location,
    kubernetesVersion,
    controlPlaneVersion: cluster.kubernetesVersion,
    osType,
    osSku,
    enableFips,
    system: mode.known && mode.value.toLowerCase() === 'system'
  }
  if (label) declaration.instance = label
  const snapshot = snapshotRefOf(view)
  if (snapshot) declaration.snapshot = snapshot

  const d = instance.scope.deployment
  const id = joinParts([
    '/subscriptions/',
    d.subscriptionId,
    '/resourceGroups/',
    d.resourceGroupName,
    '/providers/Microsoft.ContainerService/managedClusters/',
    cluster.name,
    '/agentPools/',
    name.known ? name.value : new Unk('pool name not known')
  ])
  // what a snapshot of this pool freezes; AKS defaults for what is not stated
  const frozen: Partial<SnapshotInfo> = {}
  const version = kubernetesVersion.known ? kubernetesVersion : cluster.kubernetesVersion
  if (version.known) frozen.kubernetesVersion = version.value
  if (vmSize.known) frozen.vmSize = vmSize.value
  if (osType.known) frozen.osType = osType.value
  else if (notStated(osType)) frozen.osType = 'Linux'
  if (osSku.known) frozen.osSku = osSku.value
  if (enableFips.known) frozen.enableFips = enableFips.value
  else if (notStated(enableFips)) frozen.enableFips = false
  return { declaration, id, frozen }
}

function snapshotRefOf(view: View | undefined): SnapshotRef | undefined {
  const creation = get(view, 'creationData')
  if (!creation) return undefined
  const source = get(creation, 'sourceResourceId')
  if (source) return { id: stringOf(source, { partial: true, keepNull: true }) }
  const value = valueOf(creation)
  if (value instanceof Unk || value instanceof PStr) return { id: unknown(value.reason, spanOfView(creation)) }
  // `creationData: {}` or `null`: a reference known to be empty
  return { id: known(null, spanOfView(creation)) }
}

function snapshotOf(instance: ResourceInstance, pools: PoolDraft[]): SnapshotDeclaration {
  const { name, label: nameLabel } = named(
    toStringValue(instance.name, spanOfView(get(instance.view, 'name') ?? instance.view), { partial: true })
  )
  const d = instance.scope.deployment
  const id = toStringValue(
    joinParts([
      '/subscriptions/',
      d.subscriptionId,
      '/resourceGroups/',
      d.resourceGroupName,
      '/providers/Microsoft.ContainerService/snapshots/',
      instance.name
    ]),
    undefined,
    { partial: true }
  ) as Value<string>
  const location = stringOf(get(instance.view, 'location'))
  const sourceResourceId = stringOf(get(get(get(instance.view, 'properties'), 'creationData'), 'sourceResourceId'), { partial: true })
  const declaration: SnapshotDeclaration = {
    kind: 'snapshot',
    source: 'arm',
    span: instance.doc.spanOf(instance.node),
    resource: `snapshots/${nameLabel}`,
    name,
    id,
    location,
    sourceResourceId,
    sourceLocation: unknown('the source pool is not declared in this template')
  }
  if (instance.instance) declaration.instance = instance.instance
  const sourceId = sourceResourceId.known ? sourceResourceId.value : undefined
  const source = sourceId === undefined ? undefined : pools.find((p) => sameResource(p.id, sourceId))
  if (source && sourceId !== undefined) {
    declaration.sourceLocation = source.declaration.location
    const properties: Partial<SnapshotInfo> = { ...source.frozen }
    if (id.known) properties.id = id.value
    if (name.known) properties.name = name.value
    if (location.known) properties.location = location.value
    properties.sourceResourceId = sourceId
    declaration.properties = properties
  }
  return declaration
}

/** `metadata: { "aks-snapshot-ignore": { "<rule>": "<reason>" } }` on a resource. */
function suppressionsOf(instances: ResourceInstance[]): SuppressionDirective[] {
  const out: SuppressionDirective[] = []
  const seen = new Set<string>()
  for (const instance of instances) {
    const key = `${instance.doc.file}:${instance.node.offset}`
    if (seen.has(key)) continue
    seen.add(key)
    const ignore = get(get(instance.view, 'metadata'), 'aks-snapshot-ignore')
    if (!ignore) continue
    const span = instance.doc.spanOf(instance.node)
    for (const rule of keys(ignore)) {
      const entry = get(ignore, rule)
      const reason = valueOf(entry)
      out.push({
        scope: 'resource',
        rules: [rule],
        reason: typeof reason === 'string' ? reason.trim() : '',
        span,
        ...(entry ? { at: spanOfView(entry) } : {})
      })
    }
  }
  return out
}

/**
 * A name as a declaration value (unknown when partly unknown: rules compare
 * names whole) and as a label for messages, where `aks-{?}` says more than `?`.
 */
function named(value: Value<string | null>): { name: Value<string>; label: string } {
  const label = value.known && value.value ? value.value : '?'
  if (value.known && value.partial) {
    return { name: unknown('the name is only partly known', value.span), label }
  }
  return { name: value as Value<string>, label }
}

function joinInstance(...labels: Array<string | undefined>): string | undefined {
  return labels.filter(Boolean).join(' > ') || undefined
}

function withoutSpan<T>(value: Value<T>): Value<T> {
  if (!value.span) return value
  const { span: _span, ...rest } = value
  return rest as Value<T>
}

function notStated(value: Value<unknown>): boolean {
  return !value.known && value.reason === NOT_STATED
}

/** `cluster/pool` → [cluster, pool], unknown parts kept unknown. */
function splitName(name: RV): [RV, RV] {
  if (typeof name === 'string') {
    const parts = name.split('/')
    return parts.length === 2 ? [parts[0], parts[1]] : [new Unk(`agent pool name '${name}' is not 'cluster/pool'`), name]
  }
  if (name instanceof PStr) {
    const parts = name.text.split('/')
    if (parts.length !== 2) return [new Unk(name.reason), new Unk(name.reason)]
    const part = (p: string): RV => (p === UNKNOWN_PART ? new Unk(name.reason) : p.includes(UNKNOWN_PART) ? new PStr(p, name.reason) : p)
    return [part(parts[0]), part(parts[1])]
  }
  const reason = name instanceof Unk ? name.reason : 'agent pool name not known'
  return [new Unk(reason), new Unk(reason)]
}

function sameName(a: RV, b: RV): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()
}

/**
 * Whether two ids (possibly with unknown parts) name the same resource: the
 * provider path must be fully known and equal; the subscription and resource
 * group equal or unknown on either side. Within one template an unknown
 * subscription is the deployment's on both sides.
 */
export function sameResource(a: RV | string, b: string): boolean {
  const text = typeof a === 'string' ? a : a instanceof PStr ? a.text : undefined
  if (text === undefined) return false
  const x = splitId(text)
  const y = splitId(b)
  if (!x || !y || x.provider.includes(UNKNOWN_PART) || x.provider !== y.provider) return false
  const part = (p: string, q: string): boolean => p === q || p === UNKNOWN_PART || q === UNKNOWN_PART
  return part(x.subscription, y.subscription) && part(x.group, y.group)
}

function splitId(id: string): { subscription: string; group: string; provider: string } | undefined {
  const match = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)(\/providers\/.+?)\/?$/i.exec(id.trim())
  if (!match) return undefined
  return { subscription: match[1].toLowerCase(), group: match[2].toLowerCase(), provider: match[3].toLowerCase() }
}
