import { createHash } from 'node:crypto'

/**
 * The emulator's picture of Azure: resource groups, managed clusters with
 * their agent pools, node pool snapshots, and the running long-running
 * operations. Resources are kept as the JSON ARM returns (api-version
 * 2026-04-01 shapes, from the REST API specification's examples), so the
 * server can send them as they are.
 */

export const DEFAULT_SUBSCRIPTION = '6f1c2a5e-0b7d-4c8e-9a3f-2d4b6e8f0a1c'
export const DEFAULT_TENANT = '72f988bf-0000-4000-8000-00000000c0de'

export type Json = Record<string, unknown>

export interface PoolSeed {
  name: string
  vmSize?: string
  count?: number
  mode?: 'System' | 'User'
  osType?: 'Linux' | 'Windows'
  osSKU?: string
  /** Default: the cluster's Kubernetes version. */
  orchestratorVersion?: string
  /** Default: the latest image of the OS SKU (EmulatorState.nodeImages). */
  nodeImageVersion?: string
  enableFIPS?: boolean
  provisioningState?: string
  creationData?: { sourceResourceId: string }
}

export interface ClusterSeed {
  subscriptionId?: string
  resourceGroup: string
  name: string
  /** Any spelling (`East US`, `eastus`): stored as ARM returns it, `eastus`. */
  location: string
  kubernetesVersion?: string
  provisioningState?: string
  tags?: Record<string, string>
  pools: PoolSeed[]
}

export interface SnapshotSeed {
  subscriptionId?: string
  resourceGroup: string
  name: string
  /** The source pool: its properties are copied as Azure does. */
  sourceResourceId: string
  tags?: Record<string, string>
  createdAt?: string
}

export interface Operation {
  id: string
  subscriptionId: string
  location: string
  resourceId: string
  startTime: string
  /** Polls left before the operation ends. */
  pollsLeft: number
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled'
  error?: { code: string; message: string }
  endTime?: string
  /** Applies the result to the state when the operation ends. */
  complete(succeeded: boolean): void
}

/** `East US` → `eastus`, as ARM normalises region names. */
export const normalizeLocation = (location: string): string => location.replace(/\s+/g, '').toLowerCase()

const key = (id: string): string => id.toLowerCase()

/** A UUID derived from a string, so the same seed gives the same principal ids run after run. */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed.toLowerCase()).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export class EmulatorState {
  readonly resourceGroups = new Map<string, { subscriptionId: string; name: string; location: string }>()
  readonly clusters = new Map<string, Json>()
  readonly pools = new Map<string, Json>()
  readonly snapshots = new Map<string, Json>()
  readonly operations = new Map<string, Operation>()
  /** The image a pool gets when it is created or upgraded without a snapshot, by OS SKU. */
  nodeImages: Record<string, string> = {
    Ubuntu: 'AKSUbuntu-2204gen2containerd-202411.12.0',
    AzureLinux: 'AKSAzureLinux-V2gen2-202411.12.0',
    Windows2022: 'AKSWindows-2022-containerd-20348.2849.241112'
  }
  /** Kubernetes patch versions per region (`*` for every region). */
  kubernetesVersions: Record<string, string[]> = { '*': ['1.29.9', '1.30.5', '1.30.6', '1.31.2'] }
  /** Subscriptions the emulator knows, with their tenant. */
  readonly subscriptions = new Map<string, { tenantId: string; displayName?: string }>([
    [DEFAULT_SUBSCRIPTION, { tenantId: DEFAULT_TENANT }]
  ])

  constructor(private readonly now: () => Date = () => new Date()) {}

  timestamp(): string {
    return this.now().toISOString()
  }

  private tenantOf(subscriptionId: string): string {
    return this.subscriptions.get(subscriptionId.toLowerCase())?.tenantId ?? DEFAULT_TENANT
  }

  addSubscription(subscriptionId: string, tenantId = DEFAULT_TENANT): void {
    this.subscriptions.set(subscriptionId.toLowerCase(), { tenantId })
  }

  addResourceGroup(name: string, location: string, subscriptionId = DEFAULT_SUBSCRIPTION): void {
    this.resourceGroups.set(key(`${subscriptionId}/${name}`), { subscriptionId, name, location: normalizeLocation(location) })
  }

  resourceGroup(subscriptionId: string, name: string) {
    return this.resourceGroups.get(key(`${subscriptionId}/${name}`))
  }

  /** Adds a cluster and its pools (and its resource group, in the cluster's region, when missing). */
  addCluster(seed: ClusterSeed): Json {
    const subscriptionId = seed.subscriptionId ?? DEFAULT_SUBSCRIPTION
    if (!this.resourceGroup(subscriptionId, seed.resourceGroup)) this.addResourceGroup(seed.resourceGroup, seed.location, subscriptionId)
    const location = normalizeLocation(seed.location)
    const version = seed.kubernetesVersion ?? '1.30.5'
    // AKS returns `resourcegroups` in lower case in cluster and pool ids (see the spec's examples).
    const id = `/subscriptions/${subscriptionId}/resourcegroups/${seed.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seed.name}`
    const cluster: Json = {
      id,
      name: seed.name,
      type: 'Microsoft.ContainerService/ManagedClusters',
      location,
      ...(seed.tags ? { tags: seed.tags } : {}),
      // A cluster with az aks create's default, system-assigned identity: AKS then reports the
      // service principal as `msi` (azure-cli's `az aks show` reads servicePrincipalProfile).
      sku: { name: 'Base', tier: 'Free' },
      identity: { type: 'SystemAssigned', principalId: stableUuid(`${id}/identity`), tenantId: this.tenantOf(subscriptionId) },
      properties: {
        provisioningState: seed.provisioningState ?? 'Succeeded',
        powerState: { code: 'Running' },
        kubernetesVersion: version,
        currentKubernetesVersion: version,
        dnsPrefix: seed.name,
        fqdn: `${seed.name}-dns-4f2a1c.hcp.${location}.azmk8s.io`,
        nodeResourceGroup: `MC_${seed.resourceGroup}_${seed.name}_${location}`,
        enableRBAC: true,
        servicePrincipalProfile: { clientId: 'msi' }
      }
    }
    this.clusters.set(key(id), cluster)
    for (const pool of seed.pools) this.putPool(id, pool, version)
    return cluster
  }

  /** Creates or replaces a pool record from seed-like properties. */
  putPool(clusterId: string, seed: PoolSeed, clusterVersion: string): Json {
    const osType = seed.osType ?? 'Linux'
    const osSKU = seed.osSKU ?? (osType === 'Windows' ? 'Windows2022' : 'Ubuntu')
    const version = seed.orchestratorVersion ?? clusterVersion
    const pool: Json = {
      id: `${clusterId}/agentPools/${seed.name}`,
      name: seed.name,
      type: 'Microsoft.ContainerService/managedClusters/agentPools',
      properties: {
        count: seed.count ?? 3,
        vmSize: seed.vmSize ?? 'Standard_D4s_v5',
        osDiskSizeGB: 128,
        maxPods: 110,
        type: 'VirtualMachineScaleSets',
        mode: seed.mode ?? 'User',
        osType,
        osSKU,
        orchestratorVersion: version,
        currentOrchestratorVersion: version,
        nodeImageVersion: seed.nodeImageVersion ?? this.nodeImages[osSKU] ?? this.nodeImages.Ubuntu,
        enableFIPS: seed.enableFIPS ?? false,
        provisioningState: seed.provisioningState ?? 'Succeeded',
        powerState: { code: 'Running' },
        upgradeSettings: { maxSurge: '10%' },
        ...(seed.creationData ? { creationData: seed.creationData } : {})
      }
    }
    this.pools.set(key(pool.id as string), pool)
    return pool
  }

  cluster(id: string): Json | undefined {
    return this.clusters.get(key(id))
  }

  pool(id: string): Json | undefined {
    return this.pools.get(key(id))
  }

  poolsOf(clusterId: string): Json[] {
    const prefix = key(`${clusterId}/agentPools/`)
    return [...this.pools.entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v)
  }

  /** The cluster that owns a pool id. */
  clusterOfPool(poolId: string): Json | undefined {
    return this.cluster(poolId.replace(/\/agentPools\/[^/]+$/i, ''))
  }

  snapshot(id: string): Json | undefined {
    return this.snapshots.get(key(id))
  }

  /** A snapshot taken as AKS takes it: properties copied from the source pool, in the pool's region. */
  snapshotFromPool(args: {
    subscriptionId: string
    resourceGroup: string
    name: string
    sourceResourceId: string
    tags?: Record<string, string>
    createdAt?: string
  }): Json {
    const pool = this.pool(args.sourceResourceId)
    const cluster = this.clusterOfPool(args.sourceResourceId)
    if (!pool || !cluster) throw new Error(`no pool ${args.sourceResourceId}`)
    const p = pool.properties as Json
    const createdAt = args.createdAt ?? this.timestamp()
    const snapshot: Json = {
      id: `/subscriptions/${args.subscriptionId}/resourceGroups/${args.resourceGroup}/providers/Microsoft.ContainerService/snapshots/${args.name}`,
      name: args.name,
      type: 'Microsoft.ContainerService/Snapshots',
      location: cluster.location,
      ...(args.tags && Object.keys(args.tags).length ? { tags: args.tags } : {}),
      properties: {
        creationData: { sourceResourceId: args.sourceResourceId },
        snapshotType: 'NodePool',
        kubernetesVersion: p.currentOrchestratorVersion,
        nodeImageVersion: p.nodeImageVersion,
        osType: p.osType,
        osSku: p.osSKU,
        vmSize: p.vmSize,
        enableFIPS: p.enableFIPS
      },
      systemData: { createdAt, createdBy: 'emulator', createdByType: 'Application', lastModifiedAt: createdAt }
    }
    this.snapshots.set(key(snapshot.id as string), snapshot)
    return snapshot
  }

  addSnapshot(seed: SnapshotSeed): Json {
    const subscriptionId = seed.subscriptionId ?? DEFAULT_SUBSCRIPTION
    if (!this.resourceGroup(subscriptionId, seed.resourceGroup)) {
      const cluster = this.clusterOfPool(seed.sourceResourceId)
      this.addResourceGroup(seed.resourceGroup, (cluster?.location as string) ?? 'eastus', subscriptionId)
    }
    return this.snapshotFromPool({ ...seed, subscriptionId })
  }
}
