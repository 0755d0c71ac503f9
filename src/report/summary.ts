import { compareByImportance, countFindings, plural, type ReportInput } from './types.js'

/** GitHub refuses a job summary over 1 MiB; stay well under it with room for the header and the tail. */
export const SUMMARY_MAX_BYTES = 1_000_000

export interface SummaryOptions {
  /** Upper bound of the Markdown's UTF-8 size (a PR comment allows 65,536 characters). */
  maxBytes?: number
  /** Shown in the first line when the caller knows it (fail-on applied). */
  result?: 'pass' | 'fail'
  heading?: string
}

const HEADER = '| Location | Rule | Severity | Message |\n| --- | --- | --- | --- |\n'

/**
 * The job summary: counts, then every unsuppressed finding, most important
 * first, truncated with a count rather than exceeding the size limit.
 */
export function formatSummary(result: ReportInput, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES
  const counts = countFindings(result.findings)
  const total = counts.errors + counts.warnings + counts.notes
  const verdict = options.result === 'fail' ? '❌ **Failed**: ' : options.result === 'pass' ? '✅ **Passed**: ' : ''
  const tally = total
    ? `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')}`
    : 'no problems'
  const suppressed = counts.suppressed ? `; ${counts.suppressed} suppressed` : ''
  let out = `### ${options.heading ?? 'aks-snapshot lint'}\n\n${verdict}${tally} in ${plural(result.filesScanned, 'file')} scanned${suppressed}.\n`
  if (!total) return out

  out += `\n${HEADER}`
  const rows = result.findings
    .filter((f) => !f.suppressed)
    .sort(compareByImportance)
    .map((f) => `| ${cell(`${f.file}:${f.line}:${f.column}`)} | \`${f.ruleId}\` | ${f.severity} | ${cell(f.message)} |\n`)
  // Reserve room for the longest possible tail so adding it never crosses the limit.
  const tail = (n: number): string => `\n… and ${plural(n, 'more finding')} (all of them are in the SARIF and JSON output).\n`
  let bytes = Buffer.byteLength(out) + Buffer.byteLength(tail(rows.length))
  let shown = 0
  for (const row of rows) {
    const size = Buffer.byteLength(row)
    if (bytes + size > maxBytes) break
    out += row
    bytes += size
    shown++
  }
  if (shown < rows.length) out += tail(rows.length - shown)
  return out
}

/** A Markdown table cell: no pipes or newlines breaking the row, no HTML (messages quote `<resource-group>`-style placeholders). */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}
