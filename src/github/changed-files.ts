import type { GitHubClient } from './client.js'
import type { PullRequestRef } from './context.js'

/** GitHub lists at most 3000 files of a pull request; past that the list is incomplete. */
export const PULL_REQUEST_FILES_LIMIT = 3000

export interface ChangedFiles {
  /** Paths relative to the repository root, of files that exist after the change (removed files left out; renamed ones by their new name). */
  files: string[]
  /** False when GitHub's 3000-file limit may have cut the list. */
  complete: boolean
}

export async function listChangedFiles(client: GitHubClient, pr: PullRequestRef): Promise<ChangedFiles> {
  const all = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })
  return {
    files: all.filter((f) => f.status !== 'removed').map((f) => f.filename),
    complete: all.length < PULL_REQUEST_FILES_LIMIT
  }
}
