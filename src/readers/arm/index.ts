import * as path from 'node:path'
import type { Declaration } from '../../model.js'
import type { Reader, ReaderContext, ReaderResult, SourceFile, SuppressionDirective } from '../types.js'
import { buildDeclarations } from './declarations.js'
import { Scope, UNKNOWN_DEPLOYMENT } from './evaluate.js'
import { child, MAX_NESTING, nestingBeyond, parseJson, stringValue } from './json.js'
import { parametersFileValues, walkTemplate, type Walk } from './template.js'
import type { RV } from './values.js'

const SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)/i

/** ARM JSON templates and parameters files. */
export const reader: Reader = {
  kind: 'arm',
  accepts(file: SourceFile): boolean {
    return /\.jsonc?$/i.test(file.path) && SCHEMA.test(file.text.slice(0, 4096))
  },
  read: readArm
}

/** Text a template must contain to declare anything we read (or a metadata suppression to check). */
const RELEVANT = /containerservice|templatelink|aks-snapshot-ignore/i

export async function readArm(file: SourceFile, context: ReaderContext): Promise<ReaderResult> {
  // Most templates in a repository deploy other things: only their syntax matters, and the
  // native parser checks plain JSON ten times faster than building a tree with positions.
  if (!RELEVANT.test(file.text) && nestingBeyond(file.text, MAX_NESTING) === undefined && isPlainJson(file.text)) {
    return { declarations: [], problems: [] }
  }
  const doc = parseJson(file.path, file.text)
  if (!doc.root || doc.problems.length) return { declarations: [], problems: doc.problems.slice(0, 1) }
  if (doc.root.type !== 'object') {
    return { declarations: [], problems: [{ message: 'an ARM template must be a JSON object', span: doc.spanOf(doc.root) }] }
  }
  // a parameters file declares nothing; it is read with its template
  if (/deploymentParameters/i.test(stringValue(child(doc.root, '$schema')) ?? '')) return { declarations: [], problems: [] }

  const declarations: Declaration[] = []
  const suppressions = new Map<string, SuppressionDirective>()
  for (const set of await parameterSetsFor(file.path, context)) {
    const scope = Scope.forTemplate(doc.root, set.values, UNKNOWN_DEPLOYMENT)
    const walk: Walk = { context, instances: [], chain: [] }
    await walkTemplate(walk, doc, doc.root, scope, set.label)
    const built = buildDeclarations(walk.instances)
    declarations.push(...built.declarations)
    // the same metadata is read once per parameters file: keep one of each
    for (const d of built.suppressions) suppressions.set(`${d.span.line}:${d.span.column}:${d.rules.join(',')}`, d)
  }
  return { declarations, problems: [], suppressions: [...suppressions.values()] }
}

/**
 * The parameter values a template is deployed with: those of its parameters
 * file (see parametersFor), and when the folder also holds per-environment
 * files named after the template (`azuredeploy.parameters.prod.json`,
 * `main.prod.parameters.json`), the template is read once with each, its
 * declarations naming the file (`with azuredeploy.parameters.prod.json`).
 */
async function parameterSetsFor(templatePath: string, context: ReaderContext): Promise<Array<{ label?: string; values: Map<string, RV> }>> {
  const dir = path.posix.dirname(templatePath)
  const base = path.posix.basename(templatePath).replace(/\.jsonc?$/i, '')
  const plain = await parametersFor(templatePath, context)
  if (/\.parameters$/i.test(base)) return [{ values: plain }]
  let entries: string[]
  try {
    entries = await context.listDir(dir)
  } catch {
    entries = []
  }
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const perEnvironment = new RegExp(`^${escaped}\\.(parameters\\.[^/]+|[^/.]+\\.parameters)\\.jsonc?$`, 'i')
  const names = new Set(entries.map((e) => path.posix.basename(e).toLowerCase()))
  // `main.aks.parameters.json` belongs to a template `main.aks.json` when there is one
  const ownTemplate = (name: string) => /^(.*)\.parameters\.jsonc?$/i.exec(name)?.[1]?.toLowerCase()
  const variants = entries
    .map((e) => path.posix.basename(e))
    .filter((name) => perEnvironment.test(name) && !['.json', '.jsonc'].some((x) => names.has(`${ownTemplate(name)}${x}`)))
  if (!variants.length) return [{ values: plain }]
  const sets: Array<{ label?: string; values: Map<string, RV> }> = []
  const conventional = [`${base}.parameters.json`, `${base}.parameters.jsonc`]
  const named = entries.map((e) => path.posix.basename(e)).find((name) => conventional.some((c) => c.toLowerCase() === name.toLowerCase()))
  const namedValues = named ? await parametersFile(dir === '.' ? named : `${dir}/${named}`, context) : undefined
  if (named && namedValues) sets.push({ label: `with ${named}`, values: namedValues })
  for (const name of variants.sort()) {
    const values = await parametersFile(dir === '.' ? name : `${dir}/${name}`, context)
    if (values) sets.push({ label: `with ${name}`, values })
  }
  return sets.length ? sets : [{ values: plain }]
}

/**
 * Parameter values from the parameters file next to a template, by the usual
 * conventions: `azuredeploy.json` → `azuredeploy.parameters.json`,
 * `main.json` → `main.parameters.json` (also what a compiled `.bicepparam` gives),
 * the portal's export `template.json` → `parameters.json`.
 */
async function parametersFor(templatePath: string, context: ReaderContext): Promise<Map<string, RV>> {
  const dir = path.posix.dirname(templatePath)
  const base = path.posix.basename(templatePath).replace(/\.jsonc?$/i, '')
  if (/\.parameters$/i.test(base)) return new Map()
  const candidates = [`${base}.parameters.json`, `${base}.parameters.jsonc`]
  // the portal's "Export template" gives template.json with parameters.json
  if (base.toLowerCase() === 'template') candidates.push('parameters.json')
  for (const candidate of candidates) {
    const candidatePath = dir === '.' ? candidate : `${dir}/${candidate}`
    let text: string | undefined
    try {
      text = await context.readFile(candidatePath)
    } catch {
      text = undefined
    }
    if (text === undefined) continue
    return parametersValuesOf(candidatePath, text) ?? new Map() // a broken file is reported when it is linted itself
  }
  return new Map()
}

/** The values of one parameters file; undefined when it cannot be read or does not parse. */
async function parametersFile(file: string, context: ReaderContext): Promise<Map<string, RV> | undefined> {
  let text: string | undefined
  try {
    text = await context.readFile(file)
  } catch {
    text = undefined
  }
  return text === undefined ? undefined : parametersValuesOf(file, text)
}

function parametersValuesOf(file: string, text: string): Map<string, RV> | undefined {
  const doc = parseJson(file, text.replace(/^\uFEFF/, ''))
  if (!doc.root || doc.problems.length) return undefined
  return parametersFileValues(doc)
}

/** Plain JSON with an object at the root: nothing to report. */
function isPlainJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
