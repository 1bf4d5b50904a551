// Decides from the event alone what this run does: plan an issue (a trigger label, a hand-run
// workflow), revise a plan (a `/plan` command), or hand a merged plan off. Anything else ends
// here with a one-line reason, before any request at all.
import type { PlanKind } from '../../plan/format/naming.js'
import {
  readCommentEvent,
  readMergeEvent,
  readReviewEvent,
  type HandoffTrigger,
  type RevisionTrigger
} from './pull-request-events.js'
import {
  issueSkipReason,
  readSender,
  toTriggerIssue,
  type PayloadIssue,
  type PayloadLabel,
  type TriggerIssue,
  type TriggerSender
} from './payload.js'

import { TriggerError } from './payload.js'

export { TriggerError }
export type { TriggerIssue, TriggerSender } from './payload.js'

interface Planned {
  planKind: PlanKind
  /** The trigger label that was applied (or found), for hints such as "re-apply `plan`". */
  label?: string
  sender?: TriggerSender
  via: string
}

/** A trigger that asks for a plan of an issue. */
export type PlanTrigger =
  | ({ kind: 'plan'; adwId: string; issue: TriggerIssue } & Planned)
  /** workflow_dispatch names an issue the payload does not carry: the caller fetches it. */
  | ({ kind: 'fetch'; issueNumber: number } & Planned)

export type Trigger =
  PlanTrigger | RevisionTrigger | HandoffTrigger | { kind: 'skip'; reason: string }

export interface TriggerOptions {
  eventName: string
  payload: Record<string, unknown>
  /** Trigger labels, lowercase, each with the kind of plan it asks for. */
  labels: Record<string, PlanKind>
  /** The `issue-number` input (or workflow_dispatch input), when given. */
  issueNumber?: number
  /** The kind a workflow_dispatch run plans (default feature). */
  dispatchKind?: PlanKind
  /** Act on events a bot caused; off by default so two automations cannot feed each other. */
  allowBots?: boolean
  /** The comment command, `/plan` by default. */
  commentCommand?: string
  /** Plan branches are `{branchPrefix}{kind}-{issue}`. */
  branchPrefix?: string
}

// When an issue carries several trigger labels, the specific kinds win over the general one.
export const KIND_PRIORITY: readonly PlanKind[] = ['bug', 'chore', 'feature']

function kindOf(name: string, labels: Record<string, PlanKind>): PlanKind | undefined {
  const key = name.trim().toLowerCase()
  return Object.hasOwn(labels, key) ? labels[key] : undefined
}

function quoteLabels(labels: Record<string, PlanKind>): string {
  return Object.keys(labels)
    .map(label => `"${label}"`)
    .join(', ')
}

/** The first label that asks for this kind, for hints on runs no label started. */
export function labelFor(kind: PlanKind, labels: Record<string, PlanKind>): string {
  return Object.keys(labels).find(label => labels[label] === kind) ?? kind
}

export function readTrigger(options: TriggerOptions): Trigger {
  const { eventName, payload, labels } = options
  const action = typeof payload.action === 'string' ? payload.action : ''
  const sender = readSender(payload)

  const botReason =
    sender?.isBot && !options.allowBots
      ? `the event was caused by the bot ${sender.login}; set \`allow-bots: true\` to plan for bots.`
      : undefined

  if (eventName === 'workflow_dispatch') {
    if (botReason) return { kind: 'skip', reason: botReason }
    if (options.issueNumber === undefined) {
      throw new TriggerError(
        'Input `issue-number` is required when the workflow is run by hand (workflow_dispatch): ' +
          'add a workflow_dispatch input named issue-number, or pass `issue-number:` to the action.'
      )
    }
    return {
      kind: 'fetch',
      issueNumber: options.issueNumber,
      planKind: options.dispatchKind ?? 'feature',
      sender,
      via: 'workflow_dispatch'
    }
  }

  const events = {
    payload,
    commentCommand: options.commentCommand ?? '/plan',
    branchPrefix: options.branchPrefix ?? 'adw/',
    allowBots: options.allowBots
  }
  if (eventName === 'issue_comment') return readCommentEvent(events)
  if (eventName === 'pull_request_review') return readReviewEvent(events)
  if (eventName === 'pull_request') return readMergeEvent(events)
  if (eventName === 'pull_request_target') {
    return { kind: 'skip', reason: `${eventName} events are not planned; label an issue instead.` }
  }

  if (eventName !== 'issues') {
    return {
      kind: 'skip',
      reason: `the ${eventName} event is not a trigger (issues, issue_comment, pull_request_review, pull_request or workflow_dispatch are).`
    }
  }

  const rawIssue = payload.issue as PayloadIssue | undefined
  if (!rawIssue) return { kind: 'skip', reason: 'the issues event carries no issue.' }
  const issue = toTriggerIssue(rawIssue)

  let planKind: PlanKind | undefined
  let label: string | undefined
  if (action === 'labeled') {
    label = String((payload.label as PayloadLabel | undefined)?.name ?? '')
    planKind = kindOf(label, labels)
    if (!planKind) {
      return {
        kind: 'skip',
        reason: `label "${label}" is not a trigger label (${quoteLabels(labels)}).`
      }
    }
  } else if (action === 'opened') {
    const found = issue.labels.filter(name => kindOf(name, labels))
    planKind = KIND_PRIORITY.find(kind => found.some(name => kindOf(name, labels) === kind))
    label = found.find(name => kindOf(name, labels) === planKind)
    if (!planKind) {
      return {
        kind: 'skip',
        reason: `issue #${issue.number} was opened without a trigger label (${quoteLabels(labels)}).`
      }
    }
  } else {
    return {
      kind: 'skip',
      reason: `issues.${action || 'unknown'} is not a trigger (labeled or opened are).`
    }
  }

  const skip = issueSkipReason(issue) ?? botReason
  if (skip) return { kind: 'skip', reason: skip }
  return {
    kind: 'plan',
    adwId: String(issue.number),
    issue,
    planKind,
    label,
    sender,
    via: `issues.${action}`
  }
}
