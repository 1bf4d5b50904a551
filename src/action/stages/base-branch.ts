// Stage: the branch plans start from and pull requests target.
import type { GitHubRepository } from '../../github/repository.js'

/** The `base-branch` input, else the default branch the event names, else one API request. */
export async function resolveBaseBranch(
  configured: string | undefined,
  payload: Record<string, unknown>,
  repository: GitHubRepository
): Promise<string> {
  if (configured) return configured
  const named = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch
  return typeof named === 'string' ? named : repository.defaultBranch()
}
