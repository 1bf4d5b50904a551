// The optional gate on who may start a plan: the role a user holds on the repository, compared
// with the least role the workflow asks for.
import type { GitHubRepository } from './repository.js'
import { explainGitHubError } from './errors.js'

const ORDER = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const
export type Role = (typeof ORDER)[number]

function rank(role: string): number {
  return ORDER.indexOf(role as Role)
}

/**
 * The user's role. `role_name` distinguishes triage and maintain, which the older `permission`
 * field folds into read and write; a custom role falls back to the base permission it extends.
 */
export async function roleOf(repository: GitHubRepository, login: string): Promise<Role> {
  try {
    const { data } = await repository.octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repository.params,
      username: login
    })
    const named = (data as { role_name?: string }).role_name?.toLowerCase() ?? ''
    if (rank(named) >= 0) return named as Role
    return rank(data.permission) >= 0 ? (data.permission as Role) : 'none'
  } catch (error) {
    // GitHub answers 404 for a user who is not a collaborator at all.
    if ((error as { status?: number }).status === 404) return 'none'
    throw explainGitHubError(error)
  }
}

export function meetsRole(role: Role, required: Exclude<Role, 'none'>): boolean {
  return rank(role) >= rank(required)
}
