import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result, Run } from 'sarif'
import type { Finding } from '../model.js'
import type { RuleMeta } from '../rules/types.js'
import { DOCS_BASE, VERSION } from '../version.js'
import { compareByPosition, type ReportInput } from './types.js'

/** The rule facts SARIF needs (a rule's `meta`). */
export type SarifRule = Pick<RuleMeta, 'id' | 'severity' | 'description' | 'fullDescription' | 'docsPath'>

export interface SarifOptions {
  /** Every rule, so code scanning can show rules with no results too. */
  rules: readonly SarifRule[]
  /** Absolute directory `%SRCROOT%` stands for (the repository root). */
  srcRoot?: string
  /** POSIX path of the working directory inside `srcRoot` ('' when they are the same): finding paths are relative to the working directory. */
  pathPrefix?: string
}

/** The fingerprint scheme; bump the version if fingerprints ever change meaning, so code scanning does not merge unrelated alerts. */
export const FINGERPRINT_KEY = 'aksSnapshot/v1'
const SRCROOT = '%SRCROOT%'
const REPOSITORY_URL = DOCS_BASE.replace(/\/blob\/.*$/, '')

/** SARIF 2.1.0, one run, as GitHub code scanning ingests it. */
export function toSarif(result: ReportInput, options: SarifOptions): Log {
  const rules = options.rules.map(describeRule)
  const index = new Map(rules.map((r, i) => [r.id, i]))
  // A finding of a rule missing from the list (should not happen) still gets a descriptor, so ruleIndex stays valid.
  for (const f of result.findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, rules.length)
      rules.push({ id: f.ruleId, shortDescription: { text: f.ruleId } })
    }
  }
  const prefix = options.pathPrefix ? options.pathPrefix.replace(/\/+$/, '') + '/' : ''
  const run: Run = {
    tool: {
      driver: { name: 'aks-snapshot', version: VERSION, semanticVersion: VERSION, informationUri: REPOSITORY_URL, rules }
    },
    columnKind: 'utf16CodeUnits',
    results: [...result.findings].sort(compareByPosition).map((f) => toResult(f, index.get(f.ruleId)!, prefix))
  }
  if (options.srcRoot) {
    const root = pathToFileURL(options.srcRoot).href
    run.originalUriBaseIds = { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } }
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }
}

export function formatSarif(result: ReportInput, options: SarifOptions): string {
  return JSON.stringify(toSarif(result, options), null, 2) + '\n'
}

function describeRule(meta: SarifRule): ReportingDescriptor {
  const helpUri = DOCS_BASE + meta.docsPath
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.fullDescription },
    help: {
      text: `${meta.fullDescription}\n\nHow to fix, with examples: ${helpUri}`,
      markdown: `**${meta.description}**\n\n${meta.fullDescription}\n\n[How to fix, with examples](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: meta.severity }
  }
}

function toResult(f: Finding, ruleIndex: number, prefix: string): Result {
  const result: Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(prefix + f.file), uriBaseId: SRCROOT },
          region: region(f)
        }
      }
    ]
  }
  if (f.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint }
  if (f.suppressed) {
    result.suppressions = [
      {
        // A baseline lives outside the source file: SARIF's `external`.
        kind: f.suppressed.kind === 'inSource' ? 'inSource' : 'external',
        status: 'accepted',
        justification: f.suppressed.justification
      }
    ]
  }
  if (f.resource) result.properties = { resource: f.resource }
  return result
}

/** SARIF requires a consistent region (end not before start); a reader bug must not make the whole file invalid. */
function region(f: Finding): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = Math.max(1, f.line)
  const startColumn = Math.max(1, f.column)
  let endLine = Math.max(startLine, f.endLine)
  let endColumn = Math.max(1, f.endColumn)
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn
  if (!Number.isFinite(endLine)) endLine = startLine
  return { startLine, startColumn, endLine, endColumn }
}

/** A relative URI reference: each POSIX segment percent-encoded (spaces, `#`, `%`, non-ASCII). */
export function encodePath(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

const pascalCase = (id: string): string => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())
