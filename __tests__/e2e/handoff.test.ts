// End to end: merging a plan pull request hands the plan off. The tracking comment says it is
// approved and where it is; an optional label and an optional workflow_dispatch start the build;
// no git writes, at most four requests, and a dispatch GitHub refuses is explained and fails.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import { runAction, type ActionRun } from '../support/run-action.js'
import { pullRequestClosedEvent } from '../support/webhooks.js'
import { recordOutcome } from '../support/outcomes.js'
import { discountBody, runLabeled, shopFiles } from './shop.js'

let fake: FakeGitHub

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
})
afterEach(async () => {
  await fake.stop()
})

/** Plans issue 7, merges its pull request, and clears the request log. */
async function mergedPlan() {
  const planned = await runLabeled(fake, {
    number: 7,
    title: 'Discount codes at checkout',
    body: discountBody
  })
  expect(planned.exitCode).toBe(0)
  const merged = await fake.mergePull(Number(planned.outputs['pull-request-number']), {
    by: 'lead'
  })
  fake.clearRequests()
  return { path: planned.outputs['plan-path'], merged }
}

function handOff(
  merged: Awaited<ReturnType<FakeGitHub['mergePull']>>,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    eventName: 'pull_request',
    payload: pullRequestClosedEvent({ owner: fake.owner, repo: fake.repo, ...merged }),
    inputs,
    env: { GITHUB_REF: 'refs/heads/main' }
  })
}

const tracking = () => fake.commentsOf(7)[0].body
const gitWrites = () => fake.writeRequests().filter(r => /\/git\/|\/contents\//.test(r.path))

describe('a merged plan pull request', () => {
  test('the tracking comment says approved, with the plan on main; plan-path is set; no git writes', async () => {
    const { path, merged } = await mergedPlan()
    const run = await handOff(merged)
    expect(run.exitCode).toBe(0)
    expect(run.outputs['plan-path']).toBe(path)
    expect(run.outputs['adw-id']).toBe('7')
    expect(tracking()).toContain('approved')
    expect(tracking()).toContain(`/blob/main/${path}`)
    expect(tracking()).toContain('@lead')
    expect(gitWrites()).toEqual([])
    expect(fake.requests.length).toBeLessThanOrEqual(4)
    expect(fake.validationFailures).toEqual([])
    recordOutcome({
      group: 'Handoff',
      case: 'Plan pull request merged, no label or workflow',
      outcome: `exit ${run.exitCode}; ${fake.requests.length} API requests; tracking comment approved`
    })
  })

  test('approved-label labels the issue', async () => {
    const { merged } = await mergedPlan()
    const run = await handOff(merged, { 'approved-label': 'ready-to-build' })
    expect(run.exitCode).toBe(0)
    expect(fake.issues.get(7)!.labels).toContain('ready-to-build')
    expect(tracking()).toContain('`ready-to-build`')
    expect(fake.requests.length).toBeLessThanOrEqual(4)
  })

  test('approved-workflow starts it on the base branch with issue-number and plan-path, once', async () => {
    const { path, merged } = await mergedPlan()
    fake.addWorkflow('build.yml', { inputs: ['issue-number', 'plan-path'] })
    const run = await handOff(merged, {
      'approved-workflow': 'build.yml',
      'approved-label': 'ready-to-build'
    })
    expect(run.exitCode).toBe(0)
    expect(fake.dispatches).toEqual([
      { workflow: 'build.yml', ref: 'main', inputs: { 'issue-number': '7', 'plan-path': path } }
    ])
    expect(fake.requests.length).toBeLessThanOrEqual(4)
    expect(tracking()).toContain('build.yml')

    // The same merge delivered again (a re-run of the job) does not start a second build.
    const again = await handOff(merged, { 'approved-workflow': 'build.yml' })
    expect(again.exitCode).toBe(0)
    expect(fake.dispatches).toHaveLength(1)
    recordOutcome({
      group: 'Handoff',
      case: 'Merged with approved-label and approved-workflow, then the job re-run',
      outcome: `exit ${run.exitCode}; 1 dispatch (re-run: exit ${again.exitCode}, still 1)`
    })
  })

  test.each([
    [
      'a workflow without a workflow_dispatch trigger',
      { dispatch: false },
      'on: workflow_dispatch'
    ],
    ['a workflow that does not declare the inputs', { inputs: [] as string[] }, 'issue-number'],
    ['an unknown workflow', undefined, 'approved-workflow']
  ])('%s: the issue is told what to add, and the run fails', async (_name, workflow, hint) => {
    const { merged } = await mergedPlan()
    if (workflow) fake.addWorkflow('build.yml', workflow)
    const run = await handOff(merged, { 'approved-workflow': 'build.yml' })
    expect(run.exitCode).toBe(1)
    expect(fake.dispatches).toEqual([])
    expect(tracking()).toContain(hint)
    expect(run.stdout).toContain(hint)
    recordOutcome({
      group: 'Handoff',
      case: `Dispatch refused: ${_name}`,
      outcome: `exit ${run.exitCode}; the tracking comment names \`${hint}\``
    })
  })

  test('a 403 on the dispatch names actions: write', async () => {
    const { merged } = await mergedPlan()
    fake.addWorkflow('build.yml', { inputs: ['issue-number', 'plan-path'] })
    fake.inject({
      method: 'POST',
      path: /\/dispatches$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const run = await handOff(merged, { 'approved-workflow': 'build.yml' })
    expect(run.exitCode).toBe(1)
    expect(tracking()).toContain('actions: write')
  })

  test('closed without merging: nothing at all', async () => {
    const planned = await runLabeled(fake, {
      number: 7,
      title: 'Discount codes at checkout',
      body: discountBody
    })
    const closed = await fake.closePull(Number(planned.outputs['pull-request-number']))
    fake.clearRequests()
    const run = await handOff(closed)
    expect(run.exitCode).toBe(0)
    expect(fake.requests).toEqual([])
  })
})
