import type { AnnotationProperties } from '../host.js'
import type { Finding, Severity } from '../model.js'
import { compareByImportance, plural, type ReportInput } from './types.js'

/** GitHub shows at most 10 annotations per level (error, warning, notice) in one step and drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: AnnotationProperties
}

export interface AnnotationSelection {
  /** Errors first, then warnings, then notices, each most important first. */
  annotations: Annotation[]
  /** Unsuppressed findings left out because their level was full. */
  omitted: Record<Severity, number>
}

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' }

/** The annotations worth emitting: the most important `perLevel` of each level, so the ones GitHub shows are the ones that matter. */
export function selectAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationSelection {
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  const taken: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  const annotations: Annotation[] = []
  for (const f of findings.filter((x) => !x.suppressed).sort(compareByImportance)) {
    if (taken[f.severity] >= perLevel) {
      omitted[f.severity]++
      continue
    }
    taken[f.severity]++
    annotations.push({ level: LEVEL[f.severity], message: f.message, properties: propertiesOf(f) })
  }
  return { annotations, omitted }
}

function propertiesOf(f: Finding): AnnotationProperties {
  const p: AnnotationProperties = { title: f.ruleId, file: f.file, startLine: f.line, endLine: Math.max(f.line, f.endLine) }
  // GitHub rejects columns on an annotation that spans several lines.
  if (p.endLine === p.startLine) {
    p.startColumn = f.column
    p.endColumn = Math.max(f.column, f.endColumn)
  }
  return p
}

/** One line about what was left out, or undefined when nothing was. */
export function omittedNote(omitted: Record<Severity, number>): string | undefined {
  const parts = [
    omitted.error && plural(omitted.error, 'more error'),
    omitted.warning && plural(omitted.warning, 'more warning'),
    omitted.note && plural(omitted.note, 'more note')
  ].filter(Boolean)
  if (!parts.length) return undefined
  return `${parts.join(', ')} not annotated: GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level in a step.`
}

/**
 * `--format github`: workflow commands (`::error file=...::message`) for a
 * `run:` step, escaped as @actions/core escapes them.
 */
export function formatGithub(result: ReportInput, perLevel = ANNOTATIONS_PER_LEVEL): string {
  const { annotations, omitted } = selectAnnotations(result.findings, perLevel)
  let out = annotations.map((a) => `::${a.level} ${commandProperties(a.properties)}::${escapeData(a.message)}\n`).join('')
  const note = omittedNote(omitted)
  if (note) out += `${note}\n`
  return out
}

function commandProperties(p: AnnotationProperties): string {
  const pairs: [string, string | number | undefined][] = [
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn],
    ['title', p.title]
  ]
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
