// Stage: the issue to plan, from the event when it carries one, else from the API.
import type { GitHubRepository } from '../../github/repository.js'
import { issueSkipReason, TriggerError, type TriggerIssue } from '../events/payload.js'

export async function readIssue(
  repository: GitHubRepository,
  source: { issue: TriggerIssue } | { issueNumber: number }
): Promise<TriggerIssue> {
  if ('issue' in source) return source.issue
  const fetched: TriggerIssue = await repository.getIssue(source.issueNumber)
  const skip = issueSkipReason(fetched)
  if (skip) throw new TriggerError(`Cannot plan: ${skip}`)
  return fetched
}
