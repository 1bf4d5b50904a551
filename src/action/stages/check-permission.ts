// Stage: does the person behind the event hold the role the workflow asks for?
import * as core from '@actions/core'
import type { GitHubRepository } from '../../github/repository.js'
import { meetsRole, roleOf } from '../../github/permission.js'
import type { PermissionLevel } from '../inputs.js'
import type { TriggerSender } from '../events/payload.js'

export interface Refusal {
  reason: string
  /** Who was refused, when the event names someone. */
  login?: string
}

/** Undefined when the sender holds `required` (one API request); else why not. */
export async function checkPermission(
  repository: GitHubRepository,
  sender: TriggerSender | undefined,
  required: PermissionLevel,
  inputName = 'required-permission'
): Promise<Refusal | undefined> {
  const login = sender?.login
  if (!login) return { reason: `the event names no sender to check for \`${required}\` access.` }
  const role = await roleOf(repository, login)
  core.info(`${login} holds the ${role} role; ${required} is required.`)
  if (meetsRole(role, required)) return undefined
  return {
    reason: `${login} holds the ${role} role on this repository; \`${inputName}\` asks for ${required}.`,
    login
  }
}

// Associations of people who are neither members nor collaborators: at most read access, so
// they are refused without asking the API (a stranger's comment costs no request).
const OUTSIDERS = new Set([
  'NONE',
  'FIRST_TIMER',
  'FIRST_TIME_CONTRIBUTOR',
  'CONTRIBUTOR',
  'MANNEQUIN'
])

/** The gate on comment commands: `comment-permission`, judged without a request for outsiders. */
export async function checkCommenter(
  repository: GitHubRepository,
  sender: TriggerSender | undefined,
  association: string | undefined,
  required: PermissionLevel | undefined
): Promise<Refusal | undefined> {
  if (!required) return undefined
  if (sender && association && OUTSIDERS.has(association.toUpperCase())) {
    return {
      reason: `${sender.login} is not a collaborator on this repository (${association.toLowerCase()}); \`comment-permission\` asks for ${required}.`,
      login: sender.login
    }
  }
  return checkPermission(repository, sender, required, 'comment-permission')
}
