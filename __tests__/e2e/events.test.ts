// End to end: who and what may start a plan. Events from bots, locked issues and people below
// `required-permission` end without a branch; the kind of plan follows the applied label.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import { runAction } from '../support/run-action.js'
import { issueEvent } from '../support/webhooks.js'
import { recordOutcome } from '../support/outcomes.js'
import { shopFiles, discountBody as body } from './shop.js'
import { TRACKING_MARKER } from '../../src/action/publish/plan-publisher.js'

let fake: FakeGitHub

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
})
afterEach(async () => {
  await fake.stop()
})

interface EventCase {
  number?: number
  label?: string
  sender?: { login: string; type: string }
  locked?: boolean
  state?: string
  inputs?: Record<string, string>
}

async function labelEvent(options: EventCase = {}) {
  const number = options.number ?? 7
  const label = options.label ?? 'plan'
  fake.seedIssue({ number, title: 'Discount codes at checkout', body, labels: [label] })
  const payload = issueEvent('labeled', {
    owner: fake.owner,
    repo: fake.repo,
    number,
    title: 'Discount codes at checkout',
    body,
    labels: [label],
    label
  })
  if (options.sender) payload.sender = { ...(payload.sender as object), ...options.sender }
  if (options.locked) (payload.issue as Record<string, unknown>).locked = true
  if (options.state) (payload.issue as Record<string, unknown>).state = options.state
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    eventName: 'issues',
    payload,
    inputs: options.inputs
  })
}

const writes = () => fake.writeRequests().map(r => `${r.method} ${r.path}`)
const senderOf = () => {
  const payload = issueEvent('labeled', {
    owner: 'o',
    repo: 'r',
    number: 1,
    title: 't',
    body: 'b',
    labels: ['plan'],
    label: 'plan'
  })
  return (payload.sender as { login: string }).login
}

describe('events the action must not act on', () => {
  test('a label applied by a bot: skipped, no request at all', async () => {
    const run = await labelEvent({ sender: { login: 'renovate[bot]', type: 'Bot' } })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('renovate[bot]')
    expect(fake.requests).toHaveLength(0)
    recordOutcome({
      group: 'Events',
      case: 'Trigger label applied by a bot',
      outcome: `skipped, exit ${run.exitCode}, ${fake.requests.length} API requests`
    })
  })

  test('a bot is planned for when allow-bots is on', async () => {
    const run = await labelEvent({
      sender: { login: 'renovate[bot]', type: 'Bot' },
      inputs: { 'allow-bots': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['pull-request-operation']).toBe('created')
    recordOutcome({
      group: 'Events',
      case: 'Trigger label applied by a bot, `allow-bots: true`',
      outcome: `planned, pull request ${run.outputs['pull-request-operation']}`
    })
  })

  test('a locked issue: skipped with the reason, nothing written', async () => {
    const run = await labelEvent({ locked: true })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/locked; unlock it/)
    expect(writes()).toEqual([])
    recordOutcome({
      group: 'Events',
      case: 'Locked issue labelled',
      outcome: `skipped, exit ${run.exitCode}, ${writes().length} writes`
    })
  })

  test('a closed issue: skipped with the reason, nothing written', async () => {
    const run = await labelEvent({ state: 'closed' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/closed; reopen it/)
    expect(writes()).toEqual([])
    recordOutcome({
      group: 'Events',
      case: 'Closed issue labelled',
      outcome: `skipped, exit ${run.exitCode}, ${writes().length} writes`
    })
  })
})

describe('required-permission', () => {
  test('below the required role: a polite comment, no branch, exit 0', async () => {
    const login = senderOf()
    fake.permissions.set(login.toLowerCase(), 'triage')
    const run = await labelEvent({ inputs: { 'required-permission': 'write' } })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(fake.validationFailures).toEqual([])
    const comments = fake.commentsOf(7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain(`@${login}`)
    expect(comments[0].body).toContain('**write**')
    expect(comments[0].body).toContain(TRACKING_MARKER)
    expect(await fake.branches()).toEqual(['main'])
    expect(fake.openPulls()).toHaveLength(0)
    expect(run.summary).toContain('required-permission')
    recordOutcome({
      group: 'Events',
      case: '`required-permission: write`, label applied by a triager',
      outcome: `refused politely: ${comments.length} comment, ${(await fake.branches()).length - 1} branches, exit ${run.exitCode}`
    })
  })

  test('at or above the required role: planned', async () => {
    fake.permissions.set(senderOf().toLowerCase(), 'maintain')
    const run = await labelEvent({ inputs: { 'required-permission': 'write' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['pull-request-operation']).toBe('created')
    expect(fake.requestLines()).toContain(
      `GET /repos/${fake.owner}/${fake.repo}/collaborators/${senderOf()}/permission`
    )
    recordOutcome({
      group: 'Events',
      case: '`required-permission: write`, label applied by a maintainer',
      outcome: `planned, pull request ${run.outputs['pull-request-operation']}`
    })
  })

  test('no collaborator record at all counts as no access', async () => {
    const run = await labelEvent({ inputs: { 'required-permission': 'read' } })
    expect(run.exitCode).toBe(0)
    expect(fake.openPulls()).toHaveLength(0)
    expect(fake.commentsOf(7)[0].body).toContain('**read**')
  })
})
