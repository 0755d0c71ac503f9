import { describe, expect, it } from '@jest/globals'
import { formatGithub, selectAnnotations } from '../../src/report/annotations.js'
import type { Finding } from '../../src/model.js'
import { finding, RESULT } from './findings.js'

describe('selectAnnotations', () => {
  it('emits errors, then warnings, then notes, leaving suppressed findings out', () => {
    const { annotations, omitted } = selectAnnotations(RESULT.findings)
    expect(annotations).toEqual([
      {
        level: 'error',
        message: 'Node pool user1 is created without a snapshot reference.',
        properties: { title: 'missing-snapshot-id', file: 'infra/aks.bicep', startLine: 12, endLine: 12, startColumn: 3, endColumn: 40 }
      },
      {
        level: 'warning',
        message: 'az aks nodepool upgrade of np1 has no --snapshot-id.',
        properties: { title: 'unpinned-upgrade', file: 'scripts/upgrade.sh', startLine: 7, endLine: 7, startColumn: 1, endColumn: 24 }
      },
      {
        level: 'notice',
        message: "VM size 'Standard_Q4' is not a size name aks-snapshot can parse.",
        properties: { title: 'vm-family-mismatch', file: 'infra/aks.bicep', startLine: 104, endLine: 104, startColumn: 13, endColumn: 26 }
      }
    ])
    expect(omitted).toEqual({ error: 0, warning: 0, note: 0 })
  })

  it('keeps the 10 most important of each level: rule importance, then file and line', () => {
    const findings: Finding[] = []
    // 12 deprecated-command errors (made errors by config) listed before 3 missing-snapshot-id errors.
    for (let i = 1; i <= 12; i++) findings.push(finding('deprecated-command', 'error', 'a.sh', i))
    findings.push(finding('missing-snapshot-id', 'error', 'z.bicep', 5))
    findings.push(finding('missing-snapshot-id', 'error', 'b.bicep', 9))
    findings.push(finding('missing-snapshot-id', 'error', 'b.bicep', 2))
    for (let i = 1; i <= 11; i++) findings.push(finding('unpinned-upgrade', 'warning', 'u.sh', i))
    findings.push(finding('parse-error', 'error', 'x.json', 1, { suppressed: { kind: 'baseline', justification: 'old' } }))

    const { annotations, omitted } = selectAnnotations(findings)
    expect(annotations.map((a) => `${a.level} ${a.properties.title} ${a.properties.file}:${a.properties.startLine}`)).toEqual([
      'error missing-snapshot-id b.bicep:2',
      'error missing-snapshot-id b.bicep:9',
      'error missing-snapshot-id z.bicep:5',
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => `error deprecated-command a.sh:${i}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `warning unpinned-upgrade u.sh:${i}`)
    ])
    expect(omitted).toEqual({ error: 5, warning: 1, note: 0 })
  })

  it('drops columns on an annotation spanning several lines (GitHub rejects them)', () => {
    const { annotations } = selectAnnotations([
      finding('missing-snapshot-id', 'error', 'a.json', 20, { column: 9, endLine: 31, endColumn: 10 })
    ])
    expect(annotations[0].properties).toEqual({ title: 'missing-snapshot-id', file: 'a.json', startLine: 20, endLine: 31 })
  })
})

describe('formatGithub', () => {
  it('writes workflow commands, errors first', () => {
    expect(formatGithub(RESULT)).toBe(
      [
        '::error file=infra/aks.bicep,line=12,endLine=12,col=3,endColumn=40,title=missing-snapshot-id::Node pool user1 is created without a snapshot reference.',
        '::warning file=scripts/upgrade.sh,line=7,endLine=7,col=1,endColumn=24,title=unpinned-upgrade::az aks nodepool upgrade of np1 has no --snapshot-id.',
        "::notice file=infra/aks.bicep,line=104,endLine=104,col=13,endColumn=26,title=vm-family-mismatch::VM size 'Standard_Q4' is not a size name aks-snapshot can parse.",
        ''
      ].join('\n')
    )
  })

  it('escapes properties and data as @actions/core does', () => {
    const f = finding('parse-error', 'error', 'odd,name:1.json', 2, { message: '100% wrong\nsecond line' })
    expect(formatGithub({ findings: [f], filesScanned: 1 })).toBe(
      '::error file=odd%2Cname%3A1.json,line=2,endLine=2,col=1,endColumn=10,title=parse-error::100%25 wrong%0Asecond line\n'
    )
  })

  it('says how many were not annotated', () => {
    const findings = Array.from({ length: 13 }, (_, i) => finding('unpinned-upgrade', 'warning', 'u.sh', i + 1))
    const lines = formatGithub({ findings, filesScanned: 1 }).trimEnd().split('\n')
    expect(lines).toHaveLength(11)
    expect(lines[10]).toBe('3 more warnings not annotated: GitHub shows 10 annotations per level in a step.')
  })
})
