import { describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/log/logger.js'
import { createPlanner } from '../../src/plan/create-planner.js'
import { MissingApiKeyError } from '../../src/plan/llm/providers.js'

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: message => lines.push(message),
    warning: message => lines.push(`warning: ${message}`),
    debug: message => lines.push(`debug: ${message}`)
  }
}

describe('createPlanner', () => {
  it('uses the embedded template planner without keys, and says why', () => {
    const log = recordingLogger()
    expect(createPlanner({ provider: 'auto' }, log).name).toBe('template')
    expect(log.lines.join('\n')).toMatch(/template planner: no anthropic-api-key or openai-api-key/)
  })

  it('uses a model planner, named for its provider, when a key is set', () => {
    const key = 'sk-ant-fake-key-for-tests'
    const log = recordingLogger()
    expect(createPlanner({ provider: 'auto', anthropicApiKey: key }, log).name).toBe('anthropic')
    expect(
      createPlanner(
        { provider: 'auto', openaiApiKey: 'sk-fake', openaiBaseUrl: 'http://127.0.0.1:9/v1' },
        log
      ).name
    ).toBe('openai')
    expect(log.lines.join('\n')).not.toContain(key)
    expect(log.lines.join('\n')).toContain('claude-sonnet')
  })

  it('refuses an explicit provider without its key', () => {
    expect(() => createPlanner({ provider: 'openai' }, recordingLogger())).toThrow(
      MissingApiKeyError
    )
  })
})
