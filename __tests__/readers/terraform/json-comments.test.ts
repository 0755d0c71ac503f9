import { describe, expect, it } from '@jest/globals'
import { lintTf } from './helpers.js'

const pool = (name: string, comment: string) => `      "${name}": {
${comment}        "name": "${name}",
        "kubernetes_cluster_id": "x",
        "vm_size": "Standard_D4s_v5"
      }`

const file = (...pools: string[]) => `{
  "//": { "metadata": { "backend": "local", "stackName": "aks", "version": "0.20.0" } },
  "resource": {
    "azurerm_kubernetes_cluster_node_pool": {
${pools.join(',\n')}
    }
  }
}
`

describe('Terraform JSON "//" comments', () => {
  it('suppress in the object that holds them, with or without a reason (cdktf metadata objects are ignored)', async () => {
    expect(
      await lintTf({
        'main.tf.json': file(
          pool('gen', '        "//": "aks-snapshot-ignore missing-snapshot-id -- generated pool for load tests",\n'),
          pool('bare', '        "//": "aks-snapshot-ignore missing-snapshot-id",\n'),
          pool('plain', '')
        )
      })
    ).toEqual([
      'main.tf.json:5:7-5:12 missing-snapshot-id Node pool gen is created without a snapshot reference. [suppressed: generated pool for load tests]',
      "main.tf.json:11:7-11:8 invalid-suppression aks-snapshot-ignore missing-snapshot-id gives no reason: add '-- <reason>'.",
      'main.tf.json:11:7-11:13 missing-snapshot-id Node pool bare is created without a snapshot reference. [suppressed: (no reason given)]',
      'main.tf.json:17:7-17:14 missing-snapshot-id Node pool plain is created without a snapshot reference.'
    ])
  })

  it('suppress in the whole file with aks-snapshot-ignore-file', async () => {
    const text = file(pool('a', ''), pool('b', '')).replace(
      '"//": { "metadata"',
      '"//": "aks-snapshot-ignore-file missing-snapshot-id -- pools of the throwaway test stack",\n  "///": { "metadata"'
    )
    expect(await lintTf({ 'main.tf.json': text })).toEqual([
      'main.tf.json:6:7-6:10 missing-snapshot-id Node pool a is created without a snapshot reference. [suppressed: pools of the throwaway test stack]',
      'main.tf.json:11:7-11:10 missing-snapshot-id Node pool b is created without a snapshot reference. [suppressed: pools of the throwaway test stack]'
    ])
  })
})
