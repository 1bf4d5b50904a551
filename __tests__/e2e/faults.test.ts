// API faults end to end: the committed dist/index.js against the GitHub fake with a fault
// injected on one kind of request at a time. Transient faults (5xx, secondary rate limits) must
// leave exactly what a clean run leaves; permanent ones (401/403/404) must fail naming the fix.
// Each case records what it observed for docs/robustness.md.
import { describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import { recordOutcome } from '../support/outcomes.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { webhookExample } from '../support/webhooks.js'
import { discountBody as body, runLabeled, shopFiles } from './shop.js'

const token = 'ghs_fake-token-for-tests'
const issue = { number: 7, title: 'Discount codes at checkout', body }
// A re-run with a new title renames the plan: it moves the branch and updates the pull request.
const renamed = { ...issue, title: 'Discount codes and vouchers at checkout' }
const branch = 'adw/feature-7'

type Scenario = 'first run' | 're-run' | 'workflow_dispatch'

interface RequestKind {
  name: string
  method: string
  path: RegExp
  /** The run in which this request is made. */
  scenario: Scenario
}

const kinds: RequestKind[] = [
  {
    name: 'listing comments',
    method: 'GET',
    path: /\/issues\/7\/comments$/,
    scenario: 'first run'
  },
  {
    name: 'creating the tracking comment',
    method: 'POST',
    path: /\/issues\/7\/comments$/,
    scenario: 'first run'
  },
  {
    name: 'updating the tracking comment',
    method: 'PATCH',
    path: /\/issues\/comments\/\d+$/,
    scenario: 'first run'
  },
  { name: 'downloading the tarball', method: 'GET', path: /\/tarball\//, scenario: 'first run' },
  { name: 'reading a git ref', method: 'GET', path: /\/git\/ref\//, scenario: 'first run' },
  { name: 'creating the branch', method: 'POST', path: /\/git\/refs$/, scenario: 'first run' },
  { name: 'moving the branch', method: 'PATCH', path: /\/git\/refs\//, scenario: 're-run' },
  { name: 'listing the specs directory', method: 'GET', path: /\/contents\//, scenario: 're-run' },
  { name: 'reading a commit', method: 'GET', path: /\/git\/commits\//, scenario: 'first run' },
  { name: 'creating the tree', method: 'POST', path: /\/git\/trees$/, scenario: 'first run' },
  { name: 'creating the commit', method: 'POST', path: /\/git\/commits$/, scenario: 'first run' },
  { name: 'listing pull requests', method: 'GET', path: /\/pulls$/, scenario: 're-run' },
  { name: 'opening the pull request', method: 'POST', path: /\/pulls$/, scenario: 'first run' },
  {
    name: 'updating the pull request',
    method: 'PATCH',
    path: /\/pulls\/\d+$/,
    scenario: 're-run'
  },
  { name: 'reading the issue', method: 'GET', path: /\/issues\/7$/, scenario: 'workflow_dispatch' }
]

interface Fault {
  name: string
  status: number
  times: number
  headers?: Record<string, string>
  body?: unknown
}

const transientFaults: Fault[] = [
  { name: '502 once', status: 502, times: 1 },
  { name: '503 twice', status: 503, times: 2 },
  {
    name: '403 secondary rate limit, retry-after 1',
    status: 403,
    times: 1,
    headers: { 'retry-after': '1' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    }
  },
  {
    name: '429 with retry-after 1',
    status: 429,
    times: 1,
    headers: { 'retry-after': '1' },
    body: { message: 'Too Many Requests' }
  }
]

async function withFake<T>(work: (fake: FakeGitHub) => Promise<T>): Promise<T> {
  const fake = await FakeGitHub.start({ token, files: shopFiles })
  try {
    return await work(fake)
  } finally {
    await fake.stop()
  }
}

/** Runs the scenario; `arm` injects the fault just before the run that should meet it. */
async function runScenario(
  fake: FakeGitHub,
  scenario: Scenario,
  arm: () => void
): Promise<ActionRun> {
  if (scenario === 're-run') {
    const first = await runLabeled(fake, issue)
    expect(first.exitCode).toBe(0)
    fake.issues.get(7)!.title = renamed.title
    // Only the run that meets the fault is counted.
    fake.clearRequests()
    arm()
    return runLabeled(fake, renamed)
  }
  if (scenario === 'workflow_dispatch') {
    fake.seedIssue({ number: 7, title: issue.title, body, labels: ['plan'] })
    const payload = webhookExample('workflow_dispatch')
    payload.inputs = { 'issue-number': '7' }
    arm()
    return runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      eventName: 'workflow_dispatch',
      payload
    })
  }
  arm()
  return runLabeled(fake, issue)
}

/** What a run left behind, counted from the fake. */
async function observe(fake: FakeGitHub, run: ActionRun) {
  const branches = (await fake.branches()).filter(name => name !== fake.defaultBranch)
  const planPath = run.outputs['plan-path']
  const plan =
    planPath && branches.includes(branch) ? await fake.readFile(branch, planPath) : undefined
  return {
    branches: branches.length,
    pulls: fake.openPulls().length,
    comments: fake.commentsOf(7).filter(c => c.body.includes('adw-plan:tracking')).length,
    committed: plan !== undefined && plan.includes('# Feature:')
  }
}

const describeState = (state: Awaited<ReturnType<typeof observe>>) =>
  `${state.branches} branch, ${state.pulls} PR, ${state.comments} tracking comment, ` +
  `plan ${state.committed ? 'committed' : 'missing'}`

/** On failure, shows the run's log rather than just its exit code. */
function expectSuccess(run: ActionRun) {
  const log = run.exitCode === 0 ? '' : `\n${run.stdout}\n${run.stderr}`
  expect(`exit ${run.exitCode}${log}`).toBe('exit 0')
}

function matching(fake: FakeGitHub, kind: Pick<RequestKind, 'method' | 'path'>) {
  return fake.requests.filter(r => r.method === kind.method && kind.path.test(r.path))
}

describe('transient faults on every kind of request: retried, nothing lost or doubled', () => {
  const cases = kinds.flatMap(kind => transientFaults.map(fault => ({ kind, fault })))
  test.concurrent.each(cases.map(c => [`${c.fault.name} on ${c.kind.name}`, c] as const))(
    '%s',
    async (label, { kind, fault }) => {
      await withFake(async fake => {
        const run = await runScenario(fake, kind.scenario, () =>
          fake.inject({
            method: kind.method,
            path: kind.path,
            status: fault.status,
            times: fault.times,
            headers: fault.headers,
            body: fault.body
          })
        )
        const served = matching(fake, kind).filter(r => r.status === fault.status).length
        const attempts = matching(fake, kind).length
        const state = await observe(fake, run)
        expectSuccess(run)
        expect(served).toBe(fault.times)
        expect(state).toEqual({ branches: 1, pulls: 1, comments: 1, committed: true })
        expect(fake.validationFailures).toEqual([])
        recordOutcome({
          group: 'API faults',
          case: `${label} (${kind.method}, ${kind.scenario})`,
          outcome:
            `exit ${run.exitCode}; ${served}× ${fault.status} served, then retried ` +
            `(${attempts} request(s) of this kind in the run); ${describeState(state)}`
        })
      })
    }
  )
})

describe('a 502 after GitHub performed the write: the retry does not double anything', () => {
  const writes: RequestKind[] = kinds.filter(kind => kind.method !== 'GET')
  test.concurrent.each(writes.map(kind => [kind.name, kind] as const))(
    '502 after %s',
    async (label, kind) => {
      await withFake(async fake => {
        const run = await runScenario(fake, kind.scenario, () =>
          fake.inject({ method: kind.method, path: kind.path, status: 502, afterWrite: true })
        )
        const attempts = matching(fake, kind)
        const state = await observe(fake, run)
        expectSuccess(run)
        expect(attempts[0]?.status).toBe(502)
        expect(state).toEqual({ branches: 1, pulls: 1, comments: 1, committed: true })
        // The repeat must be recognised as this run's own write, not as someone else's.
        const planOperation = /\(plan (\w+)\)/.exec(run.summary)?.[1]
        expect(planOperation).toBe('created')
        if (kind.name === 'opening the pull request') {
          expect(run.outputs['pull-request-operation']).toBe('created')
        }
        expect(fake.validationFailures).toEqual([])
        const repeats = attempts
          .slice(1)
          .map(r => r.status)
          .join(', ')
        recordOutcome({
          group: 'API faults',
          case: `502 returned after ${label} was done (${kind.method}, ${kind.scenario})`,
          outcome:
            `exit ${run.exitCode}; repeated request answered ${repeats || 'nothing'}; ` +
            `${describeState(state)} (plan ${planOperation}, PR ` +
            `${run.outputs['pull-request-operation']})`
        })
      })
    }
  )
})

interface Refusal {
  name: string
  kind: RequestKind
  status: 403 | 404
  /** What the error must name. */
  fix: string
}

const refusals: Refusal[] = [
  ...kinds
    .filter(kind => kind.method !== 'GET')
    .map(kind => ({
      name: `403 on ${kind.name}`,
      kind,
      status: 403 as const,
      fix: /\/pulls/.test(kind.path.source)
        ? 'pull-requests: write'
        : /\/issues/.test(kind.path.source)
          ? 'issues: write'
          : 'contents: write'
    })),
  {
    name: '404 on creating the branch',
    kind: kinds.find(kind => kind.name === 'creating the branch')!,
    status: 404,
    fix: 'contents: write'
  },
  {
    name: '404 on creating the tracking comment',
    kind: kinds.find(kind => kind.name === 'creating the tracking comment')!,
    status: 404,
    fix: 'issues: write'
  },
  {
    name: '403 on downloading the tarball',
    kind: kinds.find(kind => kind.name === 'downloading the tarball')!,
    status: 403,
    fix: 'contents: read'
  }
]

describe('a missing permission fails the run naming the `permissions:` entry', () => {
  test.concurrent.each(refusals.map(refusal => [refusal.name, refusal] as const))(
    '%s',
    async (label, { kind, status, fix }) => {
      await withFake(async fake => {
        const run = await runScenario(fake, kind.scenario, () =>
          fake.inject({
            method: kind.method,
            path: kind.path,
            status,
            body: {
              message: status === 403 ? 'Resource not accessible by integration' : 'Not Found',
              documentation_url: 'https://docs.github.com/rest'
            },
            times: 20
          })
        )
        const errorLine = run.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
        const named = `\`${fix}\``
        expect(run.exitCode).toBe(1)
        expect(errorLine).toContain(named)
        expect(run.summary).toContain(named)
        // A refusal is not retried (the comment update is tried once more to report the failure).
        const attempts = matching(fake, kind).filter(r => r.status === status).length
        expect(attempts).toBe(kind.name === 'updating the tracking comment' ? 2 : 1)
        const state = await observe(fake, run)
        recordOutcome({
          group: 'API faults',
          case: `${label} (${kind.method}, ${kind.scenario})`,
          outcome:
            `exit ${run.exitCode} after ${attempts} refused request(s); error and job summary name ` +
            `${errorLine.includes(named) && run.summary.includes(named) ? named : 'nothing'}; ` +
            `${state.comments} tracking comment`
        })
      })
    }
  )

  test('a wrong token fails at the first request, saying the token was rejected', async () => {
    await withFake(async fake => {
      const run = await runLabeled(fake, issue, {
        inputs: { 'github-token': 'ghs_revoked-token' }
      })
      const errorLine = run.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
      expect(run.exitCode).toBe(1)
      expect(errorLine).toMatch(/401 Bad credentials\): the token was rejected/)
      expect(run.summary).toMatch(/the token was rejected/)
      expect(run.stdout.replaceAll('::add-mask::ghs_revoked-token', '')).not.toContain(
        'ghs_revoked-token'
      )
      const rejected = fake.requests.filter(r => r.status === 401).length
      expect(fake.requests).toHaveLength(rejected)
      const state = await observe(fake, run)
      expect(state).toMatchObject({ branches: 0, pulls: 0, comments: 0 })
      recordOutcome({
        group: 'API faults',
        case: '401 Bad credentials (wrong or revoked github-token)',
        outcome:
          `exit ${run.exitCode} after ${rejected} request(s); error says ` +
          `"${/the token was rejected/.exec(errorLine)?.[0] ?? '?'}"; ` +
          `${state.branches} branch, ${state.comments} comment written`
      })
    })
  })
})
