import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { lintSources, type LintOptions } from '../../src/lint/engine.js'
import { parseBaseline, readBaseline, writeBaseline } from '../../src/policy/baseline.js'
import { fakeReaders, fakeRules } from './fake.js'
import { tempDir } from '../../__fixtures__/tmp.js'

const opts: Partial<LintOptions> = { readers: fakeReaders, ruleSet: fakeRules }
const tmp = () => tempDir('aks-baseline-')

describe('baseline', () => {
  it('accepts the findings it was written from, survives edits elsewhere in the file, and catches new ones', async () => {
    const before = 'pool a\npool b\n'
    const first = await lintSources([{ path: 'x.sh', text: before }], opts)
    const file = path.join(tmp(), 'baseline.json')
    expect(await writeBaseline(file, first.findings)).toBe(2)
    const written = JSON.parse(readFileSync(file, 'utf8'))
    expect(written).toMatchObject({ version: 1, tool: { name: 'aks-snapshot' } })
    expect(written.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([
      ['missing-snapshot-id', 1],
      ['missing-snapshot-id', 2]
    ])

    const baseline = await readBaseline(file)
    const after = '# a header comment\n\necho hello\npool a\n   pool b\npool c\n'
    const second = await lintSources([{ path: 'x.sh', text: after }], { ...opts, baseline: { ...baseline, file: 'baseline.json' } })
    expect(second.findings.map((f) => [f.line, f.message, f.suppressed])).toEqual([
      [4, 'Node pool a has no snapshot.', { kind: 'baseline', justification: 'in baseline baseline.json' }],
      [5, 'Node pool b has no snapshot.', { kind: 'baseline', justification: 'in baseline baseline.json' }],
      [6, 'Node pool c has no snapshot.', null]
    ])
    expect(second.findings[0].fingerprint).toBe(first.findings[0].fingerprint)
  })

  it('keeps identical findings apart with an occurrence counter, so a second copy is new', async () => {
    const one = await lintSources([{ path: 'x.sh', text: 'pool a\n' }], opts)
    const two = await lintSources([{ path: 'x.sh', text: 'pool a\npool a\n' }], opts)
    const [f1, f2] = two.findings.map((f) => f.fingerprint)
    expect(f1).toBe(one.findings[0].fingerprint)
    expect(f2).toBe(`${f1}:1`)
    const again = await lintSources([{ path: 'x.sh', text: 'pool a\npool a\n' }], {
      ...opts,
      baseline: { file: 'b.json', fingerprints: new Set([f1!]) }
    })
    expect(again.findings.map((f) => f.suppressed?.kind ?? null)).toEqual(['baseline', null])
  })

  it('fingerprints differ by file, rule and flagged text', async () => {
    const r = await lintSources(
      [
        { path: 'x.sh', text: 'pool a\npool b\n' },
        { path: 'y.sh', text: 'pool a\n' }
      ],
      opts
    )
    expect(new Set(r.findings.map((f) => f.fingerprint)).size).toBe(3)
  })

  it('a finding spanning a whole ARM resource keeps its fingerprint when another property of the resource changes (real reader)', async () => {
    const arm = (properties: Record<string, unknown>) =>
      JSON.stringify(
        {
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
          resources: [
            {
              type: 'Microsoft.ContainerService/managedClusters/agentPools',
              apiVersion: '2024-05-01',
              name: 'aks/np',
              properties: { vmSize: 'Standard_D4s_v5', ...properties }
            }
          ]
        },
        null,
        2
      )
    const before = await lintSources([{ path: 'azuredeploy.json', text: arm({}) }])
    expect(before.findings.map((f) => [f.ruleId, f.line, f.endLine])).toEqual([['missing-snapshot-id', 4, 11]])
    const after = await lintSources([{ path: 'azuredeploy.json', text: arm({ count: 3, maxPods: 50 }) }], {
      baseline: { file: 'b.json', fingerprints: new Set([before.findings[0].fingerprint!]) }
    })
    expect(after.findings.map((f) => [f.ruleId, f.line, f.endLine, f.suppressed])).toEqual([
      ['missing-snapshot-id', 4, 13, { kind: 'baseline', justification: 'in baseline b.json' }]
    ])
  })

  it('does not put findings suppressed in source into the baseline', async () => {
    const r = await lintSources([{ path: 'x.sh', text: 'pool a # aks-snapshot-ignore missing-snapshot-id -- ok\n\npool b\n' }], opts)
    const file = path.join(tmp(), 'b.json')
    expect(await writeBaseline(file, r.findings)).toBe(1)
  })

  it('rejects a malformed baseline with a usage error naming the file', async () => {
    expect(() => parseBaseline('b.json', '{')).toThrow(UsageError)
    expect(() => parseBaseline('b.json', '{')).toThrow(/^the baseline b.json is not valid JSON/)
    expect(() => parseBaseline('b.json', '{"version": 2, "findings": []}')).toThrow(
      'the baseline b.json has version 2; this aks-snapshot reads version 1'
    )
    expect(() => parseBaseline('b.json', '{"version": 1, "findings": [{}]}')).toThrow(
      'the baseline b.json: findings[0] has no "fingerprint"'
    )
    const dir = tmp()
    await expect(readBaseline(path.join(dir, 'none.json'))).rejects.toThrow(
      `cannot read the baseline ${path.join(dir, 'none.json')}: no such file`
    )
    writeFileSync(path.join(dir, 'arr.json'), '[]')
    await expect(readBaseline(path.join(dir, 'arr.json'))).rejects.toThrow('must be a JSON object with "version" and "findings"')
  })
})
