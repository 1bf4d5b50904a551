// Real webhook payloads (copied from @octokit/webhooks-examples by scripts/extract-fixtures.mjs)
// so triggers are tested against what GitHub sends rather than hand-written approximations.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { nodeId } from './fake-github/responses.js'

/** A fresh copy of `__fixtures__/payloads/{event}[.{action}].json`. */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const file = resolve('__fixtures__/payloads', `${event}${action ? `.${action}` : ''}.json`)
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
}

export interface IssueEventOptions {
  owner: string
  repo: string
  number: number
  title: string
  body: string | null
  labels: string[]
  /** The label just applied (labeled events). */
  label?: string
  state?: string
}

/** A real issues.labeled / issues.opened payload rewritten to describe the given issue. */
export function issueEvent(
  action: 'labeled' | 'opened',
  options: IssueEventOptions
): Record<string, unknown> {
  const payload = webhookExample('issues', action)
  const issue = payload.issue as Record<string, unknown>
  const template = ((issue.labels as Array<Record<string, unknown>>)[0] ?? {}) as Record<
    string,
    unknown
  >
  const labels = options.labels.map((name, index) => ({ ...template, id: 1000 + index, name }))
  Object.assign(issue, {
    number: options.number,
    title: options.title,
    body: options.body,
    labels,
    state: options.state ?? 'open',
    html_url: `https://github.com/${options.owner}/${options.repo}/issues/${options.number}`
  })
  if (action === 'labeled') {
    payload.label = labels.find(label => label.name === options.label) ?? {
      ...template,
      name: options.label
    }
  }
  const repository = payload.repository as Record<string, unknown>
  Object.assign(repository, {
    name: options.repo,
    full_name: `${options.owner}/${options.repo}`,
    default_branch: 'main'
  })
  ;(repository.owner as Record<string, unknown>).login = options.owner
  return payload
}

// ---- comments, reviews and merges ------------------------------------------------------------
// The examples all describe Codertocat/Hello-World; the helpers below move them to the given
// repository and describe the given issue, pull request, comment or review. Comment node ids are
// computed like the fake's, so a payload's ids are ones FakeGitHub knows.

type Json = Record<string, unknown>

const API = 'https://api.github.com'
const WEB = 'https://github.com'
const EXAMPLE_REPO = 'Codertocat/Hello-World'
const EXAMPLE_LOGIN = 'Codertocat'

export type UserType = 'User' | 'Bot' | 'Organization'
export type AuthorAssociation =
  | 'OWNER'
  | 'MEMBER'
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'MANNEQUIN'
  | 'NONE'

/** A pull request in a payload; FakeGitHub.pullInfo() returns one for a pull it holds. */
export interface WebhookPull {
  number: number
  headRef: string
  headSha: string
  baseRef: string
  baseSha?: string
  title?: string
  body?: string | null
  /** Who opened it (default github-actions[bot], as for the action's plan pull requests). */
  userLogin?: string
  userType?: UserType
  labels?: string[]
}

export interface IssueCommentEventOptions {
  owner: string
  repo: string
  issue: { number: number; title: string; body: string | null; labels: string[]; state?: string }
  /** The comment is on a pull request's conversation: GitHub then sets `issue.pull_request`. */
  onPullRequest?: boolean
  comment: {
    id: number
    body: string
    login: string
    /** Default: Bot for a login ending in [bot], else User. */
    type?: UserType
    /** Default: NONE for bots, OWNER for people. */
    association?: AuthorAssociation
  }
}

/** A real issue_comment.created payload rewritten to describe the given issue (or PR) and comment. */
export function issueCommentEvent(options: IssueCommentEventOptions): Json {
  const payload = retarget(webhookExample('issue_comment', 'created'), options.owner, options.repo)
  const { number } = options.issue
  const api = `${API}/repos/${options.owner}/${options.repo}`
  const web = `${WEB}/${options.owner}/${options.repo}`
  const issue = payload.issue as Json
  const template = ((issue.labels as Json[])[0] ?? {}) as Json
  Object.assign(issue, {
    number,
    title: options.issue.title,
    body: options.issue.body,
    labels: options.issue.labels.map((name, index) => ({ ...template, id: 1000 + index, name })),
    state: options.issue.state ?? 'open',
    url: `${api}/issues/${number}`,
    labels_url: `${api}/issues/${number}/labels{/name}`,
    comments_url: `${api}/issues/${number}/comments`,
    events_url: `${api}/issues/${number}/events`,
    html_url: `${web}/${options.onPullRequest ? 'pull' : 'issues'}/${number}`
  })
  if (options.onPullRequest) {
    issue.pull_request = {
      url: `${api}/pulls/${number}`,
      html_url: `${web}/pull/${number}`,
      diff_url: `${web}/pull/${number}.diff`,
      patch_url: `${web}/pull/${number}.patch`,
      merged_at: null
    }
  } else {
    delete issue.pull_request
  }
  const { comment } = options
  const user = asUser(payload.sender as Json, comment.login, comment.type)
  Object.assign(payload.comment as Json, {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${issue.html_url}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${number}`,
    body: comment.body,
    user,
    author_association: comment.association ?? defaultAssociation(user)
  })
  payload.sender = user
  return payload
}

export interface PullRequestReviewEventOptions {
  owner: string
  repo: string
  pull: WebhookPull
  /** FakeGitHub.addReview() returns id, nodeId, body and login. */
  review: {
    id: number
    nodeId: string
    body: string | null
    login: string
    type?: UserType
    association?: AuthorAssociation
    state?: 'commented' | 'approved' | 'changes_requested'
  }
}

/** A real pull_request_review.submitted payload rewritten to describe the given pull and review. */
export function pullRequestReviewEvent(options: PullRequestReviewEventOptions): Json {
  const payload = retarget(
    webhookExample('pull_request_review', 'submitted'),
    options.owner,
    options.repo
  )
  const pull = describePull(payload, options.owner, options.repo, options.pull)
  const { review } = options
  const user = asUser(payload.sender as Json, review.login, review.type)
  const html = `${pull.html_url}#pullrequestreview-${review.id}`
  Object.assign(payload.review as Json, {
    id: review.id,
    node_id: review.nodeId,
    user,
    body: review.body,
    commit_id: options.pull.headSha,
    state: review.state ?? 'commented',
    html_url: html,
    pull_request_url: pull.url,
    author_association: review.association ?? defaultAssociation(user),
    _links: { html: { href: html }, pull_request: { href: pull.url } }
  })
  payload.sender = user
  return payload
}

export interface PullRequestClosedEventOptions {
  owner: string
  repo: string
  pull: WebhookPull
  merged: boolean
  /** Who merged (or closed) it; default octocat. */
  mergedBy?: string
  mergeCommitSha?: string
  mergedAt?: string
}

/**
 * A real pull_request.closed payload for the given pull. FakeGitHub.mergePull() and closePull()
 * return `{ pull, merged, mergedBy, mergeCommitSha, mergedAt }`: spread that in.
 */
export function pullRequestClosedEvent(options: PullRequestClosedEventOptions): Json {
  const payload = retarget(webhookExample('pull_request', 'closed'), options.owner, options.repo)
  const pull = describePull(payload, options.owner, options.repo, options.pull)
  const by = asUser(payload.sender as Json, options.mergedBy ?? 'octocat')
  const closedAt = options.mergedAt ?? (pull.closed_at as string)
  Object.assign(pull, {
    state: 'closed',
    closed_at: closedAt,
    updated_at: closedAt,
    merged: options.merged,
    merged_at: options.merged ? closedAt : null,
    merged_by: options.merged ? by : null,
    // GitHub sets it for unmerged pull requests too (its test merge): never a sign of a merge.
    merge_commit_sha: options.mergeCommitSha ?? pull.merge_commit_sha,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown'
  })
  payload.number = options.pull.number
  payload.sender = by
  return payload
}

/** Rewrites payload.pull_request to describe `pull`; returns it. */
function describePull(payload: Json, owner: string, repo: string, pull: WebhookPull): Json {
  const target = payload.pull_request as Json
  const api = `${API}/repos/${owner}/${repo}`
  const web = `${WEB}/${owner}/${repo}`
  const number = pull.number
  const user = asUser(target.user as Json, pull.userLogin ?? 'github-actions[bot]', pull.userType)
  const side = (template: Json, ref: string, sha: string | undefined) => ({
    ...template,
    label: `${owner}:${ref}`,
    ref,
    sha: sha ?? template.sha,
    // Copies: a test that edits head.repo (a fork) must not move `repository` with it.
    user: structuredClone((payload.repository as Json).owner),
    repo: structuredClone(payload.repository)
  })
  const labelTemplate = { id: 1000, node_id: 'LA_1000', color: 'ededed', default: false }
  const url = `${api}/pulls/${number}`
  const html = `${web}/pull/${number}`
  Object.assign(target, {
    number,
    id: 70000 + number,
    node_id: nodeId('PR', number),
    title: pull.title ?? target.title,
    body: pull.body === undefined ? target.body : pull.body,
    user,
    author_association: defaultAssociation(user),
    labels: (pull.labels ?? []).map((name, index) => ({
      ...labelTemplate,
      id: 1000 + index,
      url: `${api}/labels/${encodeURIComponent(name)}`,
      name,
      description: null
    })),
    head: side(target.head as Json, pull.headRef, pull.headSha),
    base: side(target.base as Json, pull.baseRef, pull.baseSha),
    url,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${number}` },
      comments: { href: `${api}/issues/${number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${pull.headSha}` }
    }
  })
  return target
}

/** Moves an example to owner/repo: every URL and name of the repository, its owner's login. */
function retarget(payload: Json, owner: string, repo: string): Json {
  const moved = replaceInStrings(payload, EXAMPLE_REPO, `${owner}/${repo}`) as Json
  const repository = moved.repository as Json
  Object.assign(repository, {
    name: repo,
    full_name: `${owner}/${repo}`,
    default_branch: 'main',
    owner: asUser(repository.owner as Json, owner, (repository.owner as Json).type as UserType)
  })
  return moved
}

/** A copy of an example's user object describing `login`. */
function asUser(template: Json, login: string, type?: UserType): Json {
  const user = replaceInStrings(
    template,
    `/${EXAMPLE_LOGIN}`,
    `/${encodeURIComponent(login)}`
  ) as Json
  const id = stableId(login)
  return {
    ...user,
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
  }
}

function defaultAssociation(user: Json): AuthorAssociation {
  return user.type === 'Bot' ? 'NONE' : 'OWNER'
}

/** The same login always gets the same id (payloads carry numeric user ids). */
function stableId(login: string): number {
  let hash = 7
  for (const char of login.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007
  return 10_000_000 + (hash % 90_000_000)
}

function replaceInStrings(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to)
  if (Array.isArray(value)) return value.map(item => replaceInStrings(item, from, to))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, replaceInStrings(inner, from, to)])
  )
}
