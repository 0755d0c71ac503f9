# Weekly node image refresh for the staging cluster.
$ResourceGroup = "rg-aks-staging"
$Cluster = "aks-staging"

# Pinned upgrade: the pool follows the snapshot the release job took.
$SnapshotId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/aks-prod-system-202611010900"
az aks nodepool upgrade --resource-group $ResourceGroup --cluster-name $Cluster `
  --name apps --node-image-only --snapshot-id $SnapshotId

# Unpinned: takes the latest node image of the week.
az aks nodepool upgrade --resource-group $ResourceGroup --cluster-name $Cluster `
  --name system --node-image-only
