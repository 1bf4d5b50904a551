// Runs the model planner and, when it cannot deliver, the embedded planner instead: a labelled
// issue always gets a plan. The substitute says so in its Notes and in `fallbackReason`.
import type { Logger } from '../../log/logger.js'
import type { PlanRequest, PlanResult, Planner } from '../types.js'
import { LlmPlanError } from './errors.js'
import { appendToNotes } from '../format/sections.js'

/** One line, no angle brackets (the validator would read `<…>` as a placeholder), bounded. */
function printable(reason: string): string {
  return reason.replace(/\s+/g, ' ').replace(/[<>]/g, '').trim().slice(0, 300)
}

export class FallbackPlanner implements Planner {
  readonly name: string

  constructor(
    private readonly primary: Planner,
    private readonly fallback: Planner,
    private readonly log: Logger
  ) {
    this.name = primary.name
  }

  async plan(request: PlanRequest): Promise<PlanResult> {
    try {
      return await this.primary.plan(request)
    } catch (error) {
      const reason = printable(error instanceof Error ? error.message : String(error))
      this.log.warning(
        `The ${this.primary.name} planner could not produce a valid plan (${reason}); ` +
          `the embedded ${this.fallback.name} planner writes it instead.`
      )
      const result = await this.fallback.plan(request)
      const note =
        `- The ${this.primary.name} model could not produce a valid plan (${reason}), ` +
        `so the embedded ${this.fallback.name} planner wrote this one.`
      return {
        ...result,
        markdown: appendToNotes(result.markdown, note),
        fallbackReason: reason,
        // Tokens were spent even though the model's plan was not used.
        ...(error instanceof LlmPlanError && error.usage ? { usage: error.usage } : {})
      }
    }
  }
}
