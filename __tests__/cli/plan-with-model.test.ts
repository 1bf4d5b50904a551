// The CLI's plan command with a model behind it: environment keys and base URL in, a plan
// file written by the model (or by the fallback) out. No network beyond 127.0.0.1.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
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
import { cloudKinds, leaks, ModelFakes } from '../support/model-fakes.js'
import { guardNetwork, type NetworkGuard } from '../support/network-guard.js'

const prompt = 'Add a dark theme to widgets so they suit dark pages.'
let repo: TempRepo
let server: FakeLlmServer | undefined
const warnings: string[] = []
const infos: string[] = []
const log: Logger = {
  info: message => void infos.push(message),
  debug() {},
  warning: message => void warnings.push(message)
}
const fakes = new ModelFakes()
const savedEnv = { ...process.env }
let network: NetworkGuard

beforeAll(() => {
  network = guardNetwork()
})
afterAll(async () => {
  await fakes.close()
  network.release()
  expect(network.blocked).toEqual([])
})

beforeEach(() => {
  repo = makeTempRepo(sampleProject)
  warnings.length = 0
  infos.length = 0
})
afterEach(async () => {
  await server?.close()
  server = undefined
  await fakes.closeServers()
  process.env = { ...savedEnv }
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

  it.each([...cloudKinds])('--provider %s takes its settings from the environment', async kind => {
    const served = await fakes.serve(
      kind,
      inOrder({ text: modelPlan({ name: 'Dark Theme Support' }) })
    )
    // Application Default Credentials come from the process environment, as in a shell.
    Object.assign(process.env, served.env)
    const path = await runPlanCommand({
      adwId: '42',
      prompt,
      repo: repo.root,
      provider: served.provider,
      model: served.model,
      specsDir: 'specs',
      env: served.cliEnv,
      log
    })
    expect(path.endsWith('specs/feature-42-dark-theme.md')).toBe(true)
    expect(served.server.requests).toHaveLength(1)
    expect(warnings).toEqual([])
    expect(
      leaks([...infos, ...warnings, readFileSync(path, 'utf8')].join('\n'), served.secrets())
    ).toEqual([])
  })

  it.each([
    ['bedrock', /provider "bedrock" needs an AWS region: set AWS_REGION/],
    ['vertex', /provider "vertex" needs a Google Cloud project: .*GOOGLE_CLOUD_PROJECT/],
    ['google', /provider "google" needs an API key: .*GOOGLE_GENERATIVE_AI_API_KEY/]
  ])(
    '--provider %s without its settings fails at once, naming the variable',
    async (provider, message) => {
      const planning = runPlanCommand({
        adwId: '42',
        prompt,
        repo: repo.root,
        provider,
        specsDir: 'specs',
        env: { ANTHROPIC_API_KEY: 'fake-anthropic-key' },
        log
      })
      await expect(planning).rejects.toThrow(message)
    }
  )
})
