import {
  explainGitHubError,
  githubMessage,
  hasStatus,
  isActionsPullRequestRefusal,
  PullRequestsNotPermittedError
} from './errors.js'
import type { GitHubRepository } from './repository.js'
import { attemptsAt } from './client.js'

export interface PullRequestOptions {
  /** Branch name in this repository (not `owner:branch`). */
  head: string
  base: string
  title: string
  body: string
  draft?: boolean
  /**
   * The head branch was created by this run, so no pull request can be open from it yet:
   * skips the look-up (a race with another run still ends in the "already exists" path).
   */
  headIsNew?: boolean
}

export interface PullRequestResult {
  number: number
  url: string
  operation: 'created' | 'updated' | 'unchanged'
}

/**
 * Keeps exactly one open pull request from `head`: updates its title/body only when they
 * differ, otherwise opens one. Requests: 1 (unchanged, or created on a new head), 2 (updated or created), 3 when another
 * run opened it between our look-up and our create.
 * Throws PullRequestsNotPermittedError when the repository forbids Actions to open PRs.
 */
export async function findOrCreatePullRequest(
  repo: GitHubRepository,
  options: PullRequestOptions
): Promise<PullRequestResult> {
  try {
    const existing = options.headIsNew ? undefined : await openPullRequestFrom(repo, options.head)
    if (existing) return await updateIfChanged(repo, existing, options)
    const createPath = `/repos/${repo.fullName}/pulls`
    const attemptsBefore = attemptsAt(repo.octokit, 'POST', createPath)
    try {
      const { data } = await repo.octokit.rest.pulls.create({
        ...repo.params,
        head: options.head,
        base: options.base,
        title: options.title,
        body: options.body,
        draft: options.draft ?? false
      })
      return { number: data.number, url: data.html_url, operation: 'created' }
    } catch (error) {
      if (isActionsPullRequestRefusal(error)) {
        throw new PullRequestsNotPermittedError(`POST /repos/${repo.fullName}/pulls`)
      }
      if (hasStatus(error, 422) && /pull request already exists/i.test(describe422(error))) {
        const raced = await openPullRequestFrom(repo, options.head)
        // Sent more than once: the first attempt failed in transit after GitHub had made the
        // pull request. Ours, not another run's, when it holds exactly what we sent.
        const retried = attemptsAt(repo.octokit, 'POST', createPath) - attemptsBefore > 1
        if (raced && retried && raced.title === options.title && raced.body === options.body) {
          return { number: raced.number, url: raced.url, operation: 'created' }
        }
        if (raced) return await updateIfChanged(repo, raced, options)
      }
      throw error
    }
  } catch (error) {
    throw explainGitHubError(error)
  }
}

async function updateIfChanged(
  repo: GitHubRepository,
  pull: PullRequestInfo,
  options: PullRequestOptions
): Promise<PullRequestResult> {
  if (pull.title === options.title && pull.body === options.body) {
    return { number: pull.number, url: pull.url, operation: 'unchanged' }
  }
  await repo.octokit.rest.pulls.update({
    ...repo.params,
    pull_number: pull.number,
    title: options.title,
    body: options.body
  })
  return { number: pull.number, url: pull.url, operation: 'updated' }
}

/** GitHub puts "A pull request already exists" in `errors[].message`, not the top message. */
function describe422(error: unknown): string {
  const data = (error as { response?: { data?: { errors?: { message?: string }[] } } }).response
    ?.data
  const details = (data?.errors ?? []).map(entry => entry.message ?? '').join(' ')
  return `${githubMessage(error)} ${details}`
}

/** What the flows read of a pull request. */
export interface PullRequestInfo {
  number: number
  url: string
  title: string
  body: string
  state: string
  headRef: string
  headSha: string
  /** `owner/repo` of the head branch; undefined when its fork was deleted. */
  headRepo?: string
  baseRef: string
}

type PullData = {
  number: number
  html_url: string
  title: string
  body: string | null
  state: string
  head: { ref: string; sha: string; repo: { full_name: string } | null }
  base: { ref: string }
}

function info(data: PullData): PullRequestInfo {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    state: data.state,
    headRef: data.head.ref,
    headSha: data.head.sha,
    headRepo: data.head.repo?.full_name,
    baseRef: data.base.ref
  }
}

/** One request. */
export async function getPullRequest(
  repo: GitHubRepository,
  pullNumber: number
): Promise<PullRequestInfo> {
  try {
    const { data } = await repo.octokit.rest.pulls.get({ ...repo.params, pull_number: pullNumber })
    return info(data)
  } catch (error) {
    throw explainGitHubError(error)
  }
}

/** The open pull request from `branch` of this repository, if any. One request. */
export async function openPullRequestFrom(
  repo: GitHubRepository,
  branch: string
): Promise<PullRequestInfo | undefined> {
  try {
    const { data } = await repo.octokit.rest.pulls.list({
      ...repo.params,
      head: `${repo.owner}:${branch}`,
      state: 'open',
      per_page: 10
    })
    const first = [...data].sort((a, b) => a.number - b.number)[0]
    return first ? info(first) : undefined
  } catch (error) {
    throw explainGitHubError(error)
  }
}

/** Rewrites a pull request's body when it differs. One request, or none. */
export async function updatePullRequestBody(
  repo: GitHubRepository,
  pull: { number: number; body: string },
  body: string
): Promise<boolean> {
  if (pull.body === body) return false
  try {
    await repo.octokit.rest.pulls.update({ ...repo.params, pull_number: pull.number, body })
    return true
  } catch (error) {
    throw explainGitHubError(error)
  }
}
