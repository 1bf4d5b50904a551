import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_MODELS,
  MissingApiKeyError,
  resolveProvider
} from '../../../src/plan/llm/providers.js'

const anthropicKey = 'sk-ant-fake-key-for-tests'
const openaiKey = 'sk-fake-openai-key-for-tests'

describe('resolveProvider', () => {
  it('auto prefers Anthropic, then OpenAI, then the template planner', () => {
    expect(
      resolveProvider({ provider: 'auto', anthropicApiKey: anthropicKey, openaiApiKey: openaiKey })
    ).toEqual({ kind: 'anthropic', model: DEFAULT_MODELS.anthropic, apiKey: anthropicKey })
    expect(resolveProvider({ provider: 'auto', openaiApiKey: openaiKey })).toEqual({
      kind: 'openai',
      model: DEFAULT_MODELS.openai,
      apiKey: openaiKey
    })
    expect(resolveProvider({ provider: 'auto' }).kind).toBe('template')
    // A blank secret (an unset repository secret expands to '') counts as absent.
    expect(resolveProvider({ provider: 'auto', anthropicApiKey: '  ' }).kind).toBe('template')
  })

  it('template ignores keys', () => {
    expect(resolveProvider({ provider: 'template', anthropicApiKey: anthropicKey }).kind).toBe(
      'template'
    )
  })

  it('keeps the model override and base URL of the chosen provider', () => {
    expect(
      resolveProvider({
        provider: 'openai',
        model: 'llama3.1',
        openaiApiKey: openaiKey,
        openaiBaseUrl: 'http://127.0.0.1:11434/v1',
        anthropicBaseUrl: 'http://127.0.0.1:1/v1'
      })
    ).toEqual({
      kind: 'openai',
      model: 'llama3.1',
      apiKey: openaiKey,
      baseUrl: 'http://127.0.0.1:11434/v1'
    })
  })

  it.each([
    ['anthropic', /`anthropic-api-key` input .* ANTHROPIC_API_KEY/],
    ['openai', /`openai-api-key` input .* OPENAI_API_KEY/]
  ] as const)('explicit %s without its key names the missing input', (provider, message) => {
    const resolve = () =>
      resolveProvider({
        provider,
        // The other provider's key does not stand in.
        anthropicApiKey: provider === 'openai' ? anthropicKey : undefined,
        openaiApiKey: provider === 'anthropic' ? openaiKey : undefined
      })
    expect(resolve).toThrow(MissingApiKeyError)
    expect(resolve).toThrow(message)
  })

  it('never puts a key into an error message', () => {
    try {
      resolveProvider({ provider: 'anthropic', openaiApiKey: openaiKey })
    } catch (error) {
      expect(String(error)).not.toContain(openaiKey)
    }
    expect.assertions(1)
  })
})
