// `adw-plan revise`: the action's revision pipeline on a local plan file. The plan says what it
// is about (its file name the kind and the issue number, its Metadata the issue text), so the
// only other inputs are the feedback and the provider.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Logger } from '../log/logger.js'
import { revisePlan, RevisionError, type ReviewReport } from '../pipeline/revise-plan.js'
import { extractMetadata } from '../plan/format/plan-format.js'
import { featureNameOf } from '../plan/format/sections.js'
import { hasChanges, type PlanChanges } from '../plan/format/compare.js'
import { parsePlanBranch } from '../plan/format/naming.js'
import type { ProviderChoice } from '../plan/llm/providers.js'
import { providerSettingsFrom } from '../plan/llm/provider-environment.js'
import { onTemplateWarning } from '../templates/render.js'
import { checkedShared, CliUsageError } from './commands.js'

export interface ReviseCommand {
  /** The plan file: absolute, relative to the current directory, or to the repository. */
  plan: string
  feedback: string
  repo: string
  provider: string
  model?: string
  templatesDir?: string
  /** Commits of the history to read (`--history`); unset: the research's default. */
  history?: string
  env: NodeJS.ProcessEnv
  log: Logger
}

export interface ReviseOutcome {
  /** The plan file, relative to the current directory. */
  path: string
  planner: string
  changes: PlanChanges
  /** False when the plan already said what the feedback asks, or nothing could be applied. */
  changed: boolean
  /** The embedded planner's account of the requests: applied, and not applied with why. */
  review?: ReviewReport
}

/**
 * The plan file inside the repository (relative to the current directory, else to the
 * repository), and what its name says: `specs/bug-42-….md` is a bug plan for issue 42.
 */
function locatePlan(command: ReviseCommand) {
  const file = [resolve(command.plan), resolve(command.repo, command.plan)].find(
    path => existsSync(path) && statSync(path).isFile()
  )
  if (!file) throw new CliUsageError(`--plan ${command.plan}: no such file`)
  const inRepo = relative(command.repo, file)
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) {
    throw new CliUsageError(`--plan must be a file inside the repository (${command.repo})`)
  }
  // `bug-42-name.md` names what the plan branch `bug-42` does: one reading of both.
  const stem = /^([a-z]+-\d+)-.+\.md$/.exec(basename(file))
  const named = stem ? parsePlanBranch('', stem[1]) : undefined
  if (!named) {
    throw new CliUsageError(
      `--plan must name a plan file, such as specs/feature-42-user-auth.md, got "${basename(file)}"`
    )
  }
  const path = inRepo.split(sep).join('/')
  if (!path.includes('/')) {
    throw new CliUsageError(`--plan must be in the repository's specs directory, e.g. specs/`)
  }
  const specsDir = path.slice(0, path.lastIndexOf('/'))
  return { file, path, specsDir, ...named }
}

/** Revises the plan file in place; the changes are for the caller to print. */
export async function runReviseCommand(command: ReviseCommand): Promise<ReviseOutcome> {
  if (command.feedback.trim() === '') {
    throw new CliUsageError('the feedback is empty: say what to change in the plan')
  }
  const { templatesDir, historyCommits } = checkedShared(command)
  const plan = locatePlan(command)
  const markdown = readFileSync(plan.file, 'utf8')
  const metadata = extractMetadata(markdown)
  if (metadata.adwId !== plan.adwId || metadata.prompt === undefined) {
    throw new Error(
      `${plan.path}: its Metadata must hold \`adw_id: \`${plan.adwId}\`\` and the issue body ` +
        '(`prompt:`), as `adw-plan plan` writes them; the revision reads the issue from there.'
    )
  }

  let revised
  // A broken override falls back to the built-in; the user hears which file and line, as `plan` does.
  const stopWarnings = onTemplateWarning(message => command.log.warning(message), command.repo)
  try {
    revised = await revisePlan({
      adwId: plan.adwId,
      kind: plan.kind,
      issue: {
        number: Number(plan.adwId),
        title: featureNameOf(markdown) || `#${plan.adwId}`,
        body: metadata.prompt
      },
      root: command.repo,
      inputs: {
        provider: command.provider as ProviderChoice,
        model: command.model,
        ...providerSettingsFrom(command.env),
        specsDir: plan.specsDir,
        templatesDir,
        historyCommits
      },
      log: command.log,
      current: { path: plan.path, markdown },
      feedback: { text: command.feedback, comments: [] }
    })
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error
    // Nothing is written; the problems (a model's invalid plan) go with the reason.
    const unsaid = error.problems.filter(problem => !error.message.includes(problem.message))
    const problems = unsaid.map(problem => `\n- ${problem.message}`).join('')
    throw new Error(`${error.message}${problems}\n${plan.path} is unchanged.`, { cause: error })
  } finally {
    stopWarnings()
  }
  const changed = hasChanges(revised.changes)
  if (changed) writeFileSync(plan.file, revised.result.markdown)
  return {
    path: relative(process.cwd(), plan.file) || plan.file,
    planner: revised.result.planner,
    changes: revised.changes,
    changed,
    review: revised.review
  }
}

/** What the revision changed, one line per kind of change, as the reply on GitHub lists it. */
export function describeRevision(outcome: ReviseOutcome): string[] {
  const { changes, review } = outcome
  const missed = review?.notAppliedNote ? [`  ${review.notAppliedNote}`] : []
  if (!outcome.changed) {
    return missed.length > 0
      ? [`${outcome.path}: unchanged`, ...missed]
      : [`${outcome.path}: unchanged (the plan already says what the feedback asks for)`]
  }
  const lines = [`${outcome.path}: revised by the ${outcome.planner} planner`]
  const add = (label: string, items: string[]) => {
    if (items.length > 0) lines.push(`  ${label}: ${items.join(', ')}`)
  }
  for (const done of review?.applied ?? []) lines.push(`  applied: ${done}`)
  lines.push(...missed)
  add('sections changed', changes.changed)
  add('sections added', changes.added)
  add('sections removed', changes.removed)
  add('files added', changes.filesAdded)
  add('files dropped', changes.filesDropped)
  return lines
}
