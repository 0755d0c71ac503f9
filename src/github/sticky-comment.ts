import type { GitHubClient } from './client.js'
import type { PullRequestRef } from './context.js'

/** Finds our comment among the others; invisible in the rendered comment. */
export const COMMENT_MARKER = '<!-- aks-snapshot -->'

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  id?: number
  url?: string
}

/**
 * Keeps one comment per pull request: updates ours in place when it exists
 * (found by the marker), otherwise creates it. With `createIfMissing: false`
 * a clean run does not add a comment, but still clears an old failing one.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  markdown: string,
  { createIfMissing = true } = {}
): Promise<CommentResult> {
  const body = `${COMMENT_MARKER}\n${markdown}`
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100
  })
  const ours = comments.find((c) => c.body?.includes(COMMENT_MARKER))
  if (ours) {
    if (ours.body === body) return { action: 'unchanged', id: ours.id, url: ours.html_url }
    const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: ours.id, body })
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  if (!createIfMissing) return { action: 'skipped' }
  const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body })
  return { action: 'created', id: data.id, url: data.html_url }
}
