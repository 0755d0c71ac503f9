/**
 * Run by no-azure-sdk.test.ts in a child process: records every module the
 * process loads (ESM through a resolve hook, CommonJS through the require
 * cache) while it runs `aks-snapshot lint <dir>`, or, to prove the detector
 * works, while it imports the Azure SDK. Prints { exitCode, modules }.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire, register } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const logDir = mkdtempSync(path.join(tmpdir(), 'aks-modules-'))
process.on('exit', () => rmSync(logDir, { recursive: true, force: true }))
const log = path.join(logDir, 'modules.log')
appendFileSync(log, '')
const hooks = `
import { appendFileSync } from 'node:fs'
let log
export function initialize(data) { log = data.log }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  appendFileSync(log, result.url + '\\n')
  return result
}`
register('data:text/javascript,' + encodeURIComponent(hooks), { data: { log } })

const [what, dir] = process.argv.slice(2)
let exitCode: number | undefined
if (what === 'lint') {
  const { main } = await import('../../src/cli.js')
  const out: string[] = []
  exitCode = await main(['lint', dir, '--format', 'json'], {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    env: {},
    isTTY: false
  })
} else {
  await import('@azure/arm-containerservice')
}
const cjs = Object.keys(createRequire(import.meta.url).cache)
const modules = [...new Set([...readFileSync(log, 'utf8').split('\n').filter(Boolean), ...cjs])]
process.stdout.write(JSON.stringify({ exitCode, modules }) + '\n')
