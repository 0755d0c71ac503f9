import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { main, parseArgv } from '../../src/cli.js'
import { VERSION } from '../../src/version.js'

function io() {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: {}, isTTY: false } }
}

describe('parseArgv', () => {
  it('maps flags onto action input names', () => {
    expect(parseArgv(['snapshot', '--subscription', 's', '--timeout=5', '--resource-group', 'rg', '--json'])).toEqual({
      command: 'snapshot',
      values: { 'subscription-id': 's', 'timeout-minutes': '5', 'resource-group': 'rg', json: 'true' }
    })
  })

  it('turns positionals after the command into paths', () => {
    expect(parseArgv(['lint', 'infra', 'scripts', '--format', 'json'])).toEqual({
      command: 'lint',
      values: { paths: 'infra\nscripts', format: 'json' }
    })
  })

  it('accepts an explicit value after a switch', () => {
    expect(parseArgv(['prune', '--dry-run', 'false']).values['dry-run']).toBe('false')
  })

  it('says which flag lacks a value', () => {
    expect(() => parseArgv(['snapshot', '--resource-group'])).toThrow('--resource-group needs a value')
  })
})

describe('main', () => {
  it('prints the version, equal to package.json', async () => {
    const t = io()
    expect(await main(['--version'], t.io)).toBe(0)
    expect(t.out.join('')).toBe(`${VERSION}\n`)
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION)
  })

  it('prints usage with no command and exits 2', async () => {
    const t = io()
    expect(await main([], t.io)).toBe(2)
    expect(t.out.join('')).toMatch(/^Usage: aks-snapshot <command>/)
  })

  it('refuses an unknown command with exit code 2 and no stack trace', async () => {
    const t = io()
    expect(await main(['snapshots'], t.io)).toBe(2)
    expect(t.err.join('')).toBe(
      "error: unknown command 'snapshots'; commands: snapshot, lint, create-nodepool, upgrade-nodepool, create-cluster, list, prune\n"
    )
  })
})
