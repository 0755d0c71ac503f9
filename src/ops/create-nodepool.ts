import type { AgentPool } from '@azure/arm-containerservice'
import { PreflightError, UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { known, type PoolDeclaration, type SnapshotInfo } from '../model.js'
import { openAzure, type AzureContext } from '../azure/context.js'
import { clusterId as formatClusterId } from '../azure/ids.js'
import { LIVE_SPAN } from './preflight.js'
import {
  checkPoolName,
  chooseSnapshot,
  loadPolicy,
  NOTHING_CHANGED,
  pinningPreflight,
  poolOutputs,
  poolPropertiesFromArm,
  readCluster,
  readPool,
  readSnapshot,
  report,
  snapshotSubscription,
  stateAfterFailure,
  stated,
  waitFor
} from './pinning.js'

/**
 * `create-nodepool` (SPEC §4): adds a pool to a cluster from a snapshot, as
 * `az aks nodepool add --snapshot-id` does: Kubernetes version, VM size, OS
 * type and SKU come from the snapshot unless given; the pool's
 * `creationData.sourceResourceId` is the snapshot.
 */

export const POOL_MODES = ['User', 'System'] as const

export interface CreatePoolRequest {
  resourceGroup: string
  cluster: string
  pool: string
  /** node-count when given (default 1, unless nodepool-properties sets count). */
  count?: number
  vmSize?: string
  kubernetesVersion?: string
  osSku?: string
  mode: (typeof POOL_MODES)[number]
  /** `nodepool-properties`, in the SDK's names. */
  properties: Record<string, unknown>
  json: boolean
}

export function readCreatePoolInputs(inputs: Inputs): CreatePoolRequest {
  const properties = poolPropertiesFromArm(inputs.json('nodepool-properties') ?? {})
  if ('creationData' in properties)
    throw new UsageError(`${inputs.describe('nodepool-properties')} must not set creationData: the snapshot comes from snapshot-id or pin`)
  const pool = inputs.required('nodepool-name')
  checkPoolName(inputs, pool, typeof properties.osType === 'string' ? properties.osType : undefined)
  return {
    resourceGroup: inputs.required('resource-group'),
    cluster: inputs.required('cluster-name'),
    pool,
    ...(inputs.string('node-count') ? { count: inputs.integer('node-count', 1, { min: 0 }) } : {}),
    ...(inputs.string('vm-size') ? { vmSize: inputs.string('vm-size') } : {}),
    ...(inputs.string('kubernetes-version') ? { kubernetesVersion: inputs.string('kubernetes-version') } : {}),
    ...(inputs.string('os-sku') ? { osSku: inputs.string('os-sku') } : {}),
    mode: inputs.choice('nodepool-mode', POOL_MODES, 'User'),
    properties,
    json: inputs.boolean('json', false)
  }
}

/**
 * The agent pool to PUT: the snapshot's values, then `nodepool-properties`,
 * then the explicit inputs; the snapshot reference always ours.
 */
export function poolBody(req: CreatePoolRequest, snapshot: SnapshotInfo): AgentPool {
  const body: Record<string, unknown> = {
    count: 1,
    ...(snapshot.vmSize ? { vmSize: snapshot.vmSize } : {}),
    ...(snapshot.osType ? { osType: snapshot.osType } : {}),
    ...(snapshot.osSku ? { osSKU: snapshot.osSku } : {}),
    ...(snapshot.kubernetesVersion ? { orchestratorVersion: snapshot.kubernetesVersion } : {}),
    ...(snapshot.enableFips ? { enableFips: true } : {}),
    mode: req.mode,
    ...req.properties,
    ...(req.count !== undefined ? { count: req.count } : {}),
    ...(req.vmSize ? { vmSize: req.vmSize } : {}),
    ...(req.kubernetesVersion ? { orchestratorVersion: req.kubernetesVersion } : {}),
    ...(req.osSku ? { osSKU: req.osSku } : {}),
    creationData: { sourceResourceId: snapshot.id }
  }
  return body as AgentPool
}

export async function run(inputs: Inputs, host: Host): Promise<number> {
  const req = readCreatePoolInputs(inputs)
  const policy = await loadPolicy(inputs)
  const choice = chooseSnapshot(inputs, policy)
  const azure = await openAzure(inputs, host, process.env, snapshotSubscription(choice.id))
  try {
    const cluster = await readCluster(azure, req.resourceGroup, req.cluster)
    const clusterId =
      cluster!.id ?? formatClusterId({ subscriptionId: azure.subscriptionId, resourceGroup: req.resourceGroup, cluster: req.cluster })
    const poolId = `${clusterId}/agentPools/${req.pool}`
    const existing = await readPool(azure, req.resourceGroup, req.cluster, req.pool)
    if (existing)
      throw new PreflightError(
        `node pool ${req.pool} already exists in cluster ${req.cluster} (state ${existing.provisioningState ?? 'unknown'}): create-nodepool only adds new pools; use upgrade-nodepool to move it to a snapshot. ${NOTHING_CHANGED}`
      )
    const snapshot = await readSnapshot(azure, choice)
    host.info(
      `Snapshot ${snapshot.id} (${choice.via}): Kubernetes ${snapshot.kubernetesVersion ?? '?'}, ${snapshot.vmSize ?? '?'}, ${snapshot.nodeImageVersion ?? '?'}`
    )
    const body = poolBody(req, snapshot)

    const controlPlane = cluster!.currentKubernetesVersion ?? cluster!.kubernetesVersion
    const declaration: PoolDeclaration = {
      kind: 'pool',
      span: LIVE_SPAN,
      source: 'live',
      resource: `agentPools/${req.pool}`,
      name: known(req.pool),
      cluster: known(req.cluster),
      mode: known(req.mode),
      vmSize: stated(body.vmSize),
      location: stated(cluster!.location),
      // Only a version the user states is compared with the snapshot's (az takes the snapshot's otherwise).
      kubernetesVersion: stated(req.kubernetesVersion ?? (req.properties.orchestratorVersion as string | undefined)),
      controlPlaneVersion: stated(controlPlane),
      osType: stated(req.properties.osType as string | undefined),
      osSku: stated(req.osSku ?? (req.properties.osSKU as string | undefined)),
      enableFips: stated(req.properties.enableFips as boolean | undefined),
      snapshot: { id: known(snapshot.id) },
      system: req.mode === 'System'
    }
    await pinningPreflight([declaration], snapshot, azure, host, policy)

    const pool = await createPool(azure, host, req, body, poolId)
    await report(
      {
        title: `Created node pool ${req.pool} in cluster ${req.cluster} from snapshot ${snapshot.name ?? snapshot.id}`,
        outputs: poolOutputs(pool, poolId),
        details: [
          ['snapshot-id', snapshot.id],
          ['vm-size', pool.vmSize ?? ''],
          ['node-count', String(pool.count ?? body.count)]
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

async function createPool(azure: AzureContext, host: Host, req: CreatePoolRequest, body: AgentPool, poolId: string): Promise<AgentPool> {
  const what = `creating node pool ${req.pool} in cluster ${req.cluster}`
  try {
    return await azure.call(
      'create node pool',
      poolId,
      () =>
        waitFor(host, azure.client.agentPools.createOrUpdate(req.resourceGroup, req.cluster, req.pool, body, azure.options), {
          what,
          step: 'create node pool',
          resourceId: poolId
        }),
      `The creation of node pool ${req.pool} may have started: check it with az aks nodepool show --cluster-name ${req.cluster} -g ${req.resourceGroup} -n ${req.pool}.`
    )
  } catch (err) {
    throw await stateAfterFailure(err, azure, async () => {
      const now = await readPool(azure, req.resourceGroup, req.cluster, req.pool)
      return now
        ? `Node pool ${req.pool} now exists in state ${now.provisioningState ?? 'unknown'}: delete it (az aks nodepool delete) or fix the cause and run again with another name.`
        : `Node pool ${req.pool} was not created. ${NOTHING_CHANGED}`
    })
  }
}
