// Stage: does the person behind the event hold the role the workflow asks for?
import * as core from '@actions/core'
import type { GitHubRepository } from '../../github/repository.js'
import { meetsRole, roleOf } from '../../github/permission.js'
import type { PermissionLevel } from '../inputs.js'
import type { TriggerSender } from '../trigger.js'

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
