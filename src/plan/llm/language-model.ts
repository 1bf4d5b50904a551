// Builds the AI SDK model for a resolved provider.
import { createAnthropic } from '@ai-sdk/anthropic'
import { createOpenAI } from '@ai-sdk/openai'
import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import type { LanguageModel } from 'ai'
import type { ResolvedProvider } from './providers.js'

/**
 * The AI SDK model for a resolved provider. With an OpenAI base URL the endpoint is a
 * gateway or a self-hosted server (LiteLLM, vLLM, Ollama, Azure): those speak Chat
 * Completions, not OpenAI's Responses API, so the OpenAI-compatible client is used.
 */
export function createLanguageModel(
  resolved: Exclude<ResolvedProvider, { kind: 'template' }>
): LanguageModel {
  if (resolved.kind === 'anthropic') {
    return createAnthropic({ apiKey: resolved.apiKey, baseURL: resolved.baseUrl })(resolved.model)
  }
  if (resolved.baseUrl) {
    return createOpenAICompatible({
      name: 'openai',
      baseURL: resolved.baseUrl,
      apiKey: resolved.apiKey,
      includeUsage: true
    }).chatModel(resolved.model)
  }
  return createOpenAI({ apiKey: resolved.apiKey })(resolved.model)
}
