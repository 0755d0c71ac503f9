import rule from '../../src/rules/unpinned-upgrade.js'
import { pool, snapshotId, unknown, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

const DECL = { line: 1, column: 1, endLine: 1, endColumn: 9 }

ruleTester(rule, {
  valid: [
    { name: 'az aks nodepool upgrade --snapshot-id', decl: upgrade({ snapshot: snapshotId('snap1') }) },
    {
      name: 'az aks nodepool upgrade --node-image-only --snapshot-id',
      decl: upgrade({ nodeImageOnly: true, snapshot: snapshotId('snap1') })
    },
    {
      name: 'a snapshot id from $SNAPSHOT_ID (unknown) counts as present',
      decl: upgrade({ snapshot: unknown('$SNAPSHOT_ID is not set in this script') })
    },
    { name: 'az aks upgrade --control-plane-only touches no pool', decl: upgrade({ scope: 'cluster', controlPlaneOnly: true }) },
    { name: 'a pool creation is not an upgrade', decl: pool() }
  ],
  invalid: [
    {
      name: 'az aks nodepool upgrade without --snapshot-id',
      decl: upgrade(),
      errors: [
        {
          messageId: 'pool',
          message:
            "Node pool user1 is upgraded without --snapshot-id, so its Kubernetes version and node image are whatever AKS offers when it runs, not a snapshot's.",
          ...DECL
        }
      ]
    },
    {
      name: 'az aks nodepool upgrade --node-image-only without --snapshot-id',
      decl: upgrade({ name: 'np2', nodeImageOnly: true }),
      errors: [
        {
          messageId: 'nodeImage',
          message:
            "Node pool np2 is upgraded with --node-image-only but without --snapshot-id, so it gets the newest node image, not a snapshot's.",
          ...DECL
        }
      ]
    },
    {
      name: 'an empty --snapshot-id pins nothing',
      decl: upgrade({ snapshot: '' }),
      errors: [
        {
          messageId: 'pool',
          message:
            "Node pool user1 is upgraded without --snapshot-id, so its Kubernetes version and node image are whatever AKS offers when it runs, not a snapshot's.",
          ...DECL
        }
      ]
    },
    {
      name: 'a pool whose name is unknown is named by the command',
      decl: upgrade({ name: unknown('$POOL is not set in this script'), resource: 'az aks nodepool upgrade $POOL' }),
      errors: [
        {
          messageId: 'pool',
          message:
            "Node pool az aks nodepool upgrade $POOL is upgraded without --snapshot-id, so its Kubernetes version and node image are whatever AKS offers when it runs, not a snapshot's.",
          ...DECL
        }
      ]
    },
    {
      name: 'a pool whose name is unknown is named as the script writes it, when the reader kept the text',
      decl: upgrade({
        name: { known: false, reason: '$pool is set outside the script', text: '"$pool"' },
        resource: 'az aks nodepool upgrade "$pool"'
      }),
      errors: [
        {
          messageId: 'pool',
          message:
            'Node pool "$pool" is upgraded without --snapshot-id, so its Kubernetes version and node image are whatever AKS offers when it runs, not a snapshot\'s.',
          ...DECL
        }
      ]
    },
    {
      name: 'a cluster whose name is unknown is named as the script writes it',
      decl: upgrade({
        scope: 'cluster',
        cluster: { known: false, reason: '$ClusterName is set outside the script', text: '$ClusterName' },
        resource: 'az aks upgrade $ClusterName'
      }),
      errors: [
        {
          messageId: 'cluster',
          message:
            'Cluster $ClusterName is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.',
          ...DECL
        }
      ]
    },
    {
      name: 'a cluster whose name is unknown, without its text, is named by the command',
      decl: upgrade({ scope: 'cluster', cluster: unknown('$C is set outside the script'), resource: 'az aks upgrade $C' }),
      errors: [
        {
          messageId: 'cluster',
          message:
            'Cluster az aks upgrade $C is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.',
          ...DECL
        }
      ]
    },
    {
      name: 'az aks upgrade',
      decl: upgrade({ scope: 'cluster', kubernetesVersion: '1.31.1' }),
      errors: [
        {
          messageId: 'cluster',
          message:
            'Cluster aks1 is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.',
          ...DECL
        }
      ]
    },
    {
      name: 'az aks upgrade --node-image-only upgrades every pool too',
      decl: upgrade({ scope: 'cluster', nodeImageOnly: true, cluster: 'prod-aks' }),
      errors: [
        {
          messageId: 'cluster',
          message:
            'Cluster prod-aks is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.',
          ...DECL
        }
      ]
    }
  ]
})
