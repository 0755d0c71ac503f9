import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIO } from '../../src/cli.js'

const FIXTURE = fileURLToPath(new URL('./fixtures/repo', import.meta.url))

/**
 * A throw-away copy of the fixture repository, made the working directory:
 * lint writes SARIF, baselines and outputs, and the copy keeps the checkout clean.
 * infra/aks.json: unknown-snapshot (22:35), missing-snapshot-id (28:5), invalid-snapshot-id (47:47);
 * infra/other.json: missing-snapshot-id (5:5).
 */
export class TempRepo {
  readonly dir: string
  /** The working directory before the copy (the project checkout). */
  readonly projectDir = process.cwd()

  constructor() {
    // realpath: macOS and some runners put tmpdir behind a symlink, and cwd() reports the real path.
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), 'aks-lint-mode-')))
    cpSync(FIXTURE, this.dir, { recursive: true })
    process.chdir(this.dir)
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts)
  }

  read(...parts: string[]): string {
    return readFileSync(this.path(...parts), 'utf8')
  }

  dispose(): void {
    process.chdir(this.projectDir)
    rmSync(this.dir, { recursive: true, force: true })
  }
}

export interface CapturedIO extends CliIO {
  out: string
  err: string
}

export function fakeIO(isTTY = false): CapturedIO {
  const io: CapturedIO = {
    out: '',
    err: '',
    stdout: (t) => {
      io.out += t
    },
    stderr: (t) => {
      io.err += t
    },
    env: process.env,
    isTTY
  }
  return io
}

/** Sets environment variables for one test; `undefined` removes one. Returns the restore function. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  apply(vars)
  return () => apply(saved)
}

/** Reads a `GITHUB_OUTPUT` file as @actions/core writes it (`name<<delimiter` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(ghadelimiter_[\w-]+)$/)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}
