// The CLI's commands as functions, so tests drive them without spawning a process.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Logger } from '../log/logger.js'
import { emptyTreeWarning, makePlan } from '../pipeline/make-plan.js'
import { onTemplateWarning } from '../templates/render.js'
import { resolveTemplatesDir } from '../pipeline/templates-dir.js'
import { research } from '../research/index.js'
import type { ResearchResult } from '../research/types.js'
import { isPlanFileFor, isPlanKind, isPlanPath, planKinds } from '../plan/index.js'
import {
  InputError,
  parseHistoryCommits,
  parseIssueNumber,
  parseRelativeDir
} from '../pipeline/options.js'
import { providerChoices, type ProviderChoice } from '../plan/llm/providers.js'
import { providerSettingsFrom } from '../plan/llm/provider-environment.js'

import { CliUsageError } from './usage.js'

export { CliUsageError }

/** Without --title, the prompt's first line stands in, as an issue title would. */
export function titleFrom(prompt: string, title?: string): string {
  if (title && title.trim()) return title.trim()
  const first = prompt.split('\n').find(line => line.trim() !== '') ?? ''
  return first
    .replace(/^#+\s*/, '')
    .trim()
    .slice(0, 120)
}

/** Runs `fn`; an option it finds wrong is a usage error, named as the CLI's option. */
function usageError<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (error instanceof InputError)
      throw new CliUsageError(error.message.replace(/^Input `/, 'option `--'))
    throw error
  }
}

/** The options `plan` and `revise` share: the provider's name and the templates' folder. */
export function checkedShared(command: {
  repo: string
  provider: string
  templatesDir?: string
  history?: string
}): {
  templatesDir?: string
  historyCommits?: number
} {
  if (!providerChoices.includes(command.provider as ProviderChoice)) {
    throw new CliUsageError(`--provider must be one of ${providerChoices.join(', ')}`)
  }
  const configured = command.templatesDir
  return {
    historyCommits: usageError(() => parseHistoryCommits(command.history, 'history')),
    templatesDir: resolveTemplatesDir(
      command.repo,
      configured === undefined
        ? undefined
        : usageError(() => parseRelativeDir(configured, 'templates-dir'))
    )
  }
}

export interface PlanCommand {
  adwId?: string
  prompt: string
  title?: string
  repo: string
  provider: string
  model?: string
  specsDir: string
  /** `feature` (default), `bug` or `chore`. */
  kind?: string
  /** Template overrides and planning context; default `.github/adw` when the repository has it. */
  templatesDir?: string
  /** Commits of the history to read (`--history`); unset: the research's default. */
  history?: string
  env: NodeJS.ProcessEnv
  log: Logger
}

/** Writes the plan into the repository's specs directory and returns its path (relative to cwd). */
export async function runPlanCommand(command: PlanCommand): Promise<string> {
  const adwNumber = usageError(() => parseIssueNumber(command.adwId, 'adw-id'))
  if (adwNumber === undefined) throw new CliUsageError('--adw-id is required (the issue number)')
  if (command.prompt.trim() === '') {
    throw new CliUsageError('the prompt is empty: describe the work to plan')
  }
  const { templatesDir, historyCommits } = checkedShared(command)
  const kind = command.kind ?? 'feature'
  if (!isPlanKind(kind)) {
    throw new CliUsageError(`--kind must be one of ${planKinds.join(', ')}, got "${kind}"`)
  }
  const specsDir = usageError(() => parseRelativeDir(command.specsDir, 'specs-dir'))
  const adwId = String(adwNumber)
  const env = command.env
  // A broken override falls back to the built-in; the user hears which file and line.
  const stopWarnings = onTemplateWarning(message => command.log.warning(message), command.repo)
  const made = await makePlan({
    adwId,
    kind,
    issue: {
      number: adwNumber,
      title: titleFrom(command.prompt, command.title),
      body: command.prompt
    },
    root: command.repo,
    inputs: {
      provider: command.provider as ProviderChoice,
      model: command.model,
      ...providerSettingsFrom(env),
      specsDir,
      templatesDir,
      historyCommits
    },
    log: command.log
  }).finally(stopWarnings)

  const directory = resolve(command.repo, specsDir)
  mkdirSync(directory, { recursive: true })
  const target = resolve(command.repo, made.path)
  // One plan file per issue, as on GitHub: a renamed plan replaces this issue's older one.
  for (const name of readdirSync(directory)) {
    const old = join(directory, name)
    if (old !== target && isPlanFileFor(adwId, name, kind)) {
      rmSync(old)
      command.log.info(`Removed the older plan ${relative(process.cwd(), old) || old}`)
    }
  }
  writeFileSync(target, made.result.markdown)
  if (made.result.fallbackReason)
    command.log.warning(`Model fallback: ${made.result.fallbackReason}`)
  return relative(process.cwd(), target) || target
}

export async function runResearchCommand(command: {
  prompt: string
  title?: string
  repo: string
  top: string
  log: Logger
  history?: string
}): Promise<ResearchResult> {
  const top = Number(command.top)
  if (!Number.isInteger(top) || top < 1 || top > 1000) {
    throw new CliUsageError('--top must be a whole number from 1 to 1000')
  }
  if (command.prompt.trim() === '') throw new CliUsageError('the prompt is empty')
  const found = await research({
    root: command.repo,
    title: titleFrom(command.prompt, command.title),
    body: command.prompt,
    top,
    // The plans `plan` wrote are its output, not evidence (`plan` and `revise` leave them out too).
    skip: path => isPlanPath(path, 'specs'),
    historyCommits: usageError(() => parseHistoryCommits(command.history, 'history'))
  })
  const empty = emptyTreeWarning(found, command.repo)
  if (empty) command.log.warning(empty)
  return found
}
