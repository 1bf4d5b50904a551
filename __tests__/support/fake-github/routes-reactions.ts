import type { FakeGitHub } from './fake-github.js'
import { errorBody, nodeId, userJson } from './responses.js'
import { json, type RouteResult, type Routes } from './route-types.js'

/** One reaction, as recorded in FakeGitHub.reactions. */
export interface FakeReaction {
  /** What was reacted to: an issue or pull request comment, an inline comment, a review body. */
  subject: 'issue-comment' | 'review-comment' | 'review'
  /** The comment's or review's id. */
  id: number
  /** REST spelling: '+1', 'eyes', ... (GraphQL's EYES is recorded as 'eyes'). */
  content: string
  /** Login of whoever reacted. */
  user: string
}

/** The outcome of FakeGitHub.react: GitHub answers 201 for a new reaction, 200 for a repeat. */
export interface ReactionOutcome {
  created: boolean
  reactionId: number
  createdAt: string
  user: string
  content: string
}

const notFound = () => json(404, errorBody(404, 'Not Found'))

function answer(fake: FakeGitHub, outcome: ReactionOutcome): RouteResult {
  return json(outcome.created ? 201 : 200, {
    id: outcome.reactionId,
    node_id: nodeId('REA', outcome.reactionId),
    user: userJson(fake.urls, fake.userFor(outcome.user)),
    content: outcome.content,
    created_at: outcome.createdAt
  })
}

export const reactionRoutes: Routes = {
  async 'reactions/create-for-issue-comment'({ fake, params, body }) {
    const id = Number(params.comment_id)
    if (!fake.comments.has(id)) return notFound()
    return answer(fake, fake.react('issue-comment', id, String(body.content)))
  },

  async 'reactions/create-for-pull-request-review-comment'({ fake, params, body }) {
    const id = Number(params.comment_id)
    if (!fake.reviewComments.has(id)) return notFound()
    return answer(fake, fake.react('review-comment', id, String(body.content)))
  }
}
