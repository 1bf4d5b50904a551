// End to end with a model: the committed bundles (action and CLI) against local fakes of the
// GitHub API and of the Anthropic / OpenAI-compatible APIs, through the real SDK clients.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gitRepo } from '../support/git-repo.js'
import { FakeGitHub } from '../support/fake-github/index.js'
import {
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeLlmServer
} from '../support/fake-llm/index.js'
import { inOrder } from '../support/fake-llm/script.js'
import { modelPlan } from '../plan/llm/plan-fixtures.js'
import { validatePlan } from '../../src/plan/index.js'
import { discountBody, runLabeled, shopFiles } from './shop.js'
import { distNode } from '../support/dist-node.js'

const key = 'sk-fake-key-for-tests-only'
const execFileAsync = promisify(execFile)

async function run(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  try {
    const { stdout, stderr } = await execFileAsync(distNode, args, options)
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}
const plan = modelPlan({
  name: 'Discount codes',
  modify: ['src/checkout.ts'],
  create: ['src/coupons.ts']
})

let fake: FakeGitHub
let model: FakeLlmServer | undefined

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
})
afterEach(async () => {
  await fake.stop()
  await model?.close()
  model = undefined
})

function expectNoKeyLeak(text: string) {
  // The runner masks values announced with ::add-mask::; the key must not appear anywhere else.
  expect(text.replaceAll(`::add-mask::${key}`, '')).not.toContain(key)
}

describe('dist/index.js with a model', () => {
  test('Anthropic: the plan comes from the model, validated, with usage in the summary', async () => {
    model = await startFakeAnthropic(
      inOrder({ text: plan, usage: { inputTokens: 1200, outputTokens: 900 } })
    )
    const run = await runLabeled(
      fake,
      { number: 7, title: 'Discount codes at checkout', body: discountBody },
      { inputs: { 'anthropic-api-key': key, 'anthropic-base-url': model.baseUrl } }
    )
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.planner).toBe('anthropic')
    expect(run.outputs['plan-path']).toBe('specs/feature-7-discount-codes.md')
    const written = (await fake.readFile('adw/feature-7', run.outputs['plan-path'])) as string
    expect(written).toContain('# Feature: Discount codes')
    const files = await fake.readFiles('main')
    expect(
      validatePlan(written, { adwId: '7', prompt: discountBody, fileExists: p => p in files })
    ).toEqual([])
    expect(model.requests[0].userMessages.join('\n')).toContain('apply a discount code')
    expect(run.summary).toMatch(/1200 input \+ 900 output tokens/)
    expectNoKeyLeak(run.stdout + run.summary)
    expect(fake.validationFailures).toEqual([])
  })

  test('OpenAI-compatible endpoint: a tool-using research loop, then the plan', async () => {
    model = await startFakeOpenAI(
      inOrder(
        { toolCalls: [{ name: 'read_file', input: { path: 'src/checkout.ts' } }] },
        { toolCalls: [{ name: 'read_file', input: { path: '../../etc/passwd' } }] },
        { text: plan }
      )
    )
    const run = await runLabeled(
      fake,
      { number: 7, title: 'Discount codes at checkout', body: discountBody },
      {
        inputs: {
          provider: 'openai',
          'openai-api-key': key,
          'openai-base-url': model.baseUrl,
          model: 'local-model'
        }
      }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.planner).toBe('openai')
    expect(model.requests[1].latestToolResults[0].content).toContain('export function checkout')
    expect(model.requests[2].latestToolResults[0].content).toMatch(/^Refused/)
    expect(model.requests[0].model).toBe('local-model')
    expectNoKeyLeak(run.stdout + run.summary)
  })

  test('a provider that stays down: the embedded planner stands in and says so everywhere', async () => {
    model = await startFakeAnthropic(() => ({ status: 500, message: 'overloaded' }))
    const run = await runLabeled(
      fake,
      { number: 7, title: 'Discount codes at checkout', body: discountBody },
      { inputs: { 'anthropic-api-key': key, 'anthropic-base-url': model.baseUrl } }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.planner).toBe('template')
    expect(run.summary).toContain('Model fallback')
    const pull = fake.openPulls()[0]
    expect(pull.body).toMatch(/could not deliver a valid plan/)
    const written = (await fake.readFile('adw/feature-7', run.outputs['plan-path'])) as string
    expect(written).toMatch(/## Notes[\s\S]*model/i)
    expect(fake.commentsOf(7)[0].body).toMatch(/embedded planner stood in/)
  })

  test('provider: anthropic without a key fails naming the input, before any write', async () => {
    const run = await runLabeled(
      fake,
      { number: 7, title: 'Discount codes at checkout', body: discountBody },
      { inputs: { provider: 'anthropic' } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::.*anthropic-api-key/)
    expect(await fake.branches()).toEqual(['main'])
  })
})

describe('dist/cli.js with a model', () => {
  for (const provider of ['anthropic', 'openai'] as const) {
    test(`adw-plan plan --provider ${provider} writes the model's plan`, async () => {
      model = await (provider === 'anthropic' ? startFakeAnthropic : startFakeOpenAI)(
        inOrder({ text: plan })
      )
      const repo = gitRepo(shopFiles)
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? repo,
        ...(provider === 'anthropic'
          ? { ANTHROPIC_API_KEY: key, ANTHROPIC_BASE_URL: model.baseUrl }
          : { OPENAI_API_KEY: key, OPENAI_BASE_URL: model.baseUrl })
      }
      // Asynchronous on purpose: the fake model answers from this process's event loop.
      const result = await run(
        [
          resolve('dist/cli.js'),
          'plan',
          '--adw-id',
          '7',
          '--prompt',
          discountBody,
          '--repo',
          repo,
          '--provider',
          provider
        ],
        { cwd: repo, env }
      )
      expect(result.stderr).not.toContain(key)
      expect(result.code).toBe(0)
      const path = result.stdout.trim()
      expect(path).toBe(join('specs', 'feature-7-discount-codes.md'))
      expect(existsSync(join(repo, path))).toBe(true)
      expect(readFileSync(join(repo, path), 'utf8')).toContain('# Feature: Discount codes')
      expect(model.requests).toHaveLength(1)
    })
  }
})
