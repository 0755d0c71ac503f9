import type { Finding, Severity } from '../model.js'

/** What every reporter formats: the engine's result. Reporters know nothing of readers. */
export interface ReportInput {
  findings: readonly Finding[]
  filesScanned: number
}

/** Counts of unsuppressed findings by severity, and of suppressed ones. */
export interface Counts {
  errors: number
  warnings: number
  notes: number
  suppressed: number
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 }
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++
    else if (f.severity === 'error') counts.errors++
    else if (f.severity === 'warning') counts.warnings++
    else counts.notes++
  }
  return counts
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/**
 * Within one severity, the rules whose findings break a deployment or an
 * upgrade come first: GitHub shows only 10 annotations per level, and a
 * truncated summary keeps its head.
 */
const RULE_IMPORTANCE: readonly string[] = [
  'missing-snapshot-id',
  'invalid-snapshot-id',
  'version-downgrade',
  'os-mismatch',
  'vm-family-mismatch',
  'version-conflict',
  'snapshot-region',
  'parse-error',
  'unpinned-upgrade',
  'node-image-only-required',
  'unknown-snapshot',
  'unsupported-version',
  'deprecated-command',
  'invalid-suppression'
]

const importance = (ruleId: string): number => {
  const i = RULE_IMPORTANCE.indexOf(ruleId)
  return i < 0 ? RULE_IMPORTANCE.length : i
}

/** Most important first: severity, then rule importance, then file, line and column. */
export function compareByImportance(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || importance(a.ruleId) - importance(b.ruleId) || compareByPosition(a, b)
}

/** Reading order: file, line, column, then rule id so equal positions are stable. */
export function compareByPosition(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
