import { describe, expect, it } from '@jest/globals'
import { lintSources, type LintOptions } from '../../src/lint/engine.js'
import type { Finding } from '../../src/model.js'
import { scanSuppressions } from '../../src/policy/suppressions.js'
import { fakeReader, fakeRules } from './fake.js'

const opts: Partial<LintOptions> = {
  ruleSet: fakeRules,
  readers: { cli: fakeReader, bicep: { ...fakeReader, kind: 'bicep' }, terraform: { ...fakeReader, kind: 'terraform' } }
}
const brief = (fs: Finding[]) =>
  fs.map(
    (f) =>
      `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}${f.suppressed ? ` [${f.suppressed.kind}: ${f.suppressed.justification}]` : ''}`
  )

describe('suppression comments', () => {
  it('suppress on the same line and the line before, keep the finding marked, and leave others alone', async () => {
    const text = [
      'pool a # aks-snapshot-ignore missing-snapshot-id -- built by hand in the lab',
      '# aks-snapshot-ignore missing-snapshot-id -- legacy pool, retired in Q3',
      'pool b',
      'pool c',
      '# aks-snapshot-ignore vm-family-mismatch -- another rule',
      'pool d'
    ].join('\n')
    const r = await lintSources([{ path: 'run.sh', text }], opts)
    expect(brief(r.findings)).toEqual([
      'run.sh:1:1 missing-snapshot-id Node pool a has no snapshot. [inSource: built by hand in the lab]',
      'run.sh:3:1 missing-snapshot-id Node pool b has no snapshot. [inSource: legacy pool, retired in Q3]',
      'run.sh:4:1 missing-snapshot-id Node pool c has no snapshot.',
      'run.sh:6:1 missing-snapshot-id Node pool d has no snapshot.'
    ])
  })

  it('take several rules, stack above a line, and cover the fields of a declaration when placed above it', async () => {
    const snap = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/x'
    const catalog = { snapshots: [{ id: snap, vmSize: 'Standard_E4s_v5' }], pins: {} }
    const text = [
      '// aks-snapshot-ignore missing-snapshot-id, vm-family-mismatch -- both accepted',
      'pool a',
      '// aks-snapshot-ignore vm-family-mismatch -- GPU pool on purpose',
      '/* aks-snapshot-ignore missing-snapshot-id -- stacked */',
      `pool b snap=${snap} vm=Standard_D4s_v5`
    ].join('\r\n')
    const r = await lintSources([{ path: 'main.bicep', text }], { ...opts, catalog })
    expect(brief(r.findings)).toEqual([
      'main.bicep:2:1 missing-snapshot-id Node pool a has no snapshot. [inSource: both accepted]',
      'main.bicep:5:97 vm-family-mismatch b is Standard_D4s_v5, the snapshot is Standard_E4s_v5. [inSource: GPU pool on purpose]'
    ])
  })

  it('ignore-file applies anywhere in the file; Markdown takes <!-- --> comments above a fence', async () => {
    const md = [
      '# Guide',
      '<!-- aks-snapshot-ignore missing-snapshot-id -- the next block shows the mistake -->',
      '```bash',
      'pool a',
      '```',
      '```bash',
      'pool b',
      '```'
    ].join('\n')
    const sh = ['pool a', 'pool b', '# aks-snapshot-ignore-file missing-snapshot-id -- a throwaway demo script'].join('\n')
    const r = await lintSources(
      [
        { path: 'README.md', text: md },
        { path: 'demo.sh', text: sh }
      ],
      opts
    )
    expect(brief(r.findings)).toEqual([
      'README.md:4:1 missing-snapshot-id Node pool a has no snapshot. [inSource: the next block shows the mistake]',
      'README.md:7:1 missing-snapshot-id Node pool b has no snapshot.',
      'demo.sh:1:1 missing-snapshot-id Node pool a has no snapshot. [inSource: a throwaway demo script]',
      'demo.sh:2:1 missing-snapshot-id Node pool b has no snapshot. [inSource: a throwaway demo script]'
    ])
  })

  it('a suppression with no reason or an unknown rule is an invalid-suppression warning at the comment, and still suppresses what it names', async () => {
    const text = [
      'pool a  # aks-snapshot-ignore missing-snapshot-id',
      '',
      'pool b # aks-snapshot-ignore missing-snapshotid -- typo',
      '  # aks-snapshot-ignore-file -- nothing named'
    ].join('\n')
    const r = await lintSources([{ path: 'main.tf', text }], opts)
    expect(brief(r.findings)).toEqual([
      'main.tf:1:1 missing-snapshot-id Node pool a has no snapshot. [inSource: (no reason given)]',
      "main.tf:1:9 invalid-suppression aks-snapshot-ignore missing-snapshot-id gives no reason: add '-- <reason>'.",
      'main.tf:3:1 missing-snapshot-id Node pool b has no snapshot.',
      "main.tf:3:8 invalid-suppression 'missing-snapshotid' in aks-snapshot-ignore is not a rule id of aks-snapshot.",
      'main.tf:4:3 invalid-suppression aks-snapshot-ignore-file names no rule: write <rule> -- <reason>.'
    ])
    expect(r.findings.find((f) => f.ruleId === 'invalid-suppression')).toMatchObject({ severity: 'warning', endLine: 1, endColumn: 50 })
  })

  it('applies resource-scoped directives a reader reports (ARM metadata) to findings within the resource', async () => {
    const arm = {
      ...fakeReader,
      kind: 'arm' as const,
      async read(f: { path: string; text: string }, ctx: never) {
        const r = await fakeReader.read(f, ctx)
        const span = { file: f.path, line: 2, column: 1, endLine: 3, endColumn: 10 }
        return {
          ...r,
          suppressions: [
            { scope: 'resource' as const, rules: ['missing-snapshot-id'], reason: 'kept for the migration', span },
            { scope: 'resource' as const, rules: ['vm-family-mismatch'], reason: '', span }
          ]
        }
      }
    }
    const text = '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\npool a\npool b\npool c\n}'
    const r = await lintSources([{ path: 't.json', text }], { ...opts, readers: { arm } })
    expect(brief(r.findings)).toEqual([
      't.json:2:1 invalid-suppression The aks-snapshot-ignore metadata for vm-family-mismatch gives no reason: give the reason as the value.',
      't.json:2:1 missing-snapshot-id Node pool a has no snapshot. [inSource: kept for the migration]',
      't.json:3:1 missing-snapshot-id Node pool b has no snapshot. [inSource: kept for the migration]',
      't.json:4:1 missing-snapshot-id Node pool c has no snapshot.'
    ])
  })

  it('an invalid-suppression can be switched off, a marker outside a comment is not a directive', async () => {
    const r = await lintSources(
      [
        {
          path: 'a.sh',
          text: 'pool a # aks-snapshot-ignore missing-snapshot-id\necho "aks-snapshot-ignore-file missing-snapshot-id -- x"\npool b\n'
        }
      ],
      { ...opts, rules: { 'invalid-suppression': 'off' } }
    )
    expect(brief(r.findings)).toEqual([
      'a.sh:1:1 missing-snapshot-id Node pool a has no snapshot. [inSource: (no reason given)]',
      'a.sh:3:1 missing-snapshot-id Node pool b has no snapshot.'
    ])
  })
})

describe('a suppression marker inside a script string (real CLI reader)', () => {
  it('does not suppress, and the finding stays unsuppressed', async () => {
    const r = await lintSources([
      {
        path: 'a.sh',
        text: 'echo "# aks-snapshot-ignore missing-snapshot-id -- lab"\naz aks nodepool add -g rg --cluster-name aks -n np\n'
      }
    ])
    expect(r.findings.map((f) => [`${f.file}:${f.line}:${f.column}`, f.ruleId, f.suppressed])).toEqual([
      ['a.sh:2:1', 'missing-snapshot-id', null]
    ])
  })
})

describe('a comment above a workflow step or a Markdown fence (real CLI reader)', () => {
  const snap = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/snapshots/x'
  const catalog = { snapshots: [{ id: snap, vmSize: 'Standard_D8s_v5' }], pins: {} }
  const state = (r: { findings: Finding[] }) =>
    r.findings.map((f) => [`${f.file}:${f.line}`, f.ruleId, f.suppressed?.justification ?? null])

  it('covers the command in the step below it', async () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      # aks-snapshot-ignore vm-family-mismatch -- memory pool, accepted until the E snapshot exists',
      '      - run: |',
      '          az aks nodepool add -g rg --cluster-name c -n mem3 \\',
      '            -s Standard_E8s_v5 \\',
      `            --snapshot-id ${snap}`,
      '      - run: |',
      `          az aks nodepool add -g rg --cluster-name c -n mem4 -s Standard_E8s_v5 --snapshot-id ${snap}`
    ].join('\n')
    expect(state(await lintSources([{ path: '.github/workflows/w.yml', text }], { catalog }))).toEqual([
      ['.github/workflows/w.yml:9', 'vm-family-mismatch', 'memory pool, accepted until the E snapshot exists'],
      ['.github/workflows/w.yml:12', 'vm-family-mismatch', null]
    ])
  })

  it('covers the command of a fence below it, across one blank line', async () => {
    const text = [
      '<!-- aks-snapshot-ignore missing-snapshot-id -- lab cluster -->',
      '',
      '```bash',
      'az aks nodepool add -g rg --cluster-name c -n lab',
      '```'
    ].join('\n')
    expect(state(await lintSources([{ path: 'docs/lab.md', text }]))).toEqual([['docs/lab.md:4', 'missing-snapshot-id', 'lab cluster']])
  })
})

describe('scanSuppressions', () => {
  it('reads rules and reasons in every comment syntax', () => {
    const text = [
      '# aks-snapshot-ignore a,b -- r1',
      'x // aks-snapshot-ignore c -- r2 -- with dashes',
      '/* aks-snapshot-ignore-file d -- r3 */',
      '<!-- aks-snapshot-ignore e -- r4 -->',
      '<# aks-snapshot-ignore f -- r5 #>'
    ].join('\n')
    // In Markdown, code comments count inside a fence; `<!-- -->` anywhere.
    const md = ['```bash', ...text.split('\n'), '```'].join('\n')
    expect(scanSuppressions('x.md', md).map((d) => [d.scope, d.rules, d.reason, d.span.line, d.span.column])).toEqual([
      ['line', ['a', 'b'], 'r1', 2, 1],
      ['line', ['c'], 'r2 -- with dashes', 3, 3],
      ['file', ['d'], 'r3', 4, 1],
      ['line', ['e'], 'r4', 5, 1],
      // A PowerShell block comment inside a Markdown fence reads as a `#` comment there.
      ['line', ['f'], 'r5', 6, 2]
    ])
    expect(scanSuppressions('x.ps1', text).map((d) => d.rules)).toEqual([['a', 'b'], ['f']])
    expect(scanSuppressions('x.sh', text.split('\n').slice(0, 4).join('\n')).map((d) => d.rules)).toEqual([['a', 'b']])
  })

  it.each([
    ['x.sh', 'echo "# aks-snapshot-ignore a -- r"'],
    ['x.sh', "echo '# aks-snapshot-ignore a -- r'"],
    ['x.sh', 'echo $# aks-snapshot-ignore a -- r'],
    ['x.sh', 'NOTE=#aks-snapshot-ignore a -- r'],
    ['x.bicep', "var note = '// aks-snapshot-ignore a -- r'"],
    ['x.json', '{ "description": "// aks-snapshot-ignore a -- r" }'],
    ['x.tf', 'description = "# aks-snapshot-ignore a -- r"']
  ])('%s: an opener glued to a quote, a word, $ or = is text, not a comment: %s', (file, line) => {
    expect(scanSuppressions(file, line)).toEqual([])
  })

  it('Markdown: outside a fence `#` starts a heading and `//` is prose; only <!-- --> is a comment there', () => {
    const md = [
      '# aks-snapshot-ignore a -- heading',
      '## aks-snapshot-ignore-file',
      'See // aks-snapshot-ignore b -- prose',
      '<!-- aks-snapshot-ignore c -- html comment -->',
      '~~~sh',
      '```',
      '# aks-snapshot-ignore d -- still inside the ~~~ fence',
      '~~~',
      '# aks-snapshot-ignore e -- after the fence'
    ].join('\n')
    expect(scanSuppressions('README.md', md).map((d) => [d.rules, d.reason, d.span.line])).toEqual([
      [['c'], 'html comment', 4],
      [['d'], 'still inside the ~~~ fence', 7]
    ])
  })

  it.each([
    ['x.sh', 'az aks upgrade -g rg -n aks;# aks-snapshot-ignore a -- r', 29],
    ['x.sh', 'az aks upgrade -g rg -n aks # aks-snapshot-ignore a -- r', 29],
    ['x.bicep', '}// aks-snapshot-ignore a -- r', 2],
    ['x.ps1', '<# aks-snapshot-ignore a -- r #>', 1]
  ])('%s: an opener after a space or punctuation is a comment: %s', (file, line, column) => {
    expect(scanSuppressions(file, line).map((d) => [d.rules, d.reason, d.span.column])).toEqual([[['a'], 'r', column]])
  })
})
