// The one error the LLM planner throws, typed so the caller can fall back, and a provider
// failure turned into one line a maintainer can act on (never a key, never a request body).
import { APICallError, RetryError } from 'ai'
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

function describeCall(error: APICallError): string {
  const status = error.statusCode ? `HTTP ${error.statusCode}` : 'no HTTP status'
  return `${status}: ${error.message.split('\n')[0].slice(0, 200)}`
}

export function describeProviderError(provider: string, error: unknown): string {
  if (RetryError.isInstance(error)) {
    const last = error.lastError
    const detail = APICallError.isInstance(last) ? describeCall(last) : String(last).slice(0, 200)
    return `the ${provider} API failed after ${error.errors.length} attempts (${detail})`
  }
  if (APICallError.isInstance(error))
    return `the ${provider} API call failed (${describeCall(error)})`
  const message = error instanceof Error ? error.message : String(error)
  return `the ${provider} call failed (${message.split('\n')[0].slice(0, 200)})`
}
