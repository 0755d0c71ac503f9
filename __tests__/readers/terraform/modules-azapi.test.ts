import { describe, expect, it } from '@jest/globals'
import { lintTf, snapshotId } from './helpers.js'

describe('Terraform local modules', () => {
  it('evaluates a local module with the arguments passed, reporting in the module file once per finding', async () => {
    const findings = await lintTf({
      'envs/prod/main.tf': `module "aks" {
  source = "../../modules/aks"

  name               = "aks-prod"
  location           = "westeurope"
  kubernetes_version = "1.30.4"
  system_vm_size     = "Standard_E4s_v5"
  system_snapshot_id = "${snapshotId('d4-1304')}"
}

module "pools" {
  source   = "../../modules/pool"
  for_each = {
    web = { vm_size = "Standard_D8s_v5", snapshot_id = "${snapshotId('d4-1304')}" }
    gpu = { vm_size = "Standard_NC6s_v3", snapshot_id = "${snapshotId('d4-1304')}" }
    ml  = { vm_size = "Standard_NC6s_v3", snapshot_id = "${snapshotId('d4-1304')}" }
  }

  name       = each.key
  cluster_id = module.aks.cluster_id
  vm_size    = each.value.vm_size
  snapshot   = each.value.snapshot_id
}
`,
      'modules/aks/main.tf': `variable "name" {}
variable "location" {}
variable "kubernetes_version" {}
variable "system_vm_size" {
  default = "Standard_D4s_v5"
}
variable "system_snapshot_id" {
  default = null
}

resource "azurerm_kubernetes_cluster" "this" {
  name                = var.name
  location            = var.location
  resource_group_name = "rg-\${var.name}"
  dns_prefix          = var.name
  kubernetes_version  = var.kubernetes_version

  default_node_pool {
    name        = "system"
    vm_size     = var.system_vm_size
    snapshot_id = var.system_snapshot_id
  }
}

output "cluster_id" {
  value = azurerm_kubernetes_cluster.this.id
}
`,
      'modules/pool/main.tf': `variable "name" {}
variable "cluster_id" {}
variable "vm_size" {}
variable "snapshot" {
  default = null
}

resource "azurerm_kubernetes_cluster_node_pool" "this" {
  name                  = var.name
  kubernetes_cluster_id = var.cluster_id
  vm_size               = var.vm_size
  snapshot_id           = var.snapshot
}
`
    })
    expect(findings).toEqual([
      "modules/aks/main.tf:20:19-20:37 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
      'modules/pool/main.tf:11:27-11:38 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot\'s Standard_D4s_v5 (family D) differ (instances: module.pools["gpu"], module.pools["ml"]).'
    ])
  })

  it('names the module call when one module is called by several module blocks, so their findings in the module file can be told apart', async () => {
    const findings = await lintTf({
      'live/prod/main.tf': `module "spot_weu" {
  source      = "../../modules/pool"
  name        = "spot"
  vm_size     = "Standard_D8as_v5"
  snapshot_id = ""
}

module "spot_neu" {
  source      = "../../modules/pool"
  name        = "spot"
  vm_size     = "Standard_D8as_v5"
  snapshot_id = "${snapshotId('d4-1304')}"
}

module "spot_sea" {
  source      = "../../modules/pool"
  name        = "spot"
  vm_size     = "Standard_D8as_v5"
  snapshot_id = null
}
`,
      'modules/pool/main.tf': `variable "name" {}
variable "vm_size" {}
variable "snapshot_id" {}

resource "azurerm_kubernetes_cluster_node_pool" "this" {
  name                  = var.name
  kubernetes_cluster_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c"
  vm_size               = var.vm_size
  snapshot_id           = var.snapshot_id
}
`
    })
    expect(findings).toEqual([
      "modules/pool/main.tf:9:27-9:42 missing-snapshot-id Node pool spot has an empty snapshot reference ('') (instance: module.spot_weu).",
      'modules/pool/main.tf:9:27-9:42 missing-snapshot-id Node pool spot has an empty snapshot reference (null) (instance: module.spot_sea).'
    ])
  })

  it('lints a module folder on its own with its defaults when nothing calls it', async () => {
    const findings = await lintTf({
      'modules/pool/main.tf': `variable "vm_size" {}
variable "snapshot_id" {
  type    = string
  default = null
}

resource "azurerm_kubernetes_cluster_node_pool" "this" {
  name                  = "pool"
  kubernetes_cluster_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size               = var.vm_size
  snapshot_id           = var.snapshot_id
}
`
    })
    expect(findings).toEqual([
      'modules/pool/main.tf:11:27-11:42 missing-snapshot-id Node pool pool has an empty snapshot reference (null).'
    ])
  })

  it('treats registry modules as unknown and reports nothing for them', async () => {
    const findings = await lintTf({
      'main.tf': `module "aks" {
  source  = "Azure/aks/azurerm"
  version = "9.1.0"
  prefix  = "prod"
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                  = "user"
  kubernetes_cluster_id = module.aks.aks_id
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = module.aks.snapshot_id
}
`
    })
    expect(findings).toEqual([])
  })
})

describe('azapi_resource', () => {
  it('reads managedClusters agentPoolProfiles, agentPools with a jsonencode body, and snapshots of a pool of the configuration', async () => {
    const findings = await lintTf({
      'main.tf': `resource "azurerm_resource_group" "rg" {
  name     = "rg-aks"
  location = "westeurope"
}

resource "azapi_resource" "cluster" {
  type      = "Microsoft.ContainerService/managedClusters@2024-05-01"
  name      = "aks-prod"
  parent_id = azurerm_resource_group.rg.id
  location  = azurerm_resource_group.rg.location
  body = {
    properties = {
      kubernetesVersion = "1.30.4"
      agentPoolProfiles = [
        {
          name   = "system"
          mode   = "System"
          vmSize = "Standard_D4s_v5"
          creationData = {
            sourceResourceId = "${snapshotId('d4-1304')}"
          }
        },
        {
          name   = "user"
          mode   = "User"
          vmSize = "Standard_D8s_v5"
        }
      ]
    }
  }
}

resource "azapi_resource" "gpu" {
  type      = "Microsoft.ContainerService/managedClusters/agentPools@2024-05-01"
  name      = "gpu"
  parent_id = azapi_resource.cluster.id
  body = jsonencode({
    properties = {
      vmSize              = "Standard_NC6s_v3"
      orchestratorVersion = "1.30.4"
      creationData = {
        sourceResourceId = azapi_resource.user_snapshot.id
      }
    }
  })
}

resource "azapi_resource" "user_snapshot" {
  type      = "Microsoft.ContainerService/snapshots@2024-05-01"
  name      = "user-snap"
  parent_id = azurerm_resource_group.rg.id
  location  = "eastus"
  body = {
    properties = {
      snapshotType = "NodePool"
      creationData = {
        sourceResourceId = "\${azapi_resource.cluster.id}/agentPools/user"
      }
    }
  }
}
`
    })
    expect(findings).toEqual([
      'main.tf:23:9-23:10 missing-snapshot-id Node pool user is created without a snapshot reference.',
      "main.tf:39:29-39:47 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot's Standard_D8s_v5 (family D) differ.",
      "main.tf:52:15-52:23 snapshot-region Snapshot user-snap is taken in eastus, but its source node pool is in westeurope: AKS creates a snapshot in its source pool's region."
    ])
  })
})

describe('Terraform JSON syntax and syntax errors', () => {
  it('reads .tf.json with templates in strings', async () => {
    const findings = await lintTf({
      'main.tf.json': `{
  "variable": { "pool_vm": { "default": "Standard_E4s_v5" } },
  "resource": {
    "azurerm_kubernetes_cluster_node_pool": {
      "user": {
        "name": "user",
        "kubernetes_cluster_id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks",
        "vm_size": "\${var.pool_vm}",
        "snapshot_id": "${snapshotId('d4-1304')}"
      },
      "other": {
        "name": "other",
        "kubernetes_cluster_id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks",
        "vm_size": "Standard_D4s_v5"
      }
    }
  }
}
`
    })
    expect(findings).toEqual([
      "main.tf.json:8:20-8:36 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ.",
      'main.tf.json:11:7-11:14 missing-snapshot-id Node pool other is created without a snapshot reference.'
    ])
  })

  it('reports the first syntax error with its line and still lints the other files of the folder', async () => {
    const findings = await lintTf({
      'broken.tf': `resource "azurerm_kubernetes_cluster_node_pool" "a" {
  name = "a"
  vm_size = = "Standard_D4s_v5"
}
`,
      'ok.tf': `resource "azurerm_kubernetes_cluster_node_pool" "b" {
  name                  = "b"
  kubernetes_cluster_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size               = "Standard_D4s_v5"
}
`,
      'bad.tfvars': 'pools = {\n',
      'bad.tf.json': '{ "resource": { ',
      'binary.tf': 'resource "a" "b" { x = "\u0000\u0001" }\n'
    })
    expect(findings).toEqual([
      'bad.tf.json:1:17-1:18 parse-error JSON syntax error: CloseBraceExpected at line 1, column 17.',
      "bad.tfvars:2:1-2:2 parse-error Terraform syntax error: missing '}' at line 2, column 1.",
      'binary.tf:1:25-1:25 parse-error the file is binary (it contains NUL bytes), not text',
      "broken.tf:3:13-3:14 parse-error Terraform syntax error at line 3, column 13: unexpected '='.",
      'ok.tf:1:1-1:54 missing-snapshot-id Node pool b is created without a snapshot reference.'
    ])
  })
})
