import type { Finding } from '../model.js'
import { compareByPosition, countFindings, plural, type ReportInput } from './types.js'

export interface TextOptions {
  /** ANSI colour; decide with `shouldUseColor`. */
  color?: boolean
}

/**
 * Node's rule (tty.getColorDepth): FORCE_COLOR wins over NO_COLOR, and
 * FORCE_COLOR=0/false turns colour off; otherwise colour only on a terminal.
 */
export function shouldUseColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !/^(0|false)$/i.test(force)
  if (env.NO_COLOR) return false
  return isTTY
}

type Paint = (text: string) => string
const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`
const plain: Paint = (text) => text

/**
 * ESLint's stylish layout: findings grouped by file, `line:col  severity
 * message  rule-id` in aligned columns, then one summary line. Suppressed
 * findings are counted, not listed.
 */
export function formatText(result: ReportInput, options: TextOptions = {}): string {
  const c = options.color
  const red = c ? ansi(31, 39) : plain
  const yellow = c ? ansi(33, 39) : plain
  const blue = c ? ansi(34, 39) : plain
  const dim = c ? ansi(2, 22) : plain
  const bold = c ? ansi(1, 22) : plain
  const underline = c ? ansi(4, 24) : plain
  const green = c ? ansi(32, 39) : plain

  const shown = result.findings.filter((f) => !f.suppressed).sort(compareByPosition)
  const byFile = new Map<string, Finding[]>()
  for (const f of shown) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])

  let out = ''
  for (const [file, findings] of byFile) {
    const lineWidth = Math.max(...findings.map((f) => String(f.line).length))
    const positions = findings.map((f) => `${String(f.line).padStart(lineWidth)}:${f.column}`)
    const posWidth = Math.max(...positions.map((p) => p.length))
    const sevWidth = Math.max(...findings.map((f) => f.severity.length))
    const msgWidth = Math.max(...findings.map((f) => f.message.length))
    out += `\n${underline(file)}\n`
    findings.forEach((f, i) => {
      const paint = f.severity === 'error' ? red : f.severity === 'warning' ? yellow : blue
      const sev = paint(f.severity) + ' '.repeat(sevWidth - f.severity.length)
      out += `  ${dim(positions[i].padEnd(posWidth))}  ${sev}  ${f.message.padEnd(msgWidth)}  ${dim(f.ruleId)}\n`
    })
  }

  const counts = countFindings(result.findings)
  const total = counts.errors + counts.warnings + counts.notes
  const scanned = `${plural(result.filesScanned, 'file')} scanned`
  const suppressed = counts.suppressed ? `, ${counts.suppressed} suppressed not shown` : ''
  if (total === 0) return `${green('✔')} No problems (${scanned}${suppressed})\n`
  const paint = counts.errors ? red : counts.warnings ? yellow : blue
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.notes, 'note')]
  out += `\n${paint(bold(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`))} in ${scanned}${suppressed}\n`
  return out
}
