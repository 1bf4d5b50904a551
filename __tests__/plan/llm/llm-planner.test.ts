// The model planner end to end: real AI SDK clients against local fake Anthropic and
// OpenAI-compatible servers, a real temporary git repository, the real validator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../../src/log/logger.js'
import { createPlanner } from '../../../src/plan/create-planner.js'
import { LlmPlanError } from '../../../src/plan/llm/errors.js'
import { LlmPlanner } from '../../../src/plan/llm/llm-planner.js'
import { createLanguageModel } from '../../../src/plan/llm/language-model.js'
import { formatPrompt } from '../../../src/plan/format/plan-format.js'
import {
  inOrder,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeLlmServer,
  type FakeScript
} from '../../support/fake-llm/index.js'
import {
  bugRequest,
  hostileBody,
  modelBugPlan,
  modelPlan,
  planRequest,
  problemsIn
} from './plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../../support/temp-repo.js'

const fakeKey = 'fake-key-for-tests-only'
let repo: TempRepo
let outside: string
const servers: FakeLlmServer[] = []

beforeAll(() => {
  repo = makeTempRepo(sampleProject)
  outside = mkdtempSync(join(tmpdir(), 'adw-outside-'))
  writeFileSync(join(outside, 'loot.txt'), 'LOOT-FROM-OUTSIDE')
})
afterAll(() => {
  repo.remove()
  rmSync(outside, { recursive: true, force: true })
})
afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => server.close()))
})

type Kind = 'anthropic' | 'openai'

async function serve(kind: Kind, script: FakeScript): Promise<FakeLlmServer> {
  const server = await (kind === 'anthropic' ? startFakeAnthropic : startFakeOpenAI)(script)
  servers.push(server)
  return server
}

async function llmPlanner(kind: Kind, server: FakeLlmServer): Promise<LlmPlanner> {
  const model = await createLanguageModel({
    kind,
    model: `${kind}-test-model`,
    apiKey: fakeKey,
    baseUrl: server.baseUrl
  })
  return new LlmPlanner({ provider: kind, modelId: `${kind}-test-model`, model, maxRetries: 2 })
}

/** What the full pipeline builds: provider inputs in, a planner with fallback out. */
function pipelinePlanner(kind: Kind, server: FakeLlmServer) {
  return createPlanner(
    kind === 'anthropic'
      ? {
          provider: 'anthropic',
          anthropicApiKey: fakeKey,
          anthropicBaseUrl: server.baseUrl,
          model: 'claude-test'
        }
      : {
          provider: 'openai',
          openaiApiKey: fakeKey,
          openaiBaseUrl: server.baseUrl,
          model: 'gpt-test'
        },
    silentLogger
  )
}

const lastUserMessage = (server: FakeLlmServer, index: number) =>
  server.requests[index].userMessages.at(-1) ?? ''

describe.each<Kind>(['anthropic', 'openai'])('LlmPlanner with the %s wire format', kind => {
  it('accepts a valid plan in one answer and puts the issue body in Metadata verbatim', async () => {
    const server = await serve(
      kind,
      inOrder({ text: modelPlan(), usage: { inputTokens: 1200, outputTokens: 800 } })
    )
    const result = await (await llmPlanner(kind, server)).plan(planRequest(repo.root))

    expect(result.planner).toBe(kind)
    expect(result.featureName).toBe('Dark Theme')
    expect(result.descriptiveName).toBe('dark-theme')
    expect(result.usage).toEqual({
      provider: kind,
      model: `${kind}-test-model`,
      inputTokens: 1200,
      outputTokens: 800,
      steps: 1
    })
    expect(result.markdown).toContain(formatPrompt(hostileBody))
    expect(result.markdown).not.toContain('inserted automatically')
    expect(problemsIn(result.markdown)).toEqual([])

    // The model saw the sanitised issue: no HTML comment, no bidi controls, code kept.
    const prompt = lastUserMessage(server, 0)
    expect(prompt).toContain('Add a dark theme to widgets.')
    expect(prompt).toContain('``double``')
    expect(prompt).not.toContain('ignore your rules')
    expect(prompt).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect(prompt).toContain('## Plan Format')
    expect(prompt).toContain('defines `renderWidget`')
    expect(server.requests[0].system).toContain('untrusted')
    expect(server.requests[0].toolNames.sort()).toEqual([
      'code_graph',
      'git_history',
      'list_directory',
      'read_file',
      'search_code'
    ])
  })

  it('researches with tools (list, read) before writing the plan', async () => {
    const server = await serve(
      kind,
      inOrder(
        { toolCalls: [{ name: 'list_directory', input: { path: '.' } }] },
        { toolCalls: [{ name: 'read_file', input: { path: 'src/widget.ts' } }] },
        { text: 'Here is the plan:\n\n```md\n' + modelPlan() + '```\n' }
      )
    )
    const result = await (await llmPlanner(kind, server)).plan(planRequest(repo.root))

    expect(server.requests).toHaveLength(3)
    const listing = server.requests[1].latestToolResults[0].content
    expect(listing).toContain('src/')
    expect(listing).not.toMatch(/^\.env$/m)
    expect(server.requests[2].latestToolResults[0].content).toContain(
      'export function renderWidget'
    )
    expect(result.usage?.steps).toBe(3)
    if (kind === 'anthropic') {
      // The long first request is marked cacheable, so the repeats of later steps are cheap.
      expect(JSON.stringify(server.requests[2].body.messages)).toContain('"cache_control"')
    }
    expect(result.markdown.startsWith('# Feature: Dark Theme\n')).toBe(true)
    expect(result.markdown).not.toContain('```md')
  })

  it('bounds the research: the last allowed turn may not call tools', async () => {
    const server = await serve(kind, request => {
      const choice = JSON.stringify(request.body.tool_choice ?? null)
      return choice.includes('none')
        ? { text: modelPlan() }
        : { toolCalls: [{ name: 'list_directory', input: { path: '.' } }] }
    })
    const model = await createLanguageModel({
      kind,
      model: 'm',
      apiKey: fakeKey,
      baseUrl: server.baseUrl
    })
    const planner = new LlmPlanner({ provider: kind, modelId: 'm', model, maxSteps: 4 })
    const result = await planner.plan(planRequest(repo.root))
    expect(server.requests).toHaveLength(4)
    expect(result.usage?.steps).toBe(4)
    expect(server.requests[0].system).toContain('about 4 model turns')
  })

  it('refuses a tool call that escapes the repository, and the model sees the refusal', async () => {
    const server = await serve(
      kind,
      inOrder(
        {
          toolCalls: [
            { name: 'read_file', input: { path: `../${outside.split('/').pop()}/loot.txt` } },
            { name: 'read_file', input: { path: join(outside, 'loot.txt') } },
            { name: 'read_file', input: { path: '.git/config' } },
            { name: 'read_file', input: { path: '.env' } }
          ]
        },
        { text: modelPlan() }
      )
    )
    await (await llmPlanner(kind, server)).plan(planRequest(repo.root))

    const results = server.requests[1].latestToolResults.map(r => r.content)
    expect(results).toHaveLength(4)
    expect(results[0]).toMatch(/^Refused: .*contains "\.\."/)
    expect(results[1]).toMatch(/^Refused: .*is absolute/)
    expect(results[2]).toMatch(/^Refused: .*\.git/)
    expect(results[3]).toMatch(/^Refused: .*secret/)
    expect(results.join('\n')).not.toContain('LOOT-FROM-OUTSIDE')
    expect(results.join('\n')).not.toContain('not-a-real-token')
  })

  it('gives one repair turn listing the exact problems, then accepts the fixed plan', async () => {
    const broken = modelPlan({
      modify: ['src/widget.ts', 'src/missing.ts'],
      omit: ['Security Considerations']
    })
    const server = await serve(kind, inOrder({ text: broken }, { text: modelPlan() }))
    const result = await (await llmPlanner(kind, server)).plan(planRequest(repo.root))

    expect(server.requests).toHaveLength(2)
    const repair = lastUserMessage(server, 1)
    expect(repair).toContain('problems')
    const expected = problemsIn(
      broken.replace('prompt: (inserted automatically)', formatPrompt(hostileBody))
    )
    expect(expected.map(problem => problem.code).sort()).toEqual(
      expect.arrayContaining(['file-to-modify-missing', 'missing-heading'])
    )
    for (const problem of expected) expect(repair).toContain(problem.message)
    // The model's first answer is in the conversation it repairs.
    expect(JSON.stringify(server.requests[1].body)).toContain('src/missing.ts')
    expect(result.usage?.steps).toBe(2)
    expect(result.markdown).toContain('## Security Considerations')
  })

  it('plans a bug in the bug format and names the file from the model’s bug name', async () => {
    const server = await serve(kind, inOrder({ text: modelBugPlan() }))
    const result = await (await llmPlanner(kind, server)).plan(bugRequest(repo.root))
    expect(result.featureName).toBe('Widget Crash On Empty Label')
    expect(result.descriptiveName).toBe('widget-crash-empty-label')
    expect(result.markdown.startsWith('# Bug: Widget Crash On Empty Label\n\n## Metadata\n')).toBe(
      true
    )
    expect(server.requests).toHaveLength(1)
    const prompt = lastUserMessage(server, 0)
    expect(prompt).toContain('specs/bug-42-{descriptive-name}.md')
    expect(prompt).toContain('# Bug: <bug name>')
  })

  it('repairs a feature-shaped answer to a bug request, asking for the # Bug: title', async () => {
    const server = await serve(kind, inOrder({ text: modelPlan() }, { text: modelBugPlan() }))
    const result = await (await llmPlanner(kind, server)).plan(bugRequest(repo.root))
    expect(server.requests).toHaveLength(2)
    const repair = lastUserMessage(server, 1)
    expect(repair).toContain('Missing heading `# Bug: {bugName}`')
    expect(repair).toContain('starting with the `# Bug:` line')
    expect(result.markdown.startsWith('# Bug:')).toBe(true)
  })

  it('throws a typed error when the repaired plan is still invalid', async () => {
    const broken = modelPlan({ create: ['src/widget.ts'] })
    const server = await serve(kind, inOrder({ text: broken }, { text: broken }))
    const planning = (await llmPlanner(kind, server)).plan(planRequest(repo.root))
    await expect(planning).rejects.toBeInstanceOf(LlmPlanError)
    await expect(planning).rejects.toMatchObject({ kind: 'invalid-plan' })
    expect(server.requests).toHaveLength(2)
  })

  it('retries 429 and 500 answers and then succeeds', async () => {
    const server = await serve(
      kind,
      inOrder({ status: 429 }, { status: 500 }, { text: modelPlan() })
    )
    const result = await (await llmPlanner(kind, server)).plan(planRequest(repo.root))
    expect(server.requests).toHaveLength(3)
    expect(result.planner).toBe(kind)
  })

  it('falls back to the embedded planner when the provider stays down', async () => {
    const server = await serve(kind, () => ({ status: 500, message: 'upstream exploded' }))
    const result = await (await pipelinePlanner(kind, server)).plan(planRequest(repo.root))

    expect(server.requests).toHaveLength(3) // first try + 2 retries
    expect(result.planner).toBe('template')
    expect(result.fallbackReason).toMatch(/failed after 3 attempts .*HTTP 500/)
    expect(result.fallbackReason).not.toContain(fakeKey)
    expect(result.markdown).toMatch(/## Notes[\s\S]*could not produce a valid plan/)
    expect(problemsIn(result.markdown)).toEqual([])
  })

  it('falls back when the plan stays invalid after the repair turn', async () => {
    const server = await serve(kind, () => ({ text: 'I cannot help with that.' }))
    const result = await (await pipelinePlanner(kind, server)).plan(planRequest(repo.root))
    expect(server.requests).toHaveLength(2)
    expect(result.planner).toBe('template')
    expect(result.fallbackReason).toMatch(/still invalid after one repair/)
  })
})
