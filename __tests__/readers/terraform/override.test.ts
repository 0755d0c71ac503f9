import { describe, expect, it } from '@jest/globals'
import { lintTf, snapshotId } from './helpers.js'

const cluster = `resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "aks"

  default_node_pool {
    name        = "system"
    vm_size     = "Standard_D4s_v5"
    snapshot_id = "${snapshotId('d4-1304')}"
  }
}
`

describe('Terraform override files', () => {
  it('merges an override attribute into the resource it names: the pool is declared where it was, the value comes from the override', async () => {
    const findings = await lintTf({
      'main.tf': `${cluster}
resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                  = "batch"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D16s_v5"
}

resource "azurerm_kubernetes_cluster_node_pool" "jobs" {
  name                  = "jobs"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D16s_v5"
  snapshot_id           = local.jobs_snapshot
}

locals {
  jobs_snapshot = null
}
`,
      'pools_override.tf': `resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  snapshot_id = "${snapshotId('d4-1304')}"
  vm_size     = "Standard_E16s_v5"
}

locals {
  jobs_snapshot = "${snapshotId('d4-1304')}"
}
`
    })
    expect(findings).toEqual([
      "pools_override.tf:3:17-3:35 vm-family-mismatch Standard_E16s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ."
    ])
  })

  it('replaces every nested block of a type the override has, reporting in the override file', async () => {
    const findings = await lintTf({
      'main.tf': cluster,
      'override.tf': `resource "azurerm_kubernetes_cluster" "main" {
  default_node_pool {
    name    = "system"
    vm_size = "Standard_D4s_v5"
  }
}
`
    })
    expect(findings).toEqual(['override.tf:2:3-2:22 missing-snapshot-id Node pool system is created without a snapshot reference.'])
  })
})
