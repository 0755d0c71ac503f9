import type { ManagedCluster, ManagedClusterAgentPoolProfile } from '@azure/arm-containerservice'
import { PreflightError, UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { known, type PoolDeclaration, type SnapshotInfo } from '../model.js'
import { openAzure, type AzureContext } from '../azure/context.js'
import { clusterId as formatClusterId, normalizeRegion } from '../azure/ids.js'
import { LIVE_SPAN } from './preflight.js'
import {
  checkPoolName,
  chooseSnapshot,
  clusterPropertiesFromArm,
  loadPolicy,
  NOTHING_CHANGED,
  pinningPreflight,
  readCluster,
  readSnapshot,
  report,
  snapshotSubscription,
  stateAfterFailure,
  stated,
  waitFor
} from './pinning.js'

/**
 * `create-cluster` (SPEC §4), as `az aks create --snapshot-id` does: the
 * control plane gets the snapshot's Kubernetes version and the system pool
 * the snapshot's VM size, OS and image, with `creationData` pointing at it.
 */

export interface CreateClusterRequest {
  resourceGroup: string
  cluster: string
  location?: string
  pool: string
  count: number
  vmSize?: string
  dnsPrefix?: string
  /** `cluster-properties`, in the SDK's names. */
  properties: Record<string, unknown>
  tags: Record<string, string>
  json: boolean
}

export function readCreateClusterInputs(inputs: Inputs): CreateClusterRequest {
  const properties = clusterPropertiesFromArm(inputs.json('cluster-properties') ?? {})
  const pool = inputs.string('nodepool-name') ?? 'nodepool1'
  checkPoolName(inputs, pool, 'Linux')
  const cluster = inputs.required('cluster-name')
  const dnsPrefix = inputs.string('dns-prefix')
  if (dnsPrefix && !/^[a-zA-Z0-9][a-zA-Z0-9-]{0,52}[a-zA-Z0-9]$/.test(dnsPrefix))
    throw new UsageError(
      `${inputs.describe('dns-prefix')} '${dnsPrefix}' must be 2 to 54 letters, digits or '-', starting and ending with a letter or digit`
    )
  return {
    resourceGroup: inputs.required('resource-group'),
    cluster,
    ...(inputs.string('location') ? { location: inputs.string('location') } : {}),
    pool,
    count: inputs.integer('node-count', 3, { min: 1 }),
    ...(inputs.string('vm-size') ? { vmSize: inputs.string('vm-size') } : {}),
    ...(dnsPrefix ? { dnsPrefix } : {}),
    properties,
    tags: inputs.keyValues('tags'),
    json: inputs.boolean('json', false)
  }
}

/** az's default DNS prefix: `<name[:10]>-<resource group[:16]>-<subscription[:6]>`, non-alphanumerics dropped. */
export function defaultDnsPrefix(cluster: string, resourceGroup: string, subscriptionId: string): string {
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9-]/g, '')
  let name = clean(cluster).slice(0, 10)
  if (!/^[a-zA-Z]/.test(name)) name = `a${name}`.slice(0, 10)
  return `${name}-${clean(resourceGroup).slice(0, 16)}-${subscriptionId.slice(0, 6)}`.replace(/-+/g, '-')
}

export function clusterBody(req: CreateClusterRequest, snapshot: SnapshotInfo, location: string, dnsPrefix: string): ManagedCluster {
  const systemPool: ManagedClusterAgentPoolProfile = {
    name: req.pool,
    mode: 'System',
    count: req.count,
    ...((req.vmSize ?? snapshot.vmSize) ? { vmSize: req.vmSize ?? snapshot.vmSize } : {}),
    ...(snapshot.osType ? { osType: snapshot.osType } : {}),
    ...(snapshot.osSku ? { osSKU: snapshot.osSku } : {}),
    ...(snapshot.kubernetesVersion ? { orchestratorVersion: snapshot.kubernetesVersion } : {}),
    ...(snapshot.enableFips ? { enableFips: true } : {}),
    type: 'VirtualMachineScaleSets',
    creationData: { sourceResourceId: snapshot.id }
  }
  const { agentPoolProfiles: extraPools, ...rest } = req.properties as { agentPoolProfiles?: ManagedClusterAgentPoolProfile[] }
  return {
    location,
    ...(Object.keys(req.tags).length ? { tags: req.tags } : {}),
    // az aks create's default identity.
    identity: { type: 'SystemAssigned' },
    ...(snapshot.kubernetesVersion ? { kubernetesVersion: snapshot.kubernetesVersion } : {}),
    dnsPrefix,
    ...rest,
    agentPoolProfiles: [systemPool, ...(extraPools ?? [])]
  } as ManagedCluster
}

export async function run(inputs: Inputs, host: Host): Promise<number> {
  const req = readCreateClusterInputs(inputs)
  const policy = await loadPolicy(inputs)
  const choice = chooseSnapshot(inputs, policy)
  const azure = await openAzure(inputs, host, process.env, snapshotSubscription(choice.id))
  try {
    const clusterId = formatClusterId({ subscriptionId: azure.subscriptionId, resourceGroup: req.resourceGroup, cluster: req.cluster })
    const existing = await readCluster(azure, req.resourceGroup, req.cluster, true)
    if (existing)
      throw new PreflightError(
        `cluster ${req.cluster} already exists in resource group ${req.resourceGroup} (state ${existing.provisioningState ?? 'unknown'}): create-cluster only creates new clusters; use create-nodepool or upgrade-nodepool for its pools. ${NOTHING_CHANGED}`
      )
    const snapshot = await readSnapshot(azure, choice)
    // A snapshot can be used in any region; without `location` the cluster goes where the snapshot is.
    const location = normalizeRegion(req.location ?? snapshot.location ?? '')
    if (!location) throw new UsageError(`${inputs.describe('location')} is required: the snapshot does not say its region`)
    if (!req.location) host.info(`No location given: creating the cluster in the snapshot's region, ${location}`)
    const body = clusterBody(
      req,
      snapshot,
      location,
      req.dnsPrefix ?? defaultDnsPrefix(req.cluster, req.resourceGroup, azure.subscriptionId)
    )
    const system = body.agentPoolProfiles![0]

    const declaration: PoolDeclaration = {
      kind: 'pool',
      span: LIVE_SPAN,
      source: 'live',
      resource: `agentPoolProfiles/${req.pool}`,
      name: known(req.pool),
      cluster: known(req.cluster),
      mode: known('System'),
      vmSize: stated(system.vmSize),
      location: known(location),
      kubernetesVersion: stated<string>(undefined),
      controlPlaneVersion: stated(body.kubernetesVersion),
      osType: stated<string>(undefined),
      osSku: stated<string>(undefined),
      enableFips: stated<boolean>(undefined),
      snapshot: { id: known(snapshot.id) },
      system: true
    }
    await pinningPreflight([declaration], snapshot, azure, host, policy)

    const created = await createCluster(azure, host, req, body, clusterId)
    const pool = created.agentPoolProfiles?.find((p) => p.name.toLowerCase() === req.pool.toLowerCase())
    await report(
      {
        title: `Created cluster ${req.cluster} in ${location} from snapshot ${snapshot.name ?? snapshot.id}`,
        outputs: [
          ['cluster-id', created.id ?? clusterId],
          ['kubernetes-version', created.currentKubernetesVersion ?? created.kubernetesVersion ?? ''],
          ['node-image-version', pool?.nodeImageVersion ?? '']
        ],
        details: [
          ['snapshot-id', snapshot.id],
          ['system-pool', req.pool],
          ['vm-size', pool?.vmSize ?? system.vmSize ?? ''],
          ['provisioning-state', created.provisioningState ?? '']
        ]
      },
      host,
      req.json
    )
    return 0
  } finally {
    azure.close()
  }
}

async function createCluster(
  azure: AzureContext,
  host: Host,
  req: CreateClusterRequest,
  body: ManagedCluster,
  clusterId: string
): Promise<ManagedCluster> {
  const what = `creating cluster ${req.cluster}`
  try {
    return await azure.call(
      'create cluster',
      clusterId,
      () =>
        waitFor(host, azure.client.managedClusters.createOrUpdate(req.resourceGroup, req.cluster, body, azure.options), {
          what,
          step: 'create cluster',
          resourceId: clusterId
        }),
      `The creation of cluster ${req.cluster} may have started: check it with az aks show -g ${req.resourceGroup} -n ${req.cluster}.`
    )
  } catch (err) {
    throw await stateAfterFailure(err, azure, async () => {
      const now = await readCluster(azure, req.resourceGroup, req.cluster, true)
      return now
        ? `Cluster ${req.cluster} now exists in state ${now.provisioningState ?? 'unknown'}: delete it (az aks delete) or fix the cause and run again.`
        : `Cluster ${req.cluster} was not created. ${NOTHING_CHANGED}`
    })
  }
}
