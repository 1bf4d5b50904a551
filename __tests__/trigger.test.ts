import { describe, expect, test } from '@jest/globals'
import { readTrigger, TriggerError } from '../src/trigger.js'
import { webhookExample } from './support/webhooks.js'

function labeled(labelName: string): Record<string, unknown> {
  const payload = webhookExample('issues', 'labeled')
  ;(payload.label as { name: string }).name = labelName
  return payload
}

describe('readTrigger', () => {
  test('issues.labeled with a trigger label plans that issue, case-insensitively', () => {
    const payload = labeled('Plan')
    const trigger = readTrigger({ eventName: 'issues', payload, labels: ['plan'] })
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
      labels: ['plan', 'needs-plan']
    })
    expect(trigger.kind).toBe('plan')
  })

  test('another label is skipped with a reason naming both', () => {
    const trigger = readTrigger({ eventName: 'issues', payload: labeled('bug'), labels: ['plan'] })
    expect(trigger).toEqual({ kind: 'skip', reason: expect.stringContaining('"bug"') })
    expect((trigger as { reason: string }).reason).toContain('"plan"')
  })

  test('issues.opened already carrying a trigger label plans; without one it skips', () => {
    const payload = webhookExample('issues', 'opened')
    const labelName = (
      (payload.issue as { labels: Array<{ name: string }> }).labels[0] ?? { name: 'x' }
    ).name
    expect(readTrigger({ eventName: 'issues', payload, labels: [labelName] }).kind).toBe('plan')
    expect(readTrigger({ eventName: 'issues', payload, labels: ['plan'] }).kind).toBe('skip')
  })

  test('a null body (issue created without a description) becomes an empty prompt', () => {
    const payload = labeled('plan')
    ;(payload.issue as { body: unknown }).body = null
    const trigger = readTrigger({ eventName: 'issues', payload, labels: ['plan'] })
    expect(trigger.kind === 'plan' && trigger.issue.body).toBe('')
  })

  test('labels on pull requests are skipped', () => {
    const payload = webhookExample('pull_request', 'labeled')
    const trigger = readTrigger({ eventName: 'pull_request', payload, labels: ['bug'] })
    expect(trigger.kind).toBe('skip')
  })

  test('an issues event on a closed issue is skipped', () => {
    const payload = labeled('plan')
    ;(payload.issue as { state: string }).state = 'closed'
    const trigger = readTrigger({ eventName: 'issues', payload, labels: ['plan'] })
    expect(trigger).toEqual({ kind: 'skip', reason: expect.stringContaining('closed') })
  })

  test('other issue actions and other events are skipped', () => {
    const edited = { ...webhookExample('issues', 'labeled'), action: 'edited' }
    expect(readTrigger({ eventName: 'issues', payload: edited, labels: ['bug'] }).kind).toBe('skip')
    expect(readTrigger({ eventName: 'push', payload: {}, labels: ['plan'] }).kind).toBe('skip')
  })

  test('workflow_dispatch with an issue number asks for the issue to be fetched', () => {
    const payload = webhookExample('workflow_dispatch')
    expect(
      readTrigger({ eventName: 'workflow_dispatch', payload, labels: ['plan'], issueNumber: 12 })
    ).toEqual({
      kind: 'fetch',
      issueNumber: 12,
      via: 'workflow_dispatch'
    })
  })

  test('workflow_dispatch without an issue number is an error naming the input', () => {
    const payload = webhookExample('workflow_dispatch')
    expect(() =>
      readTrigger({ eventName: 'workflow_dispatch', payload, labels: ['plan'] })
    ).toThrow(TriggerError)
    expect(() =>
      readTrigger({ eventName: 'workflow_dispatch', payload, labels: ['plan'] })
    ).toThrow(/issue-number/)
  })
})
