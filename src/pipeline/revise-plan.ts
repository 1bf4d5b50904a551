// Revising a plan from review feedback: the same research and checks as a first plan, but the
// file name and the Metadata stay as they are, and nothing is ever thrown away silently. A model
// revises the plan as it stands (hand edits included); so does the embedded planner, editing in
// place what the feedback asks that it can do and saying what it could not.
import type { Logger } from '../log/logger.js'
import type { InlineFeedback, IssueText, PlanProblem, PlanResult } from '../plan/types.js'
import type { PlanKind } from '../plan/format/naming.js'
import type { ResearchResult } from '../research/types.js'
import { fileExistsIn, formatProblems } from '../plan/format/validate.js'
import { featureNameOf } from '../plan/format/sections.js'
import { comparePlans, type PlanChanges } from '../plan/format/compare.js'
import { createPlanner } from '../plan/create-planner.js'
import { resolveProvider } from '../plan/llm/providers.js'
import { LlmPlanError } from '../plan/llm/errors.js'
import { notAppliedSentence, reviseInPlace } from '../plan/embedded/review/revise-in-place.js'
import { namesIn } from '../plan/embedded/review/targets.js'
import { planProblems, researchIssue, templatesRoot, type PipelineInputs } from './make-plan.js'

export interface ReviewFeedback {
  /** The words after the command. */
  text: string
  /** Inline comments on the plan file. */
  comments: { startLine?: number; line?: number; body: string }[]
}

export interface RevisePlanOptions {
  adwId: string
  kind: PlanKind
  /** The issue as the plan's Metadata holds it: the body is the prompt, verbatim. */
  issue: IssueText
  root: string
  inputs: PipelineInputs
  log: Logger
  current: { path: string; markdown: string }
  feedback: ReviewFeedback
}

/** What the embedded planner did with each request of the feedback, and what it could not do. */
export interface ReviewReport {
  applied: string[]
  notApplied: string[]
  /** "Not applied by the embedded planner: …; re-run with a model or edit the plan.", if any. */
  notAppliedNote?: string
}

export interface RevisedPlan {
  result: PlanResult
  path: string
  research: ResearchResult
  changes: PlanChanges
  /** The embedded planner's account of the requests; a model's revision has none. */
  review?: ReviewReport
}

export type RevisionFailure = 'invalid' | 'model'

export class RevisionError extends Error {
  override name = 'RevisionError'
  constructor(
    readonly reason: RevisionFailure,
    message: string,
    readonly problems: PlanProblem[] = []
  ) {
    super(message)
  }
}

/** The lines of the plan an inline comment points at, so the model sees what it refers to. */
function inline(markdown: string, feedback: ReviewFeedback): InlineFeedback[] {
  const lines = markdown.split('\n')
  return feedback.comments.map(comment => {
    const end = comment.line ?? comment.startLine
    const start = comment.startLine ?? end
    const excerpt =
      start !== undefined && end !== undefined
        ? lines.slice(Math.max(0, start - 1), Math.min(lines.length, end)).join('\n')
        : ''
    return { ...comment, excerpt }
  })
}

/** Everything the reviewer wrote, for the research and the embedded planner. */
function feedbackText(feedback: ReviewFeedback): string {
  return [feedback.text, ...feedback.comments.map(comment => comment.body)]
    .filter(text => text.trim() !== '')
    .join('\n\n')
}

export async function revisePlan(options: RevisePlanOptions): Promise<RevisedPlan> {
  const { adwId, kind, issue, root, inputs, current } = options
  const words = feedbackText(options.feedback)
  const templatesDir = templatesRoot(root, inputs.templatesDir)
  const revision =
    resolveProvider(inputs).kind === 'template'
      ? await reviseInPlaceWithResearch(options, words)
      : await reviseWithModel(options, words, templatesDir)

  const problems = planProblems(revision.result.markdown, {
    adwId,
    kind,
    prompt: issue.body,
    quotes: [issue.title, words],
    root,
    templatesDir
  })
  if (problems.length > 0) {
    throw new RevisionError(
      'invalid',
      `The revised plan is not valid:\n${formatProblems(problems)}`,
      problems
    )
  }
  return {
    ...revision,
    path: current.path,
    changes: comparePlans(current.markdown, revision.result.markdown)
  }
}

/**
 * The embedded planner edits the plan as it stands: what the feedback asks that it can do is done,
 * every other line (hand edits included) stays, and Notes say what was applied and what was not.
 * When nothing could be applied the plan is left as it was and the report says why.
 */
async function reviseInPlaceWithResearch(
  options: RevisePlanOptions,
  words: string
): Promise<Pick<RevisedPlan, 'result' | 'research' | 'review'>> {
  const { kind, issue, root, log, current, feedback } = options
  // The research reads the code the feedback names, to find the functions and tests it means.
  const research = await researchIssue(options, namesIn(words).join('\n'), [current.path])
  log.info(`Revising the ${kind} plan with the embedded planner…`)
  const review = reviseInPlace({
    markdown: current.markdown,
    feedback: feedback.text,
    comments: feedback.comments,
    issueBody: issue.body,
    research,
    fileExists: fileExistsIn(root)
  })
  const markdown = review.applied.length > 0 ? review.markdown : current.markdown
  const result: PlanResult = {
    markdown,
    featureName: featureNameOf(current.markdown),
    descriptiveName: /^[a-z]+-\d+-(.+)\.md$/.exec(current.path.split('/').at(-1) ?? '')?.[1] ?? '',
    planner: 'template'
  }
  const { applied, notApplied } = review
  const notAppliedNote = notApplied.length > 0 ? notAppliedSentence(notApplied) : undefined
  return { result, research, review: { applied, notApplied, notAppliedNote } }
}

/**
 * A model revises the plan as it stands, hand edits included, told to keep what the feedback
 * does not ask to change. It never falls back to the embedded planner, which would throw the
 * reviewers' edits away: a model that fails fails the revision.
 */
async function reviseWithModel(
  options: RevisePlanOptions,
  words: string,
  templatesDir: string | undefined
): Promise<Pick<RevisedPlan, 'result' | 'research'>> {
  const { adwId, kind, issue, root, inputs, log, current } = options
  const research = await researchIssue(options, words, [current.path])
  const planner = await createPlanner(inputs, log, {}, false)
  log.info(`Revising the ${kind} plan with the ${planner.name} planner…`)
  try {
    const result = await planner.plan({
      adwId,
      kind,
      issue,
      research,
      root,
      specsDir: inputs.specsDir,
      templatesDir,
      revision: {
        current: current.markdown,
        feedback: options.feedback.text,
        comments: inline(current.markdown, options.feedback)
      }
    })
    return { result, research }
  } catch (error) {
    if (error instanceof LlmPlanError) {
      throw new RevisionError(
        error.kind === 'invalid-plan' ? 'invalid' : 'model',
        `The ${planner.name} model could not revise the plan: ${error.message}`,
        error.problems ?? []
      )
    }
    throw error
  }
}
