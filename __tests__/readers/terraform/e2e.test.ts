import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lint } from '../../../src/lint/engine.js'
import { loadCatalog } from '../../../src/policy/catalog.js'
import { lintTf, show, snapshotId } from './helpers.js'

const ESTATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/terraform/estate')

const CLUSTER = (extra = '', pool = '') => `resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-prod"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "aks"
  kubernetes_version  = "1.30.4"
${extra}
  default_node_pool {
    name        = "system"
    vm_size     = "Standard_D4s_v5"
    snapshot_id = "${snapshotId('d4-1304')}"
${pool}  }
}
`

describe('Terraform end to end', () => {
  it('gives the same findings for the configuration and for its plan JSON, each at its own lines', async () => {
    const catalog = await loadCatalog(path.join(ESTATE, '.aks-snapshots.json'))
    const hcl = await lint({ cwd: ESTATE, paths: ['main.tf', 'variables.tf', 'terraform.tfvars'], catalog })
    const plan = await lint({ cwd: ESTATE, paths: ['plan.json'], catalog })
    expect(show(hcl.findings)).toEqual([
      'main.tf:15:3-15:22 missing-snapshot-id Node pool system is created without a snapshot reference.',
      "main.tf:39:27-39:45 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot's Standard_D4s_v5 (family D) differ (instance: each.key=gpu)."
    ])
    expect(show(plan.findings)).toEqual([
      'plan.json:141:13-141:14 missing-snapshot-id Node pool system is created without a snapshot reference.',
      "plan.json:250:22-250:40 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot's Standard_D4s_v5 (family D) differ (instance: each.key=gpu)."
    ])
    // The plan lines are the default_node_pool entry and the gpu pool's vm_size.
    const lines = readFileSync(path.join(ESTATE, 'plan.json'), 'utf8').split('\n')
    expect(lines[139].trim()).toBe('"default_node_pool": [')
    expect(lines[249].trim()).toBe('"vm_size": "Standard_NC6s_v3",')
    expect(hcl.filesScanned).toBe(3)
  })

  it('tells a missing snapshot from a known-empty one, and stays silent on an unknown one', async () => {
    const findings = await lintTf({
      'infra/variables.tf': `variable "empty_snapshot" {
  type    = string
  default = null
}

variable "external_snapshot" {
  type = string
}
`,
      'infra/pools.tf': `resource "azurerm_kubernetes_cluster_node_pool" "none" {
  name                  = "none"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
}

resource "azurerm_kubernetes_cluster_node_pool" "null" {
  name                  = "nullsnap"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = var.empty_snapshot
}

resource "azurerm_kubernetes_cluster_node_pool" "blank" {
  name                  = "blank"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = ""
}

resource "azurerm_kubernetes_cluster_node_pool" "external" {
  name                  = "external"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = var.external_snapshot
}
`,
      'infra/main.tf': CLUSTER()
    })
    expect(findings).toEqual([
      'infra/pools.tf:1:1-1:57 missing-snapshot-id Node pool none is created without a snapshot reference.',
      'infra/pools.tf:11:27-11:45 missing-snapshot-id Node pool nullsnap has an empty snapshot reference (null).',
      "infra/pools.tf:18:27-18:29 missing-snapshot-id Node pool blank has an empty snapshot reference ('')."
    ])
  })

  it('takes variables from terraform.tfvars and *.auto.tfvars(.json) in name order, the last one winning; another .tfvars is a -var-file environment over them', async () => {
    const files = {
      'env/main.tf': `variable "pool_snapshot" {
  type    = string
  default = "${snapshotId('d4-1304')}"
}

variable "pool_vm_size" {
  type    = string
  default = "Standard_D4s_v5"
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                  = "user"
  kubernetes_cluster_id = "${'${'}azurerm_kubernetes_cluster.main.id}"
  vm_size               = var.pool_vm_size
  snapshot_id           = var.pool_snapshot
}
`,
      'env/cluster.tf': CLUSTER(),
      'env/terraform.tfvars': 'pool_vm_size = "Standard_D8s_v5"\n',
      'env/a.auto.tfvars': 'pool_vm_size = "Standard_F8s_v2"\n',
      'env/prod.auto.tfvars.json': '{ "pool_vm_size": "Standard_E8s_v5" }\n'
    }
    expect(await lintTf(files)).toEqual([
      "env/main.tf:14:27-14:43 vm-family-mismatch Standard_E8s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ."
    ])
    // Terraform loads staging.tfvars only with -var-file: the root is then planned with it, over the auto-loaded files.
    expect(await lintTf({ ...files, 'env/staging.tfvars': 'pool_vm_size = "Standard_NC6s_v3"\n' })).toEqual([
      "env/main.tf:14:27-14:43 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot's Standard_D4s_v5 (family D) differ (instance: with staging.tfvars)."
    ])
  })

  it('skips a resource whose count is known to be 0, lints one whose count is unknown, and names count instances', async () => {
    const findings = await lintTf({
      'main.tf': `variable "create_gpu" {
  default = false
}

variable "spot_count" {
  type = number
}

resource "azurerm_kubernetes_cluster_node_pool" "gpu" {
  count                 = var.create_gpu ? 1 : 0
  name                  = "gpu"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_NC6s_v3"
}

resource "azurerm_kubernetes_cluster_node_pool" "spot" {
  count                 = var.spot_count
  name                  = "spot\${count.index}"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  count                 = 2
  name                  = format("batch%02d", count.index)
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = element(["Standard_D4s_v5", "Standard_E4s_v5"], count.index)
  snapshot_id           = "${snapshotId('d4-1304')}"
}
`,
      'cluster.tf': CLUSTER()
    })
    expect(findings).toEqual([
      'main.tf:16:1-16:57 missing-snapshot-id Node pool azurerm_kubernetes_cluster_node_pool.spot is created without a snapshot reference.',
      "main.tf:27:27-27:87 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ (instance: count.index=1)."
    ])
  })

  it('expands dynamic blocks and evaluates references between resources', async () => {
    const findings = await lintTf({
      'main.tf': `locals {
  system = {
    name    = "system"
    vm_size = "Standard_D4ps_v5"
  }
}

resource "azurerm_kubernetes_cluster" "main" {
  name                = "aks-prod"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "aks"
  kubernetes_version  = "1.30.4"

  dynamic "default_node_pool" {
    for_each = [local.system]
    content {
      name        = default_node_pool.value.name
      vm_size     = default_node_pool.value.vm_size
      snapshot_id = "${snapshotId('d4-1304')}"
    }
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "newer" {
  name                  = "newer"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = azurerm_kubernetes_cluster.main.default_node_pool[0].vm_size
  orchestrator_version  = "1.31.1"
  snapshot_id           = "${snapshotId('arm-1304')}"
}

resource "azurerm_kubernetes_cluster_node_pool" "wrong" {
  name                  = "wrong"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = azurerm_kubernetes_cluster_node_pool.newer.id
}
`
    })
    expect(findings).toEqual([
      "main.tf:19:21-19:52 vm-family-mismatch Standard_D4ps_v5 (Arm64) and the snapshot's Standard_D4s_v5 (x64) differ in CPU architecture.",
      "main.tf:29:27-29:35 version-conflict Kubernetes version 1.31.1 and the snapshot's 1.30.4 differ in major.minor (1.31 and 1.30).",
      'main.tf:37:27-37:72 invalid-snapshot-id /subscriptions/{?}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod/agentPools/newer is the id of a node pool, not of a node pool snapshot (Microsoft.ContainerService/snapshots).'
    ])
  })
})
