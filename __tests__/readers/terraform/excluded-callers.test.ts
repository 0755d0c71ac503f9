import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { lint } from '../../../src/lint/engine.js'

// A module called by an example with an empty snapshot id and by an
// environment with a real one: the example's call decides only when the
// example is part of the run.
const files: Record<string, string> = {
  'modules/aks/main.tf': `variable "snapshot_id" {
  type = string
}

resource "azurerm_kubernetes_cluster_node_pool" "pool" {
  name                  = "user"
  kubernetes_cluster_id = "x"
  vm_size               = "Standard_D4s_v5"
  snapshot_id           = var.snapshot_id
}
`,
  'examples/basic/main.tf': `module "aks" {
  source      = "../../modules/aks"
  snapshot_id = ""
}
`,
  'envs/prod/main.tf': `module "aks" {
  source      = "../../modules/aks"
  snapshot_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/s1"
}
`
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tf-callers-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const brief = (f: { file: string; line: number; column: number; ruleId: string; message: string }) =>
  `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`

describe('Terraform module callers', () => {
  it('evaluates a module with what every caller in the run passes', async () => {
    const { findings } = await lint({ cwd: dir })
    expect(findings.map(brief)).toEqual([
      "modules/aks/main.tf:9:27 missing-snapshot-id Node pool user has an empty snapshot reference ('')."
    ])
  })

  it('gives an excluded folder no say in a module it calls', async () => {
    const { findings, filesScanned } = await lint({ cwd: dir, exclude: ['examples/**'] })
    expect(findings).toEqual([])
    expect(filesScanned).toBe(2)
  })

  it('gives a git-ignored folder no say either', async () => {
    writeFileSync(join(dir, '.gitignore'), 'examples/\n')
    try {
      expect((await lint({ cwd: dir })).findings).toEqual([])
    } finally {
      rmSync(join(dir, '.gitignore'))
    }
  })
})
