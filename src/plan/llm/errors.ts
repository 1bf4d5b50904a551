// The one error the LLM planner throws, typed so the caller can fall back. Free of the model
// SDK: the callers that only test for it (the pipeline, the fallback) do not load the SDK.
import type { PlanProblem, PlanUsage } from '../types.js'

export type LlmPlanErrorKind = 'provider' | 'invalid-plan'

export class LlmPlanError extends Error {
  readonly kind: LlmPlanErrorKind
  /** Tokens spent before the failure. */
  readonly usage?: PlanUsage
  readonly problems?: PlanProblem[]

  constructor(
    kind: LlmPlanErrorKind,
    message: string,
    details: { usage?: PlanUsage; problems?: PlanProblem[]; cause?: unknown } = {}
  ) {
    super(message, { cause: details.cause })
    this.name = 'LlmPlanError'
    this.kind = kind
    this.usage = details.usage ? { ...details.usage } : undefined
    this.problems = details.problems
  }
}
