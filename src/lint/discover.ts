import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'

export interface DiscoverOptions {
  cwd: string
  /** Files or folders, relative to cwd (or absolute); default `.`. */
  paths?: string[]
  include?: string[]
  exclude?: string[]
  /** Lint just these files (relative to cwd), when they are under `paths` and not ignored. */
  onlyFiles?: string[]
}

/** Folders never walked into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git'])
/** Our own config is YAML but never holds scripts; counting it as scanned would puzzle users. */
const SKIPPED_FILES = new Set(['.aks-snapshot.yml', '.aks-snapshot.yaml'])

/**
 * The candidate files for lint, as sorted POSIX paths relative to cwd.
 * `.gitignore` files are honoured at every level, from the enclosing git
 * repository's root (or cwd when there is none) down, whether or not git is
 * installed. A file named explicitly in `paths` is taken even when ignored
 * by git, as a user naming it expects; include/exclude still apply.
 */
export async function discover(options: DiscoverOptions): Promise<string[]> {
  const cwd = path.resolve(options.cwd)
  const filter = globFilter(options.include, options.exclude)
  const ignores = new GitIgnores(await gitRoot(cwd))
  const roots = (options.paths?.length ? options.paths : ['.']).map((p) => path.resolve(cwd, p))
  const found = new Set<string>()
  const rel = (abs: string) => toPosix(path.relative(cwd, abs))

  if (options.onlyFiles) {
    for (const f of options.onlyFiles) {
      const abs = path.resolve(cwd, f)
      if (!roots.some((r) => abs === r || abs.startsWith(r + path.sep))) continue
      if (abs.split(path.sep).some((part) => SKIPPED_DIRS.has(part))) continue
      const stat = await fs.stat(abs).catch(() => undefined)
      if (!stat?.isFile()) continue
      if (!roots.includes(abs) && (await ignores.ignored(abs, false))) continue
      if (filter(rel(abs))) found.add(rel(abs))
    }
    return [...found].sort()
  }

  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      const abs = path.join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        // Files behind links are read; linked folders are not walked, which rules out cycles.
        const stat = await fs.stat(abs).catch(() => undefined)
        isFile = !!stat?.isFile()
        isDir = false
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name) || (await ignores.ignored(abs, true))) continue
        await walk(abs)
      } else if (isFile) {
        if (SKIPPED_FILES.has(entry.name) || (await ignores.ignored(abs, false))) continue
        if (filter(rel(abs))) found.add(rel(abs))
      }
    }
  }

  for (const root of roots) {
    const stat = await fs.stat(root).catch(() => undefined)
    if (stat?.isDirectory()) await walk(root)
    else if (stat?.isFile() && filter(rel(root))) found.add(rel(root))
  }
  return [...found].sort()
}

/**
 * Whether a path (relative to cwd) is left out of the run the way discovery
 * leaves it out: under node_modules or .git, ignored by git, or excluded by a
 * glob. Readers that look beyond the file they read (Terraform's search for
 * the callers of a module) use it, so an excluded folder has no say.
 */
export async function exclusionTest(
  options: Pick<DiscoverOptions, 'cwd' | 'exclude'>
): Promise<(file: string, isDir: boolean) => Promise<boolean>> {
  const cwd = path.resolve(options.cwd)
  const ignores = new GitIgnores(await gitRoot(cwd))
  const kept = globFilter([], options.exclude)
  return async (file, isDir) => {
    const rel = toPosix(file)
      .replace(/^\.\/?/, '')
      .replace(/\/$/, '')
    if (!rel) return false
    if (rel.split('/').some((part) => SKIPPED_DIRS.has(part))) return true
    // A folder is excluded when what is inside it is (`examples/**`, `**/legacy/**`).
    if (!kept(rel) || (isDir && !kept(`${rel}/_`))) return true
    return ignores.ignored(path.resolve(cwd, rel), isDir)
  }
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/')
}

/**
 * include (default everything) and exclude globs over cwd-relative paths. As
 * in .gitignore, a glob with no slash matches a file or folder name at any
 * level (`*.md`, `legacy`); a trailing slash means everything below.
 */
export function globFilter(include: string[] = [], exclude: string[] = []): (file: string) => boolean {
  const opts = { dot: true }
  const compile = (globs: string[]) =>
    globs.map((g): ((file: string) => boolean) => {
      const glob = g.trim().replace(/^\.\//, '').replace(/\/$/, '/**')
      if (glob.includes('/')) return picomatch(glob, opts)
      const name = picomatch(glob, opts)
      return (file) => file.split('/').some((part) => name(part))
    })
  const inc = compile(include)
  const exc = compile(exclude)
  return (file) => (!inc.length || inc.some((m) => m(file))) && !exc.some((m) => m(file))
}

/** The folder holding `.git` above (or at) `dir`, else `dir` itself. */
async function gitRoot(dir: string): Promise<string> {
  let current = dir
  for (;;) {
    if (await fs.stat(path.join(current, '.git')).catch(() => undefined)) return current
    const parent = path.dirname(current)
    if (parent === current) return dir
    current = parent
  }
}

/**
 * `.gitignore` semantics: each file's patterns are relative to its folder;
 * a deeper file's verdict (ignore or `!` re-include) overrides a shallower
 * one; nothing inside an ignored folder can be re-included.
 */
class GitIgnores {
  private readonly perDir = new Map<string, Promise<Ignore | undefined>>()
  private readonly dirVerdicts = new Map<string, Promise<boolean>>()

  constructor(private readonly root: string) {}

  private load(dir: string): Promise<Ignore | undefined> {
    let p = this.perDir.get(dir)
    if (!p) {
      p = fs
        .readFile(path.join(dir, '.gitignore'), 'utf8')
        .then((text) => ignore({ allowRelativePaths: true }).add(text))
        .catch(() => undefined)
      this.perDir.set(dir, p)
    }
    return p
  }

  async ignored(abs: string, isDir: boolean): Promise<boolean> {
    if (abs === this.root || !abs.startsWith(this.root + path.sep)) return false
    const parent = path.dirname(abs)
    if (parent !== this.root && (await this.dirIgnored(parent))) return true
    // Deepest .gitignore first: the first one with a verdict decides.
    for (let dir = parent; ; dir = path.dirname(dir)) {
      const ig = await this.load(dir)
      if (ig) {
        const r = ig.test(toPosix(path.relative(dir, abs)) + (isDir ? '/' : ''))
        if (r.ignored) return true
        if (r.unignored) return false
      }
      if (dir.length <= this.root.length) return false
    }
  }

  private dirIgnored(dir: string): Promise<boolean> {
    let p = this.dirVerdicts.get(dir)
    if (!p) {
      p = this.ignored(dir, true)
      this.dirVerdicts.set(dir, p)
    }
    return p
  }
}
