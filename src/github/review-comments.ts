// A review's inline comments: the reviewer's feedback on particular lines of the plan.
import { explainGitHubError } from './errors.js'
import type { GitHubRepository } from './repository.js'

export interface InlineComment {
  path: string
  /** First and last line of the file the comment is attached to (the same for one line). */
  startLine?: number
  line?: number
  body: string
}

/** Every inline comment of one review, in the order GitHub lists them. One request per 100. */
export async function reviewComments(
  repo: GitHubRepository,
  pullNumber: number,
  reviewId: number
): Promise<InlineComment[]> {
  try {
    const comments = await repo.octokit.paginate(repo.octokit.rest.pulls.listCommentsForReview, {
      ...repo.params,
      pull_number: pullNumber,
      review_id: reviewId,
      per_page: 100
    })
    return comments.map(comment => {
      const raw = comment as { line?: number | null; start_line?: number | null }
      return {
        path: comment.path,
        line: raw.line ?? undefined,
        startLine: raw.start_line ?? raw.line ?? undefined,
        body: comment.body
      }
    })
  } catch (error) {
    throw explainGitHubError(error)
  }
}
