import { describe, expect, it } from '@jest/globals'
import { lintSources } from '../../src/lint/engine.js'

const brief = (f: { file: string; line: number; column: number; ruleId: string; message: string }) =>
  `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`

describe('loop instances', () => {
  it('reports the instances of one loop once when they differ only in the pool name', async () => {
    const tf = `resource "azurerm_kubernetes_cluster_node_pool" "zonal" {
  count                 = 3
  name                  = "zone\${count.index + 1}"
  kubernetes_cluster_id = "x"
  vm_size               = "Standard_D4s_v5"
}
`
    const { findings } = await lintSources([{ path: 'main.tf', text: tf }])
    expect(findings.map(brief)).toEqual([
      'main.tf:1:1 missing-snapshot-id Node pool zone1/zone2/zone3 is created without a snapshot reference (instances: count.index=0, count.index=1, count.index=2).'
    ])
  })

  it('keeps instances apart when their findings say different things', async () => {
    const tf = `locals {
  pools = {
    mem = "Standard_E8s_v5"
    gpu = "Standard_NC6s_v3"
    web = "Standard_D8s_v5"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "pool" {
  for_each              = local.pools
  name                  = each.key
  kubernetes_cluster_id = "x"
  vm_size               = each.value
  snapshot_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/base"
}
`
    const catalog = {
      snapshots: [
        {
          id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/base',
          vmSize: 'Standard_D4s_v5'
        }
      ],
      pins: {}
    }
    const { findings } = await lintSources([{ path: 'main.tf', text: tf }], { catalog })
    expect(findings.map(brief)).toEqual([
      "main.tf:13:27 vm-family-mismatch Standard_E8s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ (instance: each.key=mem).",
      "main.tf:13:27 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot's Standard_D4s_v5 (family D) differ (instance: each.key=gpu)."
    ])
  })
})
