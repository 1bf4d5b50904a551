// A model provider that answers, but with garbage: prose instead of a plan, a plan with the
// wrong outline, malformed JSON, an HTML error page, nothing at all. The committed
// dist/index.js must still publish a valid plan from the embedded planner and say so in its
// outputs, the pull request and the tracking comment.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import {
  inOrder,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeLlmServer,
  type ScriptedReply
} from '../support/fake-llm/index.js'
import { recordOutcome } from '../support/outcomes.js'
import { validatePlan } from '../../src/plan/index.js'
import { discountBody, runLabeled, shopFiles } from './shop.js'

const key = 'sk-fake-key-for-tests-only'
const prose =
  'Sure! To add discount codes you should update checkout.ts and add some tests. Let me know ' +
  'if you want more detail.'
const wrongOutline = '# Feature: Discount codes\n\n## Notes\nAll done, nothing else needed.\n'

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

interface GarbageCase {
  name: string
  provider: 'anthropic' | 'openai'
  replies: ScriptedReply[]
}

const cases: GarbageCase[] = [
  {
    name: 'prose that is not a plan, twice',
    provider: 'anthropic',
    replies: [{ text: prose }, { text: prose }]
  },
  {
    name: 'a plan with the wrong outline, twice',
    provider: 'openai',
    replies: [{ text: wrongOutline }, { text: wrongOutline }]
  },
  { name: 'an empty answer, twice', provider: 'anthropic', replies: [{ text: '' }, { text: '' }] },
  {
    name: 'malformed JSON (a cut-off body)',
    provider: 'openai',
    replies: [{ raw: '{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,' }]
  },
  {
    name: 'malformed JSON (a cut-off body)',
    provider: 'anthropic',
    replies: [{ raw: '{"id":"msg_1","type":"message","content":[{"type":"te' }]
  },
  {
    name: "a gateway's HTML page with status 200",
    provider: 'openai',
    replies: [
      { raw: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' }
    ]
  }
]

describe('a provider answering garbage: the embedded planner stands in, flagged everywhere', () => {
  test.each(cases.map(c => [`${c.provider}: ${c.name}`, c] as const))('%s', async (label, c) => {
    model = await (c.provider === 'anthropic' ? startFakeAnthropic : startFakeOpenAI)(
      inOrder(...c.replies)
    )
    const inputs: Record<string, string> =
      c.provider === 'anthropic'
        ? { 'anthropic-api-key': key, 'anthropic-base-url': model.baseUrl }
        : {
            provider: 'openai',
            'openai-api-key': key,
            'openai-base-url': model.baseUrl,
            model: 'local-model'
          }
    const run = await runLabeled(
      fake,
      { number: 7, title: 'Discount codes at checkout', body: discountBody },
      { inputs }
    )
    expect(`exit ${run.exitCode}${run.exitCode ? `\n${run.stdout}` : ''}`).toBe('exit 0')
    expect(run.outputs.planner).toBe('template')

    const written = (await fake.readFile('adw/feature-7', run.outputs['plan-path'])) as string
    const files = await fake.readFiles('main')
    const problems = validatePlan(written, {
      adwId: '7',
      prompt: discountBody,
      fileExists: path => path in files
    })
    expect(problems).toEqual([])
    expect(written).not.toContain(prose)

    const pulls = fake.openPulls()
    const comments = fake.commentsOf(7)
    const inPull = /could not deliver a valid plan/.test(pulls[0]?.body ?? '')
    const inComment = /embedded planner stood in/.test(comments[0]?.body ?? '')
    const inSummary = run.summary.includes('Model fallback')
    expect({
      pulls: pulls.length,
      comments: comments.length,
      inPull,
      inComment,
      inSummary
    }).toEqual({ pulls: 1, comments: 1, inPull: true, inComment: true, inSummary: true })
    expect(run.stdout.replaceAll(`::add-mask::${key}`, '')).not.toContain(key)

    const flagged = [
      `output planner=${run.outputs.planner}`,
      inPull && 'PR body',
      inComment && 'tracking comment',
      inSummary && 'job summary'
    ].filter(Boolean)
    recordOutcome({
      group: 'Models',
      case: `${c.provider === 'anthropic' ? 'Anthropic' : 'OpenAI-compatible'}: ${c.name}`,
      outcome:
        `exit ${run.exitCode} after ${model.requests.length} model request(s); embedded plan ` +
        `${problems.length === 0 ? 'valid' : 'INVALID'} and committed; fallback flagged in ` +
        flagged.join(', ')
    })
  })
})
