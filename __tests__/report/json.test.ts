import { describe, expect, it } from '@jest/globals'
import { formatJson } from '../../src/report/json.js'
import { VERSION } from '../../src/version.js'
import { RESULT } from './findings.js'

describe('formatJson', () => {
  it('writes version 1 with every field, sorted by file and line', () => {
    const out = formatJson(RESULT)
    expect(out.endsWith('}\n')).toBe(true)
    expect(JSON.parse(out)).toEqual({
      version: 1,
      tool: { name: 'aks-snapshot', version: VERSION },
      filesScanned: 4,
      findings: [
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
        },
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
        }
      ],
      // Suppressed findings are not counted as errors.
      summary: { errors: 1, warnings: 1, notes: 1, suppressed: 2 }
    })
  })

  it('keeps the field order of SPEC §6', () => {
    const first = JSON.parse(formatJson(RESULT)).findings[0]
    expect(Object.keys(first)).toEqual([
      'ruleId',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'resource',
      'fingerprint',
      'suppressed'
    ])
    expect(Object.keys(JSON.parse(formatJson(RESULT)))).toEqual(['version', 'tool', 'filesScanned', 'findings', 'summary'])
  })

  it('writes null for a finding with no resource', () => {
    const { resource: _, ...bare } = RESULT.findings[0]
    expect(JSON.parse(formatJson({ findings: [bare], filesScanned: 1 })).findings[0].resource).toBeNull()
  })
})
