import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from '../../__fixtures__/tmp.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')

function loaded(...args: string[]): { exitCode?: number; modules: string[] } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'module-log-child.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  if (child.status !== 0) throw new Error(`child failed (${child.status}): ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop()!)
}

const azure = (modules: string[]) => modules.filter((m) => /[\\/]node_modules[\\/]@azure[\\/]/.test(m))

describe('the lint path', () => {
  it('runs `aks-snapshot lint` over every kind of file without loading the Azure SDK', () => {
    const dir = tempDir('aks-noazure-')
    const files: Record<string, string> = {
      'infra/azuredeploy.json':
        '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }',
      'infra/main.bicep': "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' existing = { name: 'aks' }\n",
      'infra/main.tf': 'resource "azurerm_kubernetes_cluster_node_pool" "np" {\n  name = "np"\n  vm_size = "Standard_D4s_v5"\n}\n',
      'scripts/pools.sh': 'az aks nodepool add -g rg --cluster-name aks -n np2\n',
      'README.md': '```bash\naz aks upgrade -g rg -n aks --kubernetes-version 1.30\n```\n',
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: az aks nodepool upgrade -g rg --cluster-name aks -n np\n'
    }
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      writeFileSync(path.join(dir, name), text)
    }
    const { exitCode, modules } = loaded('lint', dir)
    expect(azure(modules)).toEqual([])
    // Not vacuous: the run reached the engine and a reader, and finished with findings or none.
    expect(modules.some((m) => /src[\\/]lint[\\/]engine\.ts$/.test(m))).toBe(true)
    expect(modules.some((m) => /src[\\/]readers[\\/]arm[\\/]index\.ts$/.test(m))).toBe(true)
    expect([0, 1]).toContain(exitCode)
  }, 150_000)

  it('the detector sees the Azure SDK when it is loaded', () => {
    expect(azure(loaded('azure').modules).length).toBeGreaterThan(0)
  }, 150_000)
})
