import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import { UsageError } from '../errors.js'
import { RULE_IDS, type RuleId, type SeverityOrOff } from '../model.js'
import type { Policy } from '../rules/types.js'
import { DEFAULT_CATALOG } from './catalog.js'

/**
 * `.aks-snapshot.yml` (SPEC §6). Validated by hand rather than with a schema
 * library: the schema is six keys, and every error must name the file, line
 * and key from the YAML document's own positions, which a hand-validator
 * walking the `yaml` nodes gives directly.
 */
export interface LintConfig {
  rules: Partial<Record<RuleId, SeverityOrOff>>
  include: string[]
  exclude: string[]
  /** Absolute path of the catalog: the configured one, else `.aks-snapshots.json` in the working directory when it exists. */
  catalog?: string
  /** Absolute path of the configured baseline. */
  baseline?: string
  snapshotRegion: Policy['snapshotRegion']
  /** The config file read, absolute; absent when none was found. */
  file?: string
}

export const CONFIG_FILES = ['.aks-snapshot.yml', '.aks-snapshot.yaml']
const KEYS = ['rules', 'include', 'exclude', 'catalog', 'baseline', 'snapshotRegion'] as const
const SEVERITIES = ['error', 'warning', 'note', 'off'] as const
const REGION_POLICIES = ['any', 'same'] as const

/**
 * Finds and reads the config: `explicitPath` (relative to cwd) when given,
 * else `.aks-snapshot.yml` in cwd. Paths in it (catalog, baseline) are
 * relative to the config file's folder; include/exclude globs match paths
 * relative to cwd.
 */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<LintConfig> {
  let file: string | undefined
  let text: string | undefined
  if (explicitPath) {
    file = path.resolve(cwd, explicitPath)
    text = await readText(file)
    if (text === undefined) throw new UsageError(`config file ${explicitPath} not found`)
  } else {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(cwd, name)
      text = await readText(candidate)
      if (text !== undefined) {
        file = candidate
        break
      }
    }
  }
  const config = text === undefined || file === undefined ? defaults() : parseConfig(text, file, path.relative(cwd, file) || file)
  if (config.catalog === undefined) {
    const fallback = path.join(cwd, DEFAULT_CATALOG)
    if ((await readText(fallback)) !== undefined) config.catalog = fallback
  }
  return config
}

function defaults(): LintConfig {
  return { rules: {}, include: [], exclude: [], snapshotRegion: 'any' }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder, not a config file`)
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`)
  }
}

/**
 * Parses and validates config text. `file` is the absolute path (for
 * resolving catalog/baseline); `shown` is how errors name it.
 */
export function parseConfig(text: string, file: string, shown = file): LintConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, version: '1.2', prettyErrors: false })
  const where = (node: Node | Pair | null | undefined): string => {
    const range = node && 'range' in node ? node.range : node && 'key' in node ? (node.key as Node | null)?.range : undefined
    if (!range) return shown
    const { line, col } = lineCounter.linePos(range[0])
    return `${shown}:${line}:${col}`
  }
  const fail = (node: Node | Pair | null | undefined, message: string): never => {
    throw new UsageError(`${where(node)}: ${message}`)
  }

  if (doc.errors.length) {
    const e = doc.errors[0]
    const pos = lineCounter.linePos(e.pos[0])
    throw new UsageError(
      `${shown}:${pos.line}:${pos.col}: not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
    )
  }
  const config = defaults()
  config.file = file
  const root = doc.contents
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return config
  if (!isMap(root)) return fail(root, `the config must be a mapping with the keys ${KEYS.join(', ')}`)

  const dir = path.dirname(file)
  for (const pair of root.items) {
    const keyNode = pair.key as Node
    const key = isScalar(keyNode) ? String(keyNode.value) : ''
    const value = pair.value as Node | null
    switch (key) {
      case 'rules': {
        if (value === null || (isScalar(value) && value.value === null)) break
        if (!isMap(value)) fail(value ?? keyNode, `key 'rules' must map rule ids to ${SEVERITIES.join(' | ')}`)
        for (const rulePair of (value as unknown as { items: Pair[] }).items) {
          const ruleKey = rulePair.key as Node
          const rule = isScalar(ruleKey) ? String(ruleKey.value) : ''
          if (!(RULE_IDS as readonly string[]).includes(rule))
            fail(ruleKey, `key 'rules.${rule}' is not a rule id; rules are: ${RULE_IDS.join(', ')}`)
          const sevNode = rulePair.value as Node | null
          const sev = isScalar(sevNode) ? String(sevNode.value) : undefined
          if (!sev || !(SEVERITIES as readonly string[]).includes(sev))
            fail(sevNode ?? ruleKey, `key 'rules.${rule}' must be one of ${SEVERITIES.join(', ')}${sev ? `, not '${sev}'` : ''}`)
          config.rules[rule as RuleId] = sev as SeverityOrOff
        }
        break
      }
      case 'include':
      case 'exclude':
        config[key] = stringList(value, key, keyNode, fail)
        break
      case 'catalog':
      case 'baseline': {
        const v = isScalar(value) ? value.value : undefined
        if (typeof v !== 'string' || !v.trim()) fail(value ?? keyNode, `key '${key}' must be a file path`)
        config[key] = path.resolve(dir, (v as string).trim())
        break
      }
      case 'snapshotRegion': {
        const v = isScalar(value) ? String(value.value) : undefined
        if (!v || !(REGION_POLICIES as readonly string[]).includes(v))
          fail(value ?? keyNode, `key 'snapshotRegion' must be one of any, same${v ? `, not '${v}'` : ''}`)
        config.snapshotRegion = v as Policy['snapshotRegion']
        break
      }
      default:
        fail(keyNode, `unknown key '${key}'; the keys are ${KEYS.join(', ')}`)
    }
  }
  return config
}

function stringList(value: Node | null, key: string, keyNode: Node, fail: (n: Node, m: string) => never): string[] {
  if (value === null || (isScalar(value) && value.value === null)) return []
  if (isScalar(value) && typeof value.value === 'string') return [value.value]
  if (!isSeq(value)) return fail(value, `key '${key}' must be a glob or a list of globs`)
  return value.items.map((item, i) => {
    const v = isScalar(item) ? item.value : undefined
    if (typeof v !== 'string' || !v) return fail((item as Node) ?? keyNode, `key '${key}[${i}]' must be a glob string`)
    return v
  })
}
