// Pull request reviews and their inline comments: what FakeGitHub.addReview stores and how
// pulls/list-comments-for-review serves it (the `review-comment` schema).
import { nodeId, userJson, type FakeUser, type Urls } from './responses.js'

export interface ReviewCommentSeed {
  path: string
  /** The (last) line commented on, in the new file for side RIGHT, the old one for LEFT. */
  line: number
  /** First line of a multi-line comment. */
  startLine?: number
  side?: 'LEFT' | 'RIGHT'
  body: string
}

export interface ReviewSeed {
  /** Login of the reviewer. */
  user: string
  body: string
  state?: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED'
  comments?: ReviewCommentSeed[]
}

/** What a test needs to build the matching pull_request_review webhook. */
export interface AddedReview {
  id: number
  nodeId: string
  commentIds: number[]
  body: string
  login: string
}

export interface FakeReview {
  id: number
  nodeId: string
  pullNumber: number
  user: FakeUser
  body: string
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED'
  /** The pull request's head when the review was submitted. */
  commitId: string
  submittedAt: string
  commentIds: number[]
}

export interface FakeReviewComment {
  id: number
  nodeId: string
  reviewId: number
  pullNumber: number
  user: FakeUser
  path: string
  line: number
  startLine: number | null
  side: 'LEFT' | 'RIGHT'
  body: string
  commitId: string
  diffHunk: string
  /** Line of the comment within the file's diff (the deprecated `position`). */
  position: number
  createdAt: string
}

export const reviewNodeId = (id: number) => nodeId('PRR', id)
export const reviewCommentNodeId = (id: number) => nodeId('PRRC', id)

/**
 * GitHub's `diff_hunk`: the hunk of the file's diff that holds the commented line, from its
 * header down to that line. Throws, as GitHub answers 422, when the line is not in the diff.
 */
export function locateInDiff(
  diff: string,
  comment: Pick<ReviewCommentSeed, 'path' | 'line' | 'side'>
): { diffHunk: string; position: number } {
  const lines = diff.split('\n')
  const first = lines.findIndex(line => line.startsWith('@@'))
  const side = comment.side ?? 'RIGHT'
  let hunkStart = -1
  let oldLine = 0
  let newLine = 0
  for (let index = Math.max(first, 0); first !== -1 && index < lines.length; index++) {
    const line = lines[index]!
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (header) {
      hunkStart = index
      oldLine = Number(header[1])
      newLine = Number(header[2])
      continue
    }
    const kind = line[0]
    if (kind !== ' ' && kind !== '+' && kind !== '-') continue
    const number =
      kind === '+' ? newLine : kind === '-' ? oldLine : side === 'RIGHT' ? newLine : oldLine
    const onSide = side === 'RIGHT' ? kind !== '-' : kind !== '+'
    if (onSide && number === comment.line) {
      return { diffHunk: lines.slice(hunkStart, index + 1).join('\n'), position: index - first }
    }
    if (kind !== '+') oldLine++
    if (kind !== '-') newLine++
  }
  throw new Error(
    `addReview: line ${comment.line} (${side}) of ${comment.path} is not part of the pull request's diff`
  )
}

export function reviewCommentJson(u: Urls, comment: FakeReviewComment, association: string) {
  const repoApi = `${u.api}/repos/${u.owner}/${u.repo}`
  const url = `${repoApi}/pulls/comments/${comment.id}`
  const html = `${u.html}/${u.owner}/${u.repo}/pull/${comment.pullNumber}#discussion_r${comment.id}`
  const pullUrl = `${repoApi}/pulls/${comment.pullNumber}`
  return {
    url,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: comment.nodeId,
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.position,
    original_position: comment.position,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    user: userJson(u, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: association,
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startLine === null ? null : comment.side,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    subject_type: 'line'
  }
}
