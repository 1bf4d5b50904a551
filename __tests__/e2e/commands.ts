// Comment commands end to end: the shop's issue planned by its label, then `/plan …` written as a
// comment (on the issue or the plan pull request) or as a review, and the bundle run for it.
import { expect } from '@jest/globals'
import type { FakeGitHub } from '../support/fake-github/index.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import {
  issueCommentEvent,
  pullRequestReviewEvent,
  type AuthorAssociation
} from '../support/webhooks.js'
import { discountBody, runLabeled } from './shop.js'

export const PLAN_BRANCH = 'adw/feature-7'
export const shopIssue = { number: 7, title: 'Discount codes at checkout', body: discountBody }

/** The state every revision starts from: the issue planned by its label, a plan pull request. */
export async function plannedShop(fake: FakeGitHub, inputs: Record<string, string> = {}) {
  const run = await runLabeled(fake, shopIssue, { inputs })
  expect(run.exitCode).toBe(0)
  const path = run.outputs['plan-path']
  const pull = Number(run.outputs['pull-request-number'])
  fake.clearRequests()
  return { path, pull, head: (await fake.branchHead(PLAN_BRANCH))! }
}

export interface CommentCase {
  body: string
  onPullRequest?: number
  login?: string
  association?: AuthorAssociation
  inputs?: Record<string, string>
}

/** Posts the comment in the fake and runs the bundle for its issue_comment event. */
export function commentCommand(fake: FakeGitHub, options: CommentCase): Promise<ActionRun> {
  const target = options.onPullRequest ?? shopIssue.number
  const login = options.login ?? 'maintainer'
  const posted = fake.addComment(target, options.body, login)
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    eventName: 'issue_comment',
    payload: issueCommentEvent({
      owner: fake.owner,
      repo: fake.repo,
      issue: options.onPullRequest
        ? { number: target, title: 'Plan #7: Discount codes at checkout', body: '', labels: [] }
        : { ...shopIssue, labels: ['plan'] },
      onPullRequest: options.onPullRequest !== undefined,
      comment: {
        id: posted.id,
        body: options.body,
        login,
        association: options.association ?? 'MEMBER'
      }
    }),
    inputs: options.inputs
  })
}

/** Submits a review of the plan pull request in the fake and runs the bundle for it. */
export async function reviewCommand(
  fake: FakeGitHub,
  pull: number,
  review: { body: string; comments?: { path: string; line: number; body: string }[] },
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  const submitted = await fake.addReview(pull, {
    user: 'maintainer',
    body: review.body,
    comments: review.comments ?? []
  })
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    eventName: 'pull_request_review',
    payload: pullRequestReviewEvent({
      owner: fake.owner,
      repo: fake.repo,
      pull: await fake.pullInfo(pull),
      review: { ...submitted, association: 'COLLABORATOR' }
    }),
    inputs
  })
}
