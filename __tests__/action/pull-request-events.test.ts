// Commands and merges read from real webhook payloads (@octokit/webhooks-examples, rewritten to
// describe one issue and its plan pull request): what starts a revision or a handoff, and what
// ends the run before any request.
import { describe, expect, test } from '@jest/globals'
import { readTrigger } from '../../src/action/events/trigger.js'
import {
  issueCommentEvent,
  pullRequestClosedEvent,
  pullRequestReviewEvent,
  type WebhookPull
} from '../support/webhooks.js'

const repo = { owner: 'octo-org', repo: 'octo-repo' }
const labels = { plan: 'feature', 'plan:bug': 'bug' } as const
const issue = { number: 12, title: 'Dark mode', body: 'Add dark mode', labels: ['plan'] }
const planPull: WebhookPull = {
  number: 30,
  headRef: 'adw/feature-12',
  headSha: 'a'.repeat(40),
  baseRef: 'main',
  body: 'The plan'
}

function read(eventName: string, payload: Record<string, unknown>, allowBots = false) {
  return readTrigger({ eventName, payload, labels: { ...labels }, allowBots })
}

function comment(body: string, extra: Partial<Parameters<typeof issueCommentEvent>[0]> = {}) {
  return issueCommentEvent({
    ...repo,
    issue,
    comment: { id: 501, body, login: 'maintainer', association: 'MEMBER' },
    ...extra
  })
}

describe('issue_comment', () => {
  test('/plan on the issue revises (or starts) the plan, with the kind it names', () => {
    expect(read('issue_comment', comment('/plan bug the cart crashes'))).toMatchObject({
      kind: 'revise',
      issue: { number: 12 },
      requestedKind: 'bug',
      feedback: 'the cart crashes',
      source: { type: 'issue-comment', id: 501, association: 'MEMBER' },
      sender: { login: 'maintainer', isBot: false }
    })
  })

  test('/plan on a pull request names the pull request; its branch is read later', () => {
    const trigger = read(
      'issue_comment',
      comment('/plan shorter phases', { issue: { ...issue, number: 30 }, onPullRequest: true })
    )
    expect(trigger).toMatchObject({ kind: 'revise', pullNumber: 30, feedback: 'shorter phases' })
    expect(trigger).not.toHaveProperty('issue')
  })

  test.each(['Looks good!', '/planner', '  > /plan quoted'])('%j is not a command', body => {
    expect(read('issue_comment', comment(body))).toMatchObject({ kind: 'skip' })
  })

  test('a bot is skipped unless allow-bots', () => {
    const payload = comment('/plan again', {
      comment: { id: 502, body: '/plan again', login: 'helper[bot]' }
    })
    expect(read('issue_comment', payload)).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('bot')
    })
    expect(read('issue_comment', payload, true)).toMatchObject({ kind: 'revise' })
  })

  test('closed or locked issues are not planned from a comment', () => {
    expect(
      read('issue_comment', comment('/plan', { issue: { ...issue, state: 'closed' } }))
    ).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('closed')
    })
  })
})

describe('pull_request_review', () => {
  const review = (body: string | null, pull: WebhookPull = planPull) =>
    pullRequestReviewEvent({
      ...repo,
      pull,
      review: { id: 77, nodeId: 'PRR_77', body, login: 'maintainer', association: 'COLLABORATOR' }
    })

  test('a /plan review of a plan pull request revises it', () => {
    expect(read('pull_request_review', review('/plan merge phases 2 and 3'))).toMatchObject({
      kind: 'revise',
      pull: {
        number: 30,
        headRef: 'adw/feature-12',
        kind: 'feature',
        adwId: '12',
        baseRef: 'main'
      },
      feedback: 'merge phases 2 and 3',
      source: { type: 'review', id: 77, nodeId: 'PRR_77' }
    })
  })

  test('a review without the command, or of another pull request, is not one', () => {
    expect(read('pull_request_review', review(null))).toMatchObject({ kind: 'skip' })
    expect(read('pull_request_review', review('LGTM'))).toMatchObject({ kind: 'skip' })
    expect(
      read('pull_request_review', review('/plan x', { ...planPull, headRef: 'feature/dark-mode' }))
    ).toMatchObject({ kind: 'skip', reason: expect.stringContaining('not a plan pull request') })
  })

  test('a fork’s branch named like a plan branch is not a plan pull request', () => {
    const payload = review('/plan x')
    const head = (payload.pull_request as { head: { repo: { full_name: string } } }).head
    head.repo = { ...head.repo, full_name: 'stranger/octo-repo' }
    expect(read('pull_request_review', payload)).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('another repository')
    })
  })
})

describe('pull_request.closed', () => {
  test('a merged plan pull request is handed off', () => {
    const payload = pullRequestClosedEvent({
      ...repo,
      pull: { ...planPull, headRef: 'adw/bug-12' },
      merged: true,
      mergedBy: 'lead',
      mergeCommitSha: 'b'.repeat(40)
    })
    expect(read('pull_request', payload)).toMatchObject({
      kind: 'handoff',
      pull: {
        number: 30,
        kind: 'bug',
        adwId: '12',
        baseRef: 'main',
        mergedBy: 'lead',
        mergeCommitSha: 'b'.repeat(40)
      }
    })
  })

  test('closed without merging, or another branch: nothing', () => {
    expect(
      read('pull_request', pullRequestClosedEvent({ ...repo, pull: planPull, merged: false }))
    ).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('without merging')
    })
    expect(
      read(
        'pull_request',
        pullRequestClosedEvent({
          ...repo,
          pull: { ...planPull, headRef: 'main-fix' },
          merged: true
        })
      )
    ).toMatchObject({ kind: 'skip' })
  })
})
