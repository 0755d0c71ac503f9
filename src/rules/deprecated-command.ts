import { defineRule } from './types.js'

/** The preview's commands and feature flag are gone or mean something else today (az aks snapshot is for cluster snapshots). */
export default defineRule(
  {
    id: 'deprecated-command',
    severity: 'warning',
    description: 'A preview-era or non-existent snapshot command, feature registration or header.',
    fullDescription:
      'During the preview, node pool snapshots were managed with az aks snapshot create/show/list/delete, the SnapshotPreview feature had to be registered and the SnapshotPreview custom header sent. Since GA the commands are az aks nodepool snapshot ..., no feature or header is needed, and current aks-preview uses az aks snapshot for managed cluster snapshots. Some old pages also show az aks cluster create, which does not exist (az aks create does).',
    messages: {
      deprecated: '{{command}} is {{what}}: use {{replacement}}.'
    }
  },
  (decl) => {
    if (decl.kind !== 'command') return []
    return [
      {
        messageId: 'deprecated',
        data: { command: decl.command, what: decl.deprecation.what, replacement: decl.deprecation.replacement }
      }
    ]
  }
)
