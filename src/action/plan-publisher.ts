// Puts a finished plan where maintainers review it: a commit on the issue's plan branch, a
// pull request that references (never closes) the issue, and one tracking comment on the issue.
import { basename, dirname } from 'node:path/posix'
import type { GitHubRepository } from '../github/repository.js'
import { publishFile } from '../github/publish-file.js'
import { findOrCreatePullRequest } from '../github/pull-request.js'
import { explainGitHubError, PullRequestsNotPermittedError } from '../github/errors.js'
import { upsertTrackingComment } from '../github/issue-comment.js'
import { branchName, isPlanFileFor, planTitlePrefix, type PlanKind } from '../plan/index.js'
import type { PlanResult } from '../plan/types.js'
import type { TriggerIssue } from './trigger.js'
import { digestPlan } from '../plan/format/digest.js'
import { loadTemplate, renderTemplate } from '../templates/render.js'

export const TRACKING_MARKER = '<!-- adw-plan:tracking -->'

/** Each kind keeps its own comment, so a bug plan for an issue never overwrites its feature plan's links. */
export function trackingMarker(kind: PlanKind): string {
  return kind === 'feature' ? TRACKING_MARKER : `<!-- adw-plan:tracking:${kind} -->`
}

// Feature plans keep the shorter title they always had.
const KIND_TITLES: Record<PlanKind, string> = {
  feature: 'Plan',
  bug: 'Bug plan',
  chore: 'Chore plan'
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
}

export interface PublishedPlan {
  branch: string
  path: string
  commitSha: string
  fileOperation: 'created' | 'updated' | 'unchanged'
  removed: string[]
  planUrl: string
  pullRequest: { number: number; url: string; operation: 'created' | 'updated' | 'unchanged' }
}

interface CommentState {
  planning?: boolean
  done?: boolean
  needsDescription?: boolean
  [key: string]: unknown
}

export class PlanPublisher {
  private commentId?: number
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
  }

  useTemplates(directory: string | undefined): void {
    this.templatesRoot = directory
  }

  private get repoUrl(): string {
    return `${this.context.serverUrl}/${this.context.owner}/${this.context.repo}`
  }

  private blobUrl(path: string): string {
    return `${this.repoUrl}/blob/${encodeURI(this.branch)}/${encodeURI(path)}`
  }

  private async comment(issueNumber: number, state: CommentState): Promise<void> {
    const body = renderTemplate(loadTemplate('issue-comment.md.hbs', this.templatesRoot), {
      label: this.context.label,
      kind: this.context.kind,
      runUrl: this.context.runUrl,
      ...state
    })
    const result = await upsertTrackingComment(this.repository, issueNumber, {
      marker: trackingMarker(this.context.kind),
      body,
      commentId: this.commentId
    })
    this.commentId = result.id
  }

  async askForDescription(issueNumber: number): Promise<void> {
    await this.comment(issueNumber, { needsDescription: true })
    this.settled = true
  }

  /** Tells someone whose role is below `required-permission` why nothing happens. */
  async declineTrigger(issueNumber: number, login: string, required: string): Promise<void> {
    await this.comment(issueNumber, { notPermitted: true, login, required })
    this.settled = true
  }

  async announcePlanning(issue: TriggerIssue): Promise<void> {
    const { specsDir } = this.context.inputs
    await this.comment(issue.number, {
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
    const title = `${KIND_TITLES[kind]} #${adwId}: ${plan.featureName}`
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
      message: `${title}\n\nRefs #${adwId}`
    })
    this.branchUrl = `${this.repoUrl}/tree/${encodeURI(this.branch)}`

    const planUrl = this.blobUrl(path)
    const digest = digestPlan(plan.markdown)
    const body = renderTemplate(loadTemplate('pr-body.md.hbs', this.templatesRoot), {
      issueNumber: issue.number,
      kind,
      kindTitle: planTitlePrefix(kind),
      featureName: plan.featureName,
      planPath: path,
      planUrl,
      userStory: digest.userStory,
      filesToModify: digest.filesToModify,
      phases: digest.phases,
      criteriaCount: digest.criteriaCount,
      fallbackReason: plan.fallbackReason,
      planner: plan.planner,
      model: plan.usage?.model
    })
    const pullRequest = await findOrCreatePullRequest(this.repository, {
      head: this.branch,
      base: baseBranch,
      title,
      body,
      draft: this.context.inputs.draft,
      headIsNew: file.branchCreated
    })

    await this.comment(issue.number, {
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
    if (this.commentId === undefined || this.settled) return
    const prBlocked = explainGitHubError(error) instanceof PullRequestsNotPermittedError
    await this.comment(Number(this.context.adwId), {
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
