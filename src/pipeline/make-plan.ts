// The pipeline both shells share: research the tree, plan, check the plan, name the file.
// GitHub-free: the action and the CLI only differ in where the issue comes from and where
// the plan goes.
import { join } from 'node:path'
import type { Logger } from '../log/logger.js'
import type { PlanResult, IssueText } from '../plan/types.js'
import type { PlanKind } from '../plan/format/naming.js'
import type { ResearchResult } from '../research/types.js'
import { research } from '../research/index.js'
import { fileExistsIn, planPath, planFormat, validatePlan, formatProblems } from '../plan/index.js'
import { createPlanner, type PlannerOptions } from '../plan/create-planner.js'
import { contextFileIn } from './templates-dir.js'

export interface MakePlanOptions {
  adwId: string
  /** Feature, bug or chore plan (default `feature`): the format, the planner's content and the file name follow it. */
  kind?: PlanKind
  issue: IssueText
  /** Root of the repository tree to research. */
  root: string
  inputs: PlannerOptions & { specsDir: string; templatesDir?: string }
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

export async function makePlan(options: MakePlanOptions): Promise<MadePlan> {
  const { adwId, issue, root, inputs, log } = options
  const kind: PlanKind = options.kind ?? 'feature'
  log.info('Researching the repository…')
  const found = await research({
    root,
    title: issue.title,
    body: issue.body,
    top: options.top ?? 12,
    contextFile: contextFileIn(inputs.templatesDir)
  })
  log.info(
    `Research: ${found.fileCount} files considered in ${found.elapsedMs} ms; top files: ` +
      found.files
        .slice(0, 5)
        .map(file => file.path)
        .join(', ')
  )

  const templatesDir = inputs.templatesDir ? join(root, inputs.templatesDir) : undefined
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

  const problems = validatePlan(result.markdown, {
    adwId,
    prompt: issue.body,
    fileExists: fileExistsIn(root),
    // A repository's own plan template is held to its own headings.
    format: planFormat(templatesDir, kind),
    kind
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
