import type { Finding, RuleId, Severity } from '../../src/model.js'
import type { SarifRule } from '../../src/report/sarif.js'

/** A fixed lint result shared by the reporter tests. */
export const FINDINGS: Finding[] = [
  {
    ruleId: 'unpinned-upgrade',
    severity: 'warning',
    message: 'az aks nodepool upgrade of np1 has no --snapshot-id.',
    file: 'scripts/upgrade.sh',
    line: 7,
    column: 1,
    endLine: 7,
    endColumn: 24,
    resource: 'az aks nodepool upgrade np1',
    fingerprint: 'fp-upgrade',
    suppressed: null
  },
  {
    ruleId: 'missing-snapshot-id',
    severity: 'error',
    message: 'Node pool user1 is created without a snapshot reference.',
    file: 'infra/aks.bicep',
    line: 12,
    column: 3,
    endLine: 12,
    endColumn: 40,
    resource: 'agentPools/user1',
    fingerprint: 'fp-user1',
    suppressed: null
  },
  {
    ruleId: 'vm-family-mismatch',
    severity: 'note',
    message: "VM size 'Standard_Q4' is not a size name aks-snapshot can parse.",
    file: 'infra/aks.bicep',
    line: 104,
    column: 13,
    endLine: 104,
    endColumn: 26,
    resource: 'agentPools/gpu',
    fingerprint: 'fp-gpu',
    suppressed: null
  },
  {
    ruleId: 'invalid-snapshot-id',
    severity: 'error',
    message: "Snapshot reference 'my snapshot' is not a snapshot resource id.",
    file: 'docs/run book.md',
    line: 3,
    column: 30,
    endLine: 3,
    endColumn: 58,
    resource: 'az aks nodepool add np2',
    fingerprint: 'fp-np2',
    suppressed: { kind: 'inSource', justification: 'example in the docs' }
  },
  {
    ruleId: 'missing-snapshot-id',
    severity: 'error',
    message: 'Node pool legacy is created without a snapshot reference.',
    file: 'infra/legacy.json',
    line: 20,
    column: 9,
    endLine: 31,
    endColumn: 10,
    resource: 'agentPools/legacy',
    fingerprint: 'fp-legacy',
    suppressed: { kind: 'baseline', justification: 'accepted in .aks-snapshot-baseline.json' }
  }
]

export const RESULT = { findings: FINDINGS, filesScanned: 4 }

/** Rule metadata for exact SARIF output (the real rules are checked by the validation test). */
export const TEST_RULES: SarifRule[] = [
  {
    id: 'missing-snapshot-id',
    severity: 'error',
    description: 'A node pool is created without a snapshot reference.',
    fullDescription: 'Pools without a snapshot get whatever image AKS offers that day.',
    docsPath: 'docs/rules/missing-snapshot-id.md'
  },
  {
    id: 'invalid-snapshot-id',
    severity: 'error',
    description: 'A snapshot reference is not a snapshot id.',
    fullDescription: 'The reference must be the id of a Microsoft.ContainerService/snapshots resource.',
    docsPath: 'docs/rules/invalid-snapshot-id.md'
  },
  {
    id: 'unpinned-upgrade',
    severity: 'warning',
    description: 'A pool upgrade without a snapshot.',
    fullDescription: 'An upgrade without --snapshot-id drops the pool from its snapshot.',
    docsPath: 'docs/rules/unpinned-upgrade.md'
  },
  {
    id: 'vm-family-mismatch',
    severity: 'error',
    description: 'The pool and snapshot VM families differ.',
    fullDescription: 'A snapshot can only be used by pools of the same VM family and architecture.',
    docsPath: 'docs/rules/vm-family-mismatch.md'
  }
]

/** A finding with defaults, for tests that need many. */
export function finding(ruleId: RuleId, severity: Severity, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} at ${file}:${line}`,
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    fingerprint: `${file}:${line}:${ruleId}`,
    suppressed: null,
    ...extra
  }
}
