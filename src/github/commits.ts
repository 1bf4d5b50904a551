// Who last changed a file on a branch: tells the action's own plan commits from people's edits.
import { explainGitHubError } from './errors.js'
import type { GitHubRepository } from './repository.js'

export interface CommitSummary {
  sha: string
  message: string
  /** GitHub login of the author, when GitHub could match one. */
  author?: string
}

/** The newest commits on `branch` that touched `path`, newest first. One request. */
export async function fileHistory(
  repo: GitHubRepository,
  branch: string,
  path: string,
  count = 10
): Promise<CommitSummary[]> {
  try {
    const { data } = await repo.octokit.rest.repos.listCommits({
      ...repo.params,
      sha: branch,
      path,
      per_page: count
    })
    return data.map(commit => ({
      sha: commit.sha,
      message: commit.commit.message,
      author: commit.author?.login
    }))
  } catch (error) {
    throw explainGitHubError(error)
  }
}
