import { RULE_IDS, type RuleId, type Span } from '../model.js'
import type { SuppressionDirective } from '../readers/types.js'

/**
 * Suppression comments, SPEC §6:
 *   `aks-snapshot-ignore <rule>[,<rule>] -- <reason>`      this line and the next
 *   `aks-snapshot-ignore-file <rule>[,<rule>] -- <reason>` the whole file
 * in whatever comment syntax the file allows. The engine scans every file
 * itself, so readers need not (they only report ARM `metadata` suppressions).
 */

const MARKER = /aks-snapshot-ignore(-file)?(?![\w-])/g

const MARKDOWN = /\.(md|markdown)$/

/** Comment openers by file type; a marker counts only right after one of them. */
function openersFor(file: string): string[] {
  const base = file.toLowerCase()
  if (/\.(bicep|bicepparam|json|jsonc)$/.test(base)) return ['//', '/*']
  if (/\.(tf|tfvars)$/.test(base)) return ['#', '//', '/*']
  if (/\.(ps1|psm1)$/.test(base)) return ['<#', '#']
  if (MARKDOWN.test(base)) return ['<!--', '#', '//', '/*']
  // Shell, az CLI scripts, YAML, and extensionless scripts.
  return ['#']
}

/** Finds every suppression comment in a file. */
export function scanSuppressions(file: string, text: string): SuppressionDirective[] {
  if (!text.includes('aks-snapshot-ignore')) return []
  const openers = openersFor(file)
  const out: SuppressionDirective[] = []
  const lines = text.split(/\r\n|\r|\n/)
  // Markdown: code comments count inside fenced blocks only; outside them `#` is a heading, and only `<!--` is a comment.
  const markdown = MARKDOWN.test(file.toLowerCase())
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (markdown) {
      const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
      if (f && !fence) fence = f
      else if (f && f[0] === fence?.[0] && f.length >= fence.length && line.trim() === f) fence = undefined
      if (f) continue
    }
    if (!line.includes('aks-snapshot-ignore')) continue
    const lineOpeners = markdown && !fence ? ['<!--'] : openers
    MARKER.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = MARKER.exec(line))) {
      const before = line.slice(0, m.index).trimEnd()
      const opener = lineOpeners.find((o) => before.endsWith(o))
      if (!opener) continue
      const start = before.length - opener.length
      // An opener glued to a quote, a word or `$`/`=`/`:` is text, not a comment (`echo "# ...`, `$#`, `https://`).
      if (start > 0 && /[\w"'`$=:\\]/.test(before[start - 1])) continue
      const rest = stripCloser(line.slice(m.index + m[0].length))
      const { rules, reason } = parseBody(rest)
      const end = line.trimEnd().length
      out.push({
        scope: m[1] ? 'file' : 'line',
        rules,
        reason,
        span: { file, line: i + 1, column: start + 1, endLine: i + 1, endColumn: end + 1 }
      })
      break
    }
  }
  return out
}

function stripCloser(s: string): string {
  return s.replace(/\s*(\*\/|-->|#>).*$/, '')
}

function parseBody(body: string): { rules: string[]; reason: string } {
  const sep = body.search(/(^|\s)--(\s|$)/)
  const rulesPart = sep < 0 ? body : body.slice(0, sep)
  const reason =
    sep < 0
      ? ''
      : body
          .slice(sep)
          .replace(/^\s*--/, '')
          .trim()
  const rules = rulesPart
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean)
  return { rules, reason }
}

const KNOWN = new Set<string>(RULE_IDS)

/** What is wrong with a directive, as `invalid-suppression` messages (empty when it is fine). */
export function directiveProblems(d: SuppressionDirective): string[] {
  const problems: string[] = []
  const what =
    d.scope === 'file' ? 'aks-snapshot-ignore-file' : d.scope === 'resource' ? 'The aks-snapshot-ignore metadata' : 'aks-snapshot-ignore'
  if (!d.rules.length)
    problems.push(`${what} names no rule: write ${d.scope === 'resource' ? '{"<rule>": "<reason>"}' : '<rule> -- <reason>'}.`)
  // Mid-sentence, the metadata is "the" metadata.
  const inWhat = d.scope === 'resource' ? 'the aks-snapshot-ignore metadata' : what
  for (const r of d.rules) if (!KNOWN.has(r)) problems.push(`'${r}' in ${inWhat} is not a rule id of aks-snapshot.`)
  if (d.rules.length && !d.reason)
    problems.push(
      d.scope === 'resource'
        ? `${what} for ${d.rules.join(', ')} gives no reason: give the reason as the value.`
        : `${what} ${d.rules.join(',')} gives no reason: add '-- <reason>'.`
    )
  return problems
}

/**
 * Applies a file's directives to findings in that file. A line directive
 * covers its own line and the next; a directive alone on its line also
 * reaches past further directives, Markdown fence openers and YAML script
 * keys below it (so stacked comments, a comment above a fence, and a comment
 * above a workflow step's `run: |` work). A finding counts as on a line when it starts there or when its
 * declaration starts there (a comment above a resource covers its fields).
 */
export class SuppressionIndex {
  private readonly byLine = new Map<number, SuppressionDirective[]>()
  private readonly fileWide: SuppressionDirective[] = []
  private readonly resources: SuppressionDirective[] = []

  constructor(directives: SuppressionDirective[], text: string) {
    const lines = text.split(/\r\n|\r|\n/)
    const directiveLines = new Set(directives.filter((d) => d.scope !== 'resource').map((d) => d.span.line))
    for (const d of directives) {
      if (d.scope === 'file') this.fileWide.push(d)
      else if (d.scope === 'resource') this.resources.push(d)
      else {
        this.add(d.span.line, d)
        let next = d.span.line + 1
        this.add(next, d)
        const commentOnly = (lines[d.span.line - 1] ?? '').slice(0, d.span.column - 1).trim() === ''
        if (commentOnly) {
          while (next <= lines.length && (directiveLines.has(next) || opensScript(lines, next))) this.add(++next, d)
        }
      }
    }
  }

  private add(line: number, d: SuppressionDirective): void {
    const list = this.byLine.get(line) ?? []
    if (!list.includes(d)) list.push(d)
    this.byLine.set(line, list)
  }

  /** The directive that suppresses a finding of `rule` at `span` (or whose declaration starts at `declLine`). */
  match(rule: RuleId, span: Span, declLine?: number): SuppressionDirective | undefined {
    const names = (d: SuppressionDirective) => d.rules.includes(rule)
    // The nearest directive above wins, so its reason is the one recorded.
    const onLine = (line: number | undefined) =>
      line === undefined
        ? undefined
        : this.byLine
            .get(line)
            ?.filter(names)
            .sort((a, b) => b.span.line - a.span.line)[0]
    return (
      onLine(span.line) ?? onLine(declLine) ?? this.resources.find((d) => names(d) && within(span, d.span)) ?? this.fileWide.find(names)
    )
  }
}

/**
 * Lines a comment above reaches past to the command below them: a Markdown
 * fence opener (after at most one blank line), and a YAML key opening a
 * script block (`- run: |`, `inlineScript: |`, `script: >-`).
 */
function opensScript(lines: string[], line: number): boolean {
  const text = lines[line - 1] ?? ''
  if (/^\s*(```|~~~)/.test(text)) return true
  if (text.trim() === '' && /^\s*(```|~~~)/.test(lines[line] ?? '')) return true
  return /^\s*(-\s+)?(run|script|inlineScript|Inline|bash|pwsh|powershell)\s*:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text)
}

function within(inner: Span, outer: Span): boolean {
  const after = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column)
  const before = inner.line < outer.endLine || (inner.line === outer.endLine && inner.column <= outer.endColumn)
  return after && before
}

/** The justification recorded on a finding suppressed in source. */
export function justification(d: SuppressionDirective): string {
  return d.reason || '(no reason given)'
}

export type { SuppressionDirective }
