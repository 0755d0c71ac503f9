import type { Host } from './host.js'
import type { Inputs } from './inputs.js'

export const MODES = ['snapshot', 'lint', 'create-nodepool', 'upgrade-nodepool', 'create-cluster', 'list', 'prune'] as const
export type Mode = (typeof MODES)[number]

/** Exit code: 0 success, 1 findings at or above fail-on / a failed operation. Usage errors are thrown as UsageError (2). */
export type ModeRunner = (inputs: Inputs, host: Host) => Promise<number>

/**
 * Each mode is loaded only when chosen, so `lint` never loads the Azure SDK
 * (ESLint's LazyLoadingRuleMap does the same for rules).
 */
export async function loadMode(mode: Mode): Promise<ModeRunner> {
  switch (mode) {
    case 'snapshot':
      return (await import('./ops/snapshot.js')).run
    case 'lint':
      return (await import('./lint/mode.js')).run
    case 'create-nodepool':
      return (await import('./ops/create-nodepool.js')).run
    case 'upgrade-nodepool':
      return (await import('./ops/upgrade-nodepool.js')).run
    case 'create-cluster':
      return (await import('./ops/create-cluster.js')).run
    case 'list':
      return (await import('./ops/list.js')).run
    case 'prune':
      return (await import('./ops/prune.js')).run
  }
}
