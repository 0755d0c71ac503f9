import { describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { lint, lintSources, type LintOptions } from '../../src/lint/engine.js'
import type { Finding } from '../../src/model.js'
import { defineRule } from '../../src/rules/types.js'
import { fakeReaders, fakeRules, SNAP } from './fake.js'
import { tempDir } from '../../__fixtures__/tmp.js'

const opts: Partial<LintOptions> = { readers: fakeReaders, ruleSet: fakeRules }
const brief = (fs: Finding[]) =>
  fs.map(
    (f) =>
      `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}${f.suppressed ? ` [${f.suppressed.kind}: ${f.suppressed.justification}]` : ''}`
  )

function repo(files: Record<string, string | Buffer>): string {
  const dir = tempDir('aks-lint-')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

describe('discovery', () => {
  it('walks folders, honours .gitignore at every level without git, skips node_modules, .git and its own config, sorts findings', async () => {
    const cwd = repo({
      '.gitignore': 'build/\n*.tmp.sh\n',
      'a.sh': 'pool a1\n',
      'x.tmp.sh': 'pool ignored\n',
      'build/b.sh': 'pool ignored\n',
      'sub/.gitignore': 'local.sh\n!keep.tmp.sh\n',
      'sub/local.sh': 'pool ignored\n',
      'sub/keep.tmp.sh': 'pool kept\n',
      'sub/deeper/c.sh': '\n  pool c1\n',
      'node_modules/pkg/d.sh': 'pool ignored\n',
      '.git/hooks/e.sh': 'pool ignored\n',
      'README.txt': 'pool not-a-known-kind\n',
      '.aks-snapshot.yml': 'rules: {}\n',
      'notes.json': '{"pool": 1}'
    })
    const result = await lint({ cwd, ...opts })
    expect(result.files).toEqual(['a.sh', 'sub/deeper/c.sh', 'sub/keep.tmp.sh'])
    expect(result.filesScanned).toBe(3)
    expect(brief(result.findings)).toEqual([
      'a.sh:1:1 missing-snapshot-id error Node pool a1 has no snapshot.',
      'sub/deeper/c.sh:2:3 missing-snapshot-id error Node pool c1 has no snapshot.',
      'sub/keep.tmp.sh:1:1 missing-snapshot-id error Node pool kept has no snapshot.'
    ])
  })

  it('applies include and exclude globs, paths and only-changed files', async () => {
    const cwd = repo({ 'infra/a.sh': 'pool a\n', 'infra/legacy/b.sh': 'pool b\n', 'docs/c.md': 'pool c\n', 'scripts/d.sh': 'pool d\n' })
    expect((await lint({ cwd, ...opts, include: ['infra/**'], exclude: ['**/legacy/**'] })).files).toEqual(['infra/a.sh'])
    expect((await lint({ cwd, ...opts, exclude: ['*.md'] })).files).toEqual(['infra/a.sh', 'infra/legacy/b.sh', 'scripts/d.sh'])
    expect((await lint({ cwd, ...opts, exclude: ['legacy', 'scripts/'] })).files).toEqual(['docs/c.md', 'infra/a.sh'])
    expect((await lint({ cwd, ...opts, include: ['./infra/', '*.md'] })).files).toEqual(['docs/c.md', 'infra/a.sh', 'infra/legacy/b.sh'])
    expect((await lint({ cwd, ...opts, paths: ['infra', 'docs/c.md'] })).files).toEqual(['docs/c.md', 'infra/a.sh', 'infra/legacy/b.sh'])
    const changed = await lint({ cwd, ...opts, paths: ['infra'], onlyFiles: ['infra/legacy/b.sh', 'scripts/d.sh', 'gone.sh'] })
    expect(changed.files).toEqual(['infra/legacy/b.sh'])
  })

  it('reports a known-kind file (by name or by content) that is binary, UTF-16 or not UTF-8 as a parse-error at the first bad byte, skips other files, strips the BOM', async () => {
    const cwd = repo({
      'bin.sh': Buffer.from([0x70, 0x6f, 0x6f, 0x6c, 0x0a, 0x61, 0x00, 0x01]),
      'latin1.sh': Buffer.concat([Buffer.from('# ok\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      'utf16.ps1': Buffer.from('\ufeffpool a\n', 'utf16le'),
      'latin1.json': Buffer.concat([
        Buffer.from(
          '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "metadata": { "owner": "Ren'
        ),
        Buffer.from([0xe9]),
        Buffer.from('" } }')
      ]),
      'other.json': Buffer.from([0x7b, 0xe9, 0x7d]),
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
      'bom.sh': '\ufeffpool b\n'
    })
    const result = await lint({ cwd, ...opts })
    expect(result.files).toEqual(['bin.sh', 'bom.sh', 'latin1.json', 'latin1.sh', 'utf16.ps1'])
    expect(brief(result.findings)).toEqual([
      'bin.sh:2:2 parse-error error the file is binary (it contains NUL bytes), not text',
      'bom.sh:1:1 missing-snapshot-id error Node pool b has no snapshot.',
      'latin1.json:2:30 parse-error error the file is not valid UTF-8 text',
      'latin1.sh:2:6 parse-error error the file is not valid UTF-8 text',
      'utf16.ps1:1:1 parse-error error the file is UTF-16 text; save it as UTF-8'
    ])
  })

  it('honours the .gitignore of the enclosing git repository when run in a subfolder, and does not follow linked folders', async () => {
    const top = repo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'infra/out/\n',
      'infra/a.sh': 'pool a\n',
      'infra/out/b.sh': 'pool b\n'
    })
    symlinkSync(top, path.join(top, 'infra', 'loop'))
    const cwd = path.join(top, 'infra')
    expect((await lint({ cwd, ...opts })).files).toEqual(['a.sh'])
    // only-changed files still go through .gitignore; a file named in paths does not.
    expect((await lint({ cwd, ...opts, onlyFiles: ['out/b.sh', 'a.sh'] })).files).toEqual(['a.sh'])
    expect((await lint({ cwd, ...opts, paths: ['out/b.sh'] })).files).toEqual(['out/b.sh'])
  })

  it('classifies JSON by content: an ARM template is read, other JSON is not counted', async () => {
    const cwd = repo({
      'azuredeploy.json':
        '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }',
      'package.json': '{ "name": "x" }'
    })
    const seen: string[] = []
    const arm = {
      kind: 'arm' as const,
      accepts: () => true,
      read: async (f: { path: string }) => (seen.push(f.path), { declarations: [], problems: [] })
    }
    const result = await lint({ cwd, ...opts, readers: { ...fakeReaders, arm } })
    expect(result.files).toEqual(['azuredeploy.json'])
    expect(seen).toEqual(['azuredeploy.json'])
  })
})

describe('reading', () => {
  it('turns the first reader problem into one parse-error and a throwing reader into an internal-error finding, and goes on', async () => {
    const result = await lintSources(
      [
        { path: 'a.sh', text: 'pool a\n!parse unexpected token ")"\n!parse second\n' },
        { path: 'b.sh', text: 'pool b\n!throw\n' },
        { path: 'c.sh', text: 'pool c\n' }
      ],
      opts
    )
    expect(brief(result.findings)).toEqual([
      'a.sh:1:1 missing-snapshot-id error Node pool a has no snapshot.',
      'a.sh:2:1 parse-error error unexpected token ")"',
      'b.sh:1:1 parse-error error internal error reading this file: fake reader broke',
      'c.sh:1:1 missing-snapshot-id error Node pool c has no snapshot.'
    ])
    expect(result.filesScanned).toBe(3)
  })

  it('reports the earliest problem in the file when the reader found a later one first', async () => {
    const late = { file: 'a.bicep', line: 4, column: 9, endLine: 4, endColumn: 10 }
    const early = { file: 'a.bicep', line: 2, column: 3, endLine: 2, endColumn: 4 }
    const reader = {
      kind: 'bicep' as const,
      accepts: () => true,
      read: async () => ({
        declarations: [],
        problems: [
          { message: 'unterminated string', span: late },
          { message: "expected '='", span: early }
        ]
      })
    }
    const result = await lintSources([{ path: 'a.bicep', text: 'x\ny\nz\nw\n' }], { ...opts, readers: { bicep: reader } })
    expect(result.findings.map((f) => [`${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, f.ruleId, f.message])).toEqual([
      ['a.bicep:2:3-2:4', 'parse-error', "expected '='"]
    ])
  })

  it('turns a rule that throws into a finding on the declaration, and runs the other rules', async () => {
    const broken = defineRule(
      { id: 'os-mismatch', severity: 'error', description: 'd', fullDescription: 'f', messages: { m: 'm' } },
      () => {
        throw new TypeError("Cannot read properties of undefined (reading 'value')")
      }
    )
    const result = await lintSources([{ path: 'a.sh', text: '\n  pool a\n' }], { ...opts, ruleSet: [...fakeRules, broken] })
    expect(brief(result.findings)).toEqual([
      'a.sh:2:3 missing-snapshot-id error Node pool a has no snapshot.',
      "a.sh:2:3 parse-error error internal error in rule os-mismatch checking pool a: Cannot read properties of undefined (reading 'value')"
    ])
  })

  it('gives up on a reader that never answers, as a finding, and goes on', async () => {
    const stuck = { kind: 'bicep' as const, accepts: () => true, read: () => new Promise<never>(() => undefined) }
    const result = await lintSources(
      [
        { path: 'a.bicep', text: 'x' },
        { path: 'b.sh', text: 'pool b\n' }
      ],
      { ...opts, readers: { ...fakeReaders, bicep: stuck }, readTimeoutMs: 50 }
    )
    expect(brief(result.findings)).toEqual([
      'a.bicep:1:1 parse-error error internal error reading this file: no result after 0.05 s',
      'b.sh:1:1 missing-snapshot-id error Node pool b has no snapshot.'
    ])
  })

  it('gives readers the other files through the context: in-memory first, then disk', async () => {
    const cwd = repo({ 'mod/disk.txt': 'from disk', 'mod/other.txt': 'x' })
    const got: unknown[] = []
    const reader = {
      kind: 'cli' as const,
      accepts: () => true,
      async read(_f: unknown, ctx: { readFile(p: string): Promise<string | undefined>; listDir(p: string): Promise<string[]> }) {
        got.push(
          await ctx.readFile('mod/mem.txt'),
          await ctx.readFile('./mod/disk.txt'),
          await ctx.readFile('mod/none.txt'),
          await ctx.listDir('mod')
        )
        return { declarations: [], problems: [] }
      }
    }
    await lintSources(
      [
        { path: 'main.sh', text: '' },
        { path: 'mod/mem.txt', text: '\ufeffin memory' }
      ],
      { cwd, ruleSet: fakeRules, readers: { cli: reader } }
    )
    expect(got).toEqual(['in memory', 'from disk', undefined, ['mod/disk.txt', 'mod/mem.txt', 'mod/other.txt']])
  })
})

describe('severities and instances', () => {
  it('applies configured severities and drops rules that are off', async () => {
    const src = [{ path: 'a.sh', text: `pool a\npool b snap=${SNAP} vm=Standard_D4s_v5\n` }]
    const catalog = { snapshots: [{ id: SNAP, vmSize: 'Standard_E4s_v5' }], pins: {} }
    const r1 = await lintSources(src, { ...opts, catalog, rules: { 'missing-snapshot-id': 'note' } })
    expect(brief(r1.findings)).toEqual([
      'a.sh:1:1 missing-snapshot-id note Node pool a has no snapshot.',
      'a.sh:2:101 vm-family-mismatch error b is Standard_D4s_v5, the snapshot is Standard_E4s_v5.'
    ])
    const r2 = await lintSources(src, { ...opts, catalog, rules: { 'vm-family-mismatch': 'off' } })
    expect(brief(r2.findings)).toEqual(['a.sh:1:1 missing-snapshot-id error Node pool a has no snapshot.'])
  })

  it('reports a finding shared by loop instances once, naming them', async () => {
    const text = 'pool p inst=pools[0]\npool p inst=pools[1]\n'
    // The fake reader puts each instance on its own line; real loops share one position.
    const single = await lintSources([{ path: 'a.sh', text: 'pool p inst=pools[0]\n' }], opts)
    expect(brief(single.findings)).toEqual(['a.sh:1:1 missing-snapshot-id error Node pool p has no snapshot (instance: pools[0]).'])
    const loopReader = {
      ...fakeReaders.cli,
      async read(f: { path: string; text: string }, ctx: never) {
        const r = await fakeReaders.cli.read(f, ctx)
        // Every declaration at line 1, as a loop body gives.
        for (const d of r.declarations) d.span = { ...d.span, line: 1, endLine: 1 }
        return r
      }
    }
    const merged = await lintSources([{ path: 'a.sh', text: text + 'pool p inst=pools[2]\npool q\n' }], {
      ...opts,
      readers: { cli: loopReader }
    })
    expect(brief(merged.findings)).toEqual([
      'a.sh:1:1 missing-snapshot-id error Node pool p has no snapshot (instances: pools[0], pools[1], pools[2]).',
      'a.sh:1:1 missing-snapshot-id error Node pool q has no snapshot.'
    ])
  })
})

describe('snapshot properties', () => {
  const other = SNAP.replace('snap1', 'snap2')
  const third = SNAP.replace('snap1', 'snap3')

  it('come from the catalog first, then snapshots declared in the run, then resolve-live called once with the ids still unknown', async () => {
    const calls: string[][] = []
    const resolveLive = async (ids: string[]) => {
      calls.push(ids)
      return new Map(ids.map((id) => [id, { vmSize: 'Standard_L8s_v3' }]))
    }
    const result = await lintSources(
      [
        {
          path: 'a.sh',
          text: `pool a snap=${SNAP} vm=Standard_D4s_v5\npool b snap=${other.toUpperCase()} vm=Standard_D4s_v5\npool c snap=${third} vm=Standard_D4s_v5\npool d snap=${third} vm=Standard_D4s_v5\npool e snap=$X vm=Standard_D4s_v5\n`
        },
        { path: 'b.sh', text: `snapshot ${other} vm=Standard_F4s_v2\nsnapshot ${SNAP} vm=Standard_M8ms\n` }
      ],
      { ...opts, catalog: { snapshots: [{ id: SNAP.toUpperCase(), vmSize: 'Standard_E4s_v5' }], pins: {} }, resolveLive }
    )
    expect(calls).toEqual([[third.toLowerCase()]])
    expect(brief(result.findings)).toEqual([
      'a.sh:1:101 vm-family-mismatch error a is Standard_D4s_v5, the snapshot is Standard_E4s_v5.',
      'a.sh:2:101 vm-family-mismatch error b is Standard_D4s_v5, the snapshot is Standard_F4s_v2.',
      'a.sh:3:101 vm-family-mismatch error c is Standard_D4s_v5, the snapshot is Standard_L8s_v3.',
      'a.sh:4:101 vm-family-mismatch error d is Standard_D4s_v5, the snapshot is Standard_L8s_v3.'
    ])
  })

  it('gives supported versions from the catalog by region (case and spaces ignored), else "*", else live', async () => {
    const src = [{ path: 'a.sh', text: 'pool a snap=x loc=EastUS\npool b snap=x loc=westeurope\n' }]
    const lists = { 'East US': ['1.30', '1.31'] }
    const r1 = await lintSources(src, { ...opts, catalog: { snapshots: [], pins: {}, supportedKubernetesVersions: lists } })
    expect(brief(r1.findings)).toEqual(['a.sh:1:1 unsupported-version warning EastUS: 1.30 1.31'])
    const live = async (region: string) => (region === 'westeurope' ? ['1.29'] : undefined)
    const r2 = await lintSources(src, {
      ...opts,
      catalog: { snapshots: [], pins: {}, supportedKubernetesVersions: lists },
      supportedVersionsLive: live
    })
    expect(brief(r2.findings)).toEqual([
      'a.sh:1:1 unsupported-version warning EastUS: 1.30 1.31',
      'a.sh:2:1 unsupported-version warning westeurope: 1.29'
    ])
    const r3 = await lintSources(src, {
      ...opts,
      catalog: { snapshots: [], pins: {}, supportedKubernetesVersions: { ...lists, '*': ['1.28'] } },
      supportedVersionsLive: live
    })
    expect(brief(r3.findings)).toEqual([
      'a.sh:1:1 unsupported-version warning EastUS: 1.30 1.31',
      'a.sh:2:1 unsupported-version warning westeurope: 1.28'
    ])
  })
})

describe('in-memory sources', () => {
  it('classify and check bytes like files on disk', async () => {
    const arm = '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "x": "caf'
    const result = await lintSources(
      [
        { path: 'latin1.json', text: Uint8Array.from([...Buffer.from(arm), 0xe9, 0x22, 0x7d]) },
        { path: 'data.json', text: Uint8Array.from([0x7b, 0xe9, 0x7d]) },
        { path: 'nul.sh', text: 'pool a\n\u0000' }
      ],
      { ...opts, readers: { ...fakeReaders, arm: { ...fakeReaders.cli, kind: 'arm' } } }
    )
    expect(result.files).toEqual(['latin1.json', 'nul.sh'])
    expect(brief(result.findings)).toEqual([
      `latin1.json:1:${arm.length + 1} parse-error error the file is not valid UTF-8 text`,
      'nul.sh:2:1 parse-error error the file is binary (it contains NUL bytes), not text'
    ])
  })
})

describe('messages', () => {
  it('cut very long quoted values so annotations stay readable', async () => {
    const long = 'Standard_' + 'X'.repeat(5000)
    const catalog = { snapshots: [{ id: SNAP, vmSize: 'Standard_E4s_v5' }], pins: {} }
    const result = await lintSources([{ path: 'a.sh', text: `pool b snap=${SNAP} vm=${long}\n` }], { ...opts, catalog })
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0].message).toBe(`b is ${long.slice(0, 199)}…, the snapshot is Standard_E4s_v5.`)
  })
})
