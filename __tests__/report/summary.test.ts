import { describe, expect, it } from '@jest/globals'
import { formatSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js'
import { finding, RESULT } from './findings.js'

describe('formatSummary', () => {
  it('shows the counts and every unsuppressed finding, most important first', () => {
    expect(formatSummary(RESULT, { result: 'fail' })).toBe(
      [
        '### aks-snapshot lint',
        '',
        '❌ **Failed**: 1 error, 1 warning, 1 note in 4 files scanned; 2 suppressed.',
        '',
        '| Location | Rule | Severity | Message |',
        '| --- | --- | --- | --- |',
        '| infra/aks.bicep:12:3 | `missing-snapshot-id` | error | Node pool user1 is created without a snapshot reference. |',
        '| scripts/upgrade.sh:7:1 | `unpinned-upgrade` | warning | az aks nodepool upgrade of np1 has no --snapshot-id. |',
        "| infra/aks.bicep:104:13 | `vm-family-mismatch` | note | VM size 'Standard_Q4' is not a size name aks-snapshot can parse. |",
        ''
      ].join('\n')
    )
  })

  it('has no table when there is nothing to show', () => {
    expect(formatSummary({ findings: [], filesScanned: 7 }, { result: 'pass' })).toBe(
      '### aks-snapshot lint\n\n✅ **Passed**: no problems in 7 files scanned.\n'
    )
  })

  it('keeps pipes, newlines and HTML from breaking the table', () => {
    const f = finding('invalid-snapshot-id', 'error', 'a|b.md', 1, { message: "'<resource-group>' is not an id | see\nbelow & fix" })
    expect(formatSummary({ findings: [f], filesScanned: 1 })).toContain(
      "| a\\|b.md:1:1 | `invalid-snapshot-id` | error | '&lt;resource-group&gt;' is not an id \\| see<br>below &amp; fix |"
    )
  })

  it('truncates with a count to stay under the size limit', () => {
    const findings = Array.from({ length: 100 }, (_, i) =>
      finding('missing-snapshot-id', 'error', `infra/pool-${String(i).padStart(3, '0')}.bicep`, i + 1)
    )
    const out = formatSummary({ findings, filesScanned: 100 }, { maxBytes: 2000 })
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(2000)
    const rows = out.split('\n').filter((l) => l.startsWith('| infra/'))
    expect(rows.length).toBeGreaterThan(5)
    expect(rows[0]).toContain('infra/pool-000.bicep:1:1')
    expect(out.endsWith(`\n… and ${100 - rows.length} more findings (all of them are in the SARIF and JSON output).\n`)).toBe(true)
  })

  it('stays under 1 MiB for 50,000 findings by default', () => {
    const findings = Array.from({ length: 50_000 }, (_, i) =>
      finding('unpinned-upgrade', 'warning', `scripts/deploy-${i}.sh`, 1, {
        message: `az aks nodepool upgrade of pool-${i} has no --snapshot-id.`
      })
    )
    const out = formatSummary({ findings, filesScanned: 50_000 })
    const bytes = Buffer.byteLength(out)
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(bytes).toBeLessThan(1024 * 1024)
    expect(bytes).toBeGreaterThan(SUMMARY_MAX_BYTES - 200)
    const rows = out.split('\n').filter((l) => l.startsWith('| scripts/')).length
    expect(out).toContain(`… and ${50_000 - rows} more findings`)
  })
})
