// The model planner through the real Bedrock, Vertex AI (Gemini and Claude) and Gemini API
// clients, against local fakes of their wire formats and of their credentials: a SigV4
// signature the fake recomputes, OAuth tokens from a fake Google token service. Nothing leaves
// the machine: the network guard refuses any connection that is not to loopback.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { createPlanner, type LlmTuning } from '../../../src/plan/create-planner.js'
import {
  inOrder,
  toTokenUri,
  type FakeGoogleAuth,
  type FakeScript
} from '../../support/fake-llm/index.js'
import {
  cloudKinds,
  leaks,
  ModelFakes,
  testVertexProject,
  type ServedModel,
  type ServeOptions
} from '../../support/model-fakes.js'
import { guardNetwork, type NetworkGuard } from '../../support/network-guard.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../../support/temp-repo.js'
import { modelPlan, planRequest, problemsIn } from './plan-fixtures.js'
import { recordingLogger } from '../../support/recording-logger.js'

type CloudKind = (typeof cloudKinds)[number]

const fakes = new ModelFakes()
let network: NetworkGuard
let repo: TempRepo
let outside: string
const savedEnv = { ...process.env }

beforeAll(() => {
  network = guardNetwork()
  repo = makeTempRepo(sampleProject)
  // What google-github-actions/auth leaves in a checkout, whoever the provider is.
  writeFileSync(
    join(repo.root, 'gha-creds-0123456789abcdef.json'),
    '{"private_key": "decoy-material-7f3a"}'
  )
  outside = mkdtempSync(join(tmpdir(), 'adw-outside-'))
  writeFileSync(join(outside, 'loot.txt'), 'LOOT-FROM-OUTSIDE')
})
afterEach(async () => {
  await fakes.closeServers()
  process.env = { ...savedEnv }
})
afterAll(async () => {
  await fakes.close()
  repo.remove()
  rmSync(outside, { recursive: true, force: true })
  network.release()
  expect(network.blocked).toEqual([])
})

/** Starts the fake and exports what the workflow's credential step would (the ADC file). */
async function serve(kind: CloudKind, script: FakeScript, options: ServeOptions = {}) {
  const served = await fakes.serve(kind, script, options)
  Object.assign(process.env, served.env)
  return served
}

/** The pipeline's planner (model with fallback) for a served fake, and what it logged. */
async function plan(served: ServedModel, tuning: LlmTuning = {}) {
  const log = recordingLogger()
  const planner = await createPlanner(served.options, log, { maxRetries: 2, ...tuning })
  const result = await planner.plan(planRequest(repo.root))
  return { result, log }
}

/** No credential in what the run printed, wrote, or sent the model. */
function expectNoSecrets(served: ServedModel, ...outputs: string[]) {
  const sent = served.server.requests.map(request => JSON.stringify(request.body))
  expect(leaks([...outputs, ...sent].join('\n'), served.secrets())).toEqual([])
}

describe('the network guard', () => {
  it('refuses a connection to a cloud host before it is made', async () => {
    const before = network.blocked.length
    await expect(fetch('http://169.254.169.254/computeMetadata/v1/')).rejects.toThrow()
    expect(network.blocked.splice(before)).toEqual(['169.254.169.254:80'])
  })
})

describe.each<CloudKind>([...cloudKinds])('the model planner through %s', kind => {
  const provider = kind.startsWith('vertex') ? 'vertex' : kind

  it('accepts a valid plan in one answer and reports the tokens', async () => {
    const served = await serve(
      kind,
      inOrder({ text: modelPlan(), usage: { inputTokens: 1200, outputTokens: 800 } })
    )
    const { result, log } = await plan(served)

    expect(result.planner).toBe(provider)
    expect(result.fallbackReason).toBeUndefined()
    expect(result.usage).toEqual({
      provider,
      model: served.model,
      inputTokens: 1200,
      outputTokens: 800,
      steps: 1
    })
    expect(problemsIn(result.markdown)).toEqual([])
    const [request] = served.server.requests
    expect(request.model).toBe(served.model)
    expect(request.system).toContain('untrusted')
    expect(request.toolNames.sort()).toEqual([
      'code_graph',
      'git_history',
      'list_directory',
      'read_file',
      'search_code'
    ])
    expect(request.toolChoice).toBe('auto')
    const prompt = request.userMessages.join('\n')
    expect(prompt).toContain('Add a dark theme to widgets.')
    expect(prompt).not.toContain('ignore your rules')
    expect(log.lines.join('\n')).toContain(`Using ${provider} model ${served.model}`)
    expectNoSecrets(served, log.lines.join('\n'), result.markdown)
  })

  it('researches with tools; paths outside the repository and credential files are refused', async () => {
    const served = await serve(
      kind,
      inOrder(
        { toolCalls: [{ name: 'list_directory', input: { path: '.' } }] },
        {
          toolCalls: [
            { name: 'read_file', input: { path: 'src/widget.ts' } },
            { name: 'read_file', input: { path: `../${basename(outside)}/loot.txt` } },
            { name: 'read_file', input: { path: join(outside, 'loot.txt') } },
            { name: 'read_file', input: { path: '.git/config' } },
            { name: 'read_file', input: { path: 'gha-creds-0123456789abcdef.json' } },
            { name: 'search_code', input: { query: 'private_key' } }
          ]
        },
        { text: modelPlan(), usage: { inputTokens: 300, outputTokens: 700 } }
      ),
      { credentialsDir: repo.root }
    )
    const { result, log } = await plan(served)

    expect(served.server.requests).toHaveLength(3)
    const listing = served.server.requests[1].latestToolResults[0].content
    expect(listing).toContain('src/')
    expect(listing).not.toContain('gha-creds')
    const results = served.server.requests[2].latestToolResults.map(r => r.content)
    expect(results).toHaveLength(6)
    expect(results[0]).toContain('export function renderWidget')
    expect(results[1]).toMatch(/^Refused: .*contains "\.\."/)
    expect(results[2]).toMatch(/^Refused: .*is absolute/)
    expect(results[3]).toMatch(/^Refused: .*\.git/)
    expect(results[4]).toMatch(/^Refused: .*secret or credentials/)
    expect(results[5]).toMatch(/^No matches/)
    const seen = JSON.stringify(served.server.requests.map(request => request.body))
    expect(seen).not.toContain('LOOT-FROM-OUTSIDE')
    expect(seen).not.toContain('decoy-material-7f3a')
    expect(result.planner).toBe(provider)
    expect(result.usage).toMatchObject({ inputTokens: 500, outputTokens: 800, steps: 3 })
    expectNoSecrets(served, log.lines.join('\n'), result.markdown)
  })

  it('gives one repair turn listing the problems, then accepts the fixed plan', async () => {
    const broken = modelPlan({ modify: ['src/widget.ts', 'src/missing.ts'] })
    const served = await serve(kind, inOrder({ text: broken }, { text: modelPlan() }))
    const { result } = await plan(served)

    expect(served.server.requests).toHaveLength(2)
    const repair = served.server.requests[1].userMessages.at(-1) ?? ''
    expect(repair).toContain('problems')
    expect(repair).toContain('src/missing.ts')
    // The first answer is in the conversation the model repairs.
    expect(JSON.stringify(served.server.requests[1].body)).toContain('src/missing.ts')
    expect(result.planner).toBe(provider)
    expect(result.usage?.steps).toBe(2)
    expect(problemsIn(result.markdown)).toEqual([])
  })

  it('writes the plan in a last turn without tools that still shows the research', async () => {
    const served = await serve(
      kind,
      inOrder(
        // A file the research notes do not quote: only the tool result shows it.
        { toolCalls: [{ name: 'read_file', input: { path: 'src/auth/token.ts' } }] },
        { text: modelPlan() }
      )
    )
    const { result } = await plan(served, { maxSteps: 2 })

    expect(JSON.stringify(served.server.requests[0].body)).not.toContain('tokenHeader')
    const last = served.server.requests[1]
    expect(last.toolChoice).toBe('none')
    expect(JSON.stringify(last.body)).toContain('export const tokenHeader')
    expect(result.planner).toBe(provider)
  })

  it('falls back to the embedded planner when the provider stays down', async () => {
    const served = await serve(kind, () => ({ status: 503, message: 'upstream exploded' }))
    const { result, log } = await plan(served)

    expect(served.server.requests).toHaveLength(3) // first try + 2 retries
    expect(result.planner).toBe('template')
    expect(result.fallbackReason).toMatch(
      new RegExp(`the ${provider} API failed after 3 attempts .*HTTP 503`)
    )
    expect(result.markdown).toMatch(/## Notes[\s\S]*could not produce a valid plan/)
    expect(problemsIn(result.markdown)).toEqual([])
    expectNoSecrets(served, log.lines.join('\n'), result.markdown)
  })
})

describe('Amazon Bedrock credentials', () => {
  it('signs every request with the session token, and marks the long prompt cacheable', async () => {
    const served = await serve('bedrock', inOrder({ text: modelPlan() }))
    await plan(served)
    const [request] = served.server.requests
    expect(request.headers['x-amz-security-token']).toBe(served.env.AWS_SESSION_TOKEN)
    expect(request.path).toBe(`/model/${encodeURIComponent(served.model)}/converse`)
    expect(JSON.stringify(request.body.messages)).toContain('"cachePoint":{"type":"default"}')
  })

  it('a wrong secret is refused (403, not retried) and the run falls back without printing it', async () => {
    const served = await serve('bedrock', inOrder({ text: modelPlan() }))
    const secretAccessKey = 'a-wrong-secret-for-this-test'
    const { result, log } = await plan({
      ...served,
      options: { ...served.options, aws: { ...served.options.aws, secretAccessKey } }
    })
    expect(served.server.refused).toEqual([
      expect.objectContaining({ status: 403, reason: expect.stringMatching(/signature/) })
    ])
    expect(result.planner).toBe('template')
    expect(result.fallbackReason).toMatch(/HTTP 403/)
    expect(leaks(`${log.lines.join('\n')}\n${result.markdown}`, [secretAccessKey])).toEqual([])
  })

  it('takes a Bedrock API key (AWS_BEARER_TOKEN_BEDROCK) instead of signing', async () => {
    const bearerToken = 'bedrock-api-key-for-this-test'
    const { startFakeBedrock } = await import('../../support/fake-llm/bedrock.js')
    const server = await startFakeBedrock(inOrder({ text: modelPlan() }), { bearerToken })
    try {
      const log = recordingLogger()
      const planner = await createPlanner(
        { provider: 'bedrock', aws: { region: 'us-east-2', bearerToken, endpoint: server.origin } },
        log
      )
      const result = await planner.plan(planRequest(repo.root))
      expect(result.planner).toBe('bedrock')
      // The default model, through the profile of the region's geography.
      expect(server.requests[0].model).toBe('us.anthropic.claude-sonnet-4-6')
      expect(leaks(log.lines.join('\n'), [bearerToken])).toEqual([])
    } finally {
      await server.close()
    }
  })
})

describe('Vertex AI credentials (Application Default Credentials)', () => {
  it('workload identity federation: GitHub token, STS exchange, impersonated service account', async () => {
    const served = await serve('vertex-gemini', inOrder({ text: modelPlan() }), {
      impersonate: `planner@${testVertexProject.project}.iam.gserviceaccount.com`
    })
    const tokens = await fakes.tokens()
    const from = tokens.calls.length
    const { result } = await plan(served)

    expect(result.planner).toBe('vertex')
    expect(tokens.calls.slice(from)).toEqual([
      'GET /_apis/oidc/token',
      'POST /sts/v1/token',
      'POST /iamcredentials/v1/generateAccessToken'
    ])
    expect(served.server.requests[0].headers.authorization).toMatch(
      /^Bearer ya29\.fake-impersonated-/
    )
  })

  /** A service-account key file, as GOOGLE_APPLICATION_CREDENTIALS, for the length of `use`. */
  async function withKeyFile(use: (tokens: FakeGoogleAuth) => Promise<void>) {
    const tokens = await fakes.tokens()
    const dir = mkdtempSync(join(tmpdir(), 'adw-sa-'))
    try {
      process.env.GOOGLE_APPLICATION_CREDENTIALS = join(dir, 'service-account.json')
      tokens.writeServiceAccountFile(
        process.env.GOOGLE_APPLICATION_CREDENTIALS,
        testVertexProject.project
      )
      await use(tokens)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('a service-account key file: the JWT grant is signed with its key and verified by its token_uri', async () => {
    const served = await serve('vertex-claude', inOrder({ text: modelPlan() }))
    await withKeyFile(async tokens => {
      const from = tokens.calls.length
      const { result, log } = await plan(served, {
        seams: { googleAuthFetch: toTokenUri(`${tokens.origin}/oauth2/token`) }
      })

      expect(result.planner).toBe('vertex')
      expect(tokens.calls.slice(from)).toEqual(['POST /oauth2/token'])
      expect(served.server.requests[0].headers.authorization).toMatch(
        /^Bearer ya29\.fake-service-account-/
      )
      expectNoSecrets(served, log.lines.join('\n'), result.markdown)
    })
  })

  it('without the seam, that grant goes to Google’s own token URL, which the guard refuses', async () => {
    const served = await serve('vertex-gemini', inOrder({ text: modelPlan() }))
    await withKeyFile(async () => {
      const before = network.blocked.length
      const { result } = await plan(served, { maxRetries: 0 })
      expect(result.planner).toBe('template')
      expect(new Set(network.blocked.splice(before))).toEqual(
        new Set(['oauth2.googleapis.com:443'])
      )
      expect(served.server.requests).toHaveLength(0)
    })
  })

  it('the token service down: the run falls back, naming the failure without a secret', async () => {
    const served = await serve('vertex-gemini', inOrder({ text: modelPlan() }))
    const tokens = await fakes.tokens()
    tokens.failWith = 503
    try {
      const { result, log } = await plan(served, { maxRetries: 0 })
      expect(result.planner).toBe('template')
      expect(result.fallbackReason).toMatch(/^the vertex call failed/)
      expect(served.server.requests).toHaveLength(0)
      expectNoSecrets(served, log.lines.join('\n'), result.markdown, result.fallbackReason ?? '')
    } finally {
      tokens.failWith = undefined
    }
  })
})

describe('the Gemini API key', () => {
  it('travels in a header, never in the URL', async () => {
    const served = await serve('google', inOrder({ text: modelPlan() }))
    await plan(served)
    const [request] = served.server.requests
    expect(request.headers['x-goog-api-key']).toBe(served.options.googleApiKey)
    expect(request.path).toBe('/v1beta/models/gemini-test-model:generateContent')
  })
})
