// Puts a finished plan where maintainers review it: a commit on the issue's plan branch, a
// pull request that references (never closes) the issue, and one tracking comment on the issue.
import { basename, dirname } from 'node:path/posix'
import type { GitHubRepository } from '../../github/repository.js'
import { publishFile } from '../../github/publish-file.js'
import { findOrCreatePullRequest } from '../../github/pull-request.js'
import { explainGitHubError, PullRequestsNotPermittedError } from '../../github/errors.js'
import { branchName, isPlanFileFor, type PlanKind } from '../../plan/index.js'
import type { PlanResult } from '../../plan/types.js'
import type { PublishedPlan } from '../run-report.js'
import type { TriggerIssue } from '../events/payload.js'
import { TrackingComment } from './tracking-comment.js'
import { pullRequestBody } from './pull-request-body.js'

export { TRACKING_MARKER, trackingMarker } from './tracking-comment.js'

/**
 * The last line of every commit the action makes to a plan file: how a revision tells the
 * action's own commits from people's edits (the bot account is shared by every workflow).
 */
export const PLAN_COMMIT_TRAILER = 'Planned-by: adw-plan'

// Feature plans keep the shorter title they always had.
const KIND_TITLES: Record<PlanKind, string> = {
  feature: 'Plan',
  bug: 'Bug plan',
  chore: 'Chore plan'
}

/** `Plan #12: Dark mode` and friends: pull request titles and commit subjects. */
export function planTitle(kind: PlanKind, adwId: string, name: string): string {
  return `${KIND_TITLES[kind]} #${adwId}: ${name}`
}

export interface PublisherContext {
  owner: string
  repo: string
  adwId: string
  kind: PlanKind
  inputs: { specsDir: string; branchPrefix: string; draft: boolean }
  serverUrl: string
  runUrl?: string
  /** The label that triggered the run, named in the "re-apply to refresh" hints. */
  label: string
  /** The comment command, named in the "comment to revise" hint. */
  command: string
}

export class PlanPublisher {
  readonly tracking: TrackingComment
  /** Set once the comment holds its final word, which a later failure must not overwrite. */
  private settled = false
  private branchUrl?: string
  private readonly branch: string
  /** Repository template overrides; known once the repository has been read. */
  private templatesRoot?: string

  constructor(
    private readonly repository: GitHubRepository,
    private readonly context: PublisherContext
  ) {
    this.branch = branchName(context.inputs.branchPrefix, context.adwId, context.kind)
    this.tracking = new TrackingComment(repository, Number(context.adwId), context)
  }

  useTemplates(directory: string | undefined): void {
    this.templatesRoot = directory
    this.tracking.useTemplates(directory)
  }

  private get repoUrl(): string {
    return `${this.context.serverUrl}/${this.context.owner}/${this.context.repo}`
  }

  private blobUrl(path: string): string {
    return `${this.repoUrl}/blob/${encodeURI(this.branch)}/${encodeURI(path)}`
  }

  async askForDescription(): Promise<void> {
    await this.tracking.write({ needsDescription: true })
    this.settled = true
  }

  /** Tells someone whose role is below `required-permission` why nothing happens. */
  async declineTrigger(login: string, required: string): Promise<void> {
    await this.tracking.write({ notPermitted: true, login, required })
    this.settled = true
  }

  async announcePlanning(): Promise<void> {
    const { specsDir } = this.context.inputs
    await this.tracking.write({
      planning: true,
      planPathHint: `${specsDir}/${this.context.kind}-${this.context.adwId}-….md`
    })
  }

  async publish(args: {
    baseBranch: string
    issue: TriggerIssue
    plan: PlanResult
    path: string
  }): Promise<PublishedPlan> {
    const { baseBranch, issue, plan, path } = args
    const { adwId, kind } = this.context
    const title = planTitle(kind, adwId, plan.featureName)
    const directory = dirname(path)
    const file = await publishFile(this.repository, {
      baseBranch,
      branch: this.branch,
      path,
      content: plan.markdown,
      // This issue's older plans (a changed title gives a new name) go in the same commit.
      removePaths: candidate =>
        candidate !== path &&
        dirname(candidate) === directory &&
        isPlanFileFor(adwId, basename(candidate), kind),
      message: `${title}\n\nRefs #${adwId}\n${PLAN_COMMIT_TRAILER}`
    })
    this.branchUrl = `${this.repoUrl}/tree/${encodeURI(this.branch)}`

    const planUrl = this.blobUrl(path)
    const body = pullRequestBody({
      issueNumber: issue.number,
      kind,
      path,
      planUrl,
      plan,
      tracking: this.tracking.commentId,
      templatesRoot: this.templatesRoot
    })
    const pullRequest = await findOrCreatePullRequest(this.repository, {
      head: this.branch,
      base: baseBranch,
      title,
      body,
      draft: this.context.inputs.draft,
      headIsNew: file.branchCreated
    })

    await this.tracking.write({
      done: true,
      pullRequestNumber: pullRequest.number,
      pullRequestUrl: pullRequest.url,
      branch: this.branch,
      planPath: path,
      planUrl,
      planner: plan.planner,
      fallbackReason: plan.fallbackReason
    })
    return {
      branch: this.branch,
      path,
      commitSha: file.commitSha,
      fileOperation: file.operation,
      removed: file.removed,
      planUrl,
      pullRequest
    }
  }

  /** Replaces the tracking comment with the failure and what to do about it. */
  async reportFailure(error: unknown, message: string): Promise<void> {
    if (this.tracking.commentId === undefined || this.settled) return
    const prBlocked = explainGitHubError(error) instanceof PullRequestsNotPermittedError
    await this.tracking.write({
      error: message,
      branch: this.branch,
      branchUrl: this.branchUrl,
      compareUrl:
        prBlocked && this.branchUrl
          ? `${this.repoUrl}/compare/${encodeURI(this.branch)}?expand=1`
          : undefined
    })
  }
}
