// Starts a workflow by workflow_dispatch: the one event a workflow token may cause that starts
// another workflow. GitHub's refusals here are terse; each one is turned into the fix.
import { explainGitHubError, githubMessage, hasStatus } from './errors.js'
import type { GitHubRepository } from './repository.js'

export class DispatchError extends Error {
  override name = 'DispatchError'
}

export interface Dispatch {
  /** Workflow file name (`build.yml`) or id. */
  workflow: string
  ref: string
  inputs: Record<string, string>
}

/** Starts the workflow; throws DispatchError naming the permission or trigger to add. One request. */
export async function dispatchWorkflow(repo: GitHubRepository, dispatch: Dispatch): Promise<void> {
  const file = `.github/workflows/${dispatch.workflow}`
  try {
    await repo.octokit.rest.actions.createWorkflowDispatch({
      ...repo.params,
      workflow_id: dispatch.workflow,
      ref: dispatch.ref,
      inputs: dispatch.inputs
    })
  } catch (error) {
    const detail = githubMessage(error)
    if (hasStatus(error, 403)) {
      throw new DispatchError(
        `GitHub refused to start ${dispatch.workflow} (403 ${detail}): grant \`actions: write\` in the workflow's \`permissions:\` block.`
      )
    }
    if (hasStatus(error, 404)) {
      throw new DispatchError(
        `GitHub found no workflow ${dispatch.workflow} (404): \`approved-workflow\` must name a file in .github/workflows/ on ${dispatch.ref}.`
      )
    }
    if (hasStatus(error, 422) && /workflow_dispatch/i.test(detail)) {
      throw new DispatchError(
        `${file} cannot be started by the action (422 ${detail}): add \`on: workflow_dispatch:\` with the inputs \`issue-number\` and \`plan-path\` to it.`
      )
    }
    if (hasStatus(error, 422) && /unexpected inputs/i.test(detail)) {
      throw new DispatchError(
        `${file} does not declare the inputs it is given (422 ${detail}): declare \`issue-number\` and \`plan-path\` under its \`on: workflow_dispatch: inputs:\`.`
      )
    }
    throw explainGitHubError(error)
  }
}
