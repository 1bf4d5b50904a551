// The revision flow: `/plan <feedback>` on a plan pull request (a comment or a review) or on its
// issue. check who asked -> find the plan -> acknowledge (eyes) -> research and revise -> commit
// on the plan branch (fast-forward only) -> reply once -> update the tracking comment. Only the
// revision and its commit decide the run: the 👀 and the writes that tell people about it are
// courtesies (see courtesy.ts).
import * as core from '@actions/core'
import type { ActionRun } from '../context.js'
import type { RevisionTrigger, PlanPullRequest } from '../events/pull-request-events.js'
import { planIssue } from './plan-issue.js'
import { setIssueOutputs, setPlanOutputs } from '../outputs.js'
import { checkCommenter } from '../stages/check-permission.js'
import { planPullByNumber, planPullOfIssue, readPlanFile } from '../stages/locate-plan.js'
import {
  readRepository,
  templatesRootOf,
  type RepositoryTree
} from '../stages/research-and-plan.js'
import { resolveBaseBranch } from '../stages/base-branch.js'
import { actionLogger } from '../logger.js'
import { trackingCommentOf } from '../publish/tracking-comment.js'
import { pullRequestBody, readState } from '../publish/pull-request-body.js'
import { PLAN_COMMIT_TRAILER } from '../publish/plan-publisher.js'
import { courtesyWrite } from '../publish/courtesy.js'
import { addEyes, type ReactionTarget } from '../../github/reactions.js'
import { reviewComments, type InlineComment } from '../../github/review-comments.js'
import { FileChangedError, writeFile, type RepositoryFile } from '../../github/contents.js'
import { postComment } from '../../github/issue-comment.js'
import { updatePullRequestBody } from '../../github/pull-request.js'
import type { GitHubRepository } from '../../github/repository.js'
import { extractMetadata } from '../../plan/format/plan-format.js'
import { featureNameOf } from '../../plan/format/sections.js'
import { hasChanges } from '../../plan/format/compare.js'
import { loadTemplate, renderTemplate } from '../../templates/render.js'
import type { RevisedPlan, ReviewFeedback } from '../../pipeline/revise-plan.js'

// A reviewer and the action writing at once: read again and revise again, a few times at most.
const MAX_ATTEMPTS = 3

/** What every attempt at one command shares: the plan's pull request, its tree, the reply. */
interface RevisionSession {
  run: ActionRun
  trigger: RevisionTrigger
  pull: PlanPullRequest
  repository: GitHubRepository
  reply: Reply
  /** The review's inline comments (all files; each attempt keeps those on the plan). */
  comments: InlineComment[]
  tree: RepositoryTree
}

export async function revisePlan(run: ActionRun, trigger: RevisionTrigger): Promise<void> {
  const { inputs, report } = run
  report.flow = 'revision'
  const repository = run.repository()

  const refusal = await core.group('Check who asked', () =>
    checkCommenter(repository, trigger.sender, trigger.source.association, inputs.commentPermission)
  )
  if (refusal) {
    // No reply: on a public repository a stranger must not be able to make the bot talk.
    core.notice(`Not revising: ${refusal.reason}`)
    report.reason = refusal.reason
    return
  }

  const located = await core.group('Find the plan', () => locate(run, trigger))
  if ('reason' in located) {
    core.info(`Nothing to revise: ${located.reason}`)
    report.reason = located.reason
    return
  }
  if ('firstPlan' in located) {
    // No plan of that kind yet: the command plans the issue, as its trigger label would.
    if (!inputs.dryRun) await acknowledge(run, trigger, 'planning anyway')
    await planIssue(run, {
      kind: 'plan',
      adwId: String(trigger.issue!.number),
      issue: trigger.issue!,
      planKind: located.firstPlan,
      sender: trigger.sender,
      via: trigger.via
    })
    return
  }

  const session = await openSession(run, trigger, located.pull)
  for (let attempt = 1; ; attempt++) {
    if ((await reviseOnce(session, attempt)) === 'done') return
  }
}

/** Acknowledges the command, then reads what every attempt needs: review comments, the tree. */
async function openSession(
  run: ActionRun,
  trigger: RevisionTrigger,
  pull: PlanPullRequest
): Promise<RevisionSession> {
  const { inputs, report } = run
  const repository = run.repository()
  report.adwId = pull.adwId
  report.kind = pull.kind
  setIssueOutputs(pull.adwId)
  const reply = new Reply(run, repository, trigger.issue?.number ?? pull.number)
  if (!inputs.dryRun) {
    await acknowledge(run, trigger, 'revising anyway')
    run.reportFailuresWith((_error, message) => reply.failed(message))
  }

  const comments =
    trigger.source.type === 'review'
      ? await core.group('Read the review', () =>
          reviewComments(repository, pull.number, trigger.source.id)
        )
      : []

  const base =
    pull.baseRef ?? (await resolveBaseBranch(inputs.baseBranch, run.event.payload, repository))
  const tree = await readRepository(run, base)
  reply.useTemplates(templatesRootOf(tree))
  return { run, trigger, pull, repository, reply, comments, tree }
}

/**
 * One round: read the plan, revise it, commit it on top of what was read. `again` when the
 * plan changed on the branch meanwhile (another command, a push), so it is read and revised anew.
 */
async function reviseOnce(session: RevisionSession, attempt: number): Promise<'done' | 'again'> {
  const { run, trigger, pull, repository, reply } = session
  const { inputs, report } = run
  const file = await readPlanFile(repository, pull, inputs.specsDir)
  if (!file) {
    throw new Error(
      `No ${pull.kind} plan for #${pull.adwId} in ${inputs.specsDir}/ on ${pull.headRef}.`
    )
  }
  const revised = await reviseFile(session, file)
  if (!revised) return 'done'
  report.plan = revised.result
  report.planPath = revised.path
  report.research = revised.research
  report.review = revised.review
  setPlanOutputs({ path: revised.path, planner: revised.result.planner })

  if (!hasChanges(revised.changes)) {
    const missed = revised.review?.notAppliedNote
    core.info(missed ?? 'The revised plan is the same as the current one: nothing to commit.')
    report.status = 'unchanged'
    if (missed) report.reason = missed
    if (!inputs.dryRun) await reply.unchanged(revised, pull.headRef)
    return 'done'
  }
  if (inputs.dryRun) {
    core.info('Dry run: the revised plan is not committed.')
    report.status = 'dry-run'
    return 'done'
  }
  let commit: { sha: string; url: string }
  try {
    commit = await core.group('Commit the revised plan', () =>
      writeFile(repository, {
        branch: pull.headRef,
        path: file.path,
        text: revised.result.markdown,
        replaces: file.sha,
        message: commitMessage(pull.adwId, trigger.feedback)
      })
    )
  } catch (error) {
    if (!(error instanceof FileChangedError) || attempt >= MAX_ATTEMPTS) throw error
    core.info(`${error.message}; reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`)
    return 'again'
  }
  // The commit stands from here on: what follows only tells people about it.
  report.status = 'revised'
  report.revision = { commitUrl: commit.url, changes: revised.changes }
  run.reportFailuresWith(async () => undefined)
  await core.group('Tell the reviewers', () => tellReviewers(session, { revised, commit }))
  return 'done'
}

/**
 * The revision of the plan file as read, through the pipeline; undefined when the pipeline
 * refused (hand edits) or failed (a model that stays invalid), after saying so where people look.
 */
async function reviseFile(
  session: RevisionSession,
  file: RepositoryFile
): Promise<RevisedPlan | undefined> {
  const { run, trigger, pull, repository, reply, tree } = session
  const { inputs, report } = run
  const feedback: ReviewFeedback = {
    text: trigger.feedback,
    comments: session.comments.filter(comment => comment.path === file.path)
  }
  if (!feedback.text && feedback.comments.length === 0) {
    throw new Error(
      `\`${inputs.commentCommand}\` needs feedback: write what to change after it, or comment on lines of ${file.path}.`
    )
  }
  const { revisePlan: revise, RevisionError } = await import('../../pipeline/revise-plan.js')
  try {
    return await revise({
      adwId: pull.adwId,
      kind: pull.kind,
      issue: await issueOf(repository, file, pull),
      root: tree.root,
      inputs: { ...inputs, templatesDir: tree.templatesDir },
      log: actionLogger,
      current: { path: file.path, markdown: file.text },
      feedback
    })
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error
    if (!inputs.dryRun)
      await reply.failed(
        error.message,
        error.problems.map(p => p.message)
      )
    report.status = 'failed'
    report.error = error.message
    core.setFailed(error.message)
    return undefined
  }
}

type Located =
  { pull: PlanPullRequest } | { firstPlan: 'feature' | 'bug' | 'chore' } | { reason: string }

async function locate(run: ActionRun, trigger: RevisionTrigger): Promise<Located> {
  const repository = run.repository()
  const { branchPrefix, labels } = run.inputs
  if (trigger.pull) return { pull: trigger.pull }
  if (trigger.pullNumber !== undefined) {
    const pull = await planPullByNumber(repository, trigger.pullNumber, branchPrefix)
    if ('reason' in pull) return { reason: pull.reason }
    if (pull.state !== 'open') return { reason: `pull request #${pull.number} is not open.` }
    return { pull }
  }
  const issue = trigger.issue!
  const found = await planPullOfIssue(repository, issue, {
    requested: trigger.requestedKind,
    labels,
    branchPrefix
  })
  return found.pull ? { pull: found.pull } : { firstPlan: found.kind }
}

/** 👀 on the command: a courtesy, so a refused reaction is a warning and the work goes on. */
async function acknowledge(run: ActionRun, trigger: RevisionTrigger, then: string): Promise<void> {
  const { source } = trigger
  const target: ReactionTarget | undefined =
    source.type === 'issue-comment'
      ? { type: 'issue-comment', id: source.id }
      : source.nodeId
        ? { type: 'review', nodeId: source.nodeId }
        : undefined
  if (!target) return
  await courtesyWrite(run, `Could not add the 👀 reaction to the command (${then})`, () =>
    addEyes(run.repository(), target)
  )
}

/** The issue as the plan's Metadata holds it; the API only when the Metadata was edited away. */
async function issueOf(repository: GitHubRepository, file: RepositoryFile, pull: PlanPullRequest) {
  const metadata = extractMetadata(file.text)
  const title = featureNameOf(file.text) || `#${pull.adwId}`
  if (metadata.prompt !== undefined && metadata.adwId === pull.adwId) {
    return { number: Number(pull.adwId), title, body: metadata.prompt }
  }
  const issue = await repository.getIssue(Number(pull.adwId))
  return { number: issue.number, title: issue.title, body: issue.body }
}

/** The embedded planner's account for the reply; a model's revision makes none (empty lists). */
const reviewOf = (revised: RevisedPlan) => revised.review ?? { applied: [], notApplied: [] }

function commitMessage(adwId: string, feedback: string): string {
  const first = feedback
    .split('\n')
    .find(line => line.trim() !== '')
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
  const subject = `Revise plan for #${adwId}${first ? `: ${first}` : ''}`
  const short = subject.length > 100 ? `${subject.slice(0, 99)}…` : subject
  return `${short}\n\nRefs #${adwId}\n${PLAN_COMMIT_TRAILER}`
}

/**
 * Tells the reviewers about a committed revision: the reply, the issue's tracking comment and
 * the pull request's summary. Each is a courtesy: one GitHub refuses is a warning, not a failure.
 */
async function tellReviewers(
  session: RevisionSession,
  done: { revised: RevisedPlan; commit: { sha: string; url: string } }
): Promise<void> {
  const { run, trigger, pull, repository, reply } = session
  const { revised, commit } = done
  const { inputs } = run
  const planUrl = `${run.repoUrl}/blob/${encodeURI(pull.headRef)}/${encodeURI(revised.path)}`
  const landed = `The revised plan is committed (${commit.url}), but`
  await reply.revised({ revised, commit, planUrl, author: trigger.sender?.login }, landed)

  const state = readState(pull.body, {
    adwId: pull.adwId,
    kind: pull.kind,
    specsDir: inputs.specsDir
  })
  const tracking = trackingCommentOf(run, pull, state.tracking)
  tracking.useTemplates(reply.templatesRoot)
  await courtesyWrite(run, `${landed} the issue's tracking comment could not be updated`, () =>
    tracking.write({
      done: true,
      pullRequestNumber: pull.number,
      pullRequestUrl: pull.url ?? `${run.repoUrl}/pull/${pull.number}`,
      branch: pull.headRef,
      planPath: revised.path,
      planUrl,
      planner: revised.result.planner,
      revisionSha: commit.sha.slice(0, 7),
      revisionUrl: commit.url,
      feedbackAuthor: trigger.sender?.login,
      feedbackUrl: trigger.source.url ?? pull.url
    })
  )

  let updated = false
  await courtesyWrite(
    run,
    `${landed} the pull request's summary could not be updated`,
    async () => {
      const body = pullRequestBody({
        issueNumber: Number(pull.adwId),
        kind: pull.kind,
        path: revised.path,
        planUrl,
        plan: revised.result,
        tracking: tracking.commentId,
        templatesRoot: reply.templatesRoot
      })
      updated = await updatePullRequestBody(repository, pull, body)
    }
  )
  core.setOutput('branch', pull.headRef)
  core.setOutput('pull-request-number', String(pull.number))
  if (pull.url) core.setOutput('pull-request-url', pull.url)
  core.setOutput('pull-request-operation', updated ? 'updated' : 'unchanged')
}

/** The one reply a command gets, on the pull request or the issue where it was written. */
class Reply {
  templatesRoot?: string
  private sent = false

  constructor(
    private readonly run: ActionRun,
    private readonly repository: GitHubRepository,
    private readonly number: number
  ) {}

  useTemplates(directory: string | undefined): void {
    this.templatesRoot = directory
  }

  /** Posts the reply once; a reply GitHub refuses is a warning (`what` says what it was for). */
  private async send(state: object, what = 'The reply to the command'): Promise<void> {
    if (this.sent) return
    const body = renderTemplate(loadTemplate('revision-reply.md.hbs', this.templatesRoot), {
      runUrl: this.run.runUrl,
      ...state
    })
    this.sent = await courtesyWrite(this.run, `${what} could not be posted`, () =>
      postComment(this.repository, this.number, body)
    )
  }

  revised(
    done: {
      revised: RevisedPlan
      commit: { sha: string; url: string }
      planUrl: string
      author?: string
    },
    landed: string
  ): Promise<void> {
    return this.send(
      {
        revised: true,
        planPath: done.revised.path,
        planUrl: done.planUrl,
        commitSha: done.commit.sha.slice(0, 7),
        commitUrl: done.commit.url,
        author: done.author,
        changes: done.revised.changes,
        review: reviewOf(done.revised),
        planner: done.revised.result.planner,
        model: done.revised.result.usage?.model
      },
      `${landed} the reply to the command`
    )
  }

  unchanged(revised: RevisedPlan, branch: string): Promise<void> {
    return this.send({
      unchanged: true,
      review: reviewOf(revised),
      planPath: revised.path,
      planUrl: `${this.run.repoUrl}/blob/${encodeURI(branch)}/${encodeURI(revised.path)}`
    })
  }

  failed(error: string, problems: string[] = []): Promise<void> {
    return this.send({ error, problems })
  }
}
