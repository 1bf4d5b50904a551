// Decides from the event alone whether this run plans an issue. Anything that is not a
// trigger ends here with a one-line reason, before any request that writes.

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

export type Trigger =
  | { kind: 'plan'; adwId: string; issue: TriggerIssue; via: string }
  /** workflow_dispatch names an issue the payload does not carry: the caller fetches it. */
  | { kind: 'fetch'; issueNumber: number; via: string }
  | { kind: 'skip'; reason: string }

export interface TriggerOptions {
  eventName: string
  payload: Record<string, unknown>
  /** Trigger labels, lowercase. */
  labels: string[]
  /** The `issue-number` input (or workflow_dispatch input), when given. */
  issueNumber?: number
}

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

function matches(name: string, labels: string[]): boolean {
  return labels.includes(name.trim().toLowerCase())
}

function quoteLabels(labels: string[]): string {
  return labels.map(label => `"${label}"`).join(', ')
}

/** Checks that apply however the issue was found. */
export function issueSkipReason(issue: TriggerIssue): string | undefined {
  if (issue.isPullRequest)
    return `#${issue.number} is a pull request; plans are made for issues only.`
  if (issue.state === 'closed') return `issue #${issue.number} is closed; reopen it to plan it.`
  return undefined
}

export function readTrigger(options: TriggerOptions): Trigger {
  const { eventName, payload, labels } = options
  const action = typeof payload.action === 'string' ? payload.action : ''

  if (eventName === 'workflow_dispatch') {
    if (options.issueNumber === undefined) {
      throw new TriggerError(
        'Input `issue-number` is required when the workflow is run by hand (workflow_dispatch): ' +
          'add a workflow_dispatch input named issue-number, or pass `issue-number:` to the action.'
      )
    }
    return { kind: 'fetch', issueNumber: options.issueNumber, via: 'workflow_dispatch' }
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

  if (action === 'labeled') {
    const added = String((payload.label as PayloadLabel | undefined)?.name ?? '')
    if (!matches(added, labels)) {
      return {
        kind: 'skip',
        reason: `label "${added}" is not a trigger label (${quoteLabels(labels)}).`
      }
    }
  } else if (action === 'opened') {
    if (!issue.labels.some(name => matches(name, labels))) {
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

  const skip = issueSkipReason(issue)
  if (skip) return { kind: 'skip', reason: skip }
  return { kind: 'plan', adwId: String(issue.number), issue, via: `issues.${action}` }
}
