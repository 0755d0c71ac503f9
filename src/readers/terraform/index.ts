/**
 * The Terraform reader. HCL is parsed with the tree-sitter Terraform grammar
 * (tree-sitter-grammars/tree-sitter-hcl, through web-tree-sitter): a
 * maintained grammar used by editors and GitHub, with error recovery and
 * exact positions, shipped as WebAssembly so the bundle needs no native
 * build. It is loaded on the first Terraform file only.
 *
 * Terraform evaluates a directory, so each `.tf` file is read as part of its
 * module: the folder is evaluated once (per lint run), and a file gets the
 * declarations whose spans are in it. A folder used as a local module by
 * another configuration under the working directory is evaluated through
 * that caller, with the arguments it passes; findings stay in the module's
 * file.
 *
 * A root whose values come from var files that Terraform does not load by
 * itself (`environments/prod.tfvars`, given with `-var-file`) is evaluated
 * once with each, over `terraform.tfvars` and `*.auto.tfvars`, its
 * declarations naming the file (`with environments/prod.tfvars`), as the ARM
 * and Bicep readers do with per-environment parameters files.
 */
import * as path from 'node:path'
import type { Declaration } from '../../model.js'
import { classify } from '../index.js'
import type { Reader, ReaderContext, ReaderResult, SourceFile } from '../types.js'
import {
  ModuleInstance,
  isAutoVars,
  isConfigFile,
  isOverrideFile,
  isVarFile,
  join,
  loadConfiguration,
  localSource,
  type Configuration,
  type Instance,
  type ParsedFile
} from './config.js'
import { buildDeclarations, type ResourceView } from './declarations.js'
import { Scope, evaluateAttribute } from './evaluate.js'
import { parseHcl } from './hcl.js'
import { jsonCommentSuppressions, parseTerraformJson } from './json-syntax.js'
import { readPlan } from './plan.js'
import type { Val } from './values.js'

export const reader: Reader = {
  kind: 'terraform',
  accepts: (file: SourceFile) => classify(file.path, file.text.slice(0, 8192)) === 'terraform',
  read: readTerraform
}

const sessions = new WeakMap<ReaderContext, Session>()

async function readTerraform(file: SourceFile, context: ReaderContext): Promise<ReaderResult> {
  const lower = file.path.toLowerCase()
  if (lower.endsWith('.json') && !lower.endsWith('.tf.json') && !lower.endsWith('.tfvars.json')) return readPlan(file.path, file.text)
  let session = sessions.get(context)
  if (!session) {
    session = new Session(context)
    sessions.set(context, session)
  }
  session.provide(file)
  const parsed = await session.parse(file.path)
  const problems = parsed?.problem ? [parsed.problem] : []
  const name = path.posix.basename(file.path)
  // An override file's blocks merge into the module's; a nested block it replaces (a `default_node_pool`) is declared there.
  if (!isConfigFile(name) && !isOverrideFile(name)) return { declarations: [], problems }
  const dir = dirOf(file.path)
  const roots = await session.rootsOf(dir)
  const declarations: Declaration[] = []
  for (const root of roots) for (const d of await session.evaluate(root)) if (d.span.file === file.path) declarations.push(d)
  const suppressions = lower.endsWith('.tf.json') ? jsonCommentSuppressions(file.path, file.text.replace(/^\uFEFF/, '')) : []
  return { declarations, problems, ...(suppressions.length ? { suppressions } : {}) }
}

const dirOf = (file: string) => {
  const d = path.posix.dirname(file)
  return d === '.' ? '' : d
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', 'vendor'])
const SCAN_DEPTH = 6
const SCAN_MAX_DIRS = 3000
const SOURCE = /\bsource\s*=\s*"(\.{1,2}(?:\/[^"]*)?)"/g
const MAX_MODULE_DEPTH = 8
/** How deep below a root its per-environment var files are looked for (`environments/prod.tfvars`, `env/prod/terraform.tfvars`). */
const VAR_FILE_DEPTH = 2

/** What one lint run has read and evaluated, shared by the reads of its Terraform files. */
class Session {
  private readonly texts = new Map<string, string>()
  private readonly parsed = new Map<string, Promise<ParsedFile | undefined>>()
  private readonly configs = new Map<string, Promise<Configuration>>()
  private readonly evaluations = new Map<string, Promise<Declaration[]>>()
  private callIndex?: Promise<Map<string, string[]>>
  private readonly listings = new Map<string, Promise<string[]>>()
  private readonly loose = new Map<string, Promise<string[]>>()
  private readonly context: ReaderContext

  constructor(context: ReaderContext) {
    // Folders are listed twice (the module-call scan, then the configuration): once is enough.
    this.context = {
      ...context,
      readFile: (f) => context.readFile(f),
      listDir: (d) => {
        let l = this.listings.get(d)
        if (!l) {
          l = context.listDir(d)
          this.listings.set(d, l)
        }
        return l
      }
    }
  }

  provide(file: SourceFile): void {
    if (!this.texts.has(file.path)) this.texts.set(file.path, file.text)
  }

  parse(file: string): Promise<ParsedFile | undefined> {
    let p = this.parsed.get(file)
    if (!p) {
      p = (async () => {
        const text = this.texts.get(file) ?? (await this.context.readFile(file))
        if (text === undefined) return undefined
        const body = text.replace(/^\uFEFF/, '')
        const lower = file.toLowerCase()
        if (lower.endsWith('.json')) return parseTerraformJson(file, body, lower.endsWith('.tfvars.json'))
        return parseHcl(file, body)
      })()
      this.parsed.set(file, p)
    }
    return p
  }

  config(dir: string): Promise<Configuration> {
    let c = this.configs.get(dir)
    if (!c) {
      c = loadConfiguration(dir, this.context, (f) => this.parse(f))
      this.configs.set(dir, c)
    }
    return c
  }

  /** The configurations to evaluate to know a folder's resources: the roots that call it as a module, else itself. */
  async rootsOf(dir: string, seen = new Set<string>()): Promise<string[]> {
    if (seen.has(dir) || seen.size > MAX_MODULE_DEPTH) return [dir]
    seen.add(dir)
    const callers = (await this.callers()).get(dir) ?? []
    if (!callers.length) return [dir]
    const roots = new Set<string>()
    for (const caller of callers) for (const r of await this.rootsOf(caller, new Set(seen))) roots.add(r)
    return [...roots].sort()
  }

  /** Local module calls under the working directory, outside excluded folders (callee folder → caller folders), found by a text scan of `.tf` files. */
  private callers(): Promise<Map<string, string[]>> {
    this.callIndex ??= (async () => {
      const index = new Map<string, string[]>()
      let dirs = 0
      const visit = async (dir: string, depth: number): Promise<void> => {
        if (depth > SCAN_DEPTH || ++dirs > SCAN_MAX_DIRS) return
        // An excluded or git-ignored folder (examples/, a vendored copy) does not call modules for this run.
        if (dir !== '' && (await this.context.excluded?.(dir, true))) return
        const entries = await this.context.listDir(dir === '' ? '.' : dir)
        const subdirs: string[] = []
        const tfFiles: string[] = []
        for (const entry of entries) {
          const name = path.posix.basename(entry)
          if (/\.tf$/i.test(name)) tfFiles.push(entry)
          else if (!name.includes('.') && !SKIP_DIRS.has(name)) subdirs.push(join(dir, name))
        }
        const texts = await Promise.all(tfFiles.map(async (f) => this.texts.get(f) ?? (await this.context.readFile(f))))
        for (const text of texts) {
          for (const m of text?.matchAll(SOURCE) ?? []) {
            const callee = localSource(dir, m[1])
            if (callee === undefined || callee === dir) continue
            const list = index.get(callee) ?? []
            if (!list.includes(dir)) list.push(dir)
            index.set(callee, list)
          }
        }
        await Promise.all(subdirs.map((s) => visit(s, depth + 1)))
      }
      await visit('', 0)
      return index
    })()
    return this.callIndex
  }

  evaluate(root: string): Promise<Declaration[]> {
    let e = this.evaluations.get(root)
    if (!e) {
      e = this.evaluateRoot(root)
      this.evaluations.set(root, e)
    }
    return e
  }

  private async evaluateRoot(root: string): Promise<Declaration[]> {
    const configs = new Map<string, Configuration>()
    const load = async (dir: string, depth: number): Promise<void> => {
      if (configs.has(dir) || depth > MAX_MODULE_DEPTH) return
      const config = await this.config(dir)
      configs.set(dir, config)
      for (const block of config.modules.values()) {
        const source = block.body.attributes.find((a) => a.name === 'source')
        const child = source ? localSource(dir, evaluateAttribute(source.expr, Scope.root({}))) : undefined
        if (child !== undefined) await load(child, depth + 1)
      }
    }
    await load(root, 0)
    const rootConfig = configs.get(root)!
    const assign = (inputs: Map<string, Val>, file: ParsedFile) => {
      for (const attr of file.body.attributes) inputs.set(attr.name, evaluateAttribute(attr.expr, Scope.root({})))
    }
    const auto = new Map<string, Val>()
    for (const file of rootConfig.tfvars) assign(auto, file)
    const evaluateWith = (inputs: Map<string, Val>, environment?: string) => {
      const top = new ModuleInstance(rootConfig, configs, inputs, '', undefined, 0, root)
      return buildDeclarations([...top.allData(), ...top.allInstances()].map((i) => view(i, environment)))
    }
    const environments = await this.varFilesOf(rootConfig)
    // Nobody plans such a root without a var file: its defaults alone are not an environment.
    if (!environments.length) return evaluateWith(auto)
    const declarations: Declaration[] = []
    for (const file of environments) {
      const inputs = new Map(auto)
      assign(inputs, file)
      declarations.push(...evaluateWith(inputs, `with ${path.posix.relative(root === '' ? '.' : root, file.path)}`))
    }
    return declarations
  }

  /**
   * The var files a root is planned with (`-var-file`): `*.tfvars` in its
   * folder that Terraform does not load by itself, and any in folders below
   * or beside it that hold no configuration of their own (`environments/`,
   * `../tfvars/`), when most of the variables they set (beside it: all) are
   * the root's.
   */
  private async varFilesOf(config: Configuration): Promise<ParsedFile[]> {
    const found = new Map<string, boolean>() // path → whether every variable it sets must be the root's
    for (const file of (await this.list(config.dir)) ?? []) {
      if (isVarFile(file) && !isAutoVars(file)) found.set(join(config.dir, file), false)
      else if (isSubdir(file)) for (const f of await this.looseVarFiles(join(config.dir, file), 1)) found.set(f, false)
    }
    if (config.dir !== '') {
      const parent = dirOf(config.dir)
      for (const name of (await this.list(parent)) ?? []) {
        const sibling = join(parent, name)
        if (isSubdir(name) && sibling !== config.dir)
          for (const f of await this.looseVarFiles(sibling, 1)) if (!found.has(f)) found.set(f, true)
      }
    }
    const files: ParsedFile[] = []
    for (const [file, strict] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      // A git-ignored or excluded var file (a local secrets.tfvars) is no environment of this run.
      if (await this.context.excluded?.(file, false)) continue
      const parsed = await this.parse(file)
      if (!parsed || parsed.problem) continue
      const names = parsed.body.attributes.map((a) => a.name)
      const declared = names.filter((n) => config.variables.has(n)).length
      if (declared && (strict ? declared === names.length : declared * 2 >= names.length)) files.push(parsed)
    }
    return files
  }

  private async list(dir: string): Promise<string[] | undefined> {
    try {
      return (await this.context.listDir(dir === '' ? '.' : dir)).map((e) => path.posix.basename(e))
    } catch {
      return undefined
    }
  }

  /** The var files in a folder that holds no configuration and in such folders below it, once per folder (roots beside each other share them). */
  private looseVarFiles(dir: string, depth: number): Promise<string[]> {
    let p = this.loose.get(`${depth}:${dir}`)
    if (!p) {
      p = (async () => {
        if (await this.context.excluded?.(dir, true)) return []
        const names = await this.list(dir)
        if (!names || names.some((n) => isConfigFile(n) || isOverrideFile(n))) return []
        const files = names.filter(isVarFile).map((n) => join(dir, n))
        if (depth < VAR_FILE_DEPTH)
          for (const n of names.filter(isSubdir)) files.push(...(await this.looseVarFiles(join(dir, n), depth + 1)))
        return files
      })()
      this.loose.set(`${depth}:${dir}`, p)
    }
    return p
  }
}

const isSubdir = (name: string) => !name.includes('.') && !SKIP_DIRS.has(name)

function view(i: Instance, environment?: string): ResourceView {
  const label = [[i.label, i.module.label].filter(Boolean).join(' in '), environment].filter(Boolean).join(' ')
  return {
    mode: i.mode,
    type: i.type,
    address: `${i.module.prefix}${i.mode === 'data' ? 'data.' : ''}${i.type}.${i.name}`,
    ...(label ? { label } : {}),
    body: i.body,
    id: i.id,
    span: i.block.span
  }
}
