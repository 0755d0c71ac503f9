import type { AgentPool } from '@azure/arm-containerservice'
import { PreflightError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { known, type PoolDeclaration, type SnapshotInfo, type UpgradeDeclaration } from '../model.js'
import { compareKubernetes } from '../policy/versions.js'
import { sameId } from '../policy/catalog.js'
import { openAzure, type AzureContext } from '../azure/context.js'
import { clusterId as formatClusterId } from '../azure/ids.js'
import { LIVE_SPAN } from './preflight.js'
import {
  chooseSnapshot,
  loadPolicy,
  NOTHING_CHANGED,
  pinningPreflight,
  poolOutputs,
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
 * `upgrade-nodepool` (SPEC §4), as `az aks nodepool upgrade --snapshot-id`
 * does it (azure-cli, acs/custom.py `aks_agentpool_upgrade`):
 * - the snapshot's Kubernetes version is the pool's: a node image upgrade,
 *   `POST …/upgradeNodeImageVersion` with the header `AKSSnapshotId: <id>`
 *   (az's `--node-image-only --snapshot-id`);
 * - a newer one: the pool read back and PUT with `orchestratorVersion` set to
 *   the snapshot's and `creationData.sourceResourceId` to the snapshot.
 */

export type UpgradeKind = 'node-image' | 'kubernetes' | 'none'

/** Which upgrade a snapshot means for a pool; `none` when the pool already runs the snapshot's versions. */
export function upgradeKind(pool: AgentPool, snapshot: SnapshotInfo): UpgradeKind {
  const current = pool.currentOrchestratorVersion ?? pool.orchestratorVersion
  const target = snapshot.kubernetesVersion
  const cmp = current && target ? compareKubernetes(target, current) : undefined
  if (cmp !== undefined && cmp > 0) return 'kubernetes'
  const sameImage =
    !!pool.nodeImageVersion &&
    !!snapshot.nodeImageVersion &&
    pool.nodeImageVersion.toLowerCase() === snapshot.nodeImageVersion.toLowerCase()
  const linked = !!pool.creationData?.sourceResourceId && sameId(pool.creationData.sourceResourceId, snapshot.id)
  return sameImage && linked ? 'none' : 'node-image'
}

/** States in which AKS accepts an upgrade: a finished operation, or a failed one (an upgrade may repair it). */
const UPGRADABLE = new Set(['succeeded', 'failed', 'canceled'])

export async function run(inputs: Inputs, host: Host): Promise<number> {
  const resourceGroup = inputs.required('resource-group')
  const clusterName = inputs.required('cluster-name')
  const poolName = inputs.required('nodepool-name')
  const json = inputs.boolean('json', false)
  const policy = await loadPolicy(inputs)
  const choice = chooseSnapshot(inputs, policy)
  const azure = await openAzure(inputs, host, process.env, snapshotSubscription(choice.id))
  try {
    const cluster = await readCluster(azure, resourceGroup, clusterName)
    const clusterId = cluster!.id ?? formatClusterId({ subscriptionId: azure.subscriptionId, resourceGroup, cluster: clusterName })
    const poolId = `${clusterId}/agentPools/${poolName}`
    const pool = await readPool(azure, resourceGroup, clusterName, poolName)
    if (!pool)
      throw new PreflightError(
        `node pool ${poolName} not found in cluster ${clusterName} (resource group ${resourceGroup}). ${NOTHING_CHANGED}`
      )
    const snapshot = await readSnapshot(azure, choice)
    const kind = upgradeKind(pool, snapshot)
    const current = pool.currentOrchestratorVersion ?? pool.orchestratorVersion
    host.info(
      `Node pool ${poolName}: Kubernetes ${current ?? '?'}, ${pool.nodeImageVersion ?? '?'}; snapshot ${snapshot.name ?? snapshot.id} (${choice.via}): Kubernetes ${snapshot.kubernetesVersion ?? '?'}, ${snapshot.nodeImageVersion ?? '?'}`
    )

    const upgrade: UpgradeDeclaration = {
      kind: 'upgrade',
      span: LIVE_SPAN,
      source: 'live',
      resource: `agentPools/${poolName}`,
      scope: 'pool',
      name: known(poolName),
      cluster: known(clusterName),
      nodeImageOnly: kind !== 'kubernetes',
      controlPlaneOnly: false,
      // The mode states no target version: the pool takes the snapshot's (version-conflict compares that with the control plane).
      kubernetesVersion: stated<string>(undefined),
      snapshot: { id: known(snapshot.id) },
      currentKubernetesVersion: stated(current),
      currentNodeImageVersion: stated(pool.nodeImageVersion),
      location: stated(cluster!.location),
      controlPlaneVersion: stated(cluster!.currentKubernetesVersion ?? cluster!.kubernetesVersion)
    }
    // The pool as it will be: its own VM size and OS against the snapshot's, its version against the control plane.
    const after: PoolDeclaration = {
      kind: 'pool',
      span: LIVE_SPAN,
      source: 'live',
      resource: `agentPools/${poolName}`,
      name: known(poolName),
      cluster: known(clusterName),
      mode: stated(pool.mode),
      vmSize: stated(pool.vmSize),
      location: stated(cluster!.location),
      kubernetesVersion: stated<string>(undefined),
      controlPlaneVersion: stated(cluster!.currentKubernetesVersion ?? cluster!.kubernetesVersion),
      osType: stated(pool.osType),
      osSku: stated(pool.osSKU),
      enableFips: stated(pool.enableFips),
      snapshot: { id: known(snapshot.id) },
      system: pool.mode === 'System'
    }
    await pinningPreflight([upgrade, after], snapshot, azure, host, policy)

    let result: AgentPool
    let operation: string
    if (kind === 'none') {
      host.info(
        `Node pool ${poolName} already runs snapshot ${snapshot.name ?? snapshot.id} (node image ${pool.nodeImageVersion}): nothing to do`
      )
      result = pool
      operation = 'none (already on the snapshot)'
    } else {
      const state = pool.provisioningState ?? 'unknown'
      if (!UPGRADABLE.has(state.toLowerCase()))
        throw new PreflightError(
          `node pool ${poolName} of cluster ${clusterName} is in state ${state}: wait for its operation to finish, then run the upgrade again. ${NOTHING_CHANGED}`
        )
      result =
        kind === 'node-image'
          ? await upgradeNodeImage(azure, host, { resourceGroup, clusterName, poolName, poolId }, snapshot)
          : await upgradeKubernetes(azure, host, { resourceGroup, clusterName, poolName, poolId }, pool, snapshot)
      operation = kind === 'node-image' ? 'node image upgrade' : `Kubernetes upgrade ${current ?? '?'} → ${snapshot.kubernetesVersion}`
    }
    await report(
      {
        title:
          kind === 'none'
            ? `Node pool ${poolName} of cluster ${clusterName} already runs snapshot ${snapshot.name ?? snapshot.id}`
            : `Upgraded node pool ${poolName} of cluster ${clusterName} to snapshot ${snapshot.name ?? snapshot.id}`,
        outputs: poolOutputs(result, poolId),
        details: [
          ['snapshot-id', snapshot.id],
          ['upgrade', operation]
        ]
      },
      host,
      json
    )
    return 0
  } finally {
    azure.close()
  }
}

interface PoolTarget {
  resourceGroup: string
  clusterName: string
  poolName: string
  poolId: string
}

async function upgradeNodeImage(azure: AzureContext, host: Host, t: PoolTarget, snapshot: SnapshotInfo): Promise<AgentPool> {
  const what = `upgrading the node image of node pool ${t.poolName} to snapshot ${snapshot.name ?? snapshot.id}`
  const options = { ...azure.options, requestOptions: { headers: { AKSSnapshotId: snapshot.id } } }
  await guarded(azure, t, 'upgrade node image', () =>
    waitFor(host, azure.client.agentPools.upgradeNodeImageVersion(t.resourceGroup, t.clusterName, t.poolName, options), {
      what,
      step: 'upgrade node image',
      resourceId: t.poolId
    })
  )
  return azure.call(
    'read node pool',
    t.poolId,
    () => azure.client.agentPools.get(t.resourceGroup, t.clusterName, t.poolName, azure.options),
    `The node image upgrade of ${t.poolName} finished, but the pool could not be read back.`
  )
}

async function upgradeKubernetes(
  azure: AzureContext,
  host: Host,
  t: PoolTarget,
  pool: AgentPool,
  snapshot: SnapshotInfo
): Promise<AgentPool> {
  const what = `upgrading node pool ${t.poolName} to Kubernetes ${snapshot.kubernetesVersion} from snapshot ${snapshot.name ?? snapshot.id}`
  // As az does: the pool as read, with the snapshot's version and the snapshot as creationData.
  // The old node image is left out: the snapshot decides the new one.
  const body: AgentPool = {
    ...pool,
    orchestratorVersion: snapshot.kubernetesVersion,
    nodeImageVersion: undefined,
    creationData: { sourceResourceId: snapshot.id }
  }
  return guarded(azure, t, 'upgrade node pool', () =>
    waitFor(host, azure.client.agentPools.createOrUpdate(t.resourceGroup, t.clusterName, t.poolName, body, azure.options), {
      what,
      step: 'upgrade node pool',
      resourceId: t.poolId
    })
  )
}

/** Runs the write; a failure says what state the pool is in now. */
async function guarded<T>(azure: AzureContext, t: PoolTarget, step: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await azure.call(
      step,
      t.poolId,
      fn,
      `The upgrade of node pool ${t.poolName} may have started: check it with az aks nodepool show --cluster-name ${t.clusterName} -g ${t.resourceGroup} -n ${t.poolName}.`
    )
  } catch (err) {
    throw await stateAfterFailure(err, azure, async () => {
      const now = await readPool(azure, t.resourceGroup, t.clusterName, t.poolName)
      return now
        ? `Node pool ${t.poolName} is now in state ${now.provisioningState ?? 'unknown'} (Kubernetes ${now.currentOrchestratorVersion ?? now.orchestratorVersion ?? '?'}, node image ${now.nodeImageVersion ?? '?'}).`
        : undefined
    })
  }
}
