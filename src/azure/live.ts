import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import type { SnapshotInfo } from '../model.js'
import { openSession } from './context.js'
import { parseSnapshotId } from './ids.js'
import { snapshotInfo, supportedVersionList } from './snapshots.js'

/**
 * Live look-ups for lint's `resolve-live` (SPEC §5, "where snapshot
 * properties come from"): snapshot properties by id, read from ARM in the
 * subscription each id names, and the Kubernetes versions a region supports.
 * The shape is lint's LiveLookup; lint imports this module only when
 * resolve-live is on, so plain lint never loads the SDK.
 */
export interface LiveLookup {
  resolveLive: (ids: string[]) => Promise<Map<string, Partial<SnapshotInfo>>>
  supportedVersionsLive: (region: string) => Promise<string[] | undefined>
}

export async function openLiveLookup(inputs: Inputs, host: Host, env: NodeJS.ProcessEnv = process.env): Promise<LiveLookup> {
  const session = await openSession(inputs, host, env)
  // Versions need a subscription to ask in: the input's, else the first snapshot's.
  let versionSubscription = inputs.string('subscription-id') ?? env.AZURE_SUBSCRIPTION_ID?.trim()
  return {
    async resolveLive(ids) {
      const found = new Map<string, Partial<SnapshotInfo>>()
      for (const id of ids) {
        const ref = parseSnapshotId(id)
        if (!ref) continue
        versionSubscription ??= ref.subscriptionId
        const client = session.clientFor(ref.subscriptionId)
        const s = await session.getOptional('read snapshot', id, () => client.snapshots.get(ref.resourceGroup, ref.name, session.options))
        if (!s) continue
        found.set(id, snapshotInfo(s))
      }
      return found
    },
    async supportedVersionsLive(region) {
      if (!versionSubscription) return undefined
      const subscription = versionSubscription
      const client = session.clientFor(subscription)
      const list = await session.call(
        `list Kubernetes versions in ${region}`,
        `/subscriptions/${subscription}/providers/Microsoft.ContainerService/locations/${region}`,
        () => client.managedClusters.listKubernetesVersions(region, session.options)
      )
      return supportedVersionList(list)
    }
  }
}
