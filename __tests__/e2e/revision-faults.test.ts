// API faults on the writes of a revision that only inform (issue #19): the 👀 that acknowledges
// `/plan`, and, once the revised plan is committed, the reply, the tracking comment's refresh and
// the pull request's summary. GitHub refusing one of them (403 "Resource not accessible by
// integration", a 5xx that outlasts the retries, a GraphQL error on a review's reaction) must
// cost nothing: the revision happens, its commit stands, and the log (a warning) and the job
// summary say what could not be written. Each case records what it observed for
// docs/robustness.md.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub, type Injection } from '../support/fake-github/index.js'
import type { ActionRun } from '../support/run-action.js'
import { recordOutcome } from '../support/outcomes.js'
import { shopFiles } from './shop.js'
import { PLAN_BRANCH, commentCommand, plannedShop, reviewCommand, shopIssue } from './commands.js'

const refused = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest'
}

type Fault = Omit<Injection, 'path' | 'method'>

const faults: Array<{ name: string; fault: Fault }> = [
  { name: '403 "Resource not accessible by integration"', fault: { status: 403, body: refused } },
  { name: '502 on every attempt', fault: { status: 502, times: 20 } }
]

let fake: FakeGitHub

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
  fake.permissions.set('maintainer', 'write')
})
afterEach(async () => {
  await fake.stop()
})

const warnings = (run: ActionRun) =>
  run.stdout.split('\n').filter(line => line.startsWith('::warning::'))

/** What the revision left: its commit on the branch, and the warning that names the write. */
async function expectRevised(run: ActionRun, head: string, warned: RegExp) {
  expect(`exit ${run.exitCode}\n${run.stdout}`).toMatch(/^exit 0\n/)
  const history = await fake.history(PLAN_BRANCH)
  expect(history[0].parents).toEqual([head])
  expect(history[0].message).toMatch(/^Revise plan for #7/)
  expect(warnings(run).some(line => warned.test(line))).toBe(true)
  expect(run.summary).toMatch(warned)
  expect(fake.validationFailures).toEqual([])
  return history[0]
}

function record(what: string, fault: string, method: string, run: ActionRun, written: string) {
  recordOutcome({
    group: 'API faults',
    case: `${fault} on ${what} (${method}, revision)`,
    outcome:
      `exit ${run.exitCode}; the revision committed (fast-forward); ${written}; ` +
      `log warning and job summary name what could not be written`
  })
}

describe('a refused 👀 reaction does not cost the revision', () => {
  test.each(faults)('$name on the reaction to a `/plan` comment', async ({ name, fault }) => {
    const { pull, head } = await planned()
    fake.inject({ method: 'POST', path: /\/issues\/comments\/\d+\/reactions$/, ...fault })
    const run = await commentCommand(fake, {
      body: '/plan - [ ] Codes are trimmed',
      onPullRequest: pull
    })
    await expectRevised(
      run,
      head,
      /Could not add the 👀 reaction to the command \(revising anyway\)/
    )
    expect(fake.reactions).toEqual([])
    expect(fake.commentsOf(pull).at(-1)?.body).toContain('Revised')
    record('the 👀 reaction to `/plan`', name, 'POST', run, 'the reply posted, no reaction')
  })

  test.each([
    {
      name: 'A GraphQL FORBIDDEN error',
      fault: {
        status: 200,
        body: {
          data: { addReaction: null },
          errors: [{ type: 'FORBIDDEN', path: ['addReaction'], message: refused.message }]
        }
      }
    },
    { name: '502 on every attempt', fault: { status: 502, times: 20 } }
  ])("$name on the reaction to a review's body", async ({ name, fault }) => {
    const { pull, head } = await planned()
    fake.inject({ method: 'POST', path: '/graphql', ...fault })
    const run = await reviewCommand(fake, pull, { body: '/plan - [ ] Codes are trimmed' })
    await expectRevised(run, head, /Could not add the 👀 reaction to the command/)
    expect(fake.reactions).toEqual([])
    record(
      "the 👀 reaction to a review's `/plan`",
      name,
      'GraphQL addReaction',
      run,
      'the reply posted'
    )
  })

  test('a refused reaction to `/plan bug` on an issue without a plan: planned anyway', async () => {
    fake.seedIssue({ ...shopIssue, labels: [] })
    fake.inject({ method: 'POST', path: /\/reactions$/, status: 403, body: refused })
    const run = await commentCommand(fake, { body: '/plan bug' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['plan-path']).toMatch(/^specs\/bug-7-/)
    expect(await fake.branchHead('adw/bug-7')).not.toBeNull()
    expect(warnings(run).join('\n')).toMatch(/👀 reaction to the command \(planning anyway\)/)
    recordOutcome({
      group: 'API faults',
      case: '403 "Resource not accessible by integration" on the 👀 reaction to `/plan bug` (POST, first plan from a comment)',
      outcome: `exit ${run.exitCode}; planned anyway: branch adw/bug-7 and its pull request; log warning`
    })
  })
})

// The writes after the commit, each with the request that makes it.
const afterCommit = [
  {
    what: 'the reply to `/plan`',
    method: 'POST',
    path: (pull: number) => new RegExp(`/issues/${pull}/comments$`),
    warned: /committed .*, but the reply to the command could not be posted/
  },
  {
    what: "refreshing the issue's tracking comment",
    method: 'PATCH',
    path: () => /\/issues\/comments\/\d+$/,
    warned: /committed .*, but the issue's tracking comment could not be updated/
  },
  {
    what: "updating the pull request's summary",
    method: 'PATCH',
    path: (pull: number) => new RegExp(`/pulls/${pull}$`),
    warned: /committed .*, but the pull request's summary could not be updated/
  }
]

describe('after the revised plan is committed, a refused write that only informs is a warning', () => {
  const cases = afterCommit.flatMap(write =>
    faults.map(({ name, fault }) => ({ write, name, fault }))
  )
  test.each(cases.map(c => [`${c.name} on ${c.write.what}`, c] as const))(
    '%s',
    async (_label, { write, name, fault }) => {
      const { pull, head } = await planned()
      fake.inject({ method: write.method, path: write.path(pull), ...fault })
      const run = await commentCommand(fake, {
        body: '/plan - [ ] Codes are trimmed',
        onPullRequest: pull
      })
      const commit = await expectRevised(run, head, write.warned)
      // The warning links the commit that stands; the other writes still went through.
      expect(warnings(run).join('\n')).toContain(commit.sha)
      const replied = fake.commentsOf(pull).some(c => c.body.includes('Revised'))
      const tracked = fake.commentsOf(7).some(c => c.body.includes('Revised in'))
      expect(replied).toBe(write.what !== 'the reply to `/plan`')
      expect(tracked).toBe(write.what !== "refreshing the issue's tracking comment")
      record(
        write.what,
        name,
        write.method,
        run,
        `reply ${replied ? 'posted' : 'missing'}, tracking comment ${tracked ? 'refreshed' : 'stale'}`
      )
    }
  )
})

function planned() {
  return plannedShop(fake)
}
