import { describe, expect, it } from '@jest/globals'
import { createPlanner } from '../../src/plan/create-planner.js'
import { ProviderSetupError } from '../../src/plan/llm/providers.js'
import { recordingLogger } from '../support/recording-logger.js'

describe('createPlanner', () => {
  it('uses the embedded template planner without keys, and says why', async () => {
    const log = recordingLogger()
    expect((await createPlanner({ provider: 'auto' }, log)).name).toBe('template')
    expect(log.lines.join('\n')).toMatch(
      /template planner: no anthropic-api-key, openai-api-key or google-api-key/
    )
  })

  it('uses a model planner, named for its provider, when a key is set', async () => {
    const key = 'sk-ant-fake-key-for-tests'
    const log = recordingLogger()
    expect((await createPlanner({ provider: 'auto', anthropicApiKey: key }, log)).name).toBe(
      'anthropic'
    )
    const viaGateway = await createPlanner(
      { provider: 'auto', openaiApiKey: 'sk-fake', openaiBaseUrl: 'http://127.0.0.1:9/v1' },
      log
    )
    expect(viaGateway.name).toBe('openai')
    expect(log.lines.join('\n')).not.toContain(key)
    expect(log.lines.join('\n')).toContain('claude-sonnet')
  })

  it('refuses an explicit provider without its key', async () => {
    await expect(createPlanner({ provider: 'openai' }, recordingLogger())).rejects.toThrow(
      ProviderSetupError
    )
  })
})
