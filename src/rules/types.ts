import type { Declaration, RuleId, Severity, SnapshotInfo, Span } from '../model.js'

export interface RuleMeta<M extends string = string> {
  id: RuleId
  severity: Severity
  /** One line, shown in SARIF `shortDescription` and the docs index. */
  description: string
  /** A paragraph: why it matters (SARIF `fullDescription`). */
  fullDescription: string
  /** Message templates by id, with `{{name}}` placeholders. */
  messages: Record<M, string>
  /** `docs/rules/<id>.md`, derived from the id. */
  docsPath: string
}

/** Policy settings that change what rules do. */
export interface Policy {
  /** `any` (GA): snapshots may be used in other regions; `same`: the preview-era rule. */
  snapshotRegion: 'any' | 'same'
}

export interface RuleContext {
  policy: Policy
  /** Snapshot properties by id (catalog, snapshots declared in this run, live ARM), ids compared case-insensitively. */
  snapshot(id: string): Partial<SnapshotInfo> | undefined
  /** True when a catalog file is in use (for `unknown-snapshot`). */
  hasCatalog: boolean
  /** True when `id` is in the catalog. */
  inCatalog(id: string): boolean
  /** Supported Kubernetes minor versions ("1.30") for a region; `undefined` when no list applies. */
  supportedVersions(region: string | undefined): string[] | undefined
}

/** What a rule reports: the engine adds the rule id, severity, file and fingerprint. */
export interface Report<M extends string = string> {
  messageId: M
  data?: Record<string, string | number>
  /** The field judged (e.g. the vmSize value); the declaration's span when absent. */
  span?: Span
  /** Overrides the rule's severity (e.g. a note for an unparsable VM size). */
  severity?: Severity
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>
  check(declaration: Declaration, context: RuleContext): Report<M>[]
}

/** Declares a rule; the docs path is derived from the id and message ids are typed. */
export function defineRule<M extends string>(
  meta: Omit<RuleMeta<M>, 'docsPath'>,
  check: (declaration: Declaration, context: RuleContext) => Report<M>[]
): Rule<M> {
  return { meta: { ...meta, docsPath: `docs/rules/${meta.id}.md` }, check }
}

/** Fills `{{name}}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in data ? String(data[name]) : `{{${name}}}`))
}
