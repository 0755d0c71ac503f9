/**
 * The corpus: every folder under __tests__/fixtures/corpus/<name>/ is a mini
 * repository linted as a user would (cwd = the folder, with its own
 * .aks-snapshot.yml and .aks-snapshots.json when present). Its expected.json
 * lists the unsuppressed findings a careful reviewer expects:
 *   [{ "file": "path inside the folder", "line": 12, "ruleId": "missing-snapshot-id" }]
 * Findings are compared as (file, line, rule) sets; every false positive and
 * false negative is printed, and overall precision and recall must stay
 * above the bar. Nothing here knows about particular files.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lint } from '../../src/lint/engine.js'
import { RULE_IDS } from '../../src/model.js'
import { loadCatalog } from '../../src/policy/catalog.js'
import { loadConfig } from '../../src/policy/config.js'
import { readBaseline } from '../../src/policy/baseline.js'

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus')
const MIN_PRECISION = 0.95
const MIN_RECALL = 0.9

interface Expected {
  file: string
  line: number
  ruleId: string
}

function readExpected(dir: string): Expected[] {
  const file = path.join(dir, 'expected.json')
  if (!existsSync(file)) throw new Error(`${path.relative(CORPUS, file)} is missing: every corpus folder lists its expected findings`)
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(raw)) throw new Error(`${path.relative(CORPUS, file)} must be an array of { file, line, ruleId }`)
  raw.forEach((e, i) => {
    const ok = e && typeof e.file === 'string' && Number.isInteger(e.line) && (RULE_IDS as readonly string[]).includes(e.ruleId)
    if (!ok)
      throw new Error(`${path.relative(CORPUS, file)}[${i}] must be { "file": string, "line": integer, "ruleId": one of the rule ids }`)
    if (!existsSync(path.join(dir, e.file)))
      throw new Error(`${path.relative(CORPUS, file)}[${i}] names ${e.file}, which is not in the folder`)
  })
  return raw as Expected[]
}

/** Lints one corpus folder with its own config, catalog and baseline, like the CLI would. */
async function lintFolder(dir: string) {
  const config = await loadConfig(dir)
  const catalog = config.catalog ? await loadCatalog(config.catalog) : undefined
  const baseline = config.baseline ? await readBaseline(config.baseline) : undefined
  return lint({
    cwd: dir,
    include: config.include,
    exclude: config.exclude,
    rules: config.rules,
    policy: { snapshotRegion: config.snapshotRegion },
    catalog,
    baseline
  })
}

const key = (e: Expected) => `${e.file}:${e.line} ${e.ruleId}`

describe('corpus', () => {
  const folders = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((n) => statSync(path.join(CORPUS, n)).isDirectory())
        .sort()
    : []

  it(`finds what reviewers expect in every corpus folder (precision >= ${MIN_PRECISION}, recall >= ${MIN_RECALL})`, async () => {
    let tp = 0
    let fp = 0
    let fn = 0
    const lines: string[] = []
    for (const name of folders) {
      const dir = path.join(CORPUS, name)
      const expected = new Map(readExpected(dir).map((e) => [key(e), e]))
      const result = await lintFolder(dir)
      const actual = new Map(result.findings.filter((f) => !f.suppressed).map((f) => [key(f), f]))
      const falsePositives = [...actual.keys()].filter((k) => !expected.has(k))
      const falseNegatives = [...expected.keys()].filter((k) => !actual.has(k))
      tp += [...actual.keys()].filter((k) => expected.has(k)).length
      fp += falsePositives.length
      fn += falseNegatives.length
      for (const k of falsePositives) lines.push(`  false positive  ${name}/${k}: ${actual.get(k)!.message}`)
      for (const k of falseNegatives) lines.push(`  false negative  ${name}/${k}`)
    }
    const precision = tp + fp ? tp / (tp + fp) : 1
    const recall = tp + fn ? tp / (tp + fn) : 1
    const summary = `corpus: ${folders.length} folders, ${tp} true positives, ${fp} false positives, ${fn} false negatives; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`
    console.log([summary, ...lines].join('\n'))
    if (!folders.length) return
    expect({ precision: precision >= MIN_PRECISION, recall: recall >= MIN_RECALL }).toEqual({ precision: true, recall: true })
  })
})
