#!/usr/bin/env bash
# Adds the user pools of the production cluster from the pinned snapshots.
set -euo pipefail

RESOURCE_GROUP=rg-aks-prod
CLUSTER=aks-prod
SNAPSHOT_ID=/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/aks-prod-system-202611010900
GPU_SNAPSHOT_ID=/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks-snapshots/providers/Microsoft.ContainerService/snapshots/aks-prod-gpu-202611010900

# General purpose pool, pinned: same family as the snapshot (D).
az aks nodepool add \
  --resource-group "$RESOURCE_GROUP" \
  --cluster-name "$CLUSTER" \
  --name apps \
  --node-count 3 \
  --node-vm-size Standard_D8s_v5 \
  --snapshot-id "$SNAPSHOT_ID"

# Memory-heavy pool: the snapshot was taken from a D-series pool.
az aks nodepool add \
  --resource-group "$RESOURCE_GROUP" \
  --cluster-name "$CLUSTER" \
  --name cache \
  --node-vm-size Standard_E8s_v5 \
  --snapshot-id "$SNAPSHOT_ID"

# GPU pool, pinned to the GPU snapshot.
az aks nodepool add -g "$RESOURCE_GROUP" --cluster-name "$CLUSTER" -n gpu \
  -s Standard_NC12s_v3 --snapshot-id "$GPU_SNAPSHOT_ID"

# Batch pool: nobody pinned it, so it takes whatever node image is newest.
az aks nodepool add -g "$RESOURCE_GROUP" --cluster-name "$CLUSTER" -n batch -s Standard_D4s_v5
