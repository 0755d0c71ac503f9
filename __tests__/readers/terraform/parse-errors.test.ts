import { describe, expect, it } from '@jest/globals'
import { lintTf } from './helpers.js'

describe('Terraform syntax errors say what the user wrote', () => {
  it('reports `==` in an argument as the unexpected token, not a made-up heredoc', async () => {
    expect(
      await lintTf({
        'aks.tf': `resource "azurerm_kubernetes_cluster_node_pool" "a" {
  vm_size    = "Standard_D4s_v5"
  node_count == 1
}
`
      })
    ).toEqual(["aks.tf:3:15-3:16 parse-error Terraform syntax error at line 3, column 15: unexpected '='."])
  })

  it('reports a string that is never closed where it opens', async () => {
    expect(
      await lintTf({
        'aks.tf': `resource "azurerm_kubernetes_cluster_node_pool" "a" {
  vm_size     = "Standard_D4s_v5
  node_count  = 1
}
`
      })
    ).toEqual(['aks.tf:2:17-2:18 parse-error Terraform syntax error: unterminated string (the " at line 2, column 17 is never closed).'])
  })

  it('reports a heredoc that is never closed where it opens', async () => {
    expect(
      await lintTf({
        'main.tf': `locals {
  cloud_init = <<-EOT
    #cloud-config
}
`
      })
    ).toEqual([
      'main.tf:2:16-2:17 parse-error Terraform syntax error: unterminated heredoc (no line closes EOT opened at line 2, column 16).'
    ])
  })
})
