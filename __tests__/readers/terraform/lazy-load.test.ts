import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from '../../../__fixtures__/tmp.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')

/** Runs `aks-snapshot lint <dir>` in a child process that records every module it loads (the lint tests' recorder). */
function modulesLoaded(files: Record<string, string>): string[] {
  const dir = tempDir('aks-tf-lazy-')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, '__tests__/lint/module-log-child.ts'), 'lint', dir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  if (child.status !== 0) throw new Error(`child failed (${child.status}): ${child.stderr}`)
  return (JSON.parse(child.stdout.trim().split('\n').pop()!) as { modules: string[] }).modules
}

const terraformReader = (modules: string[]) => modules.filter((m) => /src[\\/]readers[\\/]terraform[\\/]/.test(m))
const runtime = (modules: string[]) => modules.filter((m) => /web-tree-sitter[\\/]web-tree-sitter\.js$/.test(m))

describe('loading the Terraform grammar', () => {
  it('does not load the Terraform reader or its grammar for a repository without Terraform files', () => {
    const modules = modulesLoaded({
      'infra/main.bicep': "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' existing = { name: 'aks' }\n",
      'infra/azuredeploy.json':
        '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }'
    })
    expect(modules.some((m) => /src[\\/]lint[\\/]engine\.ts$/.test(m))).toBe(true)
    expect(terraformReader(modules)).toEqual([])
    expect(modules.filter((m) => /src[\\/]readers[\\/]tree-sitter\.ts$/.test(m))).toEqual([])
    expect(runtime(modules)).toEqual([])
  }, 150_000)

  it('loads them when a .tf file is there', () => {
    const modules = modulesLoaded({
      'main.tf': 'resource "azurerm_kubernetes_cluster_node_pool" "np" {\n  name    = "np"\n  vm_size = "Standard_D4s_v5"\n}\n'
    })
    expect(terraformReader(modules).some((m) => /hcl\.ts$/.test(m))).toBe(true)
    expect(modules.some((m) => /src[\\/]readers[\\/]tree-sitter\.ts$/.test(m))).toBe(true)
    expect(runtime(modules).length).toBe(1)
  }, 150_000)
})
