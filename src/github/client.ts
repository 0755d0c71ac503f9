import type { getOctokit } from '@actions/github'
import { apiUrl } from './context.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Octokit from @actions/github, loaded only when a GitHub feature is used, pointed at `GITHUB_API_URL`. */
export async function createGitHubClient(token: string, env: NodeJS.ProcessEnv): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { baseUrl: apiUrl(env) })
}

/** "HTTP 403: Resource not accessible by integration" from an Octokit RequestError, or the message. */
export function describeRequestError(err: unknown): string {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } }
  const message = e.response?.data?.message ?? e.message ?? String(err)
  return typeof e.status === 'number' ? `HTTP ${e.status}: ${message}` : message
}
