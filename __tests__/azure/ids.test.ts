import { describe, expect, it } from '@jest/globals'
import {
  clusterId,
  normalizeRegion,
  parseClusterId,
  parsePoolId,
  parseSnapshotId,
  poolId,
  sameId,
  sameRegion,
  snapshotId
} from '../../src/azure/ids.js'

const SUB = '6f1c2a5e-0b7d-4c8e-9a3f-2d4b6e8f0a1c'

describe('resource ids', () => {
  it('parses pool ids whatever the case of the segments (AKS returns resourcegroups)', () => {
    expect(
      parsePoolId(`/subscriptions/${SUB}/resourcegroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1`)
    ).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'rg1',
      cluster: 'aks1',
      pool: 'np1'
    })
    expect(
      parsePoolId(`/SUBSCRIPTIONS/${SUB}/resourceGroups/rg1/providers/microsoft.containerservice/MANAGEDCLUSTERS/aks1/agentpools/np1/`)
        ?.pool
    ).toBe('np1')
  })

  it('rejects ids of other resources', () => {
    expect(parsePoolId(`/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/snapshots/s1`)).toBeUndefined()
    expect(
      parsePoolId(`/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1`)
    ).toBeUndefined()
    expect(parsePoolId('np1')).toBeUndefined()
    expect(
      parseSnapshotId(`/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/managedclustersnapshots/s1`)
    ).toBeUndefined()
  })

  it('formats ids and round-trips them', () => {
    const ref = { subscriptionId: SUB, resourceGroup: 'rg1', cluster: 'aks1', pool: 'np1' }
    expect(poolId(ref)).toBe(
      `/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.ContainerService/managedClusters/aks1/agentPools/np1`
    )
    expect(parsePoolId(poolId(ref))).toEqual(ref)
    expect(parseClusterId(clusterId(ref))).toEqual({ subscriptionId: SUB, resourceGroup: 'rg1', cluster: 'aks1' })
    const snap = { subscriptionId: SUB, resourceGroup: 'rg1', name: 's1' }
    expect(parseSnapshotId(snapshotId(snap))).toEqual(snap)
  })

  it('compares ids and regions case-insensitively, East US = eastus', () => {
    expect(sameId(`/subscriptions/${SUB}/resourceGroups/RG1/x`, `/subscriptions/${SUB}/resourcegroups/rg1/X`)).toBe(true)
    expect(sameRegion('East US', 'eastus')).toBe(true)
    expect(sameRegion('East US 2', 'eastus')).toBe(false)
    expect(normalizeRegion('West Europe')).toBe('westeurope')
  })
})
