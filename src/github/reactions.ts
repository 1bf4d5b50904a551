// Reactions that acknowledge a command: `eyes` when work starts. A comment gets a REST reaction;
// a review has no REST reaction endpoint, so its node id goes through GraphQL.
import { explainGitHubError } from './errors.js'
import type { GitHubRepository } from './repository.js'

export type ReactionTarget =
  { type: 'issue-comment'; id: number } | { type: 'review'; nodeId: string }

const ADD_REACTION = `mutation($subjectId: ID!, $content: ReactionContent!) {
  addReaction(input: { subjectId: $subjectId, content: $content }) { reaction { content } }
}`

/** Adds `eyes`; an existing reaction of the same kind is fine (GitHub answers 200). One request. */
export async function addEyes(repo: GitHubRepository, target: ReactionTarget): Promise<void> {
  try {
    if (target.type === 'issue-comment') {
      await repo.octokit.rest.reactions.createForIssueComment({
        ...repo.params,
        comment_id: target.id,
        content: 'eyes'
      })
      return
    }
    await repo.octokit.graphql(ADD_REACTION, { subjectId: target.nodeId, content: 'EYES' })
  } catch (error) {
    throw explainGitHubError(error)
  }
}
