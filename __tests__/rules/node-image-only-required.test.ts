import rule from '../../src/rules/node-image-only-required.js'
import { context, pool, snapshotId, unknown, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

const SNAP = snapshotId('snap1')
const snapshotAt = (kubernetesVersion: string) => context({ snapshots: [{ id: SNAP, kubernetesVersion }] })

ruleTester(rule, {
  valid: [
    {
      name: 'same version with --node-image-only',
      decl: upgrade({ nodeImageOnly: true, snapshot: SNAP, currentKubernetesVersion: '1.30.4' }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: 'a newer snapshot version: a full upgrade',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.2' }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: 'an older snapshot version (version-downgrade says so)',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.31.1' }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: 'a current version of 1.30 (any patch) does not prove the same version',
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30' }),
      ctx: snapshotAt('1.30.4')
    },
    {
      name: "the pool's current version is unknown",
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: unknown('no live state') }),
      ctx: snapshotAt('1.30.4')
    },
    { name: "the snapshot's version is unknown", decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4' }), ctx: context() },
    { name: 'a cluster upgrade', decl: upgrade({ scope: 'cluster', currentKubernetesVersion: '1.30.4' }), ctx: snapshotAt('1.30.4') },
    { name: 'a pool creation', decl: pool({ snapshot: SNAP }), ctx: snapshotAt('1.30.4') }
  ],
  invalid: [
    {
      name: "the pool's own version without --node-image-only",
      decl: upgrade({ snapshot: SNAP, currentKubernetesVersion: '1.30.4' }),
      ctx: snapshotAt('1.30.4'),
      errors: [
        {
          messageId: 'required',
          message:
            "Snapshot snap1 has node pool user1's own Kubernetes version 1.30.4, so the upgrade only changes the node image and needs --node-image-only.",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9
        }
      ]
    },
    {
      name: 'the current version from an earlier az aks nodepool add in the script, the snapshot resolved by the reader',
      decl: upgrade({
        name: 'np2',
        snapshot: SNAP,
        currentKubernetesVersion: '1.29.8',
        resolved: { name: 'np2-golden', kubernetesVersion: '1.29.8' }
      }),
      errors: [
        {
          messageId: 'required',
          message:
            "Snapshot np2-golden has node pool np2's own Kubernetes version 1.29.8, so the upgrade only changes the node image and needs --node-image-only.",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9
        }
      ]
    }
  ]
})
