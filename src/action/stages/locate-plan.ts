// Stage: find the plan a command is about: its pull request (from the event, or one request)
// and the plan file on its branch (the pull request's own record of it, else a listing).
import { posix } from 'node:path'
import type { GitHubRepository } from '../../github/repository.js'
import {
  getPullRequest,
  openPullRequestFrom,
  type PullRequestInfo
} from '../../github/pull-request.js'
import { listDirectory, readFile, type RepositoryFile } from '../../github/contents.js'
import { branchName, isPlanFileFor, planKinds, type PlanKind } from '../../plan/format/naming.js'
import { readPlanPull, type PlanPullRequest } from '../events/pull-request-events.js'
import { readState } from '../publish/pull-request-body.js'
import { KIND_PRIORITY } from '../events/trigger.js'

type NotAPlan = { kind: 'skip'; reason: string }

/** A pull request read from the API, judged like one from a webhook payload. */
export function planPullFromApi(
  info: PullRequestInfo,
  repository: GitHubRepository,
  branchPrefix: string
): PlanPullRequest | NotAPlan {
  return readPlanPull(
    {
      number: info.number,
      html_url: info.url,
      body: info.body,
      state: info.state,
      head: {
        ref: info.headRef,
        sha: info.headSha,
        repo: info.headRepo ? { full_name: info.headRepo } : null
      },
      base: { ref: info.baseRef }
    },
    { full_name: repository.fullName },
    branchPrefix
  )
}

/** The plan pull request a comment on a pull request is about. One request. */
export async function planPullByNumber(
  repository: GitHubRepository,
  pullNumber: number,
  branchPrefix: string
): Promise<PlanPullRequest | NotAPlan> {
  return planPullFromApi(await getPullRequest(repository, pullNumber), repository, branchPrefix)
}

/**
 * The open plan pull request of an issue: of the kind asked for, else of the kinds its trigger
 * labels name (most specific first), else a feature plan. One request per kind tried; undefined
 * (with the kind a first plan should have) when there is none.
 */
export async function planPullOfIssue(
  repository: GitHubRepository,
  issue: { number: number; labels: string[] },
  options: { requested?: PlanKind; labels: Record<string, PlanKind>; branchPrefix: string }
): Promise<{ pull?: PlanPullRequest; kind: PlanKind }> {
  const labelled = KIND_PRIORITY.filter(kind =>
    issue.labels.some(label => options.labels[label.trim().toLowerCase()] === kind)
  )
  const candidates = options.requested
    ? [options.requested]
    : [...new Set<PlanKind>([...labelled, 'feature', ...planKinds])]
  for (const kind of candidates) {
    const branch = branchName(options.branchPrefix, String(issue.number), kind)
    const info = await openPullRequestFrom(repository, branch)
    if (!info) continue
    const pull = planPullFromApi(info, repository, options.branchPrefix)
    if ('headRef' in pull) return { pull, kind }
  }
  return { kind: options.requested ?? labelled[0] ?? 'feature' }
}

/**
 * The plan file on the pull request's branch: where its body says (one request), else the issue's
 * plan file of that kind in `specsDir` (a listing, then the read).
 */
export async function readPlanFile(
  repository: GitHubRepository,
  pull: PlanPullRequest,
  specsDir: string
): Promise<RepositoryFile | undefined> {
  const recorded = readState(pull.body, { adwId: pull.adwId, kind: pull.kind, specsDir }).path
  if (recorded) {
    const file = await readFile(repository, recorded, pull.headRef)
    if (file) return file
  }
  const found = (await listDirectory(repository, specsDir, pull.headRef)).find(
    path =>
      posix.dirname(path) === specsDir && isPlanFileFor(pull.adwId, posix.basename(path), pull.kind)
  )
  return found ? readFile(repository, found, pull.headRef) : undefined
}
