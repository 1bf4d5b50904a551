// The one place the action and the CLI get their planner from: the provider inputs decide
// between the embedded template planner and a model planner that falls back to it. The model
// planner and its SDK are loaded only when a model is chosen: a run on the embedded planner
// does not pay for compiling them (about a third of a short run's time).
import type { Logger } from '../log/logger.js'
import { TemplatePlanner } from './embedded/template-planner.js'
import type { Planner } from './types.js'
import type { LlmPlannerOptions } from './llm/llm-planner.js'
import type { LanguageModelSeams } from './llm/language-model.js'
import { describeProvider, resolveProvider, type ProviderOptions } from './llm/providers.js'

export type PlannerOptions = ProviderOptions

/** Limits of the model run (and test seams), for callers that need other than the defaults. */
export type LlmTuning = Omit<LlmPlannerOptions, 'provider' | 'modelId' | 'model' | 'log'> & {
  seams?: LanguageModelSeams
}

/**
 * Throws ProviderSetupError when a provider is named explicitly without what it needs: that is
 * a configuration mistake to report, not a reason to quietly plan without a model. Async
 * because the chosen provider's SDK is loaded only now.
 */
export async function createPlanner(
  options: PlannerOptions,
  log: Logger,
  tuning: LlmTuning = {},
  /** Let the embedded planner stand in when the model fails (not for revisions). */
  fallback = true
): Promise<Planner> {
  const resolved = resolveProvider(options)
  if (resolved.kind === 'template') {
    log.info(`Using the embedded template planner: ${resolved.reason}.`)
    return new TemplatePlanner()
  }
  log.info(`Using ${describeProvider(resolved)}.`)
  const { seams, ...limits } = tuning
  const [{ LlmPlanner }, { FallbackPlanner }, { createLanguageModel }] = await Promise.all([
    import('./llm/llm-planner.js'),
    import('./llm/fallback-planner.js'),
    import('./llm/language-model.js')
  ])
  const llm = new LlmPlanner({
    ...limits,
    provider: resolved.kind,
    modelId: resolved.model,
    model: await createLanguageModel(resolved, seams),
    log
  })
  return fallback ? new FallbackPlanner(llm, new TemplatePlanner(), log) : llm
}
