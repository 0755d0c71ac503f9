import { randomUUID } from 'node:crypto'
import type { EmulatorState, Json, Operation, PoolSeed } from './state.js'
import { normalizeLocation } from './state.js'

/**
 * The parts of the AKS REST API (Microsoft.ContainerService, api-version
 * 2026-04-01 as @azure/arm-containerservice 25 sends it) that aks-snapshot
 * uses: managed clusters, agent pools (with upgradeNodeImageVersion),
 * node pool snapshots, Kubernetes versions per region, and the operation
 * status resource of long-running operations (Azure-AsyncOperation).
 */

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface ArmContext {
  state: EmulatorState
  baseUrl: string
  /** Polls an operation answers InProgress before it ends. */
  operationPolls: number
  /** Retry-After (seconds) on 201/202 answers and InProgress polls. */
  retryAfter: number
  pageSize: number
  /** Set by a `failOperation` fault: the next operation started ends Failed. */
  nextOperationFailure?: { code: string; message: string }
}

export const armError = (status: number, code: string, message: string, headers?: Record<string, string>): Reply => ({
  status,
  body: { error: { code, message } },
  ...(headers ? { headers } : {})
})

const PROVIDER = 'providers/microsoft.containerservice'
const SUB = '^/subscriptions/([^/]+)'
const RG = `${SUB}/resourcegroups/([^/]+)`
const routes: Array<[string, RegExp, (ctx: ArmContext, m: string[], req: ArmRequest) => Reply]> = [
  ['GET', new RegExp(`${SUB}$`, 'i'), getSubscription],
  ['GET', new RegExp(`${SUB}/${PROVIDER}/locations/([^/]+)/operations/([^/]+)$`, 'i'), getOperation],
  ['GET', new RegExp(`${SUB}/${PROVIDER}/locations/([^/]+)/kubernetesversions$`, 'i'), listKubernetesVersions],
  ['GET', new RegExp(`${SUB}/${PROVIDER}/locations/([^/]+)/orchestrators$`, 'i'), listOrchestrators],
  ['GET', new RegExp(`${SUB}/${PROVIDER}/managedclusters$`, 'i'), (c, m, r) => listClusters(c, m[1], undefined, r)],
  ['GET', new RegExp(`${SUB}/${PROVIDER}/snapshots$`, 'i'), (c, m, r) => listSnapshots(c, m[1], undefined, r)],
  ['GET', new RegExp(`${RG}$`, 'i'), getResourceGroup],
  ['GET', new RegExp(`${RG}/${PROVIDER}/managedclusters$`, 'i'), (c, m, r) => listClusters(c, m[1], m[2], r)],
  ['GET', new RegExp(`${RG}/${PROVIDER}/snapshots$`, 'i'), (c, m, r) => listSnapshots(c, m[1], m[2], r)],
  ['GET', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)$`, 'i'), getCluster],
  ['PUT', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)$`, 'i'), putCluster],
  ['DELETE', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)$`, 'i'), deleteCluster],
  ['GET', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)/agentpools$`, 'i'), listPools],
  ['GET', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)/agentpools/([^/]+)$`, 'i'), getPool],
  ['PUT', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)/agentpools/([^/]+)$`, 'i'), putPool],
  ['DELETE', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)/agentpools/([^/]+)$`, 'i'), deletePool],
  ['POST', new RegExp(`${RG}/${PROVIDER}/managedclusters/([^/]+)/agentpools/([^/]+)/upgradenodeimageversion$`, 'i'), upgradeNodeImage],
  ['GET', new RegExp(`${RG}/${PROVIDER}/snapshots/([^/]+)$`, 'i'), getSnapshot],
  ['PUT', new RegExp(`${RG}/${PROVIDER}/snapshots/([^/]+)$`, 'i'), putSnapshot],
  ['PATCH', new RegExp(`${RG}/${PROVIDER}/snapshots/([^/]+)$`, 'i'), patchSnapshot],
  ['DELETE', new RegExp(`${RG}/${PROVIDER}/snapshots/([^/]+)$`, 'i'), deleteSnapshot]
]

export interface ArmRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  /** AKS custom headers, names in lower case (`akssnapshotid`). */
  headers?: Record<string, string>
  /** The tenant of the bearer token. */
  tenantId?: string
}

export function handleArm(ctx: ArmContext, req: ArmRequest): Reply {
  const apiVersion = req.query.get('api-version')
  if (!apiVersion)
    return armError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.')
  // Tenant-level Microsoft.Resources calls `az login` makes: the subscriptions and tenants the token can see.
  if (/^\/subscriptions$/i.test(req.path) || /^\/tenants$/i.test(req.path)) {
    if (req.method !== 'GET') return armError(405, 'MethodNotAllowed', `The method '${req.method}' is not allowed on '${req.path}'.`)
    return /^\/tenants$/i.test(req.path) ? listTenants(req) : listSubscriptions(ctx, req)
  }
  let pathMatched = false
  for (const [method, re, handler] of routes) {
    const m = re.exec(req.path)
    if (!m) continue
    pathMatched = true
    if (method !== req.method) continue
    const sub = decodeURIComponent(m[1])
    if (!ctx.state.subscriptions.has(sub.toLowerCase()))
      return armError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`)
    return handler(
      ctx,
      m.map((s) => (s === undefined ? s : decodeURIComponent(s))),
      req
    )
  }
  if (pathMatched) return armError(405, 'MethodNotAllowed', `The method '${req.method}' is not allowed on '${req.path}'.`)
  return armError(
    404,
    'InvalidResourceType',
    `The resource type could not be found in the namespace 'Microsoft.ContainerService' for api version '${apiVersion}'.`
  )
}

// ---- helpers ---------------------------------------------------------------

const clusterId = (sub: string, rg: string, name: string): string =>
  `/subscriptions/${sub}/resourcegroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${name}`
const snapshotId = (sub: string, rg: string, name: string): string =>
  `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/snapshots/${name}`

function resourceGroupMissing(ctx: ArmContext, sub: string, rg: string): Reply | undefined {
  if (ctx.state.resourceGroup(sub, rg)) return undefined
  return armError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`)
}

function notFound(type: string, name: string, rg: string): Reply {
  return armError(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
  )
}

/** The cluster as GET returns it: with its agentPoolProfiles. */
function clusterView(ctx: ArmContext, cluster: Json): Json {
  const profiles = ctx.state.poolsOf(cluster.id as string).map((p) => ({ name: p.name, ...(p.properties as Json) }))
  return { ...cluster, properties: { ...(cluster.properties as Json), agentPoolProfiles: profiles } }
}

function page(ctx: ArmContext, items: unknown[], req: ArmRequest): Reply {
  const skip = Number(req.query.get('$skipToken') ?? '0') || 0
  const slice = items.slice(skip, skip + ctx.pageSize)
  const body: Json = { value: slice }
  if (skip + ctx.pageSize < items.length) {
    const next = new URL(ctx.baseUrl + req.path)
    next.searchParams.set('api-version', req.query.get('api-version') ?? '')
    next.searchParams.set('$skipToken', String(skip + ctx.pageSize))
    body.nextLink = next.toString()
  }
  return { status: 200, body }
}

/** Starts a long-running operation; its status URL goes in Azure-AsyncOperation. */
function startOperation(
  ctx: ArmContext,
  args: { subscriptionId: string; location: string; resourceId: string; complete: (ok: boolean) => void }
): Record<string, string> {
  const id = randomUUID()
  const failure = ctx.nextOperationFailure
  ctx.nextOperationFailure = undefined
  const op: Operation = {
    id,
    subscriptionId: args.subscriptionId,
    location: args.location,
    resourceId: args.resourceId,
    startTime: ctx.state.timestamp(),
    pollsLeft: ctx.operationPolls,
    status: 'InProgress',
    ...(failure ? { error: failure } : {}),
    complete: args.complete
  }
  ctx.state.operations.set(id, op)
  if (op.pollsLeft <= 0) finish(ctx, op)
  const url = `${ctx.baseUrl}/subscriptions/${args.subscriptionId}/providers/Microsoft.ContainerService/locations/${args.location}/operations/${id}?api-version=2026-04-01`
  return { 'Azure-AsyncOperation': url, 'Retry-After': String(ctx.retryAfter) }
}

function finish(ctx: ArmContext, op: Operation): void {
  op.status = op.error ? 'Failed' : 'Succeeded'
  op.endTime = ctx.state.timestamp()
  op.complete(!op.error)
}

function getOperation(ctx: ArmContext, m: string[]): Reply {
  const op = ctx.state.operations.get(m[3])
  if (!op) return armError(404, 'NotFound', `Operation '${m[3]}' was not found.`)
  if (op.status === 'InProgress') {
    op.pollsLeft--
    if (op.pollsLeft <= 0) finish(ctx, op)
  }
  const body: Json = {
    id: `/subscriptions/${op.subscriptionId}/providers/Microsoft.ContainerService/locations/${op.location}/operations/${op.id}`,
    name: op.id,
    status: op.status,
    startTime: op.startTime
  }
  if (op.endTime) body.endTime = op.endTime
  if (op.status === 'Failed' && op.error) body.error = op.error
  return { status: 200, body, ...(op.status === 'InProgress' ? { headers: { 'Retry-After': String(ctx.retryAfter) } } : {}) }
}

function listKubernetesVersions(ctx: ArmContext, m: string[]): Reply {
  const location = normalizeLocation(m[2])
  const patches = ctx.state.kubernetesVersions[location] ?? ctx.state.kubernetesVersions['*'] ?? []
  const byMinor = new Map<string, string[]>()
  for (const v of patches) {
    const minor = v.split('.').slice(0, 2).join('.')
    byMinor.set(minor, [...(byMinor.get(minor) ?? []), v])
  }
  const minors = [...byMinor.keys()]
  const values = minors.map((minor, i) => ({
    version: minor,
    ...(i === minors.length - 2 ? { isDefault: true } : {}),
    capabilities: { supportPlan: ['KubernetesOfficial'] },
    patchVersions: Object.fromEntries(
      (byMinor.get(minor) ?? []).map((p) => [p, { upgrades: patches.filter((q) => compareVersions(q, p) > 0) }])
    )
  }))
  return { status: 200, body: { values } }
}

/**
 * The older form of the same list, ContainerService_ListOrchestrators
 * (aks/stable/2019-04-01, example ContainerServiceListOrchestrators.json),
 * which `az aks get-versions` of azure-cli 2.45 (Debian 12) calls with
 * `resource-type=managedClusters`: one entry per patch version with the
 * newer patches as upgrades; the newest patch of the default minor is `default`.
 */
function listOrchestrators(ctx: ArmContext, m: string[]): Reply {
  const location = normalizeLocation(m[2])
  const patches = [...(ctx.state.kubernetesVersions[location] ?? ctx.state.kubernetesVersions['*'] ?? [])].sort(compareVersions)
  const minors = [...new Set(patches.map((p) => p.split('.').slice(0, 2).join('.')))]
  const defaultMinor = minors.length >= 2 ? minors[minors.length - 2] : minors[0]
  const defaultPatch = patches.filter((p) => p.startsWith(`${defaultMinor}.`)).at(-1)
  const orchestrators = patches.map((v) => {
    const upgrades = patches
      .filter((q) => compareVersions(q, v) > 0)
      .map((q) => ({ orchestratorType: '', orchestratorVersion: q, isPreview: false }))
    return {
      orchestratorType: 'Kubernetes',
      orchestratorVersion: v,
      ...(v === defaultPatch ? { default: true } : {}),
      ...(upgrades.length ? { upgrades } : {})
    }
  })
  return {
    status: 200,
    body: {
      id: `/subscriptions/${m[1]}/providers/Microsoft.ContainerService/locations/${location}/orchestrators`,
      name: 'default',
      type: 'Microsoft.ContainerService/locations/orchestrators',
      properties: { orchestrators }
    }
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d) return d
  }
  return 0
}

// ---- subscriptions and tenants (Microsoft.Resources) ------------------------

/** A subscription as Subscriptions_Get/List return it (Microsoft.Resources/stable/2022-12-01, example GetSubscriptions.json). */
function subscriptionView(ctx: ArmContext, subscriptionId: string): Json {
  const sub = ctx.state.subscriptions.get(subscriptionId.toLowerCase())
  return {
    id: `/subscriptions/${subscriptionId}`,
    subscriptionId,
    tenantId: sub?.tenantId,
    displayName: sub?.displayName ?? 'AKS emulator subscription',
    state: 'Enabled',
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
    authorizationSource: 'RoleBased',
    managedByTenants: []
  }
}

function getSubscription(ctx: ArmContext, m: string[]): Reply {
  return { status: 200, body: subscriptionView(ctx, m[1]) }
}

/** GET /subscriptions: the subscriptions of the token's tenant. */
function listSubscriptions(ctx: ArmContext, req: ArmRequest): Reply {
  const tenant = req.tenantId?.toLowerCase()
  const ids = [...ctx.state.subscriptions.entries()].filter(([, s]) => s.tenantId.toLowerCase() === tenant).map(([id]) => id)
  return page(
    ctx,
    ids.map((id) => subscriptionView(ctx, id)),
    req
  )
}

/** GET /tenants (Tenants_List, same api-version): the token's tenant. */
function listTenants(req: ArmRequest): Reply {
  const tenantId = req.tenantId ?? ''
  return {
    status: 200,
    body: { value: [{ id: `/tenants/${tenantId}`, tenantId, tenantCategory: 'Home', displayName: 'AKS emulator tenant' }] }
  }
}

function getResourceGroup(ctx: ArmContext, m: string[]): Reply {
  const rg = ctx.state.resourceGroup(m[1], m[2])
  if (!rg) return armError(404, 'ResourceGroupNotFound', `Resource group '${m[2]}' could not be found.`)
  return {
    status: 200,
    body: {
      id: `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}`,
      name: rg.name,
      type: 'Microsoft.Resources/resourceGroups',
      location: rg.location,
      properties: { provisioningState: 'Succeeded' }
    }
  }
}

// ---- managed clusters ------------------------------------------------------

function listClusters(ctx: ArmContext, sub: string, rg: string | undefined, req: ArmRequest): Reply {
  if (rg) {
    const missing = resourceGroupMissing(ctx, sub, rg)
    if (missing) return missing
  }
  const prefix = (rg ? `/subscriptions/${sub}/resourcegroups/${rg}/` : `/subscriptions/${sub}/`).toLowerCase()
  const items = [...ctx.state.clusters.values()]
    .filter((c) => (c.id as string).toLowerCase().startsWith(prefix))
    .map((c) => clusterView(ctx, c))
  return page(ctx, items, req)
}

function getCluster(ctx: ArmContext, m: string[]): Reply {
  const [, sub, rg, name] = m
  const missing = resourceGroupMissing(ctx, sub, rg)
  if (missing) return missing
  const cluster = ctx.state.cluster(clusterId(sub, rg, name))
  if (!cluster) return notFound('Microsoft.ContainerService/managedClusters', name, rg)
  return { status: 200, body: clusterView(ctx, cluster) }
}

function putCluster(ctx: ArmContext, m: string[], req: ArmRequest): Reply {
  const [, sub, rg, name] = m
  const missing = resourceGroupMissing(ctx, sub, rg)
  if (missing) return missing
  const body = (req.body ?? {}) as Json
  const props = (body.properties ?? {}) as Json
  const location = typeof body.location === 'string' ? normalizeLocation(body.location) : undefined
  if (!location) return armError(400, 'LocationRequired', 'The location property is required for this definition.')
  const id = clusterId(sub, rg, name)
  const existing = ctx.state.cluster(id)
  const profiles = (props.agentPoolProfiles ?? []) as Json[]
  if (!existing) {
    if (!profiles.some((p) => p.mode === 'System'))
      return armError(
        400,
        'InvalidParameter',
        'Provisioning of resource(s) for container service failed: a managed cluster must have at least one agent pool of mode System.'
      )
    for (const p of profiles) {
      const snap = snapshotOf(ctx, p)
      if (snap.error) return snap.error
      if (p.mode === 'System' && (p.osType ?? snap.props?.osType) === 'Windows')
        return armError(400, 'InvalidParameter', `System node pool '${String(p.name)}' must use a Linux OS type.`)
    }
  }
  const snapProps = profiles.map((p) => snapshotOf(ctx, p).props)
  const version =
    (props.kubernetesVersion as string | undefined) ??
    (existing?.properties as Json | undefined)?.kubernetesVersion ??
    (snapProps.find(Boolean)?.kubernetesVersion as string | undefined) ??
    ctx.state.kubernetesVersions['*']?.at(-2) ??
    '1.30.5'
  const cluster = ctx.state.addCluster({
    subscriptionId: sub,
    resourceGroup: rg,
    name,
    location,
    kubernetesVersion: version as string,
    provisioningState: existing ? 'Updating' : 'Creating',
    ...(body.tags ? { tags: body.tags as Record<string, string> } : {}),
    pools: []
  })
  ;(cluster.properties as Json).dnsPrefix = props.dnsPrefix ?? name
  const poolIds: string[] = []
  profiles.forEach((p, i) => {
    const pool = ctx.state.putPool(id, poolSeed(ctx, p, snapProps[i], version as string), version as string)
    ;(pool.properties as Json).provisioningState = 'Creating'
    poolIds.push(pool.id as string)
  })
  const headers = startOperation(ctx, {
    subscriptionId: sub,
    location,
    resourceId: id,
    complete: (ok) => {
      ;(cluster.properties as Json).provisioningState = ok ? 'Succeeded' : 'Failed'
      for (const pid of poolIds) {
        const pool = ctx.state.pool(pid)
        if (pool) (pool.properties as Json).provisioningState = ok ? 'Succeeded' : 'Failed'
      }
    }
  })
  return { status: existing ? 200 : 201, body: clusterView(ctx, cluster), headers }
}

function deleteCluster(ctx: ArmContext, m: string[]): Reply {
  const [, sub, rg, name] = m
  const id = clusterId(sub, rg, name)
  const cluster = ctx.state.cluster(id)
  if (!cluster) return { status: 204 }
  ;(cluster.properties as Json).provisioningState = 'Deleting'
  const headers = startOperation(ctx, {
    subscriptionId: sub,
    location: cluster.location as string,
    resourceId: id,
    complete: (ok) => {
      if (!ok) return
      for (const p of ctx.state.poolsOf(id)) ctx.state.pools.delete((p.id as string).toLowerCase())
      ctx.state.clusters.delete(id.toLowerCase())
    }
  })
  return { status: 202, headers: { ...headers, Location: headers['Azure-AsyncOperation'] } }
}

// ---- agent pools -----------------------------------------------------------

function poolContext(ctx: ArmContext, m: string[]): { cluster: Json } | Reply {
  const [, sub, rg, name] = m
  const missing = resourceGroupMissing(ctx, sub, rg)
  if (missing) return missing
  const cluster = ctx.state.cluster(clusterId(sub, rg, name))
  if (!cluster) return notFound('Microsoft.ContainerService/managedClusters', name, rg)
  return { cluster }
}

function listPools(ctx: ArmContext, m: string[], req: ArmRequest): Reply {
  const c = poolContext(ctx, m)
  if ('status' in c) return c
  return page(ctx, ctx.state.poolsOf(c.cluster.id as string), req)
}

function getPool(ctx: ArmContext, m: string[]): Reply {
  const c = poolContext(ctx, m)
  if ('status' in c) return c
  const pool = ctx.state.pool(`${c.cluster.id as string}/agentPools/${m[4]}`)
  if (!pool) return notFound('Microsoft.ContainerService/managedClusters/agentPools', `${m[3]}/${m[4]}`, m[2])
  return { status: 200, body: pool }
}

/** The snapshot a pool body points at, as its properties; an error reply when the id is not a snapshot that exists. */
function snapshotOf(ctx: ArmContext, props: Json): { props?: Json; error?: Reply } {
  const source = (props.creationData as Json | undefined)?.sourceResourceId
  if (typeof source !== 'string' || !source) return {}
  if (!/\/providers\/Microsoft\.ContainerService\/snapshots\/[^/]+$/i.test(source))
    return {
      error: armError(
        400,
        'InvalidParameter',
        `The value of parameter creationData.sourceResourceId is invalid: '${source}' is not a node pool snapshot id.`
      )
    }
  const snap = ctx.state.snapshot(source)
  if (!snap) return { error: armError(400, 'InvalidParameter', `The snapshot '${source}' was not found.`) }
  return { props: snap.properties as Json }
}

function poolSeed(ctx: ArmContext, p: Json, snap: Json | undefined, clusterVersion: string): PoolSeed {
  const osType = (p.osType as 'Linux' | 'Windows' | undefined) ?? (snap?.osType as 'Linux' | 'Windows' | undefined)
  const osSKU = (p.osSKU as string | undefined) ?? (snap?.osSku as string | undefined)
  const version = (p.orchestratorVersion as string | undefined) || (snap?.kubernetesVersion as string | undefined) || clusterVersion
  return {
    name: p.name as string,
    ...(p.vmSize || snap?.vmSize ? { vmSize: (p.vmSize as string) ?? (snap?.vmSize as string) } : {}),
    count: (p.count as number | undefined) ?? 1,
    mode: (p.mode as 'System' | 'User' | undefined) ?? 'User',
    ...(osType ? { osType } : {}),
    ...(osSKU ? { osSKU } : {}),
    orchestratorVersion: version,
    ...(snap ? { nodeImageVersion: snap.nodeImageVersion as string } : {}),
    enableFIPS: (p.enableFIPS as boolean | undefined) ?? (snap?.enableFIPS as boolean | undefined) ?? false,
    ...(p.creationData ? { creationData: p.creationData as { sourceResourceId: string } } : {})
  }
}

function putPool(ctx: ArmContext, m: string[], req: ArmRequest): Reply {
  const c = poolContext(ctx, m)
  if ('status' in c) return c
  const cluster = c.cluster
  const clusterVersion = (cluster.properties as Json).kubernetesVersion as string
  const body = (req.body ?? {}) as Json
  const props = (body.properties ?? {}) as Json
  const { props: snap, error } = snapshotOf(ctx, props)
  if (error) return error
  const id = `${cluster.id as string}/agentPools/${m[4]}`
  const existing = ctx.state.pool(id)
  const seed = poolSeed(ctx, { ...props, name: m[4] }, snap, clusterVersion)
  if (compareVersions(seed.orchestratorVersion as string, clusterVersion) > 0)
    return armError(
      400,
      'AgentPoolK8sVersionNotSupported',
      `Version ${seed.orchestratorVersion} of node pool '${m[4]}' is newer than the control plane version ${clusterVersion}.`
    )
  if (existing) {
    const old = existing.properties as Json
    // An update keeps the image unless a snapshot or a new Kubernetes version brings another one.
    if (!snap && seed.orchestratorVersion === old.orchestratorVersion) seed.nodeImageVersion = old.nodeImageVersion as string
    if (!props.vmSize) seed.vmSize = old.vmSize as string
  }
  const pool = ctx.state.putPool(cluster.id as string, seed, clusterVersion)
  const p = pool.properties as Json
  const target = p.provisioningState
  p.provisioningState = existing
    ? seed.orchestratorVersion !== (existing.properties as Json).orchestratorVersion
      ? 'Upgrading'
      : 'Updating'
    : 'Creating'
  if (existing) p.currentOrchestratorVersion = (existing.properties as Json).currentOrchestratorVersion
  const headers = startOperation(ctx, {
    subscriptionId: m[1],
    location: cluster.location as string,
    resourceId: id,
    complete: (ok) => {
      p.provisioningState = ok ? target : 'Failed'
      if (ok) p.currentOrchestratorVersion = p.orchestratorVersion
    }
  })
  return { status: existing ? 200 : 201, body: pool, headers }
}

function deletePool(ctx: ArmContext, m: string[]): Reply {
  const c = poolContext(ctx, m)
  if ('status' in c) return c
  const id = `${c.cluster.id as string}/agentPools/${m[4]}`
  const pool = ctx.state.pool(id)
  if (!pool) return { status: 204 }
  ;(pool.properties as Json).provisioningState = 'Deleting'
  const headers = startOperation(ctx, {
    subscriptionId: m[1],
    location: c.cluster.location as string,
    resourceId: id,
    complete: (ok) => {
      if (ok) ctx.state.pools.delete(id.toLowerCase())
    }
  })
  return { status: 202, headers: { ...headers, Location: headers['Azure-AsyncOperation'] } }
}

/**
 * Node image upgrade. With the `AKSSnapshotId` header (what `az aks nodepool
 * upgrade --node-image-only --snapshot-id` sends) the pool moves to the
 * snapshot's image and records the snapshot in creationData; without it, to
 * the latest image of its OS SKU.
 */
function upgradeNodeImage(ctx: ArmContext, m: string[], req: ArmRequest): Reply {
  const c = poolContext(ctx, m)
  if ('status' in c) return c
  const id = `${c.cluster.id as string}/agentPools/${m[4]}`
  const pool = ctx.state.pool(id)
  if (!pool) return notFound('Microsoft.ContainerService/managedClusters/agentPools', `${m[3]}/${m[4]}`, m[2])
  const p = pool.properties as Json
  const snapshotHeader = req.headers?.akssnapshotid
  const { props: snap, error } = snapshotHeader ? snapshotOf(ctx, { creationData: { sourceResourceId: snapshotHeader } }) : {}
  if (error) return error
  if (p.provisioningState !== 'Succeeded')
    return armError(
      409,
      'OperationNotAllowed',
      `Operation is not allowed because there's an in progress operation on the node pool '${m[4]}' (state ${String(p.provisioningState)}).`
    )
  p.provisioningState = 'UpgradingNodeImageVersion'
  const headers = startOperation(ctx, {
    subscriptionId: m[1],
    location: c.cluster.location as string,
    resourceId: id,
    complete: (ok) => {
      p.provisioningState = ok ? 'Succeeded' : 'Failed'
      if (ok && snap) {
        p.nodeImageVersion = snap.nodeImageVersion
        p.creationData = { sourceResourceId: snapshotHeader }
      } else if (ok) p.nodeImageVersion = ctx.state.nodeImages[p.osSKU as string] ?? p.nodeImageVersion
    }
  })
  return { status: 202, body: pool, headers }
}

// ---- snapshots -------------------------------------------------------------

function listSnapshots(ctx: ArmContext, sub: string, rg: string | undefined, req: ArmRequest): Reply {
  if (rg) {
    const missing = resourceGroupMissing(ctx, sub, rg)
    if (missing) return missing
  }
  const prefix = (rg ? `/subscriptions/${sub}/resourcegroups/${rg}/` : `/subscriptions/${sub}/`).toLowerCase()
  const items = [...ctx.state.snapshots.values()].filter((s) => (s.id as string).toLowerCase().startsWith(prefix))
  return page(ctx, items, req)
}

function getSnapshot(ctx: ArmContext, m: string[]): Reply {
  const [, sub, rg, name] = m
  const missing = resourceGroupMissing(ctx, sub, rg)
  if (missing) return missing
  const snap = ctx.state.snapshot(snapshotId(sub, rg, name))
  if (!snap) return notFound('Microsoft.ContainerService/snapshots', name, rg)
  return { status: 200, body: snap }
}

function putSnapshot(ctx: ArmContext, m: string[], req: ArmRequest): Reply {
  const [, sub, rg, name] = m
  const missing = resourceGroupMissing(ctx, sub, rg)
  if (missing) return missing
  const body = (req.body ?? {}) as Json
  const props = (body.properties ?? {}) as Json
  if (typeof body.location !== 'string' || !body.location)
    return armError(400, 'LocationRequired', 'The location property is required for this definition.')
  const source = (props.creationData as Json | undefined)?.sourceResourceId
  if (typeof source !== 'string' || !source)
    return armError(400, 'InvalidParameter', 'The value of parameter creationData.sourceResourceId is invalid: it is required.')
  if (props.snapshotType !== undefined && props.snapshotType !== 'NodePool')
    return armError(
      400,
      'InvalidParameter',
      `The value of parameter snapshotType is invalid: '${String(props.snapshotType)}' (node pool snapshots are of type NodePool).`
    )
  const pool = ctx.state.pool(source)
  if (!/\/managedClusters\/[^/]+\/agentPools\/[^/]+$/i.test(source) || !pool)
    return armError(400, 'InvalidParameter', `The source resource '${source}' of the snapshot was not found or is not an agent pool.`)
  const state = (pool.properties as Json).provisioningState
  if (state !== 'Succeeded')
    return armError(
      409,
      'OperationNotAllowed',
      `Cannot take a snapshot of agent pool '${String(pool.name)}' in provisioning state ${String(state)}.`
    )
  const id = snapshotId(sub, rg, name)
  const existing = ctx.state.snapshot(id)
  if (existing) {
    const oldSource = ((existing.properties as Json).creationData as Json).sourceResourceId as string
    if (oldSource.toLowerCase() !== source.toLowerCase())
      return armError(400, 'PropertyChangeNotAllowed', "Changing property 'creationData.sourceResourceId' is not allowed.")
    if (body.tags) existing.tags = body.tags
    return { status: 200, body: existing }
  }
  // AKS takes the snapshot in the source pool's region and copies the pool's properties.
  const created = ctx.state.snapshotFromPool({
    subscriptionId: sub,
    resourceGroup: rg,
    name,
    sourceResourceId: source,
    ...(body.tags ? { tags: body.tags as Record<string, string> } : {})
  })
  return { status: 201, body: created }
}

function patchSnapshot(ctx: ArmContext, m: string[], req: ArmRequest): Reply {
  const [, sub, rg, name] = m
  const snap = ctx.state.snapshot(snapshotId(sub, rg, name))
  if (!snap) return notFound('Microsoft.ContainerService/snapshots', name, rg)
  const tags = ((req.body ?? {}) as Json).tags
  if (tags) snap.tags = tags
  return { status: 200, body: snap }
}

function deleteSnapshot(ctx: ArmContext, m: string[]): Reply {
  const [, sub, rg, name] = m
  const id = snapshotId(sub, rg, name)
  if (!ctx.state.snapshot(id)) return { status: 204 }
  ctx.state.snapshots.delete(id.toLowerCase())
  return { status: 200 }
}
