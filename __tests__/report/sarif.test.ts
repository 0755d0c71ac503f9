import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { encodePath, formatSarif, toSarif } from '../../src/report/sarif.js'
import { RULES } from '../../src/rules/index.js'
import { FINDINGS, RESULT, TEST_RULES, finding } from './findings.js'

const DOCS = 'https://github.com/aks-snapshot/aks-snapshot/blob/v0.1.0/docs/rules/'

describe('toSarif', () => {
  it('writes one run with the rules and the results', () => {
    const log = toSarif({ findings: [FINDINGS[1], FINDINGS[4]], filesScanned: 2 }, { rules: TEST_RULES.slice(0, 1), srcRoot: '/work/repo' })
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'aks-snapshot',
              version: '0.1.0',
              semanticVersion: '0.1.0',
              informationUri: 'https://github.com/aks-snapshot/aks-snapshot',
              rules: [
                {
                  id: 'missing-snapshot-id',
                  name: 'MissingSnapshotId',
                  shortDescription: { text: 'A node pool is created without a snapshot reference.' },
                  fullDescription: { text: 'Pools without a snapshot get whatever image AKS offers that day.' },
                  help: {
                    text: `Pools without a snapshot get whatever image AKS offers that day.\n\nHow to fix, with examples: ${DOCS}missing-snapshot-id.md`,
                    markdown: `**A node pool is created without a snapshot reference.**\n\nPools without a snapshot get whatever image AKS offers that day.\n\n[How to fix, with examples](${DOCS}missing-snapshot-id.md)`
                  },
                  helpUri: `${DOCS}missing-snapshot-id.md`,
                  defaultConfiguration: { level: 'error' }
                }
              ]
            }
          },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'missing-snapshot-id',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Node pool user1 is created without a snapshot reference.' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'infra/aks.bicep', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 40 }
                  }
                }
              ],
              partialFingerprints: { 'aksSnapshot/v1': 'fp-user1' },
              properties: { resource: 'agentPools/user1' }
            },
            {
              ruleId: 'missing-snapshot-id',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Node pool legacy is created without a snapshot reference.' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'infra/legacy.json', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 20, startColumn: 9, endLine: 31, endColumn: 10 }
                  }
                }
              ],
              partialFingerprints: { 'aksSnapshot/v1': 'fp-legacy' },
              // A baseline lives outside the file: SARIF's external suppression.
              suppressions: [{ kind: 'external', status: 'accepted', justification: 'accepted in .aks-snapshot-baseline.json' }],
              properties: { resource: 'agentPools/legacy' }
            }
          ],
          originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///work/repo/' } }
        }
      ]
    })
  })

  it('marks in-source suppressions, levels and rule indexes', () => {
    const run = toSarif(RESULT, { rules: TEST_RULES }).runs[0]
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level, r.suppressions?.[0]?.kind ?? null])).toEqual([
      ['invalid-snapshot-id', 1, 'error', 'inSource'],
      ['missing-snapshot-id', 0, 'error', null],
      ['vm-family-mismatch', 3, 'note', null],
      ['missing-snapshot-id', 0, 'error', 'external'],
      ['unpinned-upgrade', 2, 'warning', null]
    ])
    expect(run.originalUriBaseIds).toBeUndefined()
  })

  it('puts paths under the working directory inside the repository root', () => {
    const run = toSarif(RESULT, { rules: TEST_RULES, srcRoot: '/work/repo', pathPrefix: 'deploy/' }).runs[0]
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('deploy/docs/run%20book.md')
  })

  it('adds a descriptor for a rule missing from the list, so ruleIndex stays valid', () => {
    const run = toSarif({ findings: [finding('parse-error', 'error', 'a.json', 1)], filesScanned: 1 }, { rules: TEST_RULES }).runs[0]
    expect(run.results![0].ruleIndex).toBe(TEST_RULES.length)
    expect(run.tool.driver.rules![TEST_RULES.length].id).toBe('parse-error')
  })

  it('keeps regions consistent even when a span is inverted', () => {
    const bad = finding('parse-error', 'error', 'a.json', 5, { column: 9, endLine: 5, endColumn: 2 })
    expect(toSarif({ findings: [bad], filesScanned: 1 }, { rules: [] }).runs[0].results![0].locations![0].physicalLocation!.region).toEqual(
      {
        startLine: 5,
        startColumn: 9,
        endLine: 5,
        endColumn: 9
      }
    )
  })

  it.each([
    ['infra/aks.bicep', 'infra/aks.bicep'],
    ['docs/run book.md', 'docs/run%20book.md'],
    ['./a/b#c%d.tf', 'a/b%23c%25d.tf'],
    ['infra/clés/é.bicep', 'infra/cl%C3%A9s/%C3%A9.bicep']
  ])('encodes %p as %p', (file, uri) => {
    expect(encodePath(file)).toBe(uri)
  })
})

const MULTITOOL = join(process.cwd(), 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')

describe('SARIF validated by the SARIF Multitool', () => {
  const onLinux = process.platform === 'linux' && process.arch === 'x64'
  ;(onLinux ? it : it.skip)('has no errors or warnings under the SARIF and GitHub rule sets', () => {
    expect(existsSync(MULTITOOL)).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'aks-sarif-'))
    try {
      const tricky = [
        ...FINDINGS,
        finding('parse-error', 'error', 'infra/clés/main #2.json', 1, { column: 1, endColumn: 1 }),
        finding('deprecated-command', 'warning', 'scripts/a.sh', 3, { endLine: 5, endColumn: 2, message: 'Line one.\nLine two.' })
      ]
      const input = join(dir, 'out.sarif')
      writeFileSync(input, formatSarif({ findings: tricky, filesScanned: 6 }, { rules: RULES.map((r) => r.meta), srcRoot: dir }))
      const output = join(dir, 'v.sarif')
      execFileSync(MULTITOOL, ['validate', input, '-o', output, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning'], { cwd: dir })
      const validation = JSON.parse(readFileSync(output, 'utf8')) as Log
      const problems = (validation.runs[0].results ?? []).map((r) => `${r.level} ${r.ruleId} ${JSON.stringify(r.message.arguments)}`)
      expect(problems).toEqual([])
      // The validator ran on our file (its notifications would show a failure to read it).
      expect(validation.runs[0].invocations?.[0]?.executionSuccessful).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  ;(onLinux ? it : it.skip)('catches a broken log, so the check above can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aks-sarif-'))
    try {
      const log = toSarif(RESULT, { rules: TEST_RULES })
      log.runs[0].results![0].locations![0].physicalLocation!.region!.endLine = 1
      const input = join(dir, 'bad.sarif')
      writeFileSync(input, JSON.stringify(log))
      execFileSync(MULTITOOL, ['validate', input, '-o', join(dir, 'v.sarif'), '--rule-kind', 'Gh;Sarif'], { cwd: dir })
      const validation = JSON.parse(readFileSync(join(dir, 'v.sarif'), 'utf8')) as Log
      expect(validation.runs[0].results!.map((r) => `${r.level} ${r.ruleId}`)).toContain('error SARIF1007')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
