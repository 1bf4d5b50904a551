// Plans with a language model: one tool-using research-and-write run, the plan checked by the
// same validator as every plan, and one repair turn that shows the model the exact problems.
// Anything else (provider down, plan still invalid) is an LlmPlanError for the caller to handle.
import { generateText, stepCountIs, type LanguageModel, type ModelMessage } from 'ai'
import { silentLogger, type Logger } from '../../log/logger.js'
import { descriptiveName, type PlanKind } from '../format/naming.js'
import type { PlanRequest, PlanResult, PlanUsage, Planner } from '../types.js'
import { formatProblems } from '../format/validate.js'
import { checkAnswer } from './answer-check.js'
import { LlmPlanError } from './errors.js'
import { describeProviderError } from './provider-errors.js'
import { featureNameOf } from '../format/sections.js'
import {
  buildPlanPrompt,
  buildRepairPrompt,
  type PlanPrompt,
  type PromptOptions
} from './prompt.js'
import { RepoReader } from './repo-reader.js'
import { createRepoTools, DEFAULT_MAX_TOOL_CALLS, type RepoTools } from './repo-tools.js'
import type { LlmProviderName } from './providers.js'
import { cacheHint, lastTurn } from './provider-differences.js'

export interface LlmPlannerOptions {
  provider: LlmProviderName
  /** The model id, for usage reports (the SDK model object does not expose it uniformly). */
  modelId: string
  model: LanguageModel
  /** Model turns in the first run, tool-calling turns included (default 12). */
  maxSteps?: number
  /** Model turns in the repair run (default 4). */
  maxRepairSteps?: number
  maxOutputTokens?: number
  /** Retries of a failed provider call (429, 5xx); the SDK backs off between them (default 2). */
  maxRetries?: number
  maxToolCalls?: number
  /** Abort a whole model run after this long (default 10 minutes). */
  timeoutMs?: number
  research?: PromptOptions['research']
  log?: Logger
}

export const LLM_DEFAULTS = {
  maxSteps: 12,
  maxRepairSteps: 4,
  maxOutputTokens: 8192,
  maxRetries: 2,
  timeoutMs: 10 * 60 * 1000
} as const

/** One planning request to the model: what it is asked, the tools it may use, the usage so far. */
interface Conversation {
  request: PlanRequest
  prompt: PlanPrompt
  repoTools: RepoTools
  usage: PlanUsage
}

interface RunSettings {
  maxSteps: number
  maxRepairSteps: number
  maxOutputTokens: number
  maxRetries: number
  maxToolCalls: number
  timeoutMs: number
}

export class LlmPlanner implements Planner {
  readonly name: LlmProviderName
  private readonly settings: RunSettings
  private readonly log: Logger

  constructor(private readonly options: LlmPlannerOptions) {
    this.name = options.provider
    this.log = options.log ?? silentLogger
    this.settings = {
      maxSteps: options.maxSteps ?? LLM_DEFAULTS.maxSteps,
      maxRepairSteps: options.maxRepairSteps ?? LLM_DEFAULTS.maxRepairSteps,
      maxOutputTokens: options.maxOutputTokens ?? LLM_DEFAULTS.maxOutputTokens,
      maxRetries: options.maxRetries ?? LLM_DEFAULTS.maxRetries,
      maxToolCalls: options.maxToolCalls ?? DEFAULT_MAX_TOOL_CALLS,
      timeoutMs: options.timeoutMs ?? LLM_DEFAULTS.timeoutMs
    }
  }

  async plan(request: PlanRequest): Promise<PlanResult> {
    const { settings, log, options } = this
    const usage: PlanUsage = {
      provider: options.provider,
      model: options.modelId,
      inputTokens: 0,
      outputTokens: 0,
      steps: 0
    }
    const repoTools = createRepoTools(request.root, { maxCalls: settings.maxToolCalls })
    const prompt = buildPlanPrompt(request, new RepoReader(request.root), {
      maxSteps: settings.maxSteps,
      maxToolCalls: settings.maxToolCalls,
      research: options.research
    })
    log.info(
      `Asking ${options.provider} model ${options.modelId} for a plan (request ~${prompt.estimatedTokens} tokens, ` +
        `${prompt.digest.files.length} ranked files, ${prompt.digest.excerpts.length} excerpts)`
    )
    const markdown = await this.validPlan({ request, prompt, repoTools, usage })
    const featureName = featureNameOf(markdown)
    log.info(
      `Model plan accepted: ${usage.inputTokens} input + ${usage.outputTokens} output tokens, ` +
        `${usage.steps} steps, ${repoTools.calls.length} tool calls ` +
        `(${repoTools.calls.filter(call => call.refused).length} refused)`
    )
    return {
      markdown,
      featureName,
      descriptiveName: nameFor(
        featureName,
        request.issue.title,
        request.issue.body,
        request.kind ?? 'feature'
      ),
      planner: options.provider,
      usage
    }
  }

  /**
   * The model's plan as the validator accepts it: the first answer, else the answer to one repair
   * turn that shows the model the exact problems. Still invalid, it is an LlmPlanError.
   */
  private async validPlan(conversation: Conversation): Promise<string> {
    const { settings, log, options } = this
    const { request, prompt } = conversation
    const messages: ModelMessage[] = [
      {
        role: 'user',
        content: prompt.user,
        providerOptions: cacheHint(options.provider, options.modelId)
      }
    ]
    const first = await this.run(conversation, messages, settings.maxSteps)
    const outcome = checkAnswer(first.text, request)
    if (outcome.problems.length === 0) return outcome.markdown

    log.info(
      `The model's plan has ${outcome.problems.length} problem(s); asking for one repair:\n${formatProblems(outcome.problems)}`
    )
    const repairMessages: ModelMessage[] = [
      ...messages,
      ...first.responseMessages,
      {
        role: 'user',
        content: buildRepairPrompt(outcome.problems, request.templatesDir, request.kind)
      }
    ]
    const second = await this.run(conversation, repairMessages, settings.maxRepairSteps)
    const repaired = checkAnswer(second.text, request)
    if (repaired.problems.length > 0) {
      throw new LlmPlanError(
        'invalid-plan',
        `the plan was still invalid after one repair: ${repaired.problems.map(p => p.message).join('; ')}`,
        { usage: conversation.usage, problems: repaired.problems }
      )
    }
    return repaired.markdown
  }

  /** One model run, its usage added to the conversation's; a failed call is an LlmPlanError. */
  private async run(conversation: Conversation, messages: ModelMessage[], maxSteps: number) {
    const { settings, log, options } = this
    const { usage } = conversation
    try {
      const result = await generateText({
        model: options.model,
        instructions: conversation.prompt.system,
        messages,
        tools: conversation.repoTools.tools,
        stopWhen: stepCountIs(maxSteps),
        // The last turn may not call tools, so a run that researched to the end still
        // finishes with an answer rather than a dangling tool call.
        prepareStep: ({ stepNumber, messages: sent }) =>
          stepNumber >= maxSteps - 1 ? lastTurn(options.provider, sent) : undefined,
        maxOutputTokens: settings.maxOutputTokens,
        maxRetries: settings.maxRetries,
        timeout: settings.timeoutMs,
        onStepFinish: step => {
          for (const call of step.toolCalls) {
            log.debug(`model tool call: ${call.toolName} ${JSON.stringify(call.input)}`)
          }
        }
      })
      usage.inputTokens += result.totalUsage.inputTokens ?? 0
      usage.outputTokens += result.totalUsage.outputTokens ?? 0
      usage.steps += result.steps.length
      return result
    } catch (error) {
      throw new LlmPlanError('provider', describeProviderError(options.provider, error), {
        usage,
        cause: error
      })
    }
  }
}

/** The model's plan name makes the file name when it yields one; the issue title otherwise. */
function nameFor(featureName: string, title: string, body: string, kind: PlanKind): string {
  const fromModel = featureName ? descriptiveName(featureName, '', kind) : ''
  return fromModel && fromModel !== kind ? fromModel : descriptiveName(title, body, kind)
}
