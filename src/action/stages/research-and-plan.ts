// Stage: read the repository (the checkout, else the base branch's tarball), then run the
// shared pipeline on it: research, plan, validate, name.
import { join } from 'node:path'
import * as core from '@actions/core'
import type { ActionRun } from '../context.js'
import { actionLogger } from '../logger.js'
import { resolveWorkspace } from '../workspace.js'
import { deepenHistory } from './deepen-history.js'
import { onTemplateWarning } from '../../templates/render.js'
import { resolveTemplatesDir } from '../../pipeline/templates-dir.js'
import type { MadePlan } from '../../pipeline/make-plan.js'
import type { IssueText } from '../../plan/types.js'
import type { PlanKind } from '../../plan/format/naming.js'

export interface RepositoryTree {
  /** Absolute root of the tree the research reads. */
  root: string
  /** The repository's template overrides, relative to root, when it has any. */
  templatesDir?: string
}

/** The longest a shallow checkout's deepening may take before the plan goes on without it. */
const DEEPEN_TIMEOUT_MS = 60_000

/** Puts the repository on disk (with its history) and finds its template overrides. */
export async function readRepository(run: ActionRun, baseBranch: string): Promise<RepositoryTree> {
  const source = await core.group('Read the repository', () =>
    resolveWorkspace(
      process.env.GITHUB_WORKSPACE,
      destination => run.repository().downloadTarball(baseBranch, destination),
      actionLogger
    )
  )
  run.report.history = await core.group('Read the history', async () => {
    const note =
      source.kind === 'tarball'
        ? 'History not read: the workflow has no checkout step. Add `actions/checkout` ' +
          '(`fetch-depth: 0`, `filter: blob:none`) for plans that read past changes.'
        : (
            await deepenHistory(source.root, {
              commits: run.inputs.historyCommits,
              token: run.inputs.token,
              serverUrl: run.serverUrl,
              timeoutMs: DEEPEN_TIMEOUT_MS
            })
          ).note
    core.info(note)
    return note
  })
  // A broken override must not end the run: say where it is broken, then use the built-in.
  run.onEnd(onTemplateWarning(message => run.warn(message), source.root))
  const templatesDir = resolveTemplatesDir(source.root, run.inputs.templatesDir)
  if (templatesDir) {
    core.info(`Templates and context: ${templatesDir}/ overrides the built-in templates.`)
  }
  return { root: source.root, templatesDir }
}

/** The absolute templates directory of a tree, for renderers outside the pipeline. */
export function templatesRootOf(tree: RepositoryTree): string | undefined {
  return tree.templatesDir ? join(tree.root, tree.templatesDir) : undefined
}

export async function researchAndPlan(
  run: ActionRun,
  request: { adwId: string; kind: PlanKind; issue: IssueText; tree: RepositoryTree }
): Promise<MadePlan> {
  // Loaded only when there is something to plan: the model SDKs and the planners are most of
  // the bundle, and most events a workflow sees are not triggers.
  const { makePlan } = await import('../../pipeline/make-plan.js')
  const plan = await makePlan({
    adwId: request.adwId,
    kind: request.kind,
    issue: request.issue,
    root: request.tree.root,
    inputs: { ...run.inputs, templatesDir: request.tree.templatesDir },
    log: actionLogger
  })
  run.report.plan = plan.result
  run.report.planPath = plan.path
  run.report.research = plan.research
  return plan
}
