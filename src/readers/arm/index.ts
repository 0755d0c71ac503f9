import * as path from 'node:path'
import type { Reader, ReaderContext, ReaderResult, SourceFile } from '../types.js'
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

  const given = await parametersFor(file.path, context)
  const scope = Scope.forTemplate(doc.root, given, UNKNOWN_DEPLOYMENT)
  const walk: Walk = { context, instances: [], chain: [] }
  await walkTemplate(walk, doc, doc.root, scope)
  const { declarations, suppressions } = buildDeclarations(walk.instances)
  return { declarations, problems: [], suppressions }
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
    const doc = parseJson(candidatePath, text.replace(/^\uFEFF/, ''))
    if (!doc.root || doc.problems.length) return new Map() // reported when that file is linted itself
    return parametersFileValues(doc)
  }
  return new Map()
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
