import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/action.js'
import { COMMENT_MARKER } from '../../src/github/sticky-comment.js'
import { FakeGitHub, type FakeFile } from '../../test/github-fake/server.js'
import { parseOutputFile, setEnv, TempRepo } from './helpers.js'

/**
 * The action end to end: INPUT_* variables read by the real @actions/core,
 * outputs and the job summary read back from the runner's files, workflow
 * commands read from stdout, and the GitHub API served by a local fake.
 */
let repo: TempRepo
let runner: string
let restoreEnv: () => void
let stdout: string

// One runner folder for the whole file: @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it sees, as one step would.
beforeAll(() => {
  runner = mkdtempSync(join(tmpdir(), 'aks-runner-'))
})
afterAll(() => {
  rmSync(runner, { recursive: true, force: true })
  process.exitCode = undefined
})

beforeEach(() => {
  repo = new TempRepo()
  rmSync(join(runner, 'aks-snapshot.sarif'), { force: true })
  writeFileSync(join(runner, 'output'), '')
  writeFileSync(join(runner, 'summary'), '')
  restoreEnv = setEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    RUNNER_TEMP: runner,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: undefined,
    GITHUB_REPOSITORY: 'octo/infra',
    GITHUB_API_URL: undefined,
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_TOKEN: undefined,
    FORCE_COLOR: undefined,
    NO_COLOR: undefined,
    INPUT_MODE: 'lint'
  })
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  restoreEnv()
  process.exitCode = undefined
  repo.dispose()
})

const inputs = (values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value
}
const outputs = () => parseOutputFile(readFileSync(join(runner, 'output'), 'utf8'))
const summary = () => readFileSync(join(runner, 'summary'), 'utf8')
const commands = () => stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))
/** A workflow command without its message. */
const head = (command: string) => command.slice(0, command.indexOf('::', 2))

describe('lint in the action', () => {
  it('annotates, writes SARIF, the summary and the outputs, and fails on errors', async () => {
    await run()
    expect(process.exitCode).toBe(1)
    const sarifFile = join(runner, 'aks-snapshot.sarif')
    expect(outputs()).toEqual({ findings: '4', errors: '3', warnings: '1', 'files-scanned': '2', 'sarif-file': sarifFile, result: 'fail' })
    expect(commands().map(head)).toEqual([
      '::error title=missing-snapshot-id,file=infra/aks.json,line=28,endLine=38',
      '::error title=missing-snapshot-id,file=infra/other.json,line=5,endLine=14',
      '::error title=invalid-snapshot-id,file=infra/aks.json,line=47,endLine=47,col=47,endColumn=61',
      '::warning title=unknown-snapshot,file=infra/aks.json,line=22,endLine=22,col=35,endColumn=165'
    ])
    expect(commands()[0]).toBe(
      '::error title=missing-snapshot-id,file=infra/aks.json,line=28,endLine=38::Node pool user1 is created without a snapshot reference.'
    )
    // The log also has the stylish text, and says why the step failed.
    expect(stdout).toContain('\ninfra/aks.json\n')
    expect(stdout).toContain('Lint failed: 3 errors (fail-on: error).')

    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(4)
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo.dir}/`)

    const md = summary()
    expect(md).toContain('### aks-snapshot lint\n\n❌ **Failed**: 3 errors, 1 warning, 0 notes in 2 files scanned.\n')
    expect(md.split('\n').filter((l) => l.startsWith('| infra/'))).toEqual([
      '| infra/aks.json:28:5 | `missing-snapshot-id` | error | Node pool user1 is created without a snapshot reference. |',
      '| infra/other.json:5:5 | `missing-snapshot-id` | error | Node pool batch is created without a snapshot reference. |',
      expect.stringMatching(/^\| infra\/aks\.json:47:47 \| `invalid-snapshot-id` \| error \| snap-by-name is a name/),
      expect.stringMatching(/^\| infra\/aks\.json:22:35 \| `unknown-snapshot` \| warning \| Snapshot /)
    ])
  })

  it('respects annotate: false, fail-on: never and a sarif-file path', async () => {
    inputs({ annotate: 'false', 'fail-on': 'never', 'sarif-file': 'reports/lint.sarif' })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(commands()).toEqual([])
    expect(outputs()).toMatchObject({ result: 'pass', errors: '3', 'sarif-file': repo.path('reports/lint.sarif') })
    expect(existsSync(repo.path('reports/lint.sarif'))).toBe(true)
    expect(summary()).toContain('✅ **Passed**: 3 errors, 1 warning, 0 notes in 2 files scanned.')
  })

  it('reads multi-line paths and exclude', async () => {
    inputs({ paths: 'infra/aks.json\ninfra/other.json\n', exclude: '# not this one\ninfra/other.json' })
    await run()
    expect(outputs()).toMatchObject({ 'files-scanned': '1', findings: '3' })
  })

  it('annotates the 10 most important errors and says how many more there are', async () => {
    const pools = Array.from({ length: 12 }, (_, i) => ({
      type: 'Microsoft.ContainerService/managedClusters/agentPools',
      apiVersion: '2024-09-01',
      name: `aks-big/pool${i}`,
      properties: { mode: 'User', count: 1, vmSize: 'Standard_D2s_v5' }
    }))
    writeFileSync(
      repo.path('infra/big.json'),
      JSON.stringify(
        {
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
          contentVersion: '1.0.0.0',
          resources: pools
        },
        null,
        2
      )
    )
    await run()
    const errors = commands().filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(10)
    // missing-snapshot-id outranks invalid-snapshot-id, so the invalid one is among those left out.
    expect(errors.every((l) => l.includes('title=missing-snapshot-id'))).toBe(true)
    expect(commands().filter((l) => l.startsWith('::warning'))).toHaveLength(1)
    expect(stdout).toContain(
      '5 more errors not annotated: GitHub shows 10 annotations per level in a step. Every finding is in the job summary and the SARIF file.'
    )
    expect(
      summary()
        .split('\n')
        .filter((l) => l.startsWith('| infra/'))
    ).toHaveLength(16)
  })

  it('fails the step with the input named on a bad input', async () => {
    inputs({ 'fail-on': 'sometimes' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain("::error::input 'fail-on' must be one of error, warning, never, not 'sometimes'")
    expect(outputs()).toEqual({})
  })
})

describe('bad inputs', () => {
  it('checks every input before linting, so nothing is written', async () => {
    inputs({ 'pr-comment': 'maybe' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain("::error::input 'pr-comment' must be true or false, not 'maybe'")
    expect(existsSync(join(runner, 'aks-snapshot.sarif'))).toBe(false)
    expect(summary()).toBe('')
  })
})

describe('only-changed and pr-comment against a fake GitHub API', () => {
  const TOKEN = 'ghs_fake_token_1234'
  let github: FakeGitHub

  const pullRequest = async (files: FakeFile[], options: Partial<ConstructorParameters<typeof FakeGitHub>[0]> = {}) => {
    github = new FakeGitHub({ token: TOKEN, repository: 'octo/infra', pulls: { 7: files }, ...options })
    const url = await github.start()
    const event = join(runner, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: { number: 7 },
        repository: { name: 'infra', owner: { login: 'octo' } }
      })
    )
    process.env.GITHUB_EVENT_NAME = 'pull_request'
    process.env.GITHUB_EVENT_PATH = event
    process.env.GITHUB_API_URL = url
    inputs({ 'github-token': TOKEN })
  }

  afterEach(async () => {
    await github?.stop()
  })

  // 250 changed files: three pages of 100.
  const changed: FakeFile[] = [
    { filename: 'infra/aks.json', status: 'renamed', previous_filename: 'infra/old-aks.json' },
    { filename: 'infra/gone.json', status: 'removed' },
    ...Array.from({ length: 248 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added' as const }))
  ]

  it('lints only the files the pull request changes, reading every page', async () => {
    await pullRequest(changed)
    inputs({ 'only-changed': 'true' })
    await run()
    expect(outputs()).toMatchObject({ 'files-scanned': '1', findings: '3', errors: '2' })
    expect(github.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query)}`)).toEqual([
      'GET /repos/octo/infra/pulls/7/files?per_page=100',
      'GET /repos/octo/infra/pulls/7/files?per_page=100&page=2',
      'GET /repos/octo/infra/pulls/7/files?per_page=100&page=3'
    ])
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(stdout).toContain('only-changed: pull request #7 changes 249 files.')
    // The token is masked as soon as it is read, and printed nowhere else.
    expect(stdout).toContain(`::add-mask::${TOKEN}`)
    expect(stdout.split(TOKEN)).toHaveLength(2)
  })

  it('keeps one sticky comment, created once and then updated in place', async () => {
    await pullRequest(changed, { comments: { 7: [{ id: 5, body: 'Looks good to me', user: { login: 'octocat', type: 'User' } }] } })
    inputs({ 'pr-comment': 'true' })
    await run()
    expect(github.comments.get(7)!.map((c) => c.id)).toEqual([5, 1000])
    const first = github.comments.get(7)![1]
    expect(
      first.body.startsWith(`${COMMENT_MARKER}\n### aks-snapshot lint\n\n❌ **Failed**: 3 errors, 1 warning, 0 notes in 2 files scanned.\n`)
    ).toBe(true)
    expect(first.body).toContain('| infra/other.json:5:5 | `missing-snapshot-id` | error |')
    expect(first.body.endsWith('\n[Workflow run](https://github.com/octo/infra/actions/runs/42)\n')).toBe(true)
    expect(stdout).toContain('pr-comment: created https://github.com/octo/infra/pull/7#issuecomment-1000')

    // The next push fixes other.json: the same comment is updated.
    rmSync(repo.path('infra/other.json'))
    github.requests.length = 0
    await run()
    expect(github.comments.get(7)!.map((c) => c.id)).toEqual([5, 1000])
    expect(github.comments.get(7)![1].body).toContain('❌ **Failed**: 2 errors, 1 warning, 0 notes in 1 file scanned.')
    expect(github.comments.get(7)![0].body).toBe('Looks good to me')
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/infra/issues/7/comments',
      'PATCH /repos/octo/infra/issues/comments/1000'
    ])
    expect(github.requests[1].body).toEqual({ body: github.comments.get(7)![1].body })

    // Nothing changed: no write at all.
    github.requests.length = 0
    await run()
    expect(github.requests.map((r) => r.method)).toEqual(['GET'])
    expect(stdout).toContain('pr-comment: unchanged')
  })

  it('finds its comment on a later page of comments', async () => {
    const others = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: { login: 'octocat', type: 'User' } }))
    await pullRequest(changed, {
      comments: { 7: [...others, { id: 500, body: `${COMMENT_MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } }] }
    })
    inputs({ 'pr-comment': 'true' })
    await run()
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/infra/issues/7/comments',
      'GET /repos/octo/infra/issues/7/comments',
      'PATCH /repos/octo/infra/issues/comments/500'
    ])
    expect(github.comments.get(7)).toHaveLength(121)
  })

  it('adds no comment to a clean pull request', async () => {
    await pullRequest(changed)
    inputs({ 'pr-comment': 'true' })
    rmSync(repo.path('infra'), { recursive: true })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(outputs()).toMatchObject({ result: 'pass', findings: '0', 'files-scanned': '0' })
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/octo/infra/issues/7/comments'])
    expect(github.comments.get(7) ?? []).toEqual([])
  })

  it('updates an old failing comment when the pull request is clean now', async () => {
    await pullRequest(changed, {
      comments: { 7: [{ id: 9, body: `${COMMENT_MARKER}\n❌ old`, user: { login: 'github-actions[bot]', type: 'Bot' } }] }
    })
    inputs({ 'pr-comment': 'true', paths: 'infra/aks.json', 'fail-on': 'never' })
    writeFileSync(
      repo.path('infra/aks.json'),
      '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }'
    )
    await run()
    expect(github.comments.get(7)![0].body).toBe(
      `${COMMENT_MARKER}\n### aks-snapshot lint\n\n✅ **Passed**: no problems in 1 file scanned.\n\n[Workflow run](https://github.com/octo/infra/actions/runs/42)\n`
    )
  })

  it('warns and goes on when the token cannot write comments', async () => {
    await pullRequest(changed, { failWritesWith: 403 })
    inputs({ 'pr-comment': 'true' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(outputs()).toMatchObject({ result: 'fail', errors: '3' })
    expect(stdout).toContain(
      '::warning::pr-comment: cannot write the comment on pull request #7 (HTTP 403: Resource not accessible by integration). The token needs pull-requests: write; pull requests from forks get a read-only token.'
    )
  })

  it('lints everything, with a warning, when the files cannot be listed', async () => {
    await pullRequest(changed)
    inputs({ 'only-changed': 'true', 'github-token': 'wrong-token' })
    await run()
    expect(outputs()).toMatchObject({ 'files-scanned': '2' })
    expect(stdout).toContain(
      '::warning::only-changed: cannot list the files of pull request #7 (HTTP 401: Bad credentials); every file is linted.'
    )
  })

  it('lints everything when the pull request has more files than GitHub lists', async () => {
    await pullRequest(Array.from({ length: 3001 }, (_, i) => ({ filename: `docs/p${i}.md`, status: 'added' as const })))
    inputs({ 'only-changed': 'true' })
    await run()
    expect(outputs()).toMatchObject({ 'files-scanned': '2' })
    expect(stdout).toContain('only-changed: pull request #7 changes 3000 files or more, more than GitHub lists; every file is linted.')
  })

  it('lints everything outside a pull request, without calling GitHub', async () => {
    await pullRequest(changed)
    process.env.GITHUB_EVENT_NAME = 'push'
    inputs({ 'only-changed': 'true', 'pr-comment': 'true' })
    await run()
    expect(outputs()).toMatchObject({ 'files-scanned': '2' })
    expect(github.requests).toEqual([])
    expect(stdout).toContain('only-changed: this run is not about a pull request, so every file is linted.')
    expect(stdout).toContain('pr-comment: this run is not about a pull request; no comment written.')
  })
})
