// POST /graphql, which the OpenAPI description does not cover. The fake answers one mutation,
// addReaction (REST has no reaction endpoint for a pull request review's body), and checks the
// request itself: anything else is recorded in FakeGitHub.validationFailures like a REST request
// that breaks the schema.
import type { FakeGitHub } from './fake-github.js'
import { nodeId } from './responses.js'
import type { FakeReaction } from './routes-reactions.js'
import { json, type RouteResult } from './route-types.js'

export const GRAPHQL_PATH = '/graphql'

/** GraphQL's ReactionContent enum and the REST spelling it is recorded with. */
const REACTION_CONTENT: Record<string, string> = {
  THUMBS_UP: '+1',
  THUMBS_DOWN: '-1',
  LAUGH: 'laugh',
  HOORAY: 'hooray',
  CONFUSED: 'confused',
  HEART: 'heart',
  ROCKET: 'rocket',
  EYES: 'eyes'
}

interface AddReactionRequest {
  subjectId: string
  content: string
}

/** Problems with the request; empty when it is an addReaction mutation the fake can serve. */
export function graphqlProblems(body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return ['body: must be a JSON object with a query']
  }
  const { query, variables } = body as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string') return ['body: query must be a string']
  const problems: string[] = []
  if (!/^\s*mutation\b/.test(query) || !/\baddReaction\s*\(/.test(query)) {
    problems.push('query: the fake serves only the addReaction mutation')
  }
  const vars = (variables ?? {}) as Record<string, unknown>
  if (typeof vars.subjectId !== 'string' || vars.subjectId === '') {
    problems.push('variables: subjectId must be a node id (string)')
  } else if (!query.includes('$subjectId')) {
    problems.push('query: does not use $subjectId')
  }
  if (typeof vars.content !== 'string' || !(vars.content in REACTION_CONTENT)) {
    problems.push(
      `variables: content must be one of ${Object.keys(REACTION_CONTENT).join(', ')} (got ${JSON.stringify(vars.content)})`
    )
  } else if (!query.includes('$content')) {
    problems.push('query: does not use $content')
  }
  return problems
}

/** GitHub answers GraphQL errors with 200 and an `errors` list. */
export function graphqlErrors(messages: string[]): RouteResult {
  return json(200, { errors: messages.map(message => ({ message })) })
}

/** Serves a request graphqlProblems() accepted. */
export function serveGraphql(fake: FakeGitHub, body: unknown): RouteResult {
  const { subjectId, content } = (body as { variables: AddReactionRequest }).variables
  const subject = findReactable(fake, subjectId)
  if (!subject) {
    return json(200, {
      data: { addReaction: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['addReaction'],
          locations: [{ line: 1, column: 1 }],
          message: `Could not resolve to a node with the global id of '${subjectId}'`
        }
      ]
    })
  }
  fake.react(subject.subject, subject.id, REACTION_CONTENT[content]!)
  return json(200, { data: { addReaction: { reaction: { content } } } })
}

function findReactable(
  fake: FakeGitHub,
  subjectId: string
): Pick<FakeReaction, 'subject' | 'id'> | undefined {
  for (const review of fake.reviews.values()) {
    if (review.nodeId === subjectId) return { subject: 'review', id: review.id }
  }
  for (const comment of fake.reviewComments.values()) {
    if (comment.nodeId === subjectId) return { subject: 'review-comment', id: comment.id }
  }
  for (const comment of fake.comments.values()) {
    if (nodeId('IC', comment.id) === subjectId) return { subject: 'issue-comment', id: comment.id }
  }
  return undefined
}
