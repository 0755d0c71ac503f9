import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { openAzure } from '../azure/context.js'
import { sameId } from '../policy/catalog.js'
import { inResourceGroup, listPools, listSnapshots } from './inventory.js'
import { lastSegment, usageReport, type UsageReport } from './usage.js'

/**
 * `list` (SPEC §4): the snapshots of a resource group (or the subscription),
 * each with its source pool, versions, VM size, age, the pools built from it
 * anywhere in the subscription, and drift; and the pools in scope that no
 * snapshot pins. Outputs `snapshots` (JSON) and `unpinned-pools` (JSON).
 */
export async function run(inputs: Inputs, host: Host): Promise<number> {
  const resourceGroup = inputs.string('resource-group')
  const json = inputs.boolean('json', false)
  const azure = await openAzure(inputs, host)
  try {
    const where = resourceGroup ? `resource group ${resourceGroup}` : `subscription ${azure.subscriptionId}`
    host.info(`Listing node pool snapshots in ${where}`)
    const snapshots = await listSnapshots(azure, resourceGroup)
    const pools = await listPools(azure)
    const report = scoped(usageReport(snapshots, pools, new Date()), pools, resourceGroup)

    host.setOutput('snapshots', JSON.stringify(report.snapshots))
    host.setOutput('unpinned-pools', JSON.stringify(report.unpinned))
    if (host.isAction) await host.addSummary(listSummary(report, where))
    host.print(json && !host.isAction ? JSON.stringify(report, null, 2) : listText(report, where))
    return 0
  } finally {
    azure.close()
  }
}

/** Users come from the whole subscription; pools without a snapshot and dangling references only from the scope. */
function scoped(report: UsageReport, pools: { id: string; clusterId: string }[], resourceGroup: string | undefined): UsageReport {
  if (!resourceGroup) return report
  const inScope = (poolId: string) => inResourceGroup(pools.find((p) => sameId(p.id, poolId))?.clusterId ?? poolId, resourceGroup)
  return {
    snapshots: report.snapshots,
    unpinned: report.unpinned.filter(inScope),
    // A snapshot in another resource group is out of scope, not missing.
    danglingReferences: report.danglingReferences.filter((d) => inScope(d.poolId) && inResourceGroup(d.snapshotId, resourceGroup))
  }
}

/** `aks1/user1` from a pool id. */
export function poolLabel(poolId: string): string {
  const m = /managedClusters\/([^/]+)\/agentPools\/([^/]+)$/i.exec(poolId)
  return m ? `${m[1]}/${m[2]}` : lastSegment(poolId)
}

const age = (days: number | undefined): string => (days === undefined ? '' : `${days}d`)

function rows(report: UsageReport): string[][] {
  return report.snapshots.map((s) => [
    s.name,
    s.sourceResourceId ? poolLabel(s.sourceResourceId) : '',
    s.kubernetesVersion ?? '',
    s.nodeImageVersion ?? '',
    s.vmSize ?? '',
    age(s.ageDays),
    s.usedBy.length ? s.usedBy.map(poolLabel).join(', ') : 'none',
    s.drift.map((d) => `${poolLabel(d.poolId)} runs ${d.nodeImageVersion ?? '?'}`).join('; ')
  ])
}

const HEADERS = ['snapshot', 'source pool', 'Kubernetes', 'node image', 'VM size', 'age', 'used by', 'drift']

const cell = (v: string): string => v.replace(/\|/g, '\\|')

export function listSummary(report: UsageReport, where: string): string {
  const out = [`### Node pool snapshots in ${where}`, '']
  if (report.snapshots.length) {
    out.push(
      `| ${HEADERS.join(' | ')} |`,
      `| ${HEADERS.map(() => '---').join(' | ')} |`,
      ...rows(report).map((r) => `| ${r.map(cell).join(' | ')} |`)
    )
  } else out.push('No node pool snapshots.')
  if (report.unpinned.length)
    out.push('', `**Pools with no snapshot** (${report.unpinned.length}): ${report.unpinned.map(poolLabel).join(', ')}`)
  if (report.danglingReferences.length)
    out.push(
      '',
      `**Pools pointing at a snapshot that no longer exists**: ${report.danglingReferences.map((d) => `${poolLabel(d.poolId)} → ${lastSegment(d.snapshotId)}`).join(', ')}`
    )
  return out.join('\n') + '\n'
}

export function listText(report: UsageReport, where: string): string {
  const out = [`Node pool snapshots in ${where}: ${report.snapshots.length}`]
  if (report.snapshots.length) {
    const table = [HEADERS, ...rows(report)]
    const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => r[i].length)))
    for (const r of table)
      out.push(
        r
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd()
      )
  }
  if (report.unpinned.length) out.push(`Pools with no snapshot: ${report.unpinned.map(poolLabel).join(', ')}`)
  if (report.danglingReferences.length)
    out.push(
      `Pools pointing at a missing snapshot: ${report.danglingReferences.map((d) => `${poolLabel(d.poolId)} → ${d.snapshotId}`).join(', ')}`
    )
  return out.join('\n')
}
