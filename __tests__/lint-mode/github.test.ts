import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listChangedFiles } from '../../src/github/changed-files.js'
import { createGitHubClient } from '../../src/github/client.js'
import { pullRequestFromEnv, runUrl } from '../../src/github/context.js'
import { FakeGitHub } from '../../test/github-fake/server.js'

const dir = mkdtempSync(join(tmpdir(), 'aks-gh-'))
const event = (payload: unknown) => {
  const file = join(dir, `event-${Math.random()}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return file
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pullRequestFromEnv', () => {
  it.each(['pull_request', 'pull_request_target'])('reads the number of a %s event and the repository', async (name) => {
    const env = { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event({ pull_request: { number: 12 } }), GITHUB_REPOSITORY: 'octo/infra' }
    expect(await pullRequestFromEnv(env)).toEqual({ owner: 'octo', repo: 'infra', number: 12 })
  })

  it('falls back to the payload repository', async () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event({ pull_request: { number: 4 }, repository: { name: 'infra', owner: { login: 'octo' } } })
    }
    expect(await pullRequestFromEnv(env)).toEqual({ owner: 'octo', repo: 'infra', number: 4 })
  })

  it.each([
    ['a push', { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event({ pull_request: { number: 1 } }), GITHUB_REPOSITORY: 'o/r' }],
    ['no event file', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json'), GITHUB_REPOSITORY: 'o/r' }],
    ['no number', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event({}), GITHUB_REPOSITORY: 'o/r' }],
    ['outside Actions', {}]
  ])('is undefined for %s', async (_, env) => {
    expect(await pullRequestFromEnv(env)).toBeUndefined()
  })

  it('links the workflow run', () => {
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9', GITHUB_SERVER_URL: 'https://ghe.example.com' })).toBe(
      'https://ghe.example.com/o/r/actions/runs/9'
    )
    expect(runUrl({})).toBeUndefined()
  })
})

describe('listChangedFiles', () => {
  let github: FakeGitHub | undefined
  afterEach(async () => {
    await github?.stop()
  })

  it('says the list is incomplete at GitHub’s 3000-file limit', async () => {
    github = new FakeGitHub({
      token: 't',
      repository: 'o/r',
      pulls: { 1: Array.from({ length: 3100 }, (_, i) => ({ filename: `f${i}.tf`, status: 'added' as const })) }
    })
    const client = await createGitHubClient('t', { GITHUB_API_URL: await github.start() })
    const listed = await listChangedFiles(client, { owner: 'o', repo: 'r', number: 1 })
    expect(listed.files).toHaveLength(3000)
    expect(listed.complete).toBe(false)
    expect(github.requests).toHaveLength(30)
  })

  it('leaves removed files out and keeps renamed ones under their new name', async () => {
    github = new FakeGitHub({
      token: 't',
      repository: 'o/r',
      pulls: {
        2: [
          { filename: 'a.bicep', status: 'removed' },
          { filename: 'new.bicep', status: 'renamed', previous_filename: 'old.bicep' },
          { filename: 'c.tf', status: 'modified' }
        ]
      }
    })
    const client = await createGitHubClient('t', { GITHUB_API_URL: await github.start() })
    expect(await listChangedFiles(client, { owner: 'o', repo: 'r', number: 2 })).toEqual({ files: ['new.bicep', 'c.tf'], complete: true })
  })
})
