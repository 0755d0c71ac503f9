import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { UsageError } from '../errors.js'
import type { Finding } from '../model.js'
import { VERSION } from '../version.js'

/**
 * A baseline holds fingerprints of accepted findings (`--write-baseline`),
 * so a team can adopt lint on an existing repository and fail only on new
 * findings. Fingerprints leave line numbers out, so they survive edits
 * elsewhere in the file.
 */
export interface Baseline {
  /** As given by the user; shown in the justification ("in baseline <file>"). */
  file: string
  fingerprints: Set<string>
}

export const BASELINE_VERSION = 1

interface BaselineFile {
  version: number
  tool?: { name: string; version: string }
  findings: { fingerprint: string; ruleId?: string; file?: string; line?: number; message?: string }[]
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    throw new UsageError(
      `cannot read the baseline ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`
    )
  }
  return parseBaseline(file, text)
}

export function parseBaseline(file: string, text: string): Baseline {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new UsageError(`the baseline ${file} is not valid JSON: ${(err as Error).message}`)
  }
  const data = raw as Partial<BaselineFile>
  if (typeof raw !== 'object' || raw === null || !Array.isArray(data.findings))
    throw new UsageError(`the baseline ${file} must be a JSON object with "version" and "findings" (write one with --write-baseline)`)
  if (data.version !== BASELINE_VERSION)
    throw new UsageError(
      `the baseline ${file} has version ${JSON.stringify(data.version)}; this aks-snapshot reads version ${BASELINE_VERSION}`
    )
  const fingerprints = new Set<string>()
  data.findings.forEach((f, i) => {
    if (typeof f?.fingerprint !== 'string' || !f.fingerprint)
      throw new UsageError(`the baseline ${file}: findings[${i}] has no "fingerprint"`)
    fingerprints.add(f.fingerprint)
  })
  return { file, fingerprints }
}

/**
 * Writes every finding not suppressed in source (baselined ones included, so
 * rewriting a baseline keeps what it had and still matches). Sorted, so the
 * file diffs well; rule, file, line and message are there for reviewers only.
 */
export async function writeBaseline(file: string, findings: Finding[]): Promise<number> {
  const entries = findings
    .filter((f) => f.fingerprint && f.suppressed?.kind !== 'inSource')
    .map((f) => ({ fingerprint: f.fingerprint!, ruleId: f.ruleId, file: f.file, line: f.line, message: f.message }))
    .sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint))
  const body: BaselineFile = { version: BASELINE_VERSION, tool: { name: 'aks-snapshot', version: VERSION }, findings: entries }
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true })
  await fs.writeFile(file, JSON.stringify(body, null, 2) + '\n', 'utf8')
  return entries.length
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Stable fingerprints: a hash of the rule, file, resource, message (line
 * numbers in it masked) and the text of the finding's first line with
 * surrounding whitespace trimmed, plus an occurrence counter among findings
 * with the same hash (in file order), so identical findings stay distinct.
 * Only the first line: a finding on a whole resource (an ARM resource object)
 * keeps its fingerprint when another property of the resource changes.
 * `lineText(file, from, to)` gives the flagged lines.
 */
export function addFingerprints(findings: Finding[], lineText: (file: string, from: number, to: number) => string): void {
  const seen = new Map<string, number>()
  for (const f of findings) {
    const base = [
      f.ruleId,
      f.file,
      f.resource ?? '',
      f.message.replace(/\blines? \d+(-\d+)?/g, 'line N'),
      lineText(f.file, f.line, f.line)
    ].join('\u0000')
    const hash = createHash('sha256').update(base).digest('hex').slice(0, 32)
    const n = seen.get(hash) ?? 0
    seen.set(hash, n + 1)
    f.fingerprint = n ? `${hash}:${n}` : hash
  }
}
