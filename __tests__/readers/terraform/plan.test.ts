import { describe, expect, it } from '@jest/globals'
import { lintTf, snapshotId } from './helpers.js'

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n'

describe('Terraform plan JSON', () => {
  it('reads planned_values when there are no resource_changes, through child modules', async () => {
    const plan = json({
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: {
        root_module: {
          child_modules: [
            {
              address: 'module.pools["gpu"]',
              resources: [
                {
                  address: 'module.pools["gpu"].azurerm_kubernetes_cluster_node_pool.this',
                  mode: 'managed',
                  type: 'azurerm_kubernetes_cluster_node_pool',
                  name: 'this',
                  values: { name: 'gpu', vm_size: 'Standard_NC6s_v3', snapshot_id: snapshotId('d4-1304'), mode: 'User' }
                }
              ]
            }
          ]
        }
      }
    })
    expect(await lintTf({ 'tfplan.json': plan })).toEqual([
      'tfplan.json:17:28-17:46 vm-family-mismatch Standard_NC6s_v3 (family NC) and the snapshot\'s Standard_D4s_v5 (family D) differ (instance: module.pools["gpu"]).'
    ])
  })

  it('skips resources being deleted, keeps values known only after apply unknown, and reads azapi bodies', async () => {
    const plan = json({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'azurerm_kubernetes_cluster_node_pool.old',
          mode: 'managed',
          type: 'azurerm_kubernetes_cluster_node_pool',
          name: 'old',
          change: { actions: ['delete'], before: { name: 'old', vm_size: 'Standard_D4s_v5' }, after: null }
        },
        {
          address: 'azurerm_kubernetes_cluster_node_pool.later',
          mode: 'managed',
          type: 'azurerm_kubernetes_cluster_node_pool',
          name: 'later',
          change: {
            actions: ['create'],
            after: { name: 'later', vm_size: 'Standard_D4s_v5' },
            after_unknown: { snapshot_id: true, id: true }
          }
        },
        {
          address: 'azapi_resource.pool',
          mode: 'managed',
          type: 'azapi_resource',
          name: 'pool',
          change: {
            actions: ['update'],
            after: {
              type: 'Microsoft.ContainerService/managedClusters/agentPools@2024-05-01',
              name: 'arm',
              body: { properties: { vmSize: 'Standard_D4s_v5', creationData: { sourceResourceId: snapshotId('arm-1304') } } }
            },
            after_unknown: {}
          }
        }
      ]
    })
    expect(await lintTf({ 'plan.json': plan })).toEqual([
      "plan.json:53:25-53:42 vm-family-mismatch Standard_D4s_v5 (x64) and the snapshot's Standard_D4ps_v5 (Arm64) differ in CPU architecture."
    ])
  })

  it('reads from planned_values the resources resource_changes leaves out (no-op changes filtered), once each', async () => {
    const pool = (name: string, vmSize: string) => ({
      address: `azurerm_kubernetes_cluster_node_pool.${name}`,
      mode: 'managed',
      type: 'azurerm_kubernetes_cluster_node_pool',
      name,
      values: { name, vm_size: vmSize, snapshot_id: snapshotId('d4-1304') }
    })
    const plan = json({
      format_version: '1.2',
      planned_values: { root_module: { resources: [pool('batch', 'Standard_F8s_v2'), pool('web', 'Standard_E8s_v5')] } },
      resource_changes: [
        {
          address: 'azurerm_kubernetes_cluster_node_pool.web',
          mode: 'managed',
          type: 'azurerm_kubernetes_cluster_node_pool',
          name: 'web',
          change: {
            actions: ['update'],
            after: { name: 'web', vm_size: 'Standard_E8s_v5', snapshot_id: snapshotId('d4-1304') },
            after_unknown: {}
          }
        }
      ]
    })
    expect(await lintTf({ 'tfplan.json': plan })).toEqual([
      "tfplan.json:13:24-13:41 vm-family-mismatch Standard_F8s_v2 (family F) and the snapshot's Standard_D4s_v5 (family D) differ.",
      "tfplan.json:43:22-43:39 vm-family-mismatch Standard_E8s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ."
    ])
  })

  it('reports a plan that is not JSON as a parse error', async () => {
    expect(await lintTf({ 'plan.json': '{ "resource_changes": [ { "address": ' })).toEqual([
      'plan.json:1:38-1:39 parse-error JSON syntax error: ValueExpected at line 1, column 38.'
    ])
  })
})
