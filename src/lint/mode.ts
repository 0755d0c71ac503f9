import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { UsageError } from '../errors.js'
import type { Host } from '../host.js'
import type { Inputs } from '../inputs.js'
import { CatalogError, loadCatalog } from '../policy/catalog.js'
import { loadConfig } from '../policy/config.js'
import { readBaseline, writeBaseline } from '../policy/baseline.js'
import { formatGithub, omittedNote, selectAnnotations } from '../report/annotations.js'
import { FORMATS, type Format } from '../report/index.js'
import { formatJson } from '../report/json.js'
import { formatSarif } from '../report/sarif.js'
import { formatSummary } from '../report/summary.js'
import { formatText, shouldUseColor } from '../report/text.js'
import { countFindings, plural, type Counts } from '../report/types.js'
import { toPosix } from './discover.js'
import { lint, type LintResult } from './engine.js'
import type { SnapshotSources } from './snapshots.js'

const FAIL_ON = ['error', 'warning', 'never'] as const
type FailOn = (typeof FAIL_ON)[number]

/** A PR comment may hold 65,536 characters; keep room for the marker and the run link. */
const COMMENT_MAX_BYTES = 60_000

/** What `resolve-live` needs from Azure: the engine's two look-ups. */
export type LiveLookup = Required<Pick<SnapshotSources, 'resolveLive' | 'supportedVersionsLive'>>

/**
 * Where `resolve-live` gets Azure access: `src/azure/live.ts`, imported only
 * when resolve-live is on, so plain lint never loads the Azure SDK (the
 * import is static text, so the bundler still includes it). Tests may
 * register another loader with `setLiveLookup`.
 */
let loadLiveLookup: ((inputs: Inputs, host: Host) => Promise<LiveLookup>) | undefined

export function setLiveLookup(loader: typeof loadLiveLookup): void {
  loadLiveLookup = loader
}

/** The lint inputs, read and checked once before any work, so a bad input fails fast with its name. */
interface LintInputs {
  paths: string[]
  exclude: string[]
  config?: string
  catalog?: string
  baseline?: string
  writeBaseline?: string
  failOn: FailOn
  /** CLI only. */
  format: Format
  output?: string
  sarifFile?: string
  annotate: boolean
  onlyChanged: boolean
  prComment: boolean
  resolveLive: boolean
}

function readInputs(inputs: Inputs, host: Host): LintInputs {
  return {
    paths: inputs.lines('paths'),
    exclude: inputs.lines('exclude'),
    config: inputs.string('config'),
    catalog: inputs.string('catalog'),
    baseline: inputs.string('baseline'),
    writeBaseline: inputs.string('write-baseline'),
    failOn: inputs.choice('fail-on', FAIL_ON, 'error'),
    format: host.isAction ? 'text' : inputs.choice('format', FORMATS, 'text'),
    output: host.isAction ? undefined : inputs.string('output'),
    sarifFile: inputs.string('sarif-file'),
    // The CLI prints `--format github` instead of annotating through a host.
    annotate: host.isAction && inputs.boolean('annotate', true),
    onlyChanged: inputs.boolean('only-changed', false),
    prComment: inputs.boolean('pr-comment', false),
    resolveLive: inputs.boolean('resolve-live', false)
  }
}

/**
 * `lint`: the same run for the action and the CLI. The action annotates,
 * writes SARIF and a job summary, and may comment on the pull request; the
 * CLI prints one format to stdout or `--output`. Exit code 1 when findings
 * reach `fail-on`.
 */
export async function run(inputs: Inputs, host: Host): Promise<number> {
  const env = process.env
  const cwd = process.cwd()
  const opts = readInputs(inputs, host)

  const config = await loadConfig(cwd, opts.config)
  const catalogFile = resolveFrom(cwd, opts.catalog) ?? config.catalog
  const catalog = catalogFile ? await readCatalog(catalogFile) : undefined
  // When writing a baseline the old one is not applied: the new file holds every current finding.
  const baselineFile = resolveFrom(cwd, opts.baseline) ?? config.baseline
  // Read through its cwd-relative name: that name is the justification SARIF and JSON show, and runner paths stay out of them.
  const baseline =
    baselineFile && !opts.writeBaseline ? await readBaseline(toPosix(path.relative(cwd, baselineFile)) || baselineFile) : undefined

  for (const p of opts.paths) {
    if (!(await exists(path.resolve(cwd, p)))) throw new UsageError(`${inputs.describe('paths')}: ${p} does not exist`)
  }

  const live = opts.resolveLive ? await liveLookup(inputs, host) : undefined
  const onlyFiles = opts.onlyChanged ? await changedFiles(inputs, host, cwd) : undefined

  const result = await lint({
    cwd,
    paths: opts.paths.length ? opts.paths : ['.'],
    include: config.include,
    // Both apply: the config's excludes are the repository's, the input's are this run's.
    exclude: [...config.exclude, ...opts.exclude],
    onlyFiles,
    rules: config.rules,
    policy: { snapshotRegion: config.snapshotRegion },
    catalog,
    baseline,
    ...live
  })

  if (opts.writeBaseline) {
    const count = await writeBaseline(path.resolve(cwd, opts.writeBaseline), result.findings)
    host.info(`Wrote ${plural(count, 'finding')} to the baseline ${opts.writeBaseline}.`)
    return 0
  }

  const counts = countFindings(result.findings)
  const failed = fails(counts, opts.failOn)
  // The action always writes SARIF (default `$RUNNER_TEMP/aks-snapshot.sarif`); the CLI only when asked.
  const sarifFile = opts.sarifFile
    ? path.resolve(cwd, opts.sarifFile)
    : host.isAction
      ? path.join(env.RUNNER_TEMP || tmpdir(), 'aks-snapshot.sarif')
      : undefined
  if (sarifFile) await writeFile(sarifFile, await sarifOf(result, env, cwd))

  if (host.isAction) await reportInAction(result, failed, opts, host, env)
  else await reportInCli(result, opts, host, env, cwd)
  // The CLI can comment too, from a workflow `run:` step.
  if (opts.prComment) await comment(result, counts, failed ? 'fail' : 'pass', inputs, host, env)

  host.setOutput('findings', String(counts.errors + counts.warnings + counts.notes))
  host.setOutput('errors', String(counts.errors))
  host.setOutput('warnings', String(counts.warnings))
  host.setOutput('files-scanned', String(result.filesScanned))
  host.setOutput('sarif-file', sarifFile ?? '')
  host.setOutput('result', failed ? 'fail' : 'pass')

  if (failed) {
    const what =
      opts.failOn === 'warning'
        ? `${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}`
        : plural(counts.errors, 'error')
    host.info(`Lint failed: ${what} (fail-on: ${opts.failOn}).`)
    return 1
  }
  return 0
}

function fails(counts: Counts, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0)
}

async function reportInAction(result: LintResult, failed: boolean, opts: LintInputs, host: Host, env: NodeJS.ProcessEnv) {
  host.print(formatText(result, { color: shouldUseColor(env, false) }))
  if (opts.annotate) {
    const { annotations, omitted } = selectAnnotations(result.findings)
    for (const a of annotations) host[a.level](a.message, a.properties)
    const note = omittedNote(omitted)
    if (note) host.info(`${note} Every finding is in the job summary and the SARIF file.`)
  }
  await host.addSummary(formatSummary(result, { result: failed ? 'fail' : 'pass' }))
}

async function reportInCli(result: LintResult, opts: LintInputs, host: Host, env: NodeJS.ProcessEnv, cwd: string) {
  let text: string
  switch (opts.format) {
    case 'json':
      text = formatJson(result)
      break
    case 'sarif':
      text = await sarifOf(result, env, cwd)
      break
    case 'github':
      text = formatGithub(result)
      break
    case 'text':
      text = formatText(result, { color: !opts.output && shouldUseColor(env, isTTY(host)) })
      break
  }
  if (opts.output) await writeFile(path.resolve(cwd, opts.output), text)
  else host.print(text)
}

/** The CLI's host may say whether stdout is a terminal; colour only then. */
const isTTY = (host: Host): boolean => host.isTTY === true

async function sarifOf(result: LintResult, env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  const { RULES } = await import('../rules/index.js')
  // Code scanning resolves URIs against the repository root: the workspace in Actions, when lint ran inside it.
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined
  const inside = workspace && (cwd === workspace || cwd.startsWith(workspace + path.sep))
  const srcRoot = inside ? workspace : cwd
  const pathPrefix = toPosix(path.relative(srcRoot, cwd))
  return formatSarif(result, { rules: RULES.map((r) => r.meta), srcRoot, pathPrefix })
}

/** Files the pull request changes, relative to cwd; undefined (lint everything) outside a pull request or when the list is unavailable. */
async function changedFiles(inputs: Inputs, host: Host, cwd: string): Promise<string[] | undefined> {
  const env = process.env
  const { pullRequestFromEnv } = await import('../github/context.js')
  const pr = await pullRequestFromEnv(env)
  if (!pr) {
    host.info('only-changed: this run is not about a pull request, so every file is linted.')
    return undefined
  }
  const token = githubToken(inputs, host, env, 'only-changed')
  const { createGitHubClient, describeRequestError } = await import('../github/client.js')
  const { listChangedFiles, PULL_REQUEST_FILES_LIMIT } = await import('../github/changed-files.js')
  let listed
  try {
    listed = await listChangedFiles(await createGitHubClient(token, env), pr)
  } catch (err) {
    // Linting less than asked, silently, would hide findings: lint everything and say why.
    host.warning(`only-changed: cannot list the files of pull request #${pr.number} (${describeRequestError(err)}); every file is linted.`)
    return undefined
  }
  if (!listed.complete) {
    host.info(
      `only-changed: pull request #${pr.number} changes ${PULL_REQUEST_FILES_LIMIT} files or more, more than GitHub lists; every file is linted.`
    )
    return undefined
  }
  // Pull request paths are relative to the repository root; the engine wants them relative to cwd.
  const root = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : cwd
  const files = listed.files.map((f) => toPosix(path.relative(cwd, path.resolve(root, f))))
  host.info(`only-changed: pull request #${pr.number} changes ${plural(files.length, 'file')}.`)
  return files
}

async function comment(result: LintResult, counts: Counts, outcome: 'pass' | 'fail', inputs: Inputs, host: Host, env: NodeJS.ProcessEnv) {
  const { pullRequestFromEnv, runUrl } = await import('../github/context.js')
  const pr = await pullRequestFromEnv(env)
  if (!pr) {
    host.info('pr-comment: this run is not about a pull request; no comment written.')
    return
  }
  const token = githubToken(inputs, host, env, 'pr-comment')
  const { createGitHubClient, describeRequestError } = await import('../github/client.js')
  const { upsertStickyComment } = await import('../github/sticky-comment.js')
  const link = runUrl(env)
  const markdown = formatSummary(result, { result: outcome, maxBytes: COMMENT_MAX_BYTES }) + (link ? `\n[Workflow run](${link})\n` : '')
  const problems = counts.errors + counts.warnings + counts.notes
  try {
    // A clean pull request gets no new comment, but an earlier failing one is updated to say it passes now.
    const done = await upsertStickyComment(await createGitHubClient(token, env), pr, markdown, { createIfMissing: problems > 0 })
    if (done.action !== 'skipped') host.info(`pr-comment: ${done.action} ${done.url ?? `comment ${done.id}`}`)
  } catch (err) {
    host.warning(
      `pr-comment: cannot write the comment on pull request #${pr.number} (${describeRequestError(err)}). The token needs pull-requests: write; pull requests from forks get a read-only token.`
    )
  }
}

function githubToken(inputs: Inputs, host: Host, env: NodeJS.ProcessEnv, feature: string): string {
  const token = inputs.string('github-token') ?? env.GITHUB_TOKEN
  if (!token) throw new UsageError(`${feature} needs ${inputs.describe('github-token')} (or GITHUB_TOKEN)`)
  host.setSecret(token)
  return token
}

async function liveLookup(inputs: Inputs, host: Host): Promise<LiveLookup> {
  if (loadLiveLookup) return loadLiveLookup(inputs, host)
  const { openLiveLookup } = await import('../azure/live.js')
  return openLiveLookup(inputs, host)
}

async function readCatalog(file: string) {
  try {
    return await loadCatalog(file)
  } catch (err) {
    if (err instanceof CatalogError) throw new UsageError(err.message)
    throw err
  }
}

function resolveFrom(cwd: string, file: string | undefined): string | undefined {
  return file ? path.resolve(cwd, file) : undefined
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false
  )
}

async function writeFile(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, text, 'utf8')
}
