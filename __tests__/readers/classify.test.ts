import { describe, expect, it } from '@jest/globals'
import { classify } from '../../src/readers/index.js'

const ARM = '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#" }'
const PARAMS = '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#" }'
const PLAN = '{ "format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {} }'

describe('classify: which reader reads a file, by name and content', () => {
  it.each([
    ['infra/main.bicep', '', 'bicep'],
    ['infra/prod.bicepparam', '', 'bicep'],
    ['infra/main.tf', '', 'terraform'],
    ['infra/prod.tfvars', '', 'terraform'],
    ['infra/main.tf.json', '{}', 'terraform'],
    ['infra/prod.tfvars.json', '{}', 'terraform'],
    ['plan.json', PLAN, 'terraform'],
    ['azuredeploy.json', ARM, 'arm'],
    ['azuredeploy.parameters.json', PARAMS, 'arm'],
    ['template.jsonc', ARM, 'arm'],
    ['scripts/pools.sh', '', 'cli'],
    ['scripts/Upgrade.ps1', '', 'cli'],
    ['scripts/snap.azcli', '', 'cli'],
    ['.github/workflows/release.yml', '', 'cli'],
    ['azure-pipelines.yaml', '', 'cli'],
    ['docs/runbook.md', '', 'cli'],
    ['docs/page.mdx', '', 'cli'],
    ['bin/rollout', '#!/usr/bin/env bash\naz aks list', 'cli'],
    ['bin/rollout', '#!/usr/bin/env pwsh\naz aks list', 'cli']
  ])('%s is read by the %s reader', (file, head, kind) => {
    expect(classify(file, head)).toBe(kind)
  })

  it.each([
    ['package.json', '{ "name": "x" }'],
    ['tsconfig.json', '{ "compilerOptions": {} }'],
    ['bin/tool', '#!/usr/bin/env python3'],
    ['README', 'plain text'],
    ['image.png', '']
  ])('%s is not read', (file, head) => {
    expect(classify(file, head)).toBeUndefined()
  })
})
