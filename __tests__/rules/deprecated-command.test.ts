import rule from '../../src/rules/deprecated-command.js'
import { command, pool, snapshot, upgrade } from './builders.js'
import { ruleTester } from './tester.js'

ruleTester(rule, {
  valid: [
    { name: 'a pool', decl: pool() },
    { name: 'an upgrade', decl: upgrade() },
    { name: 'a snapshot taken with the GA command', decl: snapshot() }
  ],
  invalid: [
    {
      name: 'the preview node pool snapshot command',
      decl: command('az aks snapshot create', 'the preview-era node pool snapshot command', 'az aks nodepool snapshot create'),
      errors: [
        {
          messageId: 'deprecated',
          message: 'az aks snapshot create is the preview-era node pool snapshot command: use az aks nodepool snapshot create.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23
        }
      ]
    },
    {
      name: 'a command that does not exist',
      decl: command('az aks cluster create', 'not an az command', 'az aks create'),
      errors: [
        {
          messageId: 'deprecated',
          message: 'az aks cluster create is not an az command: use az aks create.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 22
        }
      ]
    },
    {
      name: 'the preview feature registration',
      decl: command(
        'az feature register --namespace Microsoft.ContainerService --name SnapshotPreview',
        'the registration of the preview feature, which GA no longer needs',
        'nothing (remove the command)'
      ),
      errors: [
        {
          messageId: 'deprecated',
          message:
            'az feature register --namespace Microsoft.ContainerService --name SnapshotPreview is the registration of the preview feature, which GA no longer needs: use nothing (remove the command).',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 82
        }
      ]
    }
  ]
})
