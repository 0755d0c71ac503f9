variable "location" {
  type    = string
  default = "westeurope"
}

variable "system_snapshot_id" {
  type    = string
  default = null
}

data "azurerm_kubernetes_node_pool_snapshot" "prod" {
  name                = "aks-prod-system-202611010900"
  resource_group_name = "rg-aks-snapshots"
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "aks-prod"
  location            = var.location
  resource_group_name = "rg-aks-prod"
  dns_prefix          = "aks-prod"
  kubernetes_version  = "1.30"

  default_node_pool {
    name        = "system"
    vm_size     = "Standard_D4s_v5"
    node_count  = 3
    snapshot_id = var.system_snapshot_id
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "apps" {
  name                  = "apps"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.prod.id
  vm_size               = "Standard_D8s_v5"
  node_count            = 2
  snapshot_id           = data.azurerm_kubernetes_node_pool_snapshot.prod.id
}
