// The parts of a webhook payload every event reader needs: the issue, who sent the event, and
// whether an issue can be planned at all. Read defensively: payloads are data, not promises.

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

export class TriggerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TriggerError'
  }
}

export interface PayloadLabel {
  name?: unknown
}
export interface PayloadIssue {
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
