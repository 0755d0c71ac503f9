import { lintSources } from '../../../src/lint/engine.js'
import type { Finding } from '../../../src/model.js'
import { parseCatalog, type Catalog } from '../../../src/policy/catalog.js'

export const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000'
export const snapshotId = (name: string, rg = 'rg-snap') =>
  `${SUB}/resourceGroups/${rg}/providers/Microsoft.ContainerService/snapshots/${name}`

/** A catalog with a D-family Linux snapshot `d4-1304` (1.30.4, westeurope) and an Arm one. */
export const catalog: Catalog = parseCatalog(
  '.aks-snapshots.json',
  JSON.stringify({
    snapshots: [
      {
        id: snapshotId('d4-1304'),
        location: 'westeurope',
        kubernetesVersion: '1.30.4',
        osType: 'Linux',
        osSku: 'Ubuntu',
        vmSize: 'Standard_D4s_v5',
        enableFips: false
      },
      {
        id: snapshotId('arm-1304'),
        location: 'westeurope',
        kubernetesVersion: '1.30.4',
        osType: 'Linux',
        osSku: 'AzureLinux',
        vmSize: 'Standard_D4ps_v5',
        enableFips: false
      }
    ]
  })
)

export const show = (fs: Finding[]) =>
  fs.map(
    (f) =>
      `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}${f.suppressed ? ` [suppressed: ${f.suppressed.justification}]` : ''}`
  )

/** Lints in-memory files, with a working directory that does not exist so nothing on disk joins in. */
export async function lintTf(files: Record<string, string>, options: { catalog?: Catalog } = { catalog }): Promise<string[]> {
  const result = await lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { cwd: '/nonexistent/aks-snapshot-terraform-tests', ...options }
  )
  return show(result.findings)
}
