import { describe, expect, it } from '@jest/globals'
import { formatText, shouldUseColor } from '../../src/report/text.js'
import { finding, RESULT } from './findings.js'

describe('formatText (stylish)', () => {
  it('groups findings by file with aligned columns and a summary line', () => {
    expect(formatText(RESULT)).toBe(
      [
        '',
        'infra/aks.bicep',
        '   12:3   error  Node pool user1 is created without a snapshot reference.          missing-snapshot-id',
        "  104:13  note   VM size 'Standard_Q4' is not a size name aks-snapshot can parse.  vm-family-mismatch",
        '',
        'scripts/upgrade.sh',
        '  7:1  warning  az aks nodepool upgrade of np1 has no --snapshot-id.  unpinned-upgrade',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 note) in 4 files scanned, 2 suppressed not shown',
        ''
      ].join('\n')
    )
  })

  it('does not list suppressed findings', () => {
    expect(formatText(RESULT)).not.toContain('docs/run book.md')
    expect(formatText(RESULT)).not.toContain('legacy')
  })

  it('says so when there is nothing to report', () => {
    expect(formatText({ findings: [], filesScanned: 1 })).toBe('✔ No problems (1 file scanned)\n')
    expect(formatText({ findings: RESULT.findings.filter((f) => f.suppressed), filesScanned: 2 })).toBe(
      '✔ No problems (2 files scanned, 2 suppressed not shown)\n'
    )
  })

  it('sorts by line within a file whatever the input order', () => {
    const out = formatText({
      findings: [finding('parse-error', 'error', 'a.tf', 9), finding('parse-error', 'error', 'a.tf', 2)],
      filesScanned: 1
    })
    expect(out.indexOf('2:1')).toBeLessThan(out.indexOf('9:1'))
  })

  it('uses ANSI colour only when asked', () => {
    expect(formatText(RESULT)).not.toContain('\u001b[')
    const coloured = formatText(RESULT, { color: true })
    expect(coloured).toContain('\u001b[4minfra/aks.bicep\u001b[24m')
    expect(coloured).toContain('\u001b[31merror\u001b[39m')
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m')
    expect(coloured).toContain('\u001b[2mmissing-snapshot-id\u001b[22m')
    // Stripped of colour, the layout is the same.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatText(RESULT))
  })
})

describe('shouldUseColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true]
  ])('env %p, TTY %p: %p', (env, isTTY, expected) => {
    expect(shouldUseColor(env as NodeJS.ProcessEnv, isTTY)).toBe(expected)
  })
})
