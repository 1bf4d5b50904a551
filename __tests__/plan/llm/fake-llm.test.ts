// The fakes must speak the real wire formats: drive them through the real SDK clients.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { generateText, jsonSchema, stepCountIs, tool } from 'ai'
import { createLanguageModel } from '../../../src/plan/llm/language-model.js'
import { resolveProvider, type ModelProvider } from '../../../src/plan/llm/providers.js'
import { inOrder, type FakeScript } from '../../support/fake-llm/index.js'
import { ModelFakes, type FakeKind } from '../../support/model-fakes.js'
import { guardNetwork, type NetworkGuard } from '../../support/network-guard.js'

const fakes = new ModelFakes()
let network: NetworkGuard
const savedEnv = { ...process.env }
beforeAll(() => {
  network = guardNetwork()
})
afterEach(async () => {
  await fakes.closeServers()
  process.env = { ...savedEnv }
})
afterAll(async () => {
  await fakes.close()
  network.release()
  expect(network.blocked).toEqual([])
})

async function modelFor(kind: FakeKind, script: FakeScript) {
  const served = await fakes.serve(kind, script)
  // Application Default Credentials are read from the environment, as on a runner.
  Object.assign(process.env, served.env)
  const model = await createLanguageModel(resolveProvider(served.options) as ModelProvider)
  return { server: served.server, model }
}

const echo = tool({
  description: 'Echoes its input.',
  inputSchema: jsonSchema<{ word: string }>({
    type: 'object',
    properties: { word: { type: 'string' } },
    required: ['word']
  }),
  execute: async ({ word }) => `echo: ${word}`
})

describe.each<FakeKind>([
  'anthropic',
  'openai',
  'google',
  'bedrock',
  'vertex-gemini',
  'vertex-claude'
])('fake %s server through the real SDK', kind => {
  it('runs a tool call and returns the final text with usage', async () => {
    const { server, model } = await modelFor(
      kind,
      inOrder(
        {
          toolCalls: [{ name: 'echo', input: { word: 'hello' } }],
          usage: { inputTokens: 10, outputTokens: 3 }
        },
        { text: 'done', usage: { inputTokens: 20, outputTokens: 4 } }
      )
    )
    const result = await generateText({
      model,
      instructions: 'be brief',
      messages: [{ role: 'user', content: 'say hello' }],
      tools: { echo },
      stopWhen: stepCountIs(5),
      maxRetries: 0
    })
    expect(result.text).toBe('done')
    expect(result.steps).toHaveLength(2)
    expect(result.totalUsage.inputTokens).toBe(30)
    expect(result.totalUsage.outputTokens).toBe(7)
    expect(server.requests).toHaveLength(2)
    expect(server.requests[0].system).toBe('be brief')
    expect(server.requests[0].userMessages).toEqual(['say hello'])
    expect(server.requests[0].toolNames).toEqual(['echo'])
    expect(server.requests[1].latestToolResults.map(r => r.content)).toEqual(['echo: hello'])
  })

  it('serves 429 with retry-after-ms so the SDK retries quickly', async () => {
    const { server, model } = await modelFor(kind, inOrder({ status: 429 }, { text: 'ok' }))
    const started = Date.now()
    const result = await generateText({ model, prompt: 'hi', maxRetries: 2 })
    expect(result.text).toBe('ok')
    expect(server.requests).toHaveLength(2)
    expect(Date.now() - started).toBeLessThan(1500)
  })
})
