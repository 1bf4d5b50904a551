// The CLI's plan command with a model behind it: environment keys and base URL in, a plan
// file written by the model (or by the fallback) out. No network beyond 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runPlanCommand } from '../../src/cli/commands.js'
import type { Logger } from '../../src/log/logger.js'
import {
  inOrder,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeLlmServer
} from '../support/fake-llm/index.js'
import { modelPlan } from '../plan/llm/plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../support/temp-repo.js'

const prompt = 'Add a dark theme to widgets so they suit dark pages.'
let repo: TempRepo
let server: FakeLlmServer | undefined
const warnings: string[] = []
const log: Logger = { info() {}, debug() {}, warning: message => void warnings.push(message) }

beforeEach(() => {
  repo = makeTempRepo(sampleProject)
  warnings.length = 0
})
afterEach(async () => {
  await server?.close()
  server = undefined
  repo.remove()
})

describe('adw-plan plan with a model', () => {
  it('writes the Anthropic model’s plan under specs/ with the model’s name', async () => {
    server = await startFakeAnthropic(
      inOrder(
        { toolCalls: [{ name: 'read_file', input: { path: 'src/widget.ts' } }] },
        { text: modelPlan({ name: 'Dark Theme Support' }) }
      )
    )
    const path = await runPlanCommand({
      adwId: '42',
      prompt,
      repo: repo.root,
      provider: 'auto',
      specsDir: 'specs',
      env: { ANTHROPIC_API_KEY: 'fake-anthropic-key', ANTHROPIC_BASE_URL: server.baseUrl },
      log
    })
    expect(path.endsWith('specs/feature-42-dark-theme.md')).toBe(true)
    const plan = readFileSync(resolve(process.cwd(), path), 'utf8')
    expect(plan.startsWith('# Feature: Dark Theme Support\n')).toBe(true)
    expect(plan).toContain(`prompt: \`${prompt}\``)
    expect(server.requests[0].headers['x-api-key']).toBe('fake-anthropic-key')
    expect(warnings).toEqual([])
  })

  it('falls back to the template planner when the OpenAI-compatible endpoint is down', async () => {
    server = await startFakeOpenAI(() => ({ status: 503, message: 'maintenance' }))
    const path = await runPlanCommand({
      adwId: '42',
      prompt,
      repo: repo.root,
      provider: 'openai',
      model: 'local-model',
      specsDir: 'specs',
      env: { OPENAI_API_KEY: 'fake-openai-key', OPENAI_BASE_URL: server.baseUrl },
      log
    })
    const plan = readFileSync(resolve(process.cwd(), path), 'utf8')
    expect(server.requests[0].model).toBe('local-model')
    expect(plan).toMatch(/## Notes[\s\S]*openai model could not produce a valid plan/)
    expect(warnings.join('\n')).toMatch(/HTTP 503/)
    expect(warnings.join('\n')).not.toContain('fake-openai-key')
  })
})
