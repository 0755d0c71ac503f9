import { AzureOperationError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import type { SnapshotInfo } from '../model.js'
import { sameId } from '../policy/catalog.js'
import { openAzure, type AzureContext } from '../azure/context.js'
import { parseSnapshotId } from '../azure/ids.js'
import { listPools, listSnapshots } from './inventory.js'
import { poolLabel } from './list.js'
import { loadPolicy } from './pinning.js'
import { planPrune, type PruneDecision } from './usage.js'

/**
 * `prune` (SPEC §4): deletes the snapshots of a resource group that carry
 * `match-tags`, are beyond the newest `keep` of their source pool, older than
 * `older-than-days`, and that nothing uses: no pool anywhere in the
 * subscription points at them and no catalog pin names them.
 */

export const DEFAULT_MATCH_TAGS = { 'created-by': 'aks-snapshot' }

export interface PruneRequest {
  resourceGroup: string
  keep: number
  olderThanDays?: number
  matchTags: Record<string, string>
  dryRun: boolean
  json: boolean
}

export function readPruneInputs(inputs: Inputs): PruneRequest {
  const tagsText = inputs.string('match-tags')
  return {
    resourceGroup: inputs.required('resource-group', 'prune works on one resource group at a time'),
    keep: inputs.integer('keep', 3, { min: 0 }),
    ...(inputs.string('older-than-days') ? { olderThanDays: inputs.integer('older-than-days', 0, { min: 0 }) } : {}),
    // `*` prunes whatever the tags; nothing given means aks-snapshot's own snapshots.
    matchTags: tagsText === '*' ? {} : tagsText ? inputs.keyValues('match-tags') : DEFAULT_MATCH_TAGS,
    dryRun: inputs.boolean('dry-run', false),
    json: inputs.boolean('json', false)
  }
}

export interface PruneResult {
  decisions: PruneDecision[]
  deleted: string[]
  kept: string[]
  /** Snapshots planned for deletion that were not deleted because a delete failed first. */
  notDeleted: string[]
}

export async function run(inputs: Inputs, host: Host): Promise<number> {
  const req = readPruneInputs(inputs)
  const policy = await loadPolicy(inputs)
  const azure = await openAzure(inputs, host)
  try {
    const snapshots = await listSnapshots(azure, req.resourceGroup)
    // Every pool of the subscription, not only the resource group's: a snapshot may serve a cluster anywhere.
    const pools = await listPools(azure)
    const pins = Object.entries(policy.catalog?.pins ?? {})
    const decisions = planPrune(
      snapshots,
      (id) => pools.filter((p) => p.snapshotId && sameId(p.snapshotId, id)).map((p) => p.id),
      (id) => pins.filter(([, pinned]) => sameId(pinned, id)).map(([name]) => name),
      {
        keep: req.keep,
        ...(req.olderThanDays !== undefined ? { olderThanDays: req.olderThanDays } : {}),
        matchTags: req.matchTags,
        now: new Date()
      }
    )
    const planned = decisions.filter((d) => d.action === 'delete').map((d) => d.id)
    host.info(
      `${snapshots.length} snapshot(s) in resource group ${req.resourceGroup}: ${planned.length} to delete${req.dryRun ? ' (dry run: nothing is deleted)' : ''}, ${snapshots.length - planned.length} kept`
    )
    const result: PruneResult = {
      decisions,
      deleted: [],
      kept: decisions.filter((d) => d.action === 'keep').map((d) => d.id),
      notDeleted: []
    }
    let failure: AzureOperationError | undefined
    if (!req.dryRun) failure = await deleteAll(azure, host, planned, result)
    await report(result, req, snapshots, host)
    if (failure) throw failure
    return 0
  } finally {
    azure.close()
  }
}

/** Deletes one by one; at the first failure stops and says exactly which were deleted and which remain. */
async function deleteAll(azure: AzureContext, host: Host, ids: string[], result: PruneResult): Promise<AzureOperationError | undefined> {
  for (const [i, id] of ids.entries()) {
    const ref = parseSnapshotId(id)!
    try {
      await azure.call('delete snapshot', id, () => azure.client.snapshots.delete(ref.resourceGroup, ref.name, azure.options))
      result.deleted.push(id)
      host.info(`Deleted snapshot ${id}`)
    } catch (err) {
      result.notDeleted = ids.slice(i)
      if (!(err instanceof AzureOperationError)) throw err
      const deleted = result.deleted.length
        ? `Deleted before the failure: ${result.deleted.map(nameOf).join(', ')}`
        : 'No snapshot was deleted'
      return new AzureOperationError({
        ...err.details,
        state: `${deleted}. Not deleted: ${result.notDeleted.map(nameOf).join(', ')} (${nameOf(id)} may or may not have been deleted: check it with az aks nodepool snapshot show).`
      })
    }
  }
  return undefined
}

const nameOf = (id: string): string => parseSnapshotId(id)?.name ?? id

async function report(result: PruneResult, req: PruneRequest, snapshots: SnapshotInfo[], host: Host): Promise<void> {
  // Planned deletions that did not happen are kept, as far as outputs go: they still exist (or may).
  const kept = [...result.kept, ...result.notDeleted]
  host.setOutput('deleted', JSON.stringify(result.deleted))
  host.setOutput('kept', JSON.stringify(kept))
  // A dry run deletes nothing; what it would delete has its own output.
  if (req.dryRun) host.setOutput('would-delete', JSON.stringify(result.decisions.filter((d) => d.action === 'delete').map((d) => d.id)))
  const rows = result.decisions.map((d) => {
    const s = snapshots.find((x) => sameId(x.id, d.id))
    const action =
      d.action === 'keep'
        ? 'kept'
        : req.dryRun
          ? 'would delete'
          : result.deleted.some((x) => sameId(x, d.id))
            ? 'deleted'
            : 'not deleted (stopped by an error)'
    return [nameOf(d.id), s?.sourceResourceId ? poolLabel(s.sourceResourceId) : '', s?.created ?? '', action, d.reason]
  })
  const headers = ['snapshot', 'source pool', 'created', 'action', 'why']
  const title = `Prune of node pool snapshots in resource group ${req.resourceGroup}${req.dryRun ? ' (dry run)' : ''}`
  if (host.isAction) {
    const table = rows.length
      ? [
          `| ${headers.join(' | ')} |`,
          `| ${headers.map(() => '---').join(' | ')} |`,
          ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)
        ]
      : ['No node pool snapshots.']
    await host.addSummary([`### ${title}`, '', ...table, ''].join('\n'))
  }
  if (req.json && !host.isAction) {
    host.print(JSON.stringify({ dryRun: req.dryRun, deleted: result.deleted, kept, decisions: result.decisions }, null, 2))
    return
  }
  const widths = headers.map((_, i) => Math.max(...[headers, ...rows].map((r) => r[i].length)))
  host.print(
    [
      title,
      ...[headers, ...rows].map((r) =>
        r
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd()
      )
    ].join('\n')
  )
}
