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
 * Requests: listing pages (100 comments each) + at most one write; 1 with a known commentId;
 * a create adds one more listing (and, after a race, a delete and an update).
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
    const created = await createComment(repo, issueNumber, body)
    return await keepOldest(repo, issueNumber, options.marker, created, body)
  } catch (error) {
    throw explainGitHubError(error)
  }
}

/**
 * Two runs for one issue (a label applied twice) can both find no tracking comment and both
 * create one; a create retried after a gateway error can leave two as well. After creating, the
 * marked comments are listed again and the oldest wins: the newer one's creator always sees the
 * older (it existed before the newer was created), so exactly one run deletes its own comment
 * and adopts the oldest, and the other keeps its own. Costs one listing on a first run.
 */
async function keepOldest(
  repo: GitHubRepository,
  issueNumber: number,
  marker: string,
  created: CommentResult,
  body: string
): Promise<CommentResult> {
  const marked = await listMarkedComments(repo, issueNumber, marker)
  const oldest = marked[0]
  if (!oldest || oldest.id === created.id || !marked.some(c => c.id === created.id)) {
    return created
  }
  try {
    await repo.octokit.rest.issues.deleteComment({ ...repo.params, comment_id: created.id })
  } catch (error) {
    // Already gone (a retried delete, or someone removed it): the outcome is the same.
    if (!hasStatus(error, 404)) throw error
  }
  if (oldest.body === body) return { id: oldest.id, url: oldest.html_url, operation: 'unchanged' }
  return (
    (await updateComment(repo, oldest.id, body)) ??
    // The oldest vanished meanwhile: start over, which creates one and settles again.
    (await upsertTrackingComment(repo, issueNumber, { marker, body }))
  )
}

/**
 * The tracking comment as it stands: by id when known (one request), else by its marker (one
 * listing per 100 comments). Undefined when there is none.
 */
export async function readTrackingComment(
  repo: GitHubRepository,
  issueNumber: number,
  options: { marker: string; commentId?: number }
): Promise<{ id: number; body: string } | undefined> {
  try {
    if (options.commentId !== undefined) {
      try {
        const { data } = await repo.octokit.rest.issues.getComment({
          ...repo.params,
          comment_id: options.commentId
        })
        if (data.body?.includes(options.marker) && trusted(data)) {
          return { id: data.id, body: data.body }
        }
      } catch (error) {
        if (!hasStatus(error, 404)) throw error
      }
    }
    const found = await findMarkedComment(repo, issueNumber, options.marker)
    return found ? { id: found.id, body: found.body ?? '' } : undefined
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

function markedPages(repo: GitHubRepository, issueNumber: number) {
  return repo.octokit.paginate.iterator(repo.octokit.rest.issues.listComments, {
    ...repo.params,
    issue_number: issueNumber,
    per_page: 100
  })
}

async function findMarkedComment(repo: GitHubRepository, issueNumber: number, marker: string) {
  for await (const { data } of markedPages(repo, issueNumber)) {
    const match = data.find(comment => comment.body?.includes(marker) && trusted(comment))
    if (match) return match
  }
  return undefined
}

/** Every trusted marked comment, oldest first (GitHub's ids only grow). */
async function listMarkedComments(repo: GitHubRepository, issueNumber: number, marker: string) {
  const marked = []
  for await (const { data } of markedPages(repo, issueNumber)) {
    marked.push(...data.filter(comment => comment.body?.includes(marker) && trusted(comment)))
  }
  return marked.sort((a, b) => a.id - b.id)
}
