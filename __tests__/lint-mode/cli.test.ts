import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli.js'
import { setLiveLookup } from '../../src/lint/mode.js'
import { FakeGitHub } from '../../test/github-fake/server.js'
import { fakeIO, setEnv, TempRepo } from './helpers.js'

let repo: TempRepo
let restoreEnv: () => void
beforeEach(() => {
  repo = new TempRepo()
  // The CLI must behave the same inside and outside a runner.
  restoreEnv = setEnv({ FORCE_COLOR: undefined, NO_COLOR: undefined, GITHUB_WORKSPACE: undefined, GITHUB_EVENT_NAME: undefined })
})
afterEach(() => {
  restoreEnv()
  repo.dispose()
})

const positions = (json: string) =>
  (JSON.parse(json) as { findings: { ruleId: string; file: string; line: number; column: number; suppressed: unknown }[] }).findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`
  )

describe('aks-snapshot lint (CLI)', () => {
  it('prints stylish text grouped by file and exits 1 on errors', async () => {
    const io = fakeIO()
    expect(await main(['lint'], io)).toBe(1)
    const lines = io.out.split('\n')
    expect(lines[1]).toBe('infra/aks.json')
    expect(lines[2]).toMatch(
      /^ {2}22:35 {2}warning {2}Snapshot \/subscriptions\/.*\/snapshots\/snap-1 is not in the snapshot catalog\. +unknown-snapshot$/
    )
    expect(lines[3]).toMatch(/^ {2}28:5 {3}error {4}Node pool user1 is created without a snapshot reference\. +missing-snapshot-id$/)
    expect(lines[4]).toMatch(/^ {2}47:47 {2}error {4}snap-by-name .* +invalid-snapshot-id$/)
    expect(lines[6]).toBe('infra/other.json')
    expect(io.out).toContain('\n✖ 4 problems (3 errors, 1 warning, 0 notes) in 2 files scanned\n')
    expect(io.out).not.toContain('\u001b[')
    expect(io.err).toBe('Lint failed: 3 errors (fail-on: error).\n')
  })

  it('lints only the paths given', async () => {
    const io = fakeIO()
    expect(await main(['lint', 'infra/other.json', '--format', 'json'], io)).toBe(1)
    expect(positions(io.out)).toEqual(['infra/other.json:5:5 missing-snapshot-id'])
    expect(JSON.parse(io.out).filesScanned).toBe(1)
  })

  it('writes JSON version 1 with the summary', async () => {
    const io = fakeIO()
    expect(await main(['lint', '--format', 'json'], io)).toBe(1)
    const report = JSON.parse(io.out)
    expect(report.version).toBe(1)
    expect(report.filesScanned).toBe(2)
    expect(report.summary).toEqual({ errors: 3, warnings: 1, notes: 0, suppressed: 0 })
    expect(positions(io.out)).toEqual([
      'infra/aks.json:22:35 unknown-snapshot',
      'infra/aks.json:28:5 missing-snapshot-id',
      'infra/aks.json:47:47 invalid-snapshot-id',
      'infra/other.json:5:5 missing-snapshot-id'
    ])
    expect(report.findings.every((f: { fingerprint: string }) => /^[0-9a-f]{16,}$/.test(f.fingerprint))).toBe(true)
  })

  it.each([
    ['never', 0],
    ['warning', 1],
    ['error', 1]
  ])('--fail-on %s exits %i', async (level, code) => {
    expect(await main(['lint', '--fail-on', level], fakeIO())).toBe(code)
  })

  it('fails on warnings only with --fail-on warning', async () => {
    writeFileSync(repo.path('.aks-snapshot.yml'), 'rules:\n  missing-snapshot-id: off\n  invalid-snapshot-id: off\n')
    // Lint infra/ only: the config file is YAML, which the az CLI reader reads too.
    expect(await main(['lint', 'infra'], fakeIO())).toBe(0)
    const io = fakeIO()
    expect(await main(['lint', 'infra', '--fail-on', 'warning'], io)).toBe(1)
    expect(io.err).toBe('Lint failed: 0 errors and 1 warning (fail-on: warning).\n')
  })

  it('writes --output instead of stdout, and SARIF with repository-relative URIs', async () => {
    const io = fakeIO()
    expect(await main(['lint', '--format', 'sarif', '--output', 'out/lint.sarif'], io)).toBe(1)
    expect(io.out).toBe('')
    const sarif = JSON.parse(repo.read('out/lint.sarif'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('missing-snapshot-id')
    expect(
      sarif.runs[0].results.map(
        (r: {
          ruleId: string
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[]
        }) =>
          `${r.locations[0].physicalLocation.artifactLocation.uriBaseId}/${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`
      )
    ).toEqual([
      '%SRCROOT%/infra/aks.json:22 unknown-snapshot',
      '%SRCROOT%/infra/aks.json:28 missing-snapshot-id',
      '%SRCROOT%/infra/aks.json:47 invalid-snapshot-id',
      '%SRCROOT%/infra/other.json:5 missing-snapshot-id'
    ])
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo.dir}/`)
  })

  ;(process.platform === 'linux' && process.arch === 'x64' ? it : it.skip)(
    'writes SARIF the SARIF Multitool accepts for GitHub',
    async () => {
      const tool = join(repo.projectDir, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
      await main(['lint', '--format', 'sarif', '--output', 'lint.sarif'], fakeIO())
      execFileSync(tool, ['validate', 'lint.sarif', '-o', 'v.sarif', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning'], {
        cwd: repo.dir
      })
      const validation = JSON.parse(readFileSync(repo.path('v.sarif'), 'utf8'))
      expect(validation.runs[0].invocations[0].executionSuccessful).toBe(true)
      expect(validation.runs[0].results ?? []).toEqual([])
    }
  )

  it('prints GitHub workflow commands with --format github, errors first', async () => {
    const io = fakeIO()
    expect(await main(['lint', '--format', 'github'], io)).toBe(1)
    expect(io.out.split('\n').map((l) => l.replace(/::[^:]*$/, '').replace(/,col=.*$/, ''))).toEqual([
      '::error file=infra/aks.json,line=28,endLine=38,title=missing-snapshot-id',
      '::error file=infra/other.json,line=5,endLine=14,title=missing-snapshot-id',
      '::error file=infra/aks.json,line=47,endLine=47',
      '::warning file=infra/aks.json,line=22,endLine=22',
      ''
    ])
  })

  it('writes a baseline, then treats its findings as suppressed', async () => {
    const io = fakeIO()
    expect(await main(['lint', '--write-baseline', '.aks-snapshot-baseline.json'], io)).toBe(0)
    expect(io.err).toBe('Wrote 4 findings to the baseline .aks-snapshot-baseline.json.\n')
    expect(JSON.parse(repo.read('.aks-snapshot-baseline.json')).findings).toHaveLength(4)

    const after = fakeIO()
    expect(await main(['lint', '--baseline', '.aks-snapshot-baseline.json', '--format', 'json'], after)).toBe(0)
    const report = JSON.parse(after.out)
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notes: 0, suppressed: 4 })
    expect(report.findings[0].suppressed).toEqual({
      kind: 'baseline',
      justification: 'in baseline .aks-snapshot-baseline.json'
    })

    // A new finding is not in the baseline.
    writeFileSync(repo.path('infra/new.json'), repo.read('infra/other.json').replace('aks-dev/batch', 'aks-dev/batch2'))
    const more = fakeIO()
    expect(await main(['lint', '--baseline', '.aks-snapshot-baseline.json', '--format', 'json'], more)).toBe(1)
    expect(positions(more.out).filter((p) => !p.endsWith('(suppressed)'))).toEqual(['infra/new.json:5:5 missing-snapshot-id'])
  })

  it('takes the baseline from the config file', async () => {
    expect(await main(['lint', '--write-baseline', 'base.json'], fakeIO())).toBe(0)
    writeFileSync(repo.path('.aks-snapshot.yml'), 'baseline: base.json\n')
    expect(await main(['lint', 'infra'], fakeIO())).toBe(0)
  })

  it('merges the config file with flags, flags winning', async () => {
    writeFileSync(
      repo.path('.aks-snapshot.yml'),
      'rules:\n  invalid-snapshot-id: warning\nexclude: ["infra/other.json"]\ncatalog: missing.json\n'
    )
    // The config's catalog does not exist: an error naming it...
    const bad = fakeIO()
    expect(await main(['lint', 'infra'], bad)).toBe(2)
    expect(bad.err).toMatch(/^error: .*missing\.json: cannot read the catalog/)
    // ...unless --catalog wins.
    const io = fakeIO()
    expect(await main(['lint', 'infra', '--catalog', '.aks-snapshots.json', '--format', 'json'], io)).toBe(1)
    const report = JSON.parse(io.out)
    expect(report.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual([
      'unknown-snapshot warning',
      'missing-snapshot-id error',
      'invalid-snapshot-id warning'
    ])
  })

  it('adds --exclude to the config excludes', async () => {
    const io = fakeIO()
    expect(await main(['lint', '--exclude', 'infra/aks.json', '--format', 'json'], io)).toBe(1)
    expect(positions(io.out)).toEqual(['infra/other.json:5:5 missing-snapshot-id'])
  })

  it.each([
    [['lint', '--fail-on', 'sometimes'], "error: --fail-on must be one of error, warning, never, not 'sometimes'\n"],
    [['lint', '--format', 'xml'], "error: --format must be one of text, json, sarif, github, not 'xml'\n"],
    [['lint', 'nowhere'], 'error: --paths: nowhere does not exist\n'],
    [['lint', '--config', 'none.yml'], 'error: config file none.yml not found\n'],
    [['lint', '--baseline', 'none.json'], 'error: cannot read the baseline ']
  ])('%p is a usage error (exit 2)', async (argv, message) => {
    const io = fakeIO()
    expect(await main(argv, io)).toBe(2)
    expect(io.err.startsWith(message)).toBe(true)
    expect(io.out).toBe('')
  })

  it('names the file, line and key of a malformed config', async () => {
    writeFileSync(repo.path('.aks-snapshot.yml'), 'rules:\n  unpinned-upgrade: loud\n')
    const io = fakeIO()
    expect(await main(['lint'], io)).toBe(2)
    expect(io.err).toBe(
      "error: .aks-snapshot.yml:2:21: key 'rules.unpinned-upgrade' must be one of error, warning, note, off, not 'loud'\n"
    )
  })

  it('colours text when FORCE_COLOR asks, and never in a file', async () => {
    const restore = setEnv({ FORCE_COLOR: '1' })
    try {
      const io = fakeIO()
      await main(['lint'], io)
      expect(io.out).toContain('\u001b[31merror\u001b[39m')
      await main(['lint', '--output', 'lint.txt'], fakeIO())
      expect(repo.read('lint.txt')).not.toContain('\u001b[')
    } finally {
      restore()
    }
  })

  it('writes no SARIF file unless asked', async () => {
    await main(['lint'], fakeIO())
    expect(existsSync(repo.path('aks-snapshot.sarif'))).toBe(false)
    await main(['lint', '--sarif-file', 'scan.sarif'], fakeIO())
    expect(JSON.parse(repo.read('scan.sarif')).runs[0].results).toHaveLength(4)
  })
})

describe('resolve-live', () => {
  afterEach(() => setLiveLookup(undefined))

  it('opens Azure access only when asked, so its inputs are checked then', async () => {
    const io = fakeIO()
    expect(await main(['lint', '--resolve-live', '--environment', 'custom'], io)).toBe(2)
    expect(io.err).toBe('error: --arm-endpoint is required: environment custom needs arm-endpoint and authority-host\n')
    // Without resolve-live the same Azure inputs are not even read.
    expect(await main(['lint', '--environment', 'custom', '--format', 'json'], fakeIO())).toBe(1)
  })

  it('passes the registered look-up to the engine', async () => {
    const asked: string[][] = []
    setLiveLookup(async () => ({
      resolveLive: async (ids) => {
        asked.push(ids)
        return new Map(
          ids.map((id) => [id.toLowerCase(), { id, vmSize: 'Standard_E4s_v5', location: 'eastus', kubernetesVersion: '1.30.4' }])
        )
      },
      supportedVersionsLive: async () => undefined
    }))
    const io = fakeIO()
    expect(await main(['lint', 'infra/aks.json', '--resolve-live', '--format', 'json'], io)).toBe(1)
    // The engine asks once, with the ids in lower case (Azure ids compare case-insensitively).
    expect(asked).toEqual([
      ['/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-snap/providers/microsoft.containerservice/snapshots/snap-1']
    ])
    expect(positions(io.out)).toContain('infra/aks.json:20:23 vm-family-mismatch')
  })
})

describe('GitHub features from a workflow run: step', () => {
  it('lints the pull request files and comments, as the action does', async () => {
    const github = new FakeGitHub({
      token: 'ghs_cli',
      repository: 'octo/infra',
      pulls: { 3: [{ filename: 'infra/other.json', status: 'modified' }] }
    })
    const restore = setEnv({
      GITHUB_API_URL: await github.start(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: repo.path('event.json'),
      GITHUB_REPOSITORY: 'octo/infra',
      GITHUB_RUN_ID: undefined,
      GITHUB_TOKEN: 'ghs_cli'
    })
    writeFileSync(repo.path('event.json'), JSON.stringify({ pull_request: { number: 3 } }))
    try {
      const io = fakeIO()
      expect(await main(['lint', '--only-changed', '--pr-comment', 'true', '--format', 'json'], io)).toBe(1)
      expect(positions(io.out)).toEqual(['infra/other.json:5:5 missing-snapshot-id'])
      expect(github.comments.get(3)).toHaveLength(1)
      expect(github.comments.get(3)![0].body).toContain('| infra/other.json:5:5 | `missing-snapshot-id` | error |')
      expect(io.err).toContain('pr-comment: created https://github.com/octo/infra/pull/3#issuecomment-1000')
      // GITHUB_TOKEN is used when no --github-token is given, and never printed.
      expect(github.requests.every((r) => r.authorization === 'token ghs_cli')).toBe(true)
      expect(io.out + io.err).not.toContain('ghs_cli')
    } finally {
      restore()
      await github.stop()
    }
  })
})
