import { unknown, type Value } from '../../model.js'
import type { Language, Mask, Part } from './script.js'

/**
 * Documentation placeholders (`<resource-group>`) and workflow expressions
 * (`${{ vars.SNAPSHOT_ID }}`, a pipeline's `$(snapshotId)`) are values the
 * script does not know, not syntax: a shell parser would read `<x>` as
 * redirections and `$(x)` as a command. They are replaced by word characters
 * of the same length before parsing (so every offset stays put) and their
 * values are given back when words are built.
 */
export interface MaskOptions {
  pipelines?: boolean
  env?: Map<string, Value<string>>
  macros?: Map<string, Value<string>>
  language?: Language
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g
const PIPELINE_MACRO = /\$\(([A-Za-z_][\w.-]*)\)|\$\[[\s\S]*?\]/g
/** `[snapshot-id]` as a whole word: the bracket placeholder style of docs (not a glob like `[0-9]*`, not JMESPath `[0]`). */
const BRACKET_PLACEHOLDER = /(?<=^|[\s=])\[([A-Za-z][\w.-]{0,60})\](?=$|\s)/gm
/** `/subscriptions/.../snapshots/s1`: text elided with `...` between slashes. */
const ELISION = /(?<=\/)\.\.\.(?=\/|$|["'\s])/gm
/** cmd's `%NAME%` (not `%%i`, `%~dp0`, `%1`). */
const CMD_VARIABLE = /(?<!%)%([A-Za-z_][\w.]*)%(?!%)/g
const PLACEHOLDER = /(?<![<\w$])<([A-Za-z][\w.:/ -]{0,60}?)>(?![>&])/g
/** `{resourceGroupName}`, `{{nodePoolName}}`: the other placeholder style of docs (not `${x}`, not brace expansion `{a,b}`). */
const BRACE_PLACEHOLDER = /(?<![$\w{])\{\{?([A-Za-z][\w.-]{0,60})\}?\}(?![}\w])/g

export function maskScript(text: string, options: MaskOptions = {}): { text: string; masks: Mask[] } {
  const masks: Mask[] = []
  const taken = (start: number, end: number): boolean => masks.some((m) => start < m.end && m.start < end)
  for (const m of text.matchAll(EXPRESSION)) {
    masks.push({ start: m.index, end: m.index + m[0].length, value: expressionValue(m[0], options) })
  }
  if (options.pipelines) {
    for (const m of text.matchAll(PIPELINE_MACRO)) {
      if (taken(m.index, m.index + m[0].length)) continue
      const name = m[1]
      const value = name
        ? (options.macros?.get(name.toLowerCase()) ?? unknown(`pipeline variable $(${name})`))
        : unknown(`pipeline runtime expression ${m[0]}`)
      masks.push({ start: m.index, end: m.index + m[0].length, value })
    }
  }
  if (options.language === 'cmd') {
    // Windows variable names are case-insensitive: they are kept uppercased (cmd.ts uppercases `set NAME=`), as
    // pipeline variables reach the script (NAME_WITH_UNDERSCORES).
    for (const m of text.matchAll(CMD_VARIABLE)) {
      if (taken(m.index, m.index + m[0].length)) continue
      const variable = m[1].toUpperCase().replace(/\./g, '_')
      masks.push({ start: m.index, end: m.index + m[0].length, value: unknown(`${m[0]} is set outside the script`), variable })
    }
  }
  for (const m of text.matchAll(PLACEHOLDER)) {
    // A placeholder spans one line; `a < b > c` in a test is not one.
    if (m[1].includes('  ') || taken(m.index, m.index + m[0].length)) continue
    masks.push({ start: m.index, end: m.index + m[0].length, value: unknown(`documentation placeholder ${m[0]}`) })
  }
  // In PowerShell `[string]` is a type, not a placeholder.
  const brackets = options.language === 'powershell' ? [] : [...text.matchAll(BRACKET_PLACEHOLDER)]
  for (const m of [...brackets, ...text.matchAll(ELISION)]) {
    if (taken(m.index, m.index + m[0].length)) continue
    masks.push({ start: m.index, end: m.index + m[0].length, value: unknown(`documentation placeholder ${m[0]}`) })
  }
  for (const m of text.matchAll(BRACE_PLACEHOLDER)) {
    if (taken(m.index, m.index + m[0].length)) continue
    masks.push({ start: m.index, end: m.index + m[0].length, value: unknown(`documentation placeholder ${m[0]}`) })
  }
  if (!masks.length) return { text, masks }
  masks.sort((a, b) => a.start - b.start)
  let out = ''
  let last = 0
  for (const m of masks) {
    out += text.slice(last, m.start) + text.slice(m.start, m.end).replace(/[^\n]/g, '_')
    last = m.end
  }
  out += text.slice(last)
  return { text: out, masks }
}

function expressionValue(expr: string, options: MaskOptions): Value<string> {
  const inner = expr.slice(3, -2).trim()
  const env = /^env\.([A-Za-z_]\w*)$/.exec(inner)
  if (env && options.env?.has(env[1])) return options.env.get(env[1])!
  const variable = /^variables(?:\.([\w.-]+)|\[\s*'([^']+)'\s*\])$/.exec(inner)
  const name = variable?.[1] ?? variable?.[2]
  if (name && options.macros?.has(name.toLowerCase())) return options.macros.get(name.toLowerCase())!
  return unknown(`workflow expression ${expr}`)
}

/**
 * Text parts of the source range [start, end), cut around masks. `decode`
 * turns raw source (escapes, quotes removed by the caller) into the text the
 * shell sees.
 */
export function textParts(source: string, start: number, end: number, masks: Mask[], decode: (raw: string) => string = (s) => s): Part[] {
  const parts: Part[] = []
  let at = start
  for (const m of masks) {
    if (m.end <= start || m.start >= end) continue
    const s = Math.max(m.start, start)
    if (s > at) parts.push({ kind: 'text', text: decode(source.slice(at, s)), start: at, end: s })
    parts.push(
      m.variable !== undefined
        ? { kind: 'var', name: m.variable, start: s, end: Math.min(m.end, end) }
        : { kind: 'value', value: m.value, start: s, end: Math.min(m.end, end) }
    )
    at = Math.min(m.end, end)
  }
  if (at < end || !parts.length) parts.push({ kind: 'text', text: decode(source.slice(at, end)), start: at, end })
  return parts
}
