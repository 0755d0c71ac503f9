/**
 * The Bicep reader: parses `.bicep`/`.bicepparam`, evaluates templates and
 * their local modules, and returns pool and snapshot declarations.
 *
 * Parameter files: a `.bicepparam` in the template's folder whose `using`
 * names that template supplies its values (over those of the file it
 * `extends`; parameters it does not set keep their defaults). The template
 * is evaluated once per such file, the declarations naming the file as their
 * instance (`with prod.bicepparam`), and with its defaults alone only when no
 * parameter file uses it. A `.bicepparam` read on its own yields only its
 * parse problems, so nothing is reported twice. JSON parameters files named
 * after the template in its folder (`main.parameters.json`,
 * `main.parameters.prod.json`, `main.prod.parameters.json`), as
 * `az deployment group create -f main.bicep -p ...` and azd use them, count
 * the same way.
 */
import * as path from 'node:path'
import type { Declaration, ParseProblem, Span } from '../../model.js'
import type { Reader, ReaderContext, ReaderResult, SourceFile } from '../types.js'
import type { Program } from './ast.js'
import { declarationsOf } from './declarations.js'
import { Evaluation, resolveRelative, type SourceUnit } from './evaluate.js'
import { parse } from './parser.js'
import { LineMap } from './scanner.js'
import { arrayOf, bool, int, NULL, objectOf, str, unknownVal, type Slot, type Val } from './values.js'
import { child, entries, parseJson } from '../arm/json.js'
import type { Node as JsonNode } from 'jsonc-parser'

/** Modules within modules deeper than this are not followed (a cycle or a generated chain). */
const MAX_MODULE_DEPTH = 8
/** Evaluations (the template and its modules) per file read: module loops over module loops stop here. */
const MAX_MODULE_EVALUATIONS = 500
/** Files reached through imports, per file evaluated. */
const MAX_IMPORTED_FILES = 50

export const reader: Reader = {
  kind: 'bicep',
  accepts: (file: SourceFile) => /\.bicep(param)?$/i.test(file.path),
  read: readBicep
}

export async function readBicep(file: SourceFile, context: ReaderContext): Promise<ReaderResult> {
  const parsed = parse(file.text)
  const problems = problemsOf(file.path, file.text, parsed.errors)
  if (/\.bicepparam$/i.test(file.path)) return { declarations: [], problems }
  // Nothing to evaluate in a file that declares no AKS resource and calls no module.
  if (!/containerservice/i.test(file.text) && !/^[ \t]*module\s/m.test(file.text)) return { declarations: [], problems }
  const unit: SourceUnit = { path: file.path, text: file.text, ast: parsed.ast }
  const declarations: Declaration[] = []
  try {
    const sets = await parameterSets(file.path, context)
    const cache: Loaded = Object.assign(new Map<string, SourceUnit | null>([[file.path, unit]]), { evaluations: 0 })
    if (sets.length === 0) await collect(unit, new Map(), undefined, context, [file.path], cache, declarations)
    for (const set of sets) await collect(unit, set.values, set.label, context, [file.path], cache, declarations)
  } catch (e) {
    // A bug in evaluation must not stop the lint run: report it on the file.
    const message = e instanceof Error ? e.message : String(e)
    problems.push({
      message: `Could not evaluate the file: ${message}`,
      span: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }
    })
  }
  return { declarations, problems }
}

function problemsOf(file: string, text: string, errors: { message: string; start: number; end: number }[]): ParseProblem[] {
  if (!errors.length) return []
  const lines = new LineMap(text)
  return errors.map((e) => {
    const a = lines.position(e.start)
    const b = lines.position(Math.max(e.start, e.end))
    const span: Span = { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
    return { message: e.message, span }
  })
}

/** Evaluates a template with parameter values, then the local modules it calls with the values passed to them. */
async function collect(
  unit: SourceUnit,
  values: Map<string, Slot>,
  label: string | undefined,
  context: ReaderContext,
  chain: string[],
  cache: Loaded,
  out: Declaration[]
): Promise<void> {
  if (++cache.evaluations > MAX_MODULE_EVALUATIONS) return
  const ev = new Evaluation(await withContents(unit, context), values, await loadImports(unit, context, cache))
  out.push(...declarationsOf(ev, label))
  if (chain.length > MAX_MODULE_DEPTH) return
  for (const m of ev.modules()) {
    if (m.condition?.t === 'bool' && !m.condition.v) continue
    if (m.path.t !== 'string' || m.path.partial) continue
    const target = m.path.v
    // registry (br:, br/alias:) and template spec (ts:) modules cannot be read: their pools are unknown
    if (/^(br|ts)[:/]/i.test(target) || !/\.bicep$/i.test(target)) continue
    const modulePath = resolveRelative(unit.path, target)
    if (chain.includes(modulePath)) continue
    const moduleUnit = await load(modulePath, context, cache)
    if (!moduleUnit) continue
    const where = `module ${m.symbol}${m.label ? m.label.slice(m.symbol.length) : ''} in ${unit.path}`
    await collect(moduleUnit, m.params, label ? `${label} > ${where}` : where, context, [...chain, modulePath], cache, out)
  }
}

/** Modules parsed in earlier reads, by path, reused while their text is unchanged (many templates share a module). */
const parsedModules = new Map<string, SourceUnit>()
const PARSED_MODULES_KEPT = 256

/** Local files reached through compile-time imports (`import {...} from './shared.bicep'`), read before evaluating. */
async function loadImports(unit: SourceUnit, context: ReaderContext, cache: Loaded): Promise<Map<string, SourceUnit>> {
  const found = new Map<string, SourceUnit>()
  const queue = [unit]
  while (queue.length && found.size < MAX_IMPORTED_FILES) {
    const u = queue.shift()!
    for (const s of u.ast.statements) {
      if (s.kind !== 'Import' || s.from?.kind !== 'String' || s.from.exprs.length) continue
      const target = s.from.parts[0]!
      if (/^(br|ts)[:/]/i.test(target) || !/\.bicep$/i.test(target)) continue
      const file = resolveRelative(u.path, target)
      if (found.has(file) || file === unit.path) continue
      const loaded = await load(file, context, cache)
      if (!loaded) continue
      found.set(file, await withContents(loaded, context))
      queue.push(loaded)
    }
  }
  return found
}

/** Files read by `load*Content()` calls, per file evaluated. */
const MAX_LOADED_FILES = 20
/** Larger files read by `load*Content()` are left unknown (Bicep itself refuses files over about 1 MB). */
const MAX_LOADED_CHARS = 2_000_000
const LOAD_CALL = /\bload(?:Json|Yaml|Text)Content\s*\(\s*'([^'\\\r\n]+)'/g

/**
 * The unit with the files its `loadJsonContent('x.json')`-style calls read
 * (literal paths only), read now: the evaluator is synchronous. A fresh copy
 * each time, since the unit may be a cached parse and the files may change.
 */
async function withContents(unit: SourceUnit, context: ReaderContext): Promise<SourceUnit> {
  const targets = new Set<string>()
  for (const m of unit.text.matchAll(LOAD_CALL)) {
    if (targets.size >= MAX_LOADED_FILES) break
    targets.add(m[1]!)
  }
  if (!targets.size) return unit
  const contents = new Map<string, string | undefined>()
  for (const target of targets) {
    const file = resolveRelative(unit.path, target)
    if (contents.has(file)) continue
    const raw = await readSafely(context, file)
    contents.set(file, raw === undefined || raw.length > MAX_LOADED_CHARS ? undefined : raw.replace(/^\uFEFF/, ''))
  }
  return { ...unit, contents }
}

/** Files read for one template (null: unreadable), and how many module evaluations it took. */
type Loaded = Map<string, SourceUnit | null> & { evaluations: number }

async function load(file: string, context: ReaderContext, cache: Loaded): Promise<SourceUnit | null> {
  if (cache.has(file)) return cache.get(file)!
  const raw = await readSafely(context, file)
  let unit: SourceUnit | null = null
  if (raw !== undefined) {
    const text = raw.replace(/^\uFEFF/, '')
    const kept = parsedModules.get(file)
    unit = kept && kept.text === text ? kept : { path: file, text, ast: parse(text).ast }
    if (parsedModules.size >= PARSED_MODULES_KEPT) parsedModules.delete(parsedModules.keys().next().value!)
    parsedModules.set(file, unit)
  }
  cache.set(file, unit)
  return unit
}

/**
 * The `.bicepparam` files whose `using` names the template, with their values.
 * They are looked for where repositories keep them: next to the template, in
 * folders below it (`parameters/prod.bicepparam` with `using '../main.bicep'`),
 * and in folders beside its own (`env/prod.bicepparam` with
 * `using '../infra/main.bicep'`), two levels deep at most.
 */
async function parameterSets(template: string, context: ReaderContext): Promise<{ label: string; values: Map<string, Slot> }[]> {
  const dir = path.posix.dirname(template)
  const sets: { label: string; values: Map<string, Slot> }[] = []
  for (const file of await parameterFilesNear(dir, context)) {
    const parsed = await parameterFile(file, context)
    if (!parsed || parsed.using !== path.posix.normalize(template).toLowerCase()) continue
    const where = path.posix.relative(dir === '.' ? '' : dir, file)
    sets.push({ label: `with ${where}`, values: await parameterValues(file, parsed.text, parsed.ast, context, 0) })
  }
  return [...sets, ...(await jsonParameterSets(template, context))]
}

/**
 * JSON parameters files of a Bicep template, in its folder: `<name>.parameters.json`
 * and the per-environment `<name>.parameters.<env>.json` / `<name>.<env>.parameters.json`
 * (`.jsonc` too). Names are matched to the template's parameters case-insensitively,
 * as ARM does at deployment.
 */
async function jsonParameterSets(template: string, context: ReaderContext): Promise<{ label: string; values: Map<string, Slot> }[]> {
  const dir = path.posix.dirname(template)
  const base = path.posix.basename(template).replace(/\.bicep$/i, '')
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^${escaped}\\.(parameters|parameters\\.[^/]+|[^/.]+\\.parameters)\\.jsonc?$`, 'i')
  let entriesOfDir: string[]
  try {
    entriesOfDir = await context.listDir(dir)
  } catch {
    return []
  }
  const names = entriesOfDir.map((e) => path.posix.basename(e)).filter((name) => pattern.test(name))
  // `main.aks.parameters.json` belongs to a template `main.aks.bicep` (or `main.aks.json`) when there is one
  const siblings = new Set(entriesOfDir.map((e) => path.posix.basename(e).toLowerCase()))
  const ownTemplate = (name: string) => /^(.*)\.parameters\.jsonc?$/i.exec(name)?.[1]?.toLowerCase()
  const sets: { label: string; values: Map<string, Slot> }[] = []
  for (const name of names.sort()) {
    const own = ownTemplate(name)
    if (own && own !== base.toLowerCase() && ['.bicep', '.json', '.jsonc'].some((x) => siblings.has(`${own}${x}`))) continue
    const file = dir === '.' ? name : `${dir}/${name}`
    const text = await readSafely(context, file)
    if (text === undefined) continue
    const doc = parseJson(file, text.replace(/^\uFEFF/, ''))
    // a broken parameters file is reported when it is linted itself
    if (!doc.root || doc.problems.length || doc.root.type !== 'object') continue
    const parameters = child(doc.root, 'parameters')
    if (parameters?.type !== 'object') continue
    const values = new Map<string, Slot>()
    for (const [key, node] of entries(parameters)) {
      const valueNode = child(node, 'value')
      if (valueNode) values.set(key.toLowerCase(), { value: jsonValue(valueNode) })
      else if (child(node, 'reference')) values.set(key.toLowerCase(), { value: unknownVal(`parameter '${key}' is a Key Vault reference`) })
    }
    sets.push({ label: `with ${name}`, values: new CaseInsensitive(values) })
  }
  return sets
}

/** Parameter values looked up by the template's spelling of the name, whatever the file's. */
class CaseInsensitive extends Map<string, Slot> {
  override get(key: string): Slot | undefined {
    return super.get(key.toLowerCase())
  }
  override has(key: string): boolean {
    return super.has(key.toLowerCase())
  }
}

/** A JSON value as a Bicep value; azd's `${VAR}` substitutions are unknown until deployment. */
function jsonValue(node: JsonNode): Val {
  switch (node.type) {
    case 'object':
      return objectOf(entries(node).map(([k, v]) => [k, jsonValue(v)]))
    case 'array':
      return arrayOf((node.children ?? []).map(jsonValue))
    case 'string': {
      const text = node.value as string
      return /\$\{[A-Za-z_][A-Za-z0-9_]*(=[^}]*)?\}/.test(text) ? unknownVal(`'${text}' is substituted at deployment`) : str(text)
    }
    case 'number':
      return int(node.value as number)
    case 'boolean':
      return bool(node.value as boolean)
    default:
      return NULL
  }
}

interface ParameterFile {
  text: string
  ast: Program
  /** The template its `using` names, lower case. */
  using: string
}

/** Parameter files and where to look for them, per run: a folder of templates reads each file once. */
const parameterCaches = new WeakMap<
  ReaderContext,
  { near: Map<string, Promise<string[]>>; files: Map<string, Promise<ParameterFile | undefined>> }
>()

function cachesOf(context: ReaderContext) {
  let caches = parameterCaches.get(context)
  if (!caches) parameterCaches.set(context, (caches = { near: new Map(), files: new Map() }))
  return caches
}

function parameterFile(file: string, context: ReaderContext): Promise<ParameterFile | undefined> {
  const { files } = cachesOf(context)
  let parsed = files.get(file)
  if (!parsed) files.set(file, (parsed = readParameterFile(file, context)))
  return parsed
}

async function readParameterFile(file: string, context: ReaderContext): Promise<ParameterFile | undefined> {
  const raw = await readSafely(context, file)
  if (raw === undefined) return undefined
  const text = raw.replace(/^\uFEFF/, '')
  const ast: Program = parse(text).ast
  const using = ast.statements.find((s) => s.kind === 'Using')
  if (using?.kind !== 'Using' || using.path?.kind !== 'String' || using.path.exprs.length) return undefined
  return { text, ast, using: resolveRelative(file, using.path.parts[0]!).toLowerCase() }
}

/** Folders listed when looking for the parameter files of one template folder. */
const MAX_PARAMETER_FOLDERS = 64

/** `.bicepparam` files near a template folder (see parameterSets), found once per folder and run. */
function parameterFilesNear(dir: string, context: ReaderContext): Promise<string[]> {
  const { near } = cachesOf(context)
  let found = near.get(dir)
  if (!found) near.set(dir, (found = findParameterFiles(dir, context)))
  return found
}

async function findParameterFiles(dir: string, context: ReaderContext): Promise<string[]> {
  const files = new Set<string>()
  let listed = 0
  const full = (entry: string, folder: string) => (entry.includes('/') || folder === '.' ? entry : path.posix.join(folder, entry))
  const visit = async (folder: string, depth: number, skip?: string): Promise<void> => {
    if (listed++ >= MAX_PARAMETER_FOLDERS) return
    if (folder !== dir && (await context.excluded?.(folder, true))) return
    let entries: string[]
    try {
      entries = (await context.listDir(folder)).map((e) => full(e, folder))
    } catch {
      return
    }
    for (const e of entries) if (/\.bicepparam$/i.test(e)) files.add(e)
    if (depth === 0) return
    for (const e of entries) {
      const name = path.posix.basename(e)
      // folders only (names without an extension), not dependencies, hidden folders or the template's own folder
      if (e === skip || name.startsWith('.') || name === 'node_modules' || /\.[a-z0-9]+$/i.test(name)) continue
      await visit(e, depth - 1)
    }
  }
  await visit(dir, 2)
  if (dir !== '.' && !dir.startsWith('..')) await visit(path.posix.dirname(dir), 2, dir)
  return [...files].sort()
}

/** The values a `.bicepparam` sets, over those of the file it `extends`. */
async function parameterValues(
  file: string,
  text: string,
  ast: Program,
  context: ReaderContext,
  depth: number
): Promise<Map<string, Slot>> {
  let values = new Map<string, Slot>()
  const base = ast.statements.find((s) => s.kind === 'Extends')
  if (base?.kind === 'Extends' && base.path.kind === 'String' && !base.path.exprs.length && depth < 4) {
    const basePath = resolveRelative(file, base.path.parts[0]!)
    const baseText = await readSafely(context, basePath)
    if (baseText !== undefined) {
      const clean = baseText.replace(/^\uFEFF/, '')
      values = await parameterValues(basePath, clean, parse(clean).ast, context, depth + 1)
    }
  }
  const unit = await withContents({ path: file, text, ast }, context)
  const ev = new Evaluation(unit, new Map(), await loadImports(unit, context, Object.assign(new Map(), { evaluations: 0 })))
  for (const s of ast.statements) if (s.kind === 'Param' && s.value) values.set(s.name.name, { value: ev.param(s.name.name) })
  return values
}

/** A module or parameter file that cannot be read is one we do not know, not a failure of this file. */
async function readSafely(context: ReaderContext, file: string): Promise<string | undefined> {
  try {
    return await context.readFile(file)
  } catch {
    return undefined
  }
}
