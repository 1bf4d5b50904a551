import { explainGitHubError, hasStatus } from './errors.js'
import type { GitHubRepository } from './repository.js'

export interface CommentResult {
  id: number
  url: string
  operation: 'created' | 'updated' | 'unchanged'
}

export interface TrackingCommentOptions {
  /** Hidden HTML comment that identifies the tracking comment, e.g. `<!-- adw-plan:tracking -->`. */
  marker: string
  body: string
  /** A comment id from earlier in this run: skips the listing (one request instead of 2+). */
  commentId?: number
}

/**
 * Keeps one tracking comment per issue, found by its hidden marker and edited in place, so a
 * re-run does not add noise to the issue. The marker is added to the body when missing.
 * Requests: listing pages (100 comments each) + at most one write; 1 with a known commentId.
 */
export async function upsertTrackingComment(
  repo: GitHubRepository,
  issueNumber: number,
  options: TrackingCommentOptions
): Promise<CommentResult> {
  const body = options.body.includes(options.marker)
    ? options.body
    : `${options.marker}\n${options.body}`
  try {
    if (options.commentId !== undefined) {
      const updated = await updateComment(repo, options.commentId, body)
      if (updated) return updated
      // The comment was deleted since: fall through and look for (or create) another one.
    }
    const existing = await findMarkedComment(repo, issueNumber, options.marker)
    if (existing) {
      if (existing.body === body) {
        return { id: existing.id, url: existing.html_url, operation: 'unchanged' }
      }
      const updated = await updateComment(repo, existing.id, body)
      if (updated) return updated
    }
    return await createComment(repo, issueNumber, body)
  } catch (error) {
    throw explainGitHubError(error)
  }
}

/** A plain new comment (not tracked). */
export async function postComment(
  repo: GitHubRepository,
  issueNumber: number,
  body: string
): Promise<CommentResult> {
  try {
    return await createComment(repo, issueNumber, body)
  } catch (error) {
    throw explainGitHubError(error)
  }
}

async function createComment(
  repo: GitHubRepository,
  issueNumber: number,
  body: string
): Promise<CommentResult> {
  const { data } = await repo.octokit.rest.issues.createComment({
    ...repo.params,
    issue_number: issueNumber,
    body
  })
  return { id: data.id, url: data.html_url, operation: 'created' }
}

async function updateComment(
  repo: GitHubRepository,
  commentId: number,
  body: string
): Promise<CommentResult | null> {
  try {
    const { data } = await repo.octokit.rest.issues.updateComment({
      ...repo.params,
      comment_id: commentId,
      body
    })
    return { id: data.id, url: data.html_url, operation: 'updated' }
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/**
 * Anyone can write the marker into a comment. Only a bot's comment (the workflow token's) or a
 * maintainer's (a personal token) is taken for the tracking comment, so an issue author cannot
 * plant one whose links they could later edit.
 */
function trusted(comment: {
  user?: { type?: string } | null
  author_association?: string
}): boolean {
  return (
    comment.user?.type === 'Bot' ||
    ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(comment.author_association ?? '')
  )
}

async function findMarkedComment(repo: GitHubRepository, issueNumber: number, marker: string) {
  const iterator = repo.octokit.paginate.iterator(repo.octokit.rest.issues.listComments, {
    ...repo.params,
    issue_number: issueNumber,
    per_page: 100
  })
  for await (const { data } of iterator) {
    const match = data.find(comment => comment.body?.includes(marker) && trusted(comment))
    if (match) return match
  }
  return undefined
}
