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

interface OpenPullRequest {
  number: number
  html_url: string
  title: string
  body: string | null
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
    const existing = options.headIsNew ? undefined : await findOpenPullRequest(repo, options.head)
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
        const raced = await findOpenPullRequest(repo, options.head)
        // Sent more than once: the first attempt failed in transit after GitHub had made the
        // pull request. Ours, not another run's, when it holds exactly what we sent.
        const retried = attemptsAt(repo.octokit, 'POST', createPath) - attemptsBefore > 1
        if (raced && retried && raced.title === options.title && raced.body === options.body) {
          return { number: raced.number, url: raced.html_url, operation: 'created' }
        }
        if (raced) return await updateIfChanged(repo, raced, options)
      }
      throw error
    }
  } catch (error) {
    throw explainGitHubError(error)
  }
}

async function findOpenPullRequest(
  repo: GitHubRepository,
  branch: string
): Promise<OpenPullRequest | undefined> {
  const { data } = await repo.octokit.rest.pulls.list({
    ...repo.params,
    head: `${repo.owner}:${branch}`,
    state: 'open',
    per_page: 10
  })
  // Lowest number first: if duplicates ever exist, every run keeps updating the same one.
  return [...data].sort((a, b) => a.number - b.number)[0]
}

async function updateIfChanged(
  repo: GitHubRepository,
  pull: OpenPullRequest,
  options: PullRequestOptions
): Promise<PullRequestResult> {
  if (pull.title === options.title && (pull.body ?? '') === options.body) {
    return { number: pull.number, url: pull.html_url, operation: 'unchanged' }
  }
  await repo.octokit.rest.pulls.update({
    ...repo.params,
    pull_number: pull.number,
    title: options.title,
    body: options.body
  })
  return { number: pull.number, url: pull.html_url, operation: 'updated' }
}

/** GitHub puts "A pull request already exists" in `errors[].message`, not the top message. */
function describe422(error: unknown): string {
  const data = (error as { response?: { data?: { errors?: { message?: string }[] } } }).response
    ?.data
  const details = (data?.errors ?? []).map(entry => entry.message ?? '').join(' ')
  return `${githubMessage(error)} ${details}`
}
