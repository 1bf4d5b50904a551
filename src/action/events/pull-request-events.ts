// The events around a plan pull request, read from the payload alone: a `/plan` comment or review
// asking for a revision, and the merge that hands the plan off. A plan pull request is one whose
// head branch is `{branch-prefix}{kind}-{issue}` in this same repository.
import { parsePlanBranch, type PlanKind } from '../../plan/format/naming.js'
import { readCommand, splitKind } from './command.js'
import {
  issueSkipReason,
  readSender,
  toTriggerIssue,
  type TriggerIssue,
  type TriggerSender
} from './payload.js'

/** The comment or review that holds the command. */
export interface CommandSource {
  type: 'issue-comment' | 'review'
  id: number
  /** GraphQL id: reviews are reacted to through it (REST has no review reactions). */
  nodeId?: string
  url?: string
  /** GitHub's `author_association`: strangers are refused without a permission request. */
  association?: string
}

export interface PlanPullRequest {
  number: number
  url?: string
  headRef: string
  headSha?: string
  baseRef?: string
  body: string
  state: string
  kind: PlanKind
  adwId: string
}

export interface RevisionTrigger {
  kind: 'revise'
  /** The issue, when the command was written on it. */
  issue?: TriggerIssue
  /** The plan pull request, when the event describes it (a review). */
  pull?: PlanPullRequest
  /** A comment on a pull request: the event names the pull request but not its branch. */
  pullNumber?: number
  /** `/plan bug …` on an issue. */
  requestedKind?: PlanKind
  feedback: string
  source: CommandSource
  sender?: TriggerSender
  via: string
}

export interface HandoffTrigger {
  kind: 'handoff'
  pull: PlanPullRequest & { mergeCommitSha?: string; mergedBy?: string }
  sender?: TriggerSender
  via: string
}

type Skip = { kind: 'skip'; reason: string }

export interface PullRequestEventOptions {
  payload: Record<string, unknown>
  commentCommand: string
  branchPrefix: string
  allowBots?: boolean
}

interface PayloadPull {
  number?: unknown
  html_url?: unknown
  body?: unknown
  state?: unknown
  merged?: unknown
  merge_commit_sha?: unknown
  merged_by?: { login?: unknown } | null
  head?: { ref?: unknown; sha?: unknown; repo?: { full_name?: unknown } | null }
  base?: { ref?: unknown }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

function botReason(sender: TriggerSender | undefined, allowBots?: boolean): string | undefined {
  return sender?.isBot && !allowBots
    ? `the event was caused by the bot ${sender.login}; set \`allow-bots: true\` to act for bots.`
    : undefined
}

/** The plan pull request the payload describes, or why it is not one. */
export function readPlanPull(
  raw: PayloadPull | undefined,
  repository: unknown,
  branchPrefix: string
): PlanPullRequest | Skip {
  const headRef = text(raw?.head?.ref)
  if (!raw || typeof raw.number !== 'number' || !headRef) {
    return { kind: 'skip', reason: 'the event carries no pull request.' }
  }
  const plan = parsePlanBranch(branchPrefix, headRef)
  if (!plan) {
    return {
      kind: 'skip',
      reason: `pull request #${raw.number} is not a plan pull request (its branch is not ${branchPrefix}{kind}-{issue}).`
    }
  }
  // A fork's branch can carry any name: only a branch of this repository is a plan branch.
  const own = text((repository as { full_name?: unknown } | undefined)?.full_name)
  if (!own || text(raw.head?.repo?.full_name) !== own) {
    return { kind: 'skip', reason: `pull request #${raw.number} comes from another repository.` }
  }
  return {
    number: raw.number,
    url: text(raw.html_url),
    headRef,
    headSha: text(raw.head?.sha),
    baseRef: text(raw.base?.ref),
    body: text(raw.body) ?? '',
    state: text(raw.state) ?? 'open',
    kind: plan.kind,
    adwId: plan.adwId
  }
}

/** `issue_comment.created`, on an issue or a pull request. */
export function readCommentEvent(options: PullRequestEventOptions): RevisionTrigger | Skip {
  const { payload } = options
  const comment = payload.comment as
    { id?: unknown; body?: unknown; html_url?: unknown; author_association?: unknown } | undefined
  if (payload.action !== 'created') {
    return { kind: 'skip', reason: `issue_comment.${String(payload.action)} is not a command.` }
  }
  const feedback = readCommand(comment?.body, options.commentCommand)
  if (feedback === undefined || typeof comment?.id !== 'number') {
    return { kind: 'skip', reason: `the comment does not start with ${options.commentCommand}.` }
  }
  const sender = readSender(payload)
  const bot = botReason(sender, options.allowBots)
  if (bot) return { kind: 'skip', reason: bot }
  const rawIssue = payload.issue as Parameters<typeof toTriggerIssue>[0] | undefined
  if (!rawIssue) return { kind: 'skip', reason: 'the comment event carries no issue.' }
  const issue = toTriggerIssue(rawIssue)
  const source: CommandSource = {
    type: 'issue-comment',
    id: comment.id,
    url: text(comment.html_url),
    association: text(comment.author_association)
  }
  if (issue.isPullRequest) {
    if (issue.state !== 'open') {
      return { kind: 'skip', reason: `pull request #${issue.number} is not open.` }
    }
    return {
      kind: 'revise',
      pullNumber: issue.number,
      feedback,
      source,
      sender,
      via: 'issue_comment'
    }
  }
  const skip = issueSkipReason(issue)
  if (skip) return { kind: 'skip', reason: skip }
  const { kind, feedback: rest } = splitKind(feedback)
  return {
    kind: 'revise',
    issue,
    requestedKind: kind,
    feedback: rest,
    source,
    sender,
    via: 'issue_comment'
  }
}

/** `pull_request_review.submitted` on a plan pull request. */
export function readReviewEvent(options: PullRequestEventOptions): RevisionTrigger | Skip {
  const { payload } = options
  const review = payload.review as
    | {
        id?: unknown
        node_id?: unknown
        body?: unknown
        html_url?: unknown
        author_association?: unknown
      }
    | undefined
  if (payload.action !== 'submitted') {
    return {
      kind: 'skip',
      reason: `pull_request_review.${String(payload.action)} is not a command.`
    }
  }
  const feedback = readCommand(review?.body, options.commentCommand)
  if (feedback === undefined || typeof review?.id !== 'number') {
    return { kind: 'skip', reason: `the review does not start with ${options.commentCommand}.` }
  }
  const sender = readSender(payload)
  const bot = botReason(sender, options.allowBots)
  if (bot) return { kind: 'skip', reason: bot }
  const pull = readPlanPull(
    payload.pull_request as PayloadPull | undefined,
    payload.repository,
    options.branchPrefix
  )
  if ('kind' in pull && pull.kind === 'skip') return pull
  const plan = pull as PlanPullRequest
  if (plan.state !== 'open')
    return { kind: 'skip', reason: `pull request #${plan.number} is not open.` }
  return {
    kind: 'revise',
    pull: plan,
    feedback,
    source: {
      type: 'review',
      id: review.id,
      nodeId: text(review.node_id),
      url: text(review.html_url),
      association: text(review.author_association)
    },
    sender,
    via: 'pull_request_review'
  }
}

/** `pull_request.closed` of a merged plan pull request: the plan is approved. */
export function readMergeEvent(options: PullRequestEventOptions): HandoffTrigger | Skip {
  const { payload } = options
  const raw = payload.pull_request as PayloadPull | undefined
  if (payload.action !== 'closed') {
    return {
      kind: 'skip',
      reason: `pull_request.${String(payload.action)} events are not planned; label an issue instead.`
    }
  }
  // GitHub sets merge_commit_sha on unmerged pull requests too (the test merge): only `merged` says.
  if (raw?.merged !== true) {
    return {
      kind: 'skip',
      reason: `pull request #${String(raw?.number)} was closed without merging.`
    }
  }
  const pull = readPlanPull(raw, payload.repository, options.branchPrefix)
  if ('kind' in pull && pull.kind === 'skip') return pull
  const sender = readSender(payload)
  return {
    kind: 'handoff',
    pull: {
      ...(pull as PlanPullRequest),
      mergeCommitSha: text(raw.merge_commit_sha),
      mergedBy: text(raw.merged_by?.login)
    },
    sender,
    via: 'pull_request.closed'
  }
}
