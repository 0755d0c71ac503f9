import { describe, expect, it } from '@jest/globals'
import { lintTf } from './helpers.js'

const pool = (name: string, extra: string) => `resource "azurerm_kubernetes_cluster_node_pool" "${name}" {
  name                  = "${name}"
  kubernetes_cluster_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size               = "Standard_D4s_v5"
${extra}}
`

describe('Terraform reader on hostile input', () => {
  it('survives deep nesting in HCL, .tf.json and plans without crashing', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000)
    const findings = await lintTf({
      'deep.tf': pool('deep', `  tags = { x = ${'('.repeat(2000)}1${')'.repeat(2000)} }\n  labels = ${deep}\n`),
      'deep.tf.json': `{ "locals": { "x": ${deep} } }`,
      'plan.json': `{ "resource_changes": ${'['.repeat(20000)}${']'.repeat(20000)} }`
    })
    expect(findings).toEqual([
      'deep.tf:1:1-1:57 missing-snapshot-id Node pool deep is created without a snapshot reference.',
      'plan.json:1:1-1:2 parse-error JSON nested too deeply to read.'
    ])
  })

  it('reports blocks nested thousands deep as a parse error', async () => {
    expect(await lintTf({ 'blocks.tf': 'a {\n'.repeat(5000) + '}\n'.repeat(5000) })).toEqual([
      'blocks.tf:66:1-66:2 parse-error Terraform blocks nested too deeply (more than 64 levels) at line 66.'
    ])
  })

  it('stops at reference cycles, self-calling modules and huge counts', async () => {
    const findings = await lintTf({
      'main.tf': `locals {
  a = local.b
  b = local.a
}

module "self" {
  source = "./"
}

resource "azurerm_kubernetes_cluster_node_pool" "loop" {
  count                 = 100000
  name                  = "p\${count.index}"
  kubernetes_cluster_id = azurerm_kubernetes_cluster_node_pool.loop[0].id
  vm_size               = local.a
  snapshot_id           = local.b
}
`
    })
    // One finding at most per position: the instances of a loop merge, and an unknown snapshot (the cycle) counts as present.
    expect(findings).toEqual([])
  })
})
