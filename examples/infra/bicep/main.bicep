@description('Region of the cluster.')
param location string = resourceGroup().location

@description('Snapshot the user pools are pinned to.')
param snapshotId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/aks-prod-system-202611010900'

var userPools = [
  { name: 'apps', vmSize: 'Standard_D8s_v5' }
  { name: 'jobs', vmSize: 'Standard_D16s_v5' }
]

resource aks 'Microsoft.ContainerService/managedClusters@2024-09-01' existing = {
  name: 'aks-prod'
}

resource pools 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = [for pool in userPools: {
  parent: aks
  name: pool.name
  properties: {
    mode: 'User'
    count: 2
    vmSize: pool.vmSize
    osType: 'Linux'
    creationData: {
      sourceResourceId: snapshotId
    }
  }
}]

// Spot pool for experiments: not pinned yet.
resource spot 'Microsoft.ContainerService/managedClusters/agentPools@2024-09-01' = {
  parent: aks
  name: 'spot'
  properties: {
    mode: 'User'
    count: 1
    vmSize: 'Standard_D4s_v5'
    scaleSetPriority: 'Spot'
  }
}
