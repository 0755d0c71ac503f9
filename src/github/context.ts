import { promises as fs } from 'node:fs'

/** The pull request a workflow run is about. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** Events whose payload carries `pull_request` and whose run is about that pull request. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/**
 * Reads the pull request from the runner's environment (`GITHUB_EVENT_NAME`,
 * `GITHUB_EVENT_PATH`, `GITHUB_REPOSITORY`) at call time, as
 * @actions/github's `context` does at import time. Undefined when the run is
 * not about a pull request.
 */
export async function pullRequestFromEnv(env: NodeJS.ProcessEnv): Promise<PullRequestRef | undefined> {
  if (!env.GITHUB_EVENT_NAME || !PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME) || !env.GITHUB_EVENT_PATH) return undefined
  let payload: { pull_request?: { number?: unknown }; repository?: { name?: string; owner?: { login?: string } } }
  try {
    payload = JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return undefined
  }
  const number = payload.pull_request?.number
  if (typeof number !== 'number') return undefined
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (owner && repo) return { owner, repo, number }
  const login = payload.repository?.owner?.login
  const name = payload.repository?.name
  return login && name ? { owner: login, repo: name, number } : undefined
}

/** The API root: GitHub Enterprise Server and tests set `GITHUB_API_URL`. */
export const apiUrl = (env: NodeJS.ProcessEnv): string => env.GITHUB_API_URL || 'https://api.github.com'

/** A link to the current workflow run, when running in Actions. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
}
