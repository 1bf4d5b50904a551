// Revising a plan from review feedback: the same research and checks as a first plan, but the
// file name and the Metadata stay as they are, and nothing is ever thrown away silently. A model
// revises the plan as it stands (hand edits included); the embedded planner re-plans with all the
// feedback so far, and refuses when people edited the plan, since it would overwrite their edits.
import type { Logger } from '../log/logger.js'
import type { InlineFeedback, IssueText, PlanProblem, PlanResult } from '../plan/types.js'
import type { PlanKind } from '../plan/format/naming.js'
import type { ResearchResult } from '../research/types.js'
import { formatProblems } from '../plan/format/validate.js'
import { metadataSection, replaceMetadata } from '../plan/format/sections.js'
import { comparePlans, type PlanChanges } from '../plan/format/compare.js'
import { createPlanner } from '../plan/create-planner.js'
import { resolveProvider } from '../plan/llm/providers.js'
import { LlmPlanError } from '../plan/llm/errors.js'
import { TemplatePlanner } from '../plan/embedded/template-planner.js'
import {
  appliedCriteria,
  appliedFeedback,
  criteriaIn,
  namedIn,
  recordFeedback,
  ruledOut,
  withoutRuledOut
} from '../plan/embedded/feedback.js'
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
  /** Asked only when the embedded planner would rewrite the plan: did people edit it? */
  editedByHand: () => Promise<boolean>
}

export interface RevisedPlan {
  result: PlanResult
  path: string
  research: ResearchResult
  changes: PlanChanges
}

export type RevisionFailure = 'edited-by-hand' | 'invalid' | 'model'

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
      ? await replanWithFeedback(options, words, templatesDir)
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
 * The embedded planner re-plans from the issue with every piece of feedback so far (recorded in
 * Notes): what it names ranks higher, what it rules out goes, its checklist items become
 * criteria. A plan people edited is refused rather than overwritten.
 */
async function replanWithFeedback(
  options: RevisePlanOptions,
  words: string,
  templatesDir: string | undefined
): Promise<Pick<RevisedPlan, 'result' | 'research'>> {
  const { adwId, kind, issue, root, inputs, log, current } = options
  if (await options.editedByHand()) {
    throw new RevisionError(
      'edited-by-hand',
      `${current.path} was edited by hand since the action last wrote it. The embedded planner ` +
        'would re-plan it from scratch and lose those edits, so it was left as it is: configure a ' +
        'model provider to merge feedback into an edited plan, or edit the plan directly.'
    )
  }
  // Earlier feedback stays applied: each embedded revision re-plans with all of it.
  const all = [...appliedFeedback(current.markdown), words].filter(Boolean)
  const research = withoutRuledOut(
    await researchIssue(options, all.flatMap(namedIn).join('\n'), [current.path]),
    all.flatMap(ruledOut)
  )
  log.info(
    `Revising the ${kind} plan with the embedded planner (${all.length} piece(s) of feedback)…`
  )
  // The planner reads the issue; the reviewer's checklist items join its acceptance criteria.
  const criteria = [...appliedCriteria(current.markdown), ...criteriaIn(words)].map(
    item => `- [ ] ${item}`
  )
  const planned = await new TemplatePlanner().plan({
    adwId,
    kind,
    issue: { ...issue, body: [issue.body, ...criteria].join('\n') },
    research,
    root,
    specsDir: inputs.specsDir,
    templatesDir
  })
  const markdown = recordFeedback(
    replaceMetadata(planned.markdown, metadataSection(adwId, issue.body)),
    words
  )
  return { result: { ...planned, markdown }, research }
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
