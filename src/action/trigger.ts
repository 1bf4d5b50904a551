// Decides from the event alone whether this run plans an issue, and which kind of plan.
// Anything that is not a trigger ends here with a one-line reason, before any request at all.
import type { PlanKind } from '../plan/format/naming.js'

/** The issue fields the action reads, whether from a webhook payload or the REST API. */
export interface TriggerIssue {
  number: number
  title: string
  body: string
  htmlUrl: string
  labels: string[]
  state: string
  locked: boolean
  isPullRequest: boolean
}

/** Who caused the event: the person who applied the label, opened the issue or ran the workflow. */
export interface TriggerSender {
  login: string
  isBot: boolean
}

interface Planned {
  planKind: PlanKind
  /** The trigger label that was applied (or found), for hints such as "re-apply `plan`". */
  label?: string
  sender?: TriggerSender
  via: string
}

export type Trigger =
  | ({ kind: 'plan'; adwId: string; issue: TriggerIssue } & Planned)
  /** workflow_dispatch names an issue the payload does not carry: the caller fetches it. */
  | ({ kind: 'fetch'; issueNumber: number } & Planned)
  | { kind: 'skip'; reason: string }

/** A trigger that asks for a plan. */
export type PlanTrigger = Exclude<Trigger, { kind: 'skip' }>

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
}

// When an issue carries several trigger labels, the specific kinds win over the general one.
const KIND_PRIORITY: PlanKind[] = ['bug', 'chore', 'feature']

export class TriggerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TriggerError'
  }
}

interface PayloadLabel {
  name?: unknown
}
interface PayloadIssue {
  number?: unknown
  title?: unknown
  body?: unknown
  html_url?: unknown
  labels?: unknown
  state?: unknown
  locked?: unknown
  pull_request?: unknown
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return []
  return labels
    .map(label => (typeof label === 'string' ? label : String((label as PayloadLabel)?.name ?? '')))
    .filter(Boolean)
}

/** Normalises a webhook or REST issue object. */
export function toTriggerIssue(raw: PayloadIssue): TriggerIssue {
  if (typeof raw.number !== 'number') throw new TriggerError('The event carries no issue number.')
  return {
    number: raw.number,
    title: typeof raw.title === 'string' ? raw.title : '',
    // GitHub sends `null` for an issue created with no description.
    body: typeof raw.body === 'string' ? raw.body : '',
    htmlUrl: typeof raw.html_url === 'string' ? raw.html_url : '',
    labels: labelNames(raw.labels),
    state: typeof raw.state === 'string' ? raw.state : 'open',
    locked: raw.locked === true,
    isPullRequest: raw.pull_request !== undefined && raw.pull_request !== null
  }
}

function kindOf(name: string, labels: Record<string, PlanKind>): PlanKind | undefined {
  const key = name.trim().toLowerCase()
  return Object.hasOwn(labels, key) ? labels[key] : undefined
}

function quoteLabels(labels: Record<string, PlanKind>): string {
  return Object.keys(labels)
    .map(label => `"${label}"`)
    .join(', ')
}

export function readSender(payload: Record<string, unknown>): TriggerSender | undefined {
  const sender = payload.sender as { login?: unknown; type?: unknown } | undefined
  if (typeof sender?.login !== 'string') return undefined
  // Apps act as `name[bot]` users of type Bot; the suffix also catches payloads without a type.
  return { login: sender.login, isBot: sender.type === 'Bot' || sender.login.endsWith('[bot]') }
}

/** Checks that apply however the issue was found. */
export function issueSkipReason(issue: TriggerIssue): string | undefined {
  if (issue.isPullRequest)
    return `#${issue.number} is a pull request; plans are made for issues only.`
  if (issue.state === 'closed') return `issue #${issue.number} is closed; reopen it to plan it.`
  // A locked conversation is closed to newcomers; a bot adding a branch and comments to it would
  // be the kind of surprise maintainers lock issues to avoid.
  if (issue.locked) return `issue #${issue.number} is locked; unlock it to plan it.`
  return undefined
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

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    return { kind: 'skip', reason: `${eventName} events are not planned; label an issue instead.` }
  }

  if (eventName !== 'issues') {
    return {
      kind: 'skip',
      reason: `the ${eventName} event is not a trigger (issues or workflow_dispatch are).`
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
