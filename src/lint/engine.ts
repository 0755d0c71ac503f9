import { closeSync, promises as fs, openSync, readFileSync, readSync } from 'node:fs'
import * as path from 'node:path'
import type { Declaration, Finding, RuleId, Severity, SeverityOrOff, SnapshotInfo, Span } from '../model.js'
import type { Catalog } from '../policy/catalog.js'
import { addFingerprints, type Baseline } from '../policy/baseline.js'
import { directiveProblems, justification, scanSuppressions, SuppressionIndex } from '../policy/suppressions.js'
import { classify, loadReader, type ReaderKind } from '../readers/index.js'
import type { Reader, ReaderContext, SuppressionDirective } from '../readers/types.js'
import { formatMessage, type Policy, type Rule } from '../rules/types.js'
import { checkText, decode, HEAD_BYTES, headText, stripBom, type Decoded } from './decode.js'
import { discover, exclusionTest, toPosix } from './discover.js'
import { mergeInstances } from './instances.js'
import { buildRuleContext } from './snapshots.js'

export interface LintOptions {
  /** Findings' file paths are POSIX, relative to cwd. */
  cwd: string
  /** Files or folders; default `['.']`. */
  paths?: string[]
  /** Globs over cwd-relative paths (config include/exclude plus the action's exclude input). */
  include?: string[]
  exclude?: string[]
  /** only-changed: lint just these paths (relative to cwd). */
  onlyFiles?: string[]
  /** Severity per rule; `off` drops the rule. */
  rules?: Partial<Record<RuleId, SeverityOrOff>>
  policy?: Partial<Policy>
  catalog?: Catalog
  baseline?: Baseline
  /** resolve-live: snapshot properties by lowercase id. Called once with every distinct, fully known id the catalog and the run do not describe. */
  resolveLive?: (ids: string[]) => Promise<Map<string, Partial<SnapshotInfo>>>
  supportedVersionsLive?: (region: string) => Promise<string[] | undefined>
  /** For tests: readers to use instead of `loadReader` (by kind). */
  readers?: Partial<Record<ReaderKind, Reader>>
  /** For tests: the rules to run instead of `RULES`. */
  ruleSet?: Rule[]
  /** How long one file's reader may take before the file becomes a parse-error (default 120 s). */
  readTimeoutMs?: number
}

export interface LintResult {
  findings: Finding[]
  filesScanned: number
  files: string[]
}

/** Rules with no module of their own: the engine reports them. */
const ENGINE_SEVERITY: Partial<Record<RuleId, Severity>> = { 'parse-error': 'error', 'invalid-suppression': 'warning' }

/** How many files are read and parsed at once. */
const CONCURRENCY = 16

/** Lints files on disk. */
export async function lint(options: LintOptions): Promise<LintResult> {
  const cwd = path.resolve(options.cwd)
  const files = await discover({ ...options, cwd })
  return run(files, new SourceCache(cwd), options)
}

/** In-memory sources, for tests and docs examples; module/parameter files are read from `sources` first, then disk under cwd. */
export async function lintSources(
  sources: { path: string; text: string | Uint8Array }[],
  options: Partial<LintOptions> = {}
): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const cache = new SourceCache(cwd)
  for (const s of sources) cache.preset(normalise(s.path), s.text)
  return run(
    sources.map((s) => normalise(s.path)),
    cache,
    { ...options, cwd }
  )
}

const normalise = (p: string) => path.posix.normalize(toPosix(p)).replace(/^\.\//, '')

interface ReadFile {
  file: string
  kind?: ReaderKind
  declarations: Declaration[]
  suppressions: SuppressionDirective[]
}

/** A finding plus what the engine needs to finish it (the declaration behind it). */
export interface Draft extends Finding {
  declaration?: Declaration
  /** The rule's message template and data, so that loop instances can be merged whatever their pool names. */
  template?: string
  data?: Record<string, string | number>
}

async function run(files: string[], cache: SourceCache, options: LintOptions): Promise<LintResult> {
  const isExcluded = await exclusionTest({ cwd: options.cwd, exclude: options.exclude })
  const context: ReaderContext = {
    ...cache.readerContext(),
    excluded: isExcluded,
    ...(options.catalog ? { catalog: options.catalog } : {})
  }
  const rules = options.ruleSet ?? (await import('../rules/index.js')).RULES
  const severity = severityOf(rules, options.rules ?? {})
  const drafts: Draft[] = []
  const scanned: ReadFile[] = []

  await pool(files, CONCURRENCY, async (file) => {
    const result = await readOne(file, cache, context, options.readers ?? {}, drafts, options.readTimeoutMs ?? READ_TIMEOUT_MS)
    if (result) scanned.push(result)
  })
  scanned.sort((a, b) => cmp(a.file, b.file))

  // Live answers are asked for once; a second context build reuses them.
  const live = new Map<string, Partial<SnapshotInfo>>()
  const resolveLive = options.resolveLive && memoLive(options.resolveLive, live)
  const supportedVersionsLive = options.supportedVersionsLive && memoRegions(options.supportedVersionsLive)
  const contextFor = (declarations: Declaration[]) =>
    buildRuleContext(declarations, {
      catalog: options.catalog,
      policy: { snapshotRegion: 'any', ...options.policy },
      resolveLive,
      supportedVersionsLive
    })
  let declarations = scanned.flatMap((s) => s.declarations)
  let ruleContext = await contextFor(declarations)
  // Scripts follow snapshot properties from command to command while they are read (the control plane of
  // `az aks create --snapshot-id`, a pool's current versions): with what resolve-live found, read them again.
  const scripts = scanned.filter((s) => s.kind === 'cli' && s.declarations.length)
  if (live.size && scripts.length) {
    const known = new Set((options.catalog?.snapshots ?? []).map((s) => s.id.toLowerCase()))
    const fromLive: SnapshotInfo[] = [...live].filter(([id]) => !known.has(id)).map(([id, info]) => ({ ...info, id: info.id ?? id }))
    const augmented: Catalog = { pins: {}, ...options.catalog, snapshots: [...(options.catalog?.snapshots ?? []), ...fromLive] }
    const again = { ...context, catalog: augmented }
    for (const s of scripts) {
      const reread = await readOne(s.file, cache, again, options.readers ?? {}, drafts, options.readTimeoutMs ?? READ_TIMEOUT_MS)
      if (reread) Object.assign(s, { declarations: reread.declarations, suppressions: reread.suppressions })
    }
    declarations = scanned.flatMap((s) => s.declarations)
    ruleContext = await contextFor(declarations)
  }

  for (const declaration of declarations) {
    for (const rule of rules) {
      if (severity(rule.meta.id) === 'off') continue
      let reports
      try {
        reports = rule.check(declaration, ruleContext)
      } catch (err) {
        // A rule that throws is a bug; the run goes on and the user sees where.
        drafts.push(
          draft(
            'parse-error',
            'error',
            `internal error in rule ${rule.meta.id} checking ${declaration.resource}: ${(err as Error).message}`,
            declaration.span
          )
        )
        continue
      }
      for (const report of reports) {
        const template = (rule.meta.messages as Record<string, string>)[report.messageId] ?? report.messageId
        const data = shorten(report.data)
        const d = draft(
          rule.meta.id,
          report.severity ?? severityFor(rule.meta.id, rule.meta.severity, options.rules),
          formatMessage(template, data),
          report.span ?? declaration.span
        )
        d.resource = declaration.resource
        d.declaration = declaration
        d.template = template
        if (data) d.data = data
        drafts.push(d)
      }
    }
  }

  // Suppression comments of every file read, plus what readers reported (ARM metadata).
  const directives = new Map<string, SuppressionDirective[]>()
  const addDirective = (d: SuppressionDirective) => {
    const list = directives.get(d.span.file) ?? []
    if (
      !list.some(
        (x) => x.scope === d.scope && x.span.line === d.span.line && x.span.column === d.span.column && x.rules.join() === d.rules.join()
      )
    )
      list.push(d)
    directives.set(d.span.file, list)
  }
  for (const s of scanned) {
    const text = cache.text(s.file)
    if (text !== undefined) scanSuppressions(s.file, text).forEach(addDirective)
    s.suppressions.forEach(addDirective)
  }
  for (const list of directives.values())
    for (const d of list)
      for (const message of directiveProblems(d)) drafts.push(draft('invalid-suppression', 'warning', message, d.at ?? d.span))

  let findings = dedupe(mergeInstances(drafts)).filter((f) => severity(f.ruleId) !== 'off')
  for (const f of findings) if (ENGINE_SEVERITY[f.ruleId] && options.rules?.[f.ruleId]) f.severity = options.rules[f.ruleId] as Severity

  // Suppressions need the text of the file a finding is in, which may be a module read through another file.
  const indexes = new Map<string, SuppressionIndex | undefined>()
  for (const f of findings) {
    if (!indexes.has(f.file)) {
      const list = directives.get(f.file) ?? (await directivesOf(f.file, cache))
      const text = cache.text(f.file)
      indexes.set(f.file, list.length && text !== undefined ? new SuppressionIndex(list, text) : undefined)
    }
    const hit = indexes.get(f.file)?.match(f.ruleId, f, f.declaration?.span.file === f.file ? f.declaration.span.line : undefined)
    if (hit) f.suppressed = { kind: 'inSource', justification: justification(hit) }
  }

  findings.sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  )
  findings = findings.map(({ declaration: _d, ...f }) => f as Draft)
  addFingerprints(findings, (file, from, to) => cache.lines(file, from, to))
  if (options.baseline) {
    for (const f of findings)
      if (!f.suppressed && f.fingerprint && options.baseline.fingerprints.has(f.fingerprint))
        f.suppressed = { kind: 'baseline', justification: `in baseline ${options.baseline.file}` }
  }

  const read = scanned.map((s) => s.file)
  return { findings, filesScanned: read.length, files: read }
}

async function directivesOf(file: string, cache: SourceCache): Promise<SuppressionDirective[]> {
  const text = (await cache.load(file)).text
  return text === undefined ? [] : scanSuppressions(file, text)
}

/** Calls resolve-live only for ids it has not been asked about, and keeps every answer in `answers` (by lowercase id). */
function memoLive(
  resolve: NonNullable<LintOptions['resolveLive']>,
  answers: Map<string, Partial<SnapshotInfo>>
): NonNullable<LintOptions['resolveLive']> {
  const asked = new Set<string>()
  return async (ids) => {
    const fresh = ids.filter((id) => !asked.has(id.toLowerCase()))
    if (fresh.length) {
      fresh.forEach((id) => asked.add(id.toLowerCase()))
      for (const [id, info] of await resolve(fresh)) if (info) answers.set(id.toLowerCase(), info)
    }
    return new Map(ids.flatMap((id) => (answers.has(id.toLowerCase()) ? [[id, answers.get(id.toLowerCase())!] as const] : [])))
  }
}

function memoRegions(fetch: NonNullable<LintOptions['supportedVersionsLive']>): NonNullable<LintOptions['supportedVersionsLive']> {
  const lists = new Map<string, Promise<string[] | undefined>>()
  return (region) => {
    let list = lists.get(region)
    if (!list) lists.set(region, (list = fetch(region)))
    return list
  }
}

/** Reads, classifies and parses one file; undefined when it is not of a kind we read. */
async function readOne(
  file: string,
  cache: SourceCache,
  context: ReaderContext,
  injected: Partial<Record<ReaderKind, Reader>>,
  drafts: Draft[],
  timeoutMs: number
): Promise<ReadFile | undefined> {
  // Most files are decided by name alone; only .json and extensionless files need their start read.
  let kind = classify(file, '')
  const needsHead = !kind && /(\.jsonc?|^[^.]*|\/[^./]*)$/i.test(file)
  if (!kind && !needsHead) return undefined
  // The start is enough to rule out a large JSON file (a lock file, data) without reading it all.
  if (!kind && !(kind = classify(file, cache.head(file)))) return undefined
  const loaded = await cache.load(file)
  if (!loaded.decoded) return undefined
  const out: ReadFile = { file, kind, declarations: [], suppressions: [] }
  const decoded = loaded.decoded
  if (!decoded.ok) {
    drafts.push(
      draft('parse-error', 'error', decoded.message, {
        file,
        line: decoded.line,
        column: decoded.column,
        endLine: decoded.line,
        endColumn: decoded.column
      })
    )
    return out
  }
  try {
    const reader = injected[kind] ?? (await cachedReader(kind))
    const result = await withTimeout(reader.read({ path: file, text: decoded.text }, context), timeoutMs)
    out.declarations = result.declarations ?? []
    out.suppressions = result.suppressions ?? []
    // The first error in the file, whatever order the reader found them in (one parse-error per file).
    const problem =
      [...(result.problems ?? [])]
        .filter((p) => !p.span.file || p.span.file === file)
        .sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)[0] ?? result.problems?.[0]
    if (problem) drafts.push(draft('parse-error', 'error', problem.message, { ...problem.span, file: problem.span.file || file }))
  } catch (err) {
    drafts.push(
      draft('parse-error', 'error', `internal error reading this file: ${(err as Error)?.message ?? String(err)}`, {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
      })
    )
  }
  return out
}

/** Values quoted in messages are cut to this many characters: a 2 MB string makes no annotation readable. */
const MAX_VALUE = 200

function shorten(data: Record<string, string | number> | undefined): Record<string, string | number> | undefined {
  if (!data) return data
  const out: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === 'string' && v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE - 1)}…` : v
  return out
}

/** A reader whose promise never settles must not hold the run forever. */
const READ_TIMEOUT_MS = 120_000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${ms / 1000} s`)), ms)
    timer.unref()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** One import per kind per process: each dynamic import() costs a round trip through the module loader. */
const readerCache = new Map<ReaderKind, Promise<Reader>>()
function cachedReader(kind: ReaderKind): Promise<Reader> {
  let reader = readerCache.get(kind)
  if (!reader) {
    reader = loadReader(kind)
    // A failed load is retried next time rather than remembered.
    reader.catch(() => readerCache.delete(kind))
    readerCache.set(kind, reader)
  }
  return reader
}

function draft(ruleId: RuleId, severity: Severity, message: string, span: Span): Draft {
  return {
    ruleId,
    severity,
    message,
    file: span.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    suppressed: null
  }
}

function severityFor(id: RuleId, fallback: Severity, configured: Partial<Record<RuleId, SeverityOrOff>> | undefined): Severity {
  const s = configured?.[id]
  return s && s !== 'off' ? s : fallback
}

function severityOf(rules: Rule[], configured: Partial<Record<RuleId, SeverityOrOff>>): (id: RuleId) => SeverityOrOff {
  const defaults = new Map<RuleId, Severity>(rules.map((r) => [r.meta.id, r.meta.severity]))
  return (id) => configured[id] ?? defaults.get(id) ?? ENGINE_SEVERITY[id] ?? 'error'
}

/** The same finding reached twice (a module file read on its own and through its parent) is reported once. */
function dedupe(findings: Draft[]): Draft[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = [f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.message].join('\u0000')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

/**
 * File text for readers and for the engine (suppressions, fingerprints),
 * read once: in-memory sources first, then disk under cwd.
 */
class SourceCache {
  private readonly entries = new Map<string, Promise<{ decoded?: Decoded; text?: string }>>()
  private readonly texts = new Map<string, string>()
  private readonly splitLines = new Map<string, string[]>()
  private readonly inMemory = new Set<string>()
  private readonly listings = new Map<string, Promise<string[]>>()
  private readonly heads = new Map<string, string>()

  constructor(private readonly cwd: string) {}

  preset(file: string, content: string | Uint8Array): void {
    this.inMemory.add(file)
    const decoded = typeof content === 'string' ? checkText(content) : decode(content)
    if (decoded.ok) this.texts.set(file, decoded.text)
    this.heads.set(file, decoded.ok ? decoded.text.slice(0, HEAD_BYTES) : decoded.head)
    this.entries.set(file, Promise.resolve({ decoded, text: decoded.ok ? decoded.text : undefined }))
  }

  load(file: string): Promise<{ decoded?: Decoded; text?: string }> {
    let entry = this.entries.get(file)
    if (!entry) {
      // Synchronous on purpose: for many small files one readFileSync costs less than
      // the four thread-pool round trips of fs.promises.readFile, and parsing is CPU-bound anyway.
      let bytes: Buffer | undefined
      try {
        bytes = readFileSync(path.resolve(this.cwd, file))
      } catch {
        bytes = undefined
      }
      const decoded = bytes && decode(bytes)
      if (decoded?.ok) this.texts.set(file, decoded.text)
      if (decoded) this.heads.set(file, decoded.ok ? decoded.text.slice(0, HEAD_BYTES) : decoded.head)
      entry = Promise.resolve(decoded ? { decoded, text: decoded.ok ? decoded.text : undefined } : {})
      this.entries.set(file, entry)
    }
    return entry
  }

  /** The first 8 KiB, decoded leniently, for classifying a file before reading it all. */
  head(file: string): string {
    const known = this.heads.get(file)
    if (known !== undefined) return known
    let fd: number | undefined
    try {
      fd = openSync(path.resolve(this.cwd, file), 'r')
      const buffer = Buffer.alloc(HEAD_BYTES)
      const n = readSync(fd, buffer, 0, HEAD_BYTES, 0)
      return headText(buffer.subarray(0, n))
    } catch {
      return ''
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }

  /** Text already loaded (synchronously). */
  text(file: string): string | undefined {
    return this.texts.get(file)
  }

  lines(file: string, from: number, to: number): string {
    const text = this.texts.get(file)
    if (text === undefined) return ''
    let lines = this.splitLines.get(file)
    if (!lines) {
      lines = text.split(/\r\n|\r|\n/)
      this.splitLines.set(file, lines)
    }
    return lines
      .slice(from - 1, Math.max(from, to))
      .map((l) => l.trim())
      .join('\n')
  }

  readerContext(): ReaderContext {
    return {
      readFile: async (file) => (await this.load(normalise(file))).text,
      listDir: (dir) => {
        const key = normalise(dir).replace(/\/$/, '')
        let listing = this.listings.get(key)
        if (!listing) {
          listing = this.list(key)
          this.listings.set(key, listing)
        }
        // A copy, so a reader that sorts or edits its list cannot change another's.
        return listing.then((l) => [...l])
      }
    }
  }

  private async list(key: string): Promise<string[]> {
    const prefix = key === '' || key === '.' ? '' : key + '/'
    const names = new Set<string>()
    for (const f of this.inMemory)
      if (f.startsWith(prefix) && f.length > prefix.length) names.add(prefix + f.slice(prefix.length).split('/')[0])
    const entries = await fs.readdir(path.resolve(this.cwd, key || '.')).catch(() => [] as string[])
    for (const name of entries) names.add(prefix + name)
    return [...names].sort()
  }
}

export { stripBom }
