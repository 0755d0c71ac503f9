import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')

describe('robustness', () => {
  it('never throws, hangs or reports an internal error on mutated, binary, empty, huge or deeply nested input of any kind', () => {
    // A child process, so a reader stuck in a loop fails this test after the timeout instead of hanging the run.
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'fuzz-child.ts')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    expect(child.error?.message ?? null).toBeNull()
    expect({ status: child.status, stderr: child.stderr.slice(0, 2000) }).toEqual({ status: 0, stderr: '' })
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!)
    console.log(
      `fuzz: ${report.runs} inputs (FUZZ_SEED=${report.seed}), slowest ${report.slowest.ms} ms (${report.slowest.what.slice(0, 80)})${report.skipped.length ? `; readers not present yet: ${report.skipped.join(', ')}` : ''}`
    )
    expect(report.failures).toEqual([])
    expect(report.runs).toBeGreaterThan(0)
  }, 300_000)
})
