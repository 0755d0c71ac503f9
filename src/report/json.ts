import type { Finding } from '../model.js'
import { VERSION } from '../version.js'
import { compareByPosition, countFindings, type Counts, type ReportInput } from './types.js'

/** `--format json`, version 1 (SPEC §6). Fields are always present, `null` when they have no value, so consumers need no `in` checks. */
export interface JsonReport {
  version: 1
  tool: { name: 'aks-snapshot'; version: string }
  filesScanned: number
  findings: JsonFinding[]
  /** Unsuppressed findings by severity; suppressed ones counted apart. */
  summary: Counts
}

export interface JsonFinding {
  ruleId: string
  severity: Finding['severity']
  message: string
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  resource: string | null
  fingerprint: string | null
  suppressed: { kind: 'inSource' | 'baseline'; justification: string } | null
}

export function toJsonReport(result: ReportInput): JsonReport {
  return {
    version: 1,
    tool: { name: 'aks-snapshot', version: VERSION },
    filesScanned: result.filesScanned,
    findings: [...result.findings].sort(compareByPosition).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      resource: f.resource ?? null,
      fingerprint: f.fingerprint ?? null,
      suppressed: f.suppressed ? { kind: f.suppressed.kind, justification: f.suppressed.justification } : null
    })),
    summary: countFindings(result.findings)
  }
}

export function formatJson(result: ReportInput): string {
  return JSON.stringify(toJsonReport(result), null, 2) + '\n'
}
