// The pipeline both shells share: research the tree, plan, check the plan, name the file.
// GitHub-free: the action and the CLI only differ in where the issue comes from and where
// the plan goes.
import { join } from 'node:path'
import type { Logger } from '../log/logger.js'
import type { PlanResult, IssueText, PlanProblem } from '../plan/types.js'
import type { PlanKind } from '../plan/format/naming.js'
import type { ResearchResult } from '../research/types.js'
import { research } from '../research/index.js'
import {
  fileExistsIn,
  isPlanPath,
  planPath,
  planFormat,
  validatePlan,
  formatProblems
} from '../plan/index.js'
import { createPlanner, type PlannerOptions } from '../plan/create-planner.js'
import { contextFileIn } from './templates-dir.js'

export interface PipelineInputs extends PlannerOptions {
  specsDir: string
  templatesDir?: string
  /** Commits of the repository's history the research reads (its default when unset; 0: none). */
  historyCommits?: number
}

export interface MakePlanOptions {
  adwId: string
  /** Feature, bug or chore plan (default `feature`): the format, the planner's content and the file name follow it. */
  kind?: PlanKind
  issue: IssueText
  /** Root of the repository tree to research. */
  root: string
  inputs: PipelineInputs
  log: Logger
  /** How many ranked files the research returns. */
  top?: number
}

export interface MadePlan {
  result: PlanResult
  /** POSIX path of the plan relative to the root, e.g. `specs/feature-7-user-auth.md`. */
  path: string
  kind: PlanKind
  research: ResearchResult
}

/**
 * Ranks the tree for the issue (and, for a revision, the reviewer's words too), without the plans
 * in the specs directory (the tool's own output) nor the paths in `skip`.
 */
export async function researchIssue(
  options: Pick<MakePlanOptions, 'issue' | 'root' | 'inputs' | 'log' | 'top'>,
  extraText = '',
  skip: readonly string[] = []
): Promise<ResearchResult> {
  const { issue, root, inputs, log } = options
  log.info('Researching the repository…')
  const found = await research({
    root,
    title: issue.title,
    body: extraText ? `${issue.body}\n\n${extraText}` : issue.body,
    top: options.top ?? 12,
    contextFile: contextFileIn(inputs.templatesDir),
    skip: path => skip.includes(path) || isPlanPath(path, inputs.specsDir),
    historyCommits: inputs.historyCommits
  })
  const empty = emptyTreeWarning(found, root)
  if (empty) log.warning(empty)
  log.info(historyLine(found))
  log.info(
    `Research: ${found.fileCount} files considered in ${found.elapsedMs} ms` +
      `${found.threads && found.threads > 1 ? ` on ${found.threads} threads` : ''}; top files: ` +
      found.files
        .slice(0, 5)
        .map(file => file.path)
        .join(', ')
  )
  return found
}

/** What to tell the user when the research found nothing to read: the plan rests on the issue alone. */
export function emptyTreeWarning(found: ResearchResult, root: string): string | undefined {
  if (found.fileCount > 0) return undefined
  return (
    `No files to research in ${root}: it is empty, or holds only what the research leaves out ` +
    '(version control, dependencies, generated, vendored and binary files), so a plan rests on ' +
    'the issue alone; check that this is the repository you meant.'
  )
}

/** What history the research read, in one line of the log. */
function historyLine(found: ResearchResult): string {
  const read = found.history?.read
  if (!read) return 'History: not read'
  if (!read.read) return `History: none read (${read.reason})`
  const similar = found.history!.similar.length
  return (
    `History: ${read.commits} commits read (${read.since} to ${read.until}${read.shallow ? ', shallow clone' : ''}` +
    `${read.stopped ? `, stopped by the ${read.stopped}` : ''}) in ${read.ms} ms; ` +
    `${similar === 0 ? 'no past change cited' : `${similar} similar past change${similar === 1 ? '' : 's'} cited`}`
  )
}

/** The problems of a plan, checked against the format of the template in use. */
export function planProblems(
  markdown: string,
  options: {
    adwId: string
    kind: PlanKind
    prompt: string
    /** What else the plan may quote as it is: the issue title, the feedback. */
    quotes: string[]
    root: string
    templatesDir?: string
  }
): PlanProblem[] {
  return validatePlan(markdown, {
    adwId: options.adwId,
    prompt: options.prompt,
    quotes: options.quotes,
    fileExists: fileExistsIn(options.root),
    // A repository's own plan template is held to its own headings.
    format: planFormat(options.templatesDir, options.kind),
    kind: options.kind
  })
}

export function templatesRoot(root: string, templatesDir?: string): string | undefined {
  return templatesDir ? join(root, templatesDir) : undefined
}

export async function makePlan(options: MakePlanOptions): Promise<MadePlan> {
  const { adwId, issue, root, inputs, log } = options
  const kind: PlanKind = options.kind ?? 'feature'
  const found = await researchIssue(options)

  const templatesDir = templatesRoot(root, inputs.templatesDir)
  const planner = await createPlanner(inputs, log)
  log.info(`Planning a ${kind} with the ${planner.name} planner…`)
  const result = await planner.plan({
    adwId,
    kind,
    issue,
    research: found,
    root,
    specsDir: inputs.specsDir,
    templatesDir
  })

  const problems = planProblems(result.markdown, {
    adwId,
    kind,
    prompt: issue.body,
    quotes: [issue.title],
    root,
    templatesDir
  })
  if (problems.length > 0) {
    throw new Error(
      `The ${result.planner} planner produced an invalid plan:\n${formatProblems(problems)}`
    )
  }
  const path = planPath(inputs.specsDir, adwId, result.descriptiveName, kind)
  log.info(`Plan ready: ${path} (${result.markdown.length} characters, ${result.planner} planner)`)
  return { result, path, kind, research: found }
}
