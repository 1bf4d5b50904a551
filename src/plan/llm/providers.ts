// Decides which planner runs from the provider inputs. No SDK is loaded here: the shells read
// these choices on every run, and the SDKs are most of the bundle (see language-model.ts).
// Keys only ever travel inside the SDK client; nothing here logs or formats them.

export const providerChoices = ['auto', 'template', 'anthropic', 'openai'] as const
export type ProviderChoice = (typeof providerChoices)[number]
export type LlmProviderName = 'anthropic' | 'openai'

export interface ProviderOptions {
  provider: ProviderChoice
  /** Overrides the provider's default model. */
  model?: string
  anthropicApiKey?: string
  anthropicBaseUrl?: string
  openaiApiKey?: string
  openaiBaseUrl?: string
}

/**
 * The model each provider uses when none is given: a strong general model rather than the
 * largest one, since a plan is a few thousand tokens of structured writing after some reading.
 * Override with the `model` input (action) or `--model` (CLI).
 */
export const DEFAULT_MODELS: Readonly<Record<LlmProviderName, string>> = {
  anthropic: 'claude-sonnet-4-6',
  openai: 'gpt-5.4'
}

export type ResolvedProvider =
  | { kind: 'template'; reason: string }
  | { kind: LlmProviderName; model: string; apiKey: string; baseUrl?: string }

/** An explicit provider was asked for without the key it needs. */
export class MissingApiKeyError extends Error {
  constructor(provider: LlmProviderName) {
    const input = `${provider}-api-key`
    const env = provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY'
    super(
      `provider "${provider}" needs an API key: set the \`${input}\` input (action) or the ${env} environment variable (CLI), or use provider "auto" or "template"`
    )
    this.name = 'MissingApiKeyError'
  }
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function llm(name: LlmProviderName, options: ProviderOptions): ResolvedProvider {
  const apiKey = present(name === 'anthropic' ? options.anthropicApiKey : options.openaiApiKey)
  if (!apiKey) throw new MissingApiKeyError(name)
  const baseUrl = present(name === 'anthropic' ? options.anthropicBaseUrl : options.openaiBaseUrl)
  return {
    kind: name,
    model: present(options.model) ?? DEFAULT_MODELS[name],
    apiKey,
    ...(baseUrl ? { baseUrl } : {})
  }
}

/** `auto` prefers Anthropic, then OpenAI, then the embedded template planner. */
export function resolveProvider(options: ProviderOptions): ResolvedProvider {
  switch (options.provider) {
    case 'template':
      return { kind: 'template', reason: 'provider "template" selected' }
    case 'anthropic':
    case 'openai':
      return llm(options.provider, options)
    case 'auto':
      if (present(options.anthropicApiKey)) return llm('anthropic', options)
      if (present(options.openaiApiKey)) return llm('openai', options)
      return { kind: 'template', reason: 'no anthropic-api-key or openai-api-key given' }
    default:
      throw new Error(`unknown provider "${String(options.provider)}"`)
  }
}
