// The one place the action and the CLI get their planner from: the provider inputs decide
// between the embedded template planner and a model planner that falls back to it.
import type { Logger } from '../log/logger.js'
import { TemplatePlanner } from './embedded/template-planner.js'
import type { Planner } from './types.js'
import { FallbackPlanner } from './llm/fallback-planner.js'
import { LlmPlanner, type LlmPlannerOptions } from './llm/llm-planner.js'
import { createLanguageModel } from './llm/language-model.js'
import { resolveProvider, type ProviderOptions } from './llm/providers.js'

export type PlannerOptions = ProviderOptions

/** Limits of the model run, for callers (and tests) that need other than the defaults. */
export type LlmTuning = Omit<LlmPlannerOptions, 'provider' | 'modelId' | 'model' | 'log'>

/**
 * Throws MissingApiKeyError when a provider is named explicitly without its key: that is a
 * configuration mistake to report, not a reason to quietly plan without a model.
 */
export function createPlanner(
  options: PlannerOptions,
  log: Logger,
  tuning: LlmTuning = {},
  /** Let the embedded planner stand in when the model fails (not for revisions). */
  fallback = true
): Planner {
  const resolved = resolveProvider(options)
  if (resolved.kind === 'template') {
    log.info(`Using the embedded template planner: ${resolved.reason}.`)
    return new TemplatePlanner()
  }
  log.info(
    `Using ${resolved.kind} model ${resolved.model}${resolved.baseUrl ? ` at ${resolved.baseUrl}` : ''}.`
  )
  const llm = new LlmPlanner({
    ...tuning,
    provider: resolved.kind,
    modelId: resolved.model,
    model: createLanguageModel(resolved),
    log
  })
  return fallback ? new FallbackPlanner(llm, new TemplatePlanner(), log) : llm
}
