import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PoolDeclaration } from '../../../src/model.js'
import { reader } from '../../../src/readers/terraform/index.js'
import type { ReaderContext } from '../../../src/readers/types.js'
import { lintTf } from './helpers.js'

const ESTATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/terraform/estate')

const context: ReaderContext = {
  readFile: async (p) => {
    try {
      return readFileSync(path.join(ESTATE, p), 'utf8')
    } catch {
      return undefined
    }
  },
  listDir: async (d) => readdirSync(path.join(ESTATE, d)).map((n) => (d === '.' || d === '' ? n : `${d}/${n}`))
}

describe('Terraform declarations', () => {
  it('turns the estate into pools with their cluster, region, versions and snapshot ids', async () => {
    const result = await reader.read({ path: 'main.tf', text: readFileSync(path.join(ESTATE, 'main.tf'), 'utf8') }, context)
    expect(result.problems).toEqual([])
    const pools = result.declarations as PoolDeclaration[]
    const summary = pools.map((p) => ({
      resource: p.resource,
      instance: p.instance,
      name: p.name.known ? p.name.value : '?',
      system: p.system,
      mode: p.mode.known ? p.mode.value : '?',
      cluster: p.cluster.known ? p.cluster.value : '?',
      location: p.location.known ? p.location.value : '?',
      controlPlane: p.controlPlaneVersion.known ? p.controlPlaneVersion.value : '?',
      version: p.kubernetesVersion.known ? p.kubernetesVersion.value : `?(${p.kubernetesVersion.reason})`,
      vmSize: p.vmSize.known ? p.vmSize.value : '?',
      snapshot: p.snapshot ? (p.snapshot.id.known ? `${p.snapshot.id.value}${p.snapshot.id.partial ? ' (partial)' : ''}` : '?') : 'none',
      line: p.span.line
    }))
    const sub = '/subscriptions/00000000-0000-0000-0000-000000000000'
    const common = { system: false, mode: 'User', cluster: 'aks-prod', location: 'westeurope', controlPlane: '1.30.4' }
    expect(summary).toEqual([
      {
        resource: 'azurerm_kubernetes_cluster.main.default_node_pool',
        instance: undefined,
        name: 'system',
        system: true,
        mode: 'System',
        cluster: 'aks-prod',
        location: 'westeurope',
        controlPlane: '1.30.4',
        version: '?(not stated)',
        vmSize: 'Standard_D4s_v5',
        snapshot: 'none',
        line: 15
      },
      {
        resource: 'azurerm_kubernetes_cluster_node_pool.apps',
        instance: undefined,
        name: 'apps',
        ...common,
        version: '?(not stated)',
        vmSize: 'Standard_D8s_v5',
        snapshot: '/subscriptions/{?}/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/apps-202611 (partial)',
        line: 26
      },
      {
        resource: 'azurerm_kubernetes_cluster_node_pool.pools',
        instance: 'each.key=batch',
        name: 'batch',
        ...common,
        version: '?(not stated)',
        vmSize: 'Standard_D16s_v5',
        snapshot: `${sub}/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/user-202611`,
        line: 34
      },
      {
        resource: 'azurerm_kubernetes_cluster_node_pool.pools',
        instance: 'each.key=gpu',
        name: 'gpu',
        ...common,
        version: '?(not stated)',
        vmSize: 'Standard_NC6s_v3',
        snapshot: `${sub}/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/user-202611`,
        line: 34
      },
      {
        resource: 'azurerm_kubernetes_cluster_node_pool.pools',
        instance: 'each.key=web',
        name: 'web',
        ...common,
        version: '1.30.4',
        vmSize: 'Standard_D4ds_v5',
        snapshot: `${sub}/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/user-202611`,
        line: 34
      }
    ])
  })

  it('gives only the declarations of the file read, so a folder is never reported twice', async () => {
    const variables = await reader.read({ path: 'variables.tf', text: readFileSync(path.join(ESTATE, 'variables.tf'), 'utf8') }, context)
    expect(variables.declarations).toEqual([])
    const tfvars = await reader.read(
      { path: 'terraform.tfvars', text: readFileSync(path.join(ESTATE, 'terraform.tfvars'), 'utf8') },
      context
    )
    expect(tfvars).toEqual({ declarations: [], problems: [] })
  })

  it('lets a suppression comment on the line before mark the finding suppressed', async () => {
    const findings = await lintTf({
      'main.tf': `resource "azurerm_kubernetes_cluster_node_pool" "a" {
  name                  = "a"
  kubernetes_cluster_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size               = "Standard_D4s_v5"
  # aks-snapshot-ignore missing-snapshot-id -- pinned by the platform team's policy
  snapshot_id           = ""
}
`
    })
    expect(findings).toEqual([
      "main.tf:6:27-6:29 missing-snapshot-id Node pool a has an empty snapshot reference (''). [suppressed: pinned by the platform team's policy]"
    ])
  })
})
