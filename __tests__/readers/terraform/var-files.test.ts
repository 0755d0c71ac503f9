import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { lint } from '../../../src/lint/engine.js'
import { lintTf, show, snapshotId } from './helpers.js'

const VARIABLES = `variable "snapshot_id" {
  type    = string
  default = null
}

variable "vm_size" {
  type    = string
  default = "Standard_D4s_v5"
}
`

const POOL = `resource "azurerm_kubernetes_cluster_node_pool" "apps" {
  name                  = "apps"
  kubernetes_cluster_id = var.cluster_id
  vm_size               = var.vm_size
  snapshot_id           = var.snapshot_id
}

variable "cluster_id" {
  type = string
}
`

describe('Terraform per-environment var files', () => {
  it('evaluates a root once with each var file Terraform does not load by itself (-var-file), over its auto-loaded tfvars', async () => {
    const findings = await lintTf({
      'infra/variables.tf': VARIABLES,
      'infra/main.tf': POOL,
      'infra/common.auto.tfvars': 'vm_size = "Standard_E4s_v5"\n',
      'infra/environments/dev.tfvars': `snapshot_id = "${snapshotId('d4-1304')}"\n`,
      'infra/environments/prod.tfvars': `snapshot_id = "${snapshotId('arm-1304')}"\nvm_size = "Standard_D8ps_v5"\n`,
      'infra/environments/test.tfvars': 'cluster_id = "/subscriptions/x"\n'
    })
    expect(findings).toEqual([
      "infra/main.tf:4:27-4:38 vm-family-mismatch Standard_E4s_v5 (family E) and the snapshot's Standard_D4s_v5 (family D) differ (instance: with environments/dev.tfvars).",
      'infra/main.tf:5:27-5:42 missing-snapshot-id Node pool apps has an empty snapshot reference (null) (instance: with environments/test.tfvars).'
    ])
  })

  it('uses a var file next to the configuration, and not the defaults alone, when there is one', async () => {
    const findings = await lintTf({
      'variables.tf': VARIABLES,
      'main.tf': POOL,
      'prod.tfvars': `snapshot_id = "${snapshotId('d4-1304')}"\n`
    })
    expect(findings).toEqual([])
  })

  it('leaves out var files of another root or of other variables, and then reads the defaults', async () => {
    const findings = await lintTf({
      'infra/variables.tf': VARIABLES,
      'infra/main.tf': POOL,
      // a folder with its own configuration is another root
      'infra/network/main.tf': 'variable "snapshot_id" {\n  type = string\n}\n',
      'infra/network/prod.tfvars': `snapshot_id = "${snapshotId('d4-1304')}"\n`,
      // most of its variables are not this root's
      'infra/vars/dns.tfvars': `zone = "contoso.com"\nttl = 300\nsnapshot_id = "${snapshotId('d4-1304')}"\n`
    })
    expect(findings).toEqual(['infra/main.tf:5:27-5:42 missing-snapshot-id Node pool apps has an empty snapshot reference (null).'])
  })

  it("reads var files in a folder beside the root when every variable they set is the root's", async () => {
    const findings = await lintTf({
      'infra/aks/variables.tf': VARIABLES,
      'infra/aks/main.tf': POOL,
      'infra/environments/prod.tfvars': 'vm_size = "Standard_E8s_v5"\n',
      // a variable the aks root does not declare: the network root's
      'infra/environments/network-prod.tfvars': `address_space = ["10.0.0.0/16"]\nsnapshot_id = "${snapshotId('d4-1304')}"\n`
    })
    expect(findings).toEqual([
      'infra/aks/main.tf:5:27-5:42 missing-snapshot-id Node pool apps has an empty snapshot reference (null) (instance: with ../environments/prod.tfvars).'
    ])
  })

  it('leaves out var files that git ignores or the run excludes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tf-var-files-'))
    const files: Record<string, string> = {
      '.gitignore': '*.local.tfvars\n',
      'variables.tf': VARIABLES,
      'main.tf': POOL,
      'dev.local.tfvars': `snapshot_id = "${snapshotId('d4-1304')}"\n`,
      'environments/prod.tfvars': `snapshot_id = "${snapshotId('d4-1304')}"\n`
    }
    try {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(join(dir, dirname(file)), { recursive: true })
        writeFileSync(join(dir, file), text)
      }
      const result = await lint({ cwd: dir, exclude: ['environments/**'] })
      expect(show(result.findings)).toEqual([
        'main.tf:5:27-5:42 missing-snapshot-id Node pool apps has an empty snapshot reference (null).'
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
