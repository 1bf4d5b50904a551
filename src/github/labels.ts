import { explainGitHubError } from './errors.js'
import type { GitHubRepository } from './repository.js'

/** Adds one label to an issue (GitHub creates it when the repository has none by that name). */
export async function addLabel(
  repo: GitHubRepository,
  issueNumber: number,
  label: string
): Promise<void> {
  try {
    await repo.octokit.rest.issues.addLabels({
      ...repo.params,
      issue_number: issueNumber,
      labels: [label]
    })
  } catch (error) {
    throw explainGitHubError(error)
  }
}
