/** Reporters: pure functions from a lint result to text, like ESLint's formatters. */
export { countFindings, compareByImportance, compareByPosition, type Counts, type ReportInput } from './types.js'
export { formatText, shouldUseColor, type TextOptions } from './text.js'
export { formatJson, toJsonReport, type JsonReport, type JsonFinding } from './json.js'
export { formatSarif, toSarif, encodePath, FINGERPRINT_KEY, type SarifOptions, type SarifRule } from './sarif.js'
export { formatGithub, selectAnnotations, omittedNote, ANNOTATIONS_PER_LEVEL, type Annotation } from './annotations.js'
export { formatSummary, SUMMARY_MAX_BYTES, type SummaryOptions } from './summary.js'

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]
