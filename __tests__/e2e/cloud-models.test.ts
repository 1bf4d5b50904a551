// End to end with the cloud providers: the committed bundles (action and CLI) against local
// fakes of the GitHub API, of Amazon Bedrock, Vertex AI and the Gemini API, and of Google's
// token service, with credentials left the way aws-actions/configure-aws-credentials and
// google-github-actions/auth leave them. The bundles run under the network guard: a
// connection to anything but loopback is refused and reported on stderr.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { validatePlan } from '../../src/plan/index.js'
import { FakeGitHub } from '../support/fake-github/index.js'
import { inOrder, type FakeScript } from '../support/fake-llm/index.js'
import { tempRepos } from '../support/git-repo.js'
import { cloudKinds, leaks, ModelFakes, type ServedModel } from '../support/model-fakes.js'
import type { ActionRun } from '../support/run-action.js'
import { modelPlan } from '../plan/llm/plan-fixtures.js'
import { discountBody, runLabeled, shopFiles } from './shop.js'
import { distNode } from '../support/dist-node.js'
import { networkGuardImport } from '../support/network-guard-import.js'

type CloudKind = (typeof cloudKinds)[number]

const networkGuard = {
  NODE_OPTIONS: `--import=${networkGuardImport()}`,
  ADW_TEST_NETWORK_GUARD: '1'
}
const issue = { number: 7, title: 'Discount codes at checkout', body: discountBody }
const plan = modelPlan({
  name: 'Discount codes',
  modify: ['src/checkout.ts'],
  create: ['src/coupons.ts']
})
const providerOf = (kind: CloudKind) => (kind.startsWith('vertex') ? 'vertex' : kind)

const repos = tempRepos()
const fakes = new ModelFakes()
let github: FakeGitHub

beforeEach(async () => {
  github = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
})
afterEach(async () => {
  await github.stop()
  await fakes.closeServers()
})
afterAll(() => fakes.close())

/**
 * A checkout with the credentials file google-github-actions/auth leaves in it: the real one
 * for Vertex, a decoy for the others.
 */
async function checkoutWith(kind: CloudKind, script: (credentialsFile: string) => FakeScript) {
  const workspace = repos.gitRepo(shopFiles)
  const credentialsFile = `gha-creds-${randomBytes(8).toString('hex')}.json`
  const served = await fakes.serve(kind, script(credentialsFile), {
    credentialsDir: workspace,
    credentialsFile,
    defaultModel: kind === 'bedrock'
  })
  if (!kind.startsWith('vertex')) {
    writeFileSync(join(workspace, credentialsFile), '{"private_key": "decoy"}')
  }
  return { workspace, served }
}

function runWith(served: ServedModel, workspace?: string): Promise<ActionRun> {
  return runLabeled(github, issue, {
    inputs: served.inputs,
    env: { ...served.env, ...networkGuard },
    ...(workspace ? { workspace } : {})
  })
}

/** Everything a run leaves behind that people or the model can read. */
function everythingPublished(run: ActionRun): string {
  return [
    run.stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...github.openPulls().map(pull => pull.body ?? ''),
    ...github.commentsOf(7).map(comment => comment.body)
  ].join('\n')
}

describe.each<CloudKind>([...cloudKinds])('dist/index.js with %s', kind => {
  test('researches with tools (credentials refused), plans, reports tokens, leaks nothing', async () => {
    const { workspace, served } = await checkoutWith(kind, credentialsFile =>
      inOrder(
        {
          toolCalls: [
            { name: 'read_file', input: { path: 'src/checkout.ts' } },
            { name: 'read_file', input: { path: '../../etc/passwd' } },
            { name: 'read_file', input: { path: credentialsFile } }
          ],
          usage: { inputTokens: 1000, outputTokens: 100 }
        },
        { text: plan, usage: { inputTokens: 1200, outputTokens: 900 } }
      )
    )
    const run = await runWith(served, workspace)

    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.planner).toBe(providerOf(kind))
    const results = served.server.requests[1].latestToolResults.map(result => result.content)
    expect(results[0]).toContain('export function checkout')
    expect(results[1]).toMatch(/^Refused: .*contains "\.\."/)
    expect(results[2]).toMatch(/^Refused: .*credentials/)
    if (kind === 'bedrock') {
      // No `model` input: the default, through the inference profile of the region (eu-west-1).
      expect(served.server.requests[0].model).toBe('eu.anthropic.claude-sonnet-4-6')
    }
    const written = (await github.readFile('adw/feature-7', run.outputs['plan-path'])) as string
    expect(written).toContain('# Feature: Discount codes')
    const files = await github.readFiles('main')
    expect(
      validatePlan(written, { adwId: '7', prompt: discountBody, fileExists: p => p in files })
    ).toEqual([])
    expect(run.summary).toMatch(/2200 input \+ 1000 output tokens/)
    // Masked for the runner, and nowhere else.
    expect(run.stdout).toMatch(/^::add-mask::/m)
    expect(leaks(`${everythingPublished(run)}\n${written}`, served.secrets())).toEqual([])
    const sentToModel = JSON.stringify(served.server.requests.map(request => request.body))
    expect(leaks(sentToModel, served.secrets())).toEqual([])
  })

  test('the provider stays down: the embedded planner writes the plan and says so', async () => {
    const served = await fakes.serve(kind, () => ({ status: 503, message: 'overloaded' }))
    const run = await runWith(served)

    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.planner).toBe('template')
    expect(served.server.requests).toHaveLength(3)
    expect(run.summary).toContain('Model fallback')
    expect(run.summary).toContain(`the ${providerOf(kind)} API failed after 3 attempts`)
    expect(leaks(everythingPublished(run), served.secrets())).toEqual([])
  })
})

describe('dist/index.js naming a cloud provider without its settings', () => {
  test.each([
    ['bedrock', /::error::.*provider "bedrock" needs an AWS region: set AWS_REGION/],
    [
      'vertex',
      /::error::.*provider "vertex" needs a Google Cloud project: set the `vertex-project` input/
    ],
    ['google', /::error::.*provider "google" needs an API key: set the `google-api-key` input/]
  ])(
    'provider: %s fails at once, naming what to set, before any write',
    async (provider, error) => {
      const run = await runLabeled(github, issue, { inputs: { provider }, env: networkGuard })
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(error)
      expect(await github.branches()).toEqual(['main'])
    }
  )
})

const execFileAsync = promisify(execFile)

describe.each<CloudKind>([...cloudKinds])('dist/cli.js --provider %s', kind => {
  test('writes the model’s plan, with settings from the environment', async () => {
    const served = await fakes.serve(kind, inOrder({ text: plan }))
    const repo = repos.gitRepo(shopFiles)
    const args = ['plan', '--adw-id', '7', '--prompt', discountBody, '--repo', repo]
    // Asynchronous on purpose: the fakes answer from this process's event loop.
    const { stdout, stderr } = await execFileAsync(
      distNode,
      [resolve('dist/cli.js'), ...args, '--provider', providerOf(kind), '--model', served.model],
      {
        cwd: repo,
        env: { PATH: process.env.PATH ?? '', HOME: repo, ...served.cliEnv, ...networkGuard }
      }
    )
    const path = stdout.trim()
    expect(path).toBe(join('specs', 'feature-7-discount-codes.md'))
    expect(existsSync(join(repo, path))).toBe(true)
    expect(readFileSync(join(repo, path), 'utf8')).toContain('# Feature: Discount codes')
    expect(served.server.requests).toHaveLength(1)
    expect(stderr).not.toMatch(/network guard|warning/)
    expect(leaks(stderr, served.secrets())).toEqual([])
  })
})
