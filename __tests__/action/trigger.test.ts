import { describe, expect, test } from '@jest/globals'
import { readTrigger, TriggerError } from '../../src/action/events/trigger.js'
import { webhookExample } from '../support/webhooks.js'

function labeled(labelName: string): Record<string, unknown> {
  const payload = webhookExample('issues', 'labeled')
  ;(payload.label as { name: string }).name = labelName
  return payload
}

describe('readTrigger', () => {
  test('issues.labeled with a trigger label plans that issue, case-insensitively', () => {
    const payload = labeled('Plan')
    const trigger = readTrigger({ eventName: 'issues', payload, labels: { plan: 'feature' } })
    expect(trigger.kind).toBe('plan')
    if (trigger.kind !== 'plan') return
    const issue = payload.issue as { number: number; title: string }
    expect(trigger.adwId).toBe(String(issue.number))
    expect(trigger.issue.title).toBe(issue.title)
    expect(trigger.via).toBe('issues.labeled')
  })

  test('one of several comma-separated trigger labels is enough', () => {
    const trigger = readTrigger({
      eventName: 'issues',
      payload: labeled('needs-plan'),
      labels: { plan: 'feature', 'needs-plan': 'feature' }
    })
    expect(trigger.kind).toBe('plan')
  })

  test('another label is skipped with a reason naming both', () => {
    const trigger = readTrigger({
      eventName: 'issues',
      payload: labeled('bug'),
      labels: { plan: 'feature' }
    })
    expect(trigger).toEqual({ kind: 'skip', reason: expect.stringContaining('"bug"') })
    expect((trigger as { reason: string }).reason).toContain('"plan"')
  })

  test('issues.opened already carrying a trigger label plans; without one it skips', () => {
    const payload = webhookExample('issues', 'opened')
    const labelName = (
      (payload.issue as { labels: Array<{ name: string }> }).labels[0] ?? { name: 'x' }
    ).name
    expect(
      readTrigger({
        eventName: 'issues',
        payload,
        labels: { [labelName.toLowerCase()]: 'feature' }
      }).kind
    ).toBe('plan')
    expect(readTrigger({ eventName: 'issues', payload, labels: { plan: 'feature' } }).kind).toBe(
      'skip'
    )
  })

  test('a null body (issue created without a description) becomes an empty prompt', () => {
    const payload = labeled('plan')
    ;(payload.issue as { body: unknown }).body = null
    const trigger = readTrigger({ eventName: 'issues', payload, labels: { plan: 'feature' } })
    expect(trigger.kind === 'plan' && trigger.issue.body).toBe('')
  })

  test('labels on pull requests are skipped', () => {
    const payload = webhookExample('pull_request', 'labeled')
    const trigger = readTrigger({ eventName: 'pull_request', payload, labels: { bug: 'feature' } })
    expect(trigger.kind).toBe('skip')
  })

  test('an issues event on a closed issue is skipped', () => {
    const payload = labeled('plan')
    ;(payload.issue as { state: string }).state = 'closed'
    const trigger = readTrigger({ eventName: 'issues', payload, labels: { plan: 'feature' } })
    expect(trigger).toEqual({ kind: 'skip', reason: expect.stringContaining('closed') })
  })

  test('other issue actions and other events are skipped', () => {
    const edited = { ...webhookExample('issues', 'labeled'), action: 'edited' }
    expect(
      readTrigger({ eventName: 'issues', payload: edited, labels: { bug: 'feature' } }).kind
    ).toBe('skip')
    expect(readTrigger({ eventName: 'push', payload: {}, labels: { plan: 'feature' } }).kind).toBe(
      'skip'
    )
  })

  test('workflow_dispatch with an issue number asks for the issue to be fetched', () => {
    const payload = webhookExample('workflow_dispatch')
    expect(
      readTrigger({
        eventName: 'workflow_dispatch',
        payload,
        labels: { plan: 'feature' },
        issueNumber: 12
      })
    ).toMatchObject({
      kind: 'fetch',
      issueNumber: 12,
      planKind: 'feature',
      via: 'workflow_dispatch'
    })
    expect(
      readTrigger({
        eventName: 'workflow_dispatch',
        payload,
        labels: { plan: 'feature' },
        issueNumber: 12,
        dispatchKind: 'chore'
      })
    ).toMatchObject({ kind: 'fetch', planKind: 'chore' })
  })

  test('workflow_dispatch without an issue number is an error naming the input', () => {
    const payload = webhookExample('workflow_dispatch')
    expect(() =>
      readTrigger({ eventName: 'workflow_dispatch', payload, labels: { plan: 'feature' } })
    ).toThrow(TriggerError)
    expect(() =>
      readTrigger({ eventName: 'workflow_dispatch', payload, labels: { plan: 'feature' } })
    ).toThrow(/issue-number/)
  })

  const kinds = { plan: 'feature', 'plan:bug': 'bug', 'plan:chore': 'chore' } as const

  test('the applied label chooses the kind of plan', () => {
    for (const [label, kind] of Object.entries(kinds)) {
      const trigger = readTrigger({ eventName: 'issues', payload: labeled(label), labels: kinds })
      expect(trigger).toMatchObject({ kind: 'plan', planKind: kind, label })
    }
  })

  test('an issue opened with several trigger labels gets the specific kind', () => {
    const payload = webhookExample('issues', 'opened')
    ;(payload.issue as { labels: unknown }).labels = [{ name: 'plan' }, { name: 'Plan:Chore' }]
    expect(readTrigger({ eventName: 'issues', payload, labels: kinds })).toMatchObject({
      planKind: 'chore',
      label: 'Plan:Chore'
    })
  })

  test('a label named like an object property is not a trigger', () => {
    for (const label of ['constructor', '__proto__', 'toString']) {
      expect(
        readTrigger({ eventName: 'issues', payload: labeled(label), labels: kinds }).kind
      ).toBe('skip')
    }
  })

  test('events caused by bots are skipped unless allowed', () => {
    const payload = labeled('plan')
    payload.sender = { login: 'renovate[bot]', type: 'Bot' }
    const skipped = readTrigger({ eventName: 'issues', payload, labels: kinds })
    expect(skipped).toEqual({ kind: 'skip', reason: expect.stringContaining('renovate[bot]') })
    expect((skipped as { reason: string }).reason).toContain('allow-bots')
    expect(
      readTrigger({ eventName: 'issues', payload, labels: kinds, allowBots: true })
    ).toMatchObject({ kind: 'plan', sender: { login: 'renovate[bot]', isBot: true } })
    const dispatch = { ...webhookExample('workflow_dispatch'), sender: payload.sender }
    expect(
      readTrigger({
        eventName: 'workflow_dispatch',
        payload: dispatch,
        labels: kinds,
        issueNumber: 3
      }).kind
    ).toBe('skip')
  })

  test('a person who labels is the sender the permission gate checks', () => {
    const payload = labeled('plan')
    const login = (payload.sender as { login: string }).login
    expect(readTrigger({ eventName: 'issues', payload, labels: kinds })).toMatchObject({
      sender: { login, isBot: false }
    })
  })

  test('a locked issue is skipped with a reason', () => {
    const payload = labeled('plan')
    ;(payload.issue as { locked: boolean }).locked = true
    expect(readTrigger({ eventName: 'issues', payload, labels: kinds })).toEqual({
      kind: 'skip',
      reason: expect.stringContaining('locked')
    })
  })
})
