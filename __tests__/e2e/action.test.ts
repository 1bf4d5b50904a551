// End to end: the committed dist/index.js, run as a runner runs it, against a local fake of the
// GitHub REST API that keeps real git objects and validates every request against GitHub's
// OpenAPI description. Nothing is built here: a stale bundle fails these tests.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../support/fake-github/index.js'
import { runAction, type RunActionOptions } from '../support/run-action.js'
import { webhookExample } from '../support/webhooks.js'
import { recordOutcome } from '../support/outcomes.js'
import { shopFiles, discountBody as body, runLabeled, type PlannedIssue } from './shop.js'
import { monorepoFiles } from './monorepo.js'
import { writeTree } from '../support/git-repo.js'
import { validatePlan } from '../../src/plan/index.js'

let fake: FakeGitHub

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
})
afterEach(async () => {
  await fake.stop()
})

const labeledRun = (issue: PlannedIssue, extra: Partial<RunActionOptions> = {}) =>
  runLabeled(fake, issue, extra)

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD'
const gitWrites = () =>
  fake.requests
    .filter(r => isWrite(r.method) && /\/git\//.test(r.path))
    .map(r => `${r.method} ${r.path}`)

function expectHonestRequests() {
  expect(fake.validationFailures).toEqual([])
}

describe('dist/index.js end to end', () => {
  test('first run: plan committed on a new branch, pull request opened, issue told', async () => {
    const run = await labeledRun({ number: 7, title: 'Discount codes at checkout', body })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expectHonestRequests()

    const planPath = run.outputs['plan-path']
    expect(planPath).toMatch(/^specs\/feature-7-[a-z0-9]+(-[a-z0-9]+)*\.md$/)
    expect(run.outputs).toMatchObject({
      'adw-id': '7',
      branch: 'adw/feature-7',
      'pull-request-operation': 'created',
      planner: 'template'
    })

    const plan = await fake.readFile('adw/feature-7', planPath)
    expect(plan).toBeDefined()
    const files = await fake.readFiles('main')
    const problems = validatePlan(plan as string, {
      adwId: '7',
      prompt: body,
      fileExists: path => path in files
    })
    expect(problems).toEqual([])
    // The plan branch is the base plus exactly one commit.
    const history = await fake.history('adw/feature-7')
    expect(history[1].sha).toBe(await fake.branchHead('main'))

    const pulls = fake.openPulls()
    expect(pulls).toHaveLength(1)
    expect(String(run.outputs['pull-request-number'])).toBe(String(pulls[0].number))
    expect(pulls[0].body).toContain('#7')
    expect(pulls[0].body).not.toMatch(/\b(close[sd]?|fix(e[sd])?|resolve[sd]?) #7/i)
    expect(pulls[0].body).toContain(planPath)

    const comments = fake.commentsOf(7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain(run.outputs['pull-request-url'])
    expect(run.summary).toContain('Feature plan for #7')
    const requests = fake.requests.length
    expect(run.stdout).toContain(`GitHub API requests: ${requests}`)
  })

  test('re-run with nothing new writes no git objects and reports unchanged', async () => {
    const first = await labeledRun({ number: 7, title: 'Discount codes at checkout', body })
    expect(first.exitCode).toBe(0)
    const head = await fake.branchHead('adw/feature-7')
    fake.clearRequests()

    const again = await labeledRun({ number: 7, title: 'Discount codes at checkout', body })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['pull-request-operation']).toBe('unchanged')
    expect(gitWrites()).toEqual([])
    expect(await fake.branchHead('adw/feature-7')).toBe(head)
    expect(fake.openPulls()).toHaveLength(1)
    expect(fake.commentsOf(7)).toHaveLength(1)
    expectHonestRequests()
  })

  test('a new title renames the plan in one commit and updates the pull request', async () => {
    const first = await labeledRun({ number: 7, title: 'Discount codes at checkout', body })
    const oldPath = first.outputs['plan-path']
    fake.issues.get(7)!.title = 'Gift cards and vouchers'
    const second = await labeledRun({ number: 7, title: 'Gift cards and vouchers', body })
    expect(second.exitCode).toBe(0)
    const newPath = second.outputs['plan-path']
    expect(newPath).not.toBe(oldPath)
    const files = await fake.readFiles('adw/feature-7')
    expect(Object.keys(files).filter(path => path.startsWith('specs/'))).toEqual([newPath])
    expect(second.outputs['pull-request-operation']).toBe('updated')
    expect(fake.openPulls()).toHaveLength(1)
    expect(fake.openPulls()[0].title).toContain('Gift cards')
    expectHonestRequests()
  })

  test('a commit someone pushed to the plan branch survives a re-run', async () => {
    await labeledRun({ number: 7, title: 'Discount codes at checkout', body })
    const human = await fake.pushCommit(
      'adw/feature-7',
      { 'specs/NOTES.md': 'reviewer notes\n' },
      'Reviewer notes'
    )
    const edited = `${body}\n\nAlso: codes expire at midnight UTC.`
    fake.issues.get(7)!.body = edited
    const run = await labeledRun({ number: 7, title: 'Discount codes at checkout', body: edited })
    expect(run.exitCode).toBe(0)
    const history = await fake.history('adw/feature-7')
    expect(history.map(commit => commit.sha)).toContain(human)
    expect(history[0].sha).not.toBe(human)
    expect(await fake.readFile('adw/feature-7', 'specs/NOTES.md')).toBe('reviewer notes\n')
    expect(await fake.readFile('adw/feature-7', run.outputs['plan-path'])).toContain('midnight UTC')
    expectHonestRequests()
  })

  test('when Actions may not open pull requests: the branch stays, the issue links it, the run names the setting', async () => {
    fake.inject({
      method: 'POST',
      path: /\/pulls$/,
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
      times: 5
    })
    const run = await labeledRun({ number: 7, title: 'Discount codes at checkout', body })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::.*Allow GitHub Actions to create and approve pull requests/
    )
    expect(await fake.branches()).toContain('adw/feature-7')
    expect(fake.openPulls()).toEqual([])
    const comments = fake.commentsOf(7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(comments[0].body).toContain('/compare/adw/feature-7?expand=1')
    expectHonestRequests()
  })

  test("templates-dir: the repository's own pull request template is used", async () => {
    await fake.pushCommit(
      'main',
      {
        '.github/adw/pr-body.md.hbs':
          'Custom plan PR for #{{issueNumber}}: {{featureName}} in {{planPath}}\n'
      },
      'Add a PR template'
    )
    const run = await labeledRun(
      { number: 7, title: 'Discount codes at checkout', body },
      { inputs: { 'templates-dir': '.github/adw' } }
    )
    expect(run.exitCode).toBe(0)
    // The template's text, then the hidden line the revision and handoff flows read back.
    expect(fake.openPulls()[0].body).toBe(
      `Custom plan PR for #7: Discount codes at checkout in ${run.outputs['plan-path']}\n` +
        `<!-- adw-plan:state issue=7 kind=feature path=${run.outputs['plan-path']} tracking=${fake.commentsOf(7)[0].id} -->\n`
    )
  })

  test('a label that is not a trigger exits 0 without a single request', async () => {
    const run = await labeledRun({ number: 7, title: 'Discount codes', body, label: 'bug' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/Nothing to plan: label "bug" is not a trigger label/)
    expect(fake.requests).toEqual([])
    recordOutcome({
      group: 'Events',
      case: 'Issue labelled with a label that is not a trigger',
      outcome: `exit ${run.exitCode}, ${fake.requests.length} API requests, "${/Nothing to plan: [^\n]*/.exec(run.stdout)?.[0]}"`
    })
  })

  test('a labelled pull request exits 0 without a single request', async () => {
    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      eventName: 'pull_request',
      payload: webhookExample('pull_request', 'labeled'),
      inputs: { label: 'bug' }
    })
    expect(run.exitCode).toBe(0)
    expect(fake.requests).toEqual([])
    recordOutcome({
      group: 'Events',
      case: 'A pull request labelled with the trigger label',
      outcome: `exit ${run.exitCode}, ${fake.requests.length} API requests, ${(await fake.branches()).length - 1} branches created`
    })
  })

  test('an empty body: asks for a description, fails clearly, creates no branch', async () => {
    const run = await labeledRun({ number: 9, title: 'Make it better', body: '   \n' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::.*no description/)
    expect(await fake.branches()).toEqual(['main'])
    const comments = fake.commentsOf(9)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/no description/)
    expect(comments[0].body).toContain('`plan`')
    expectHonestRequests()
    recordOutcome({
      group: 'Bad input',
      case: 'Issue with an empty (whitespace-only) body',
      outcome: `exit ${run.exitCode}; ${comments.length} comment asking for a description; ${(await fake.branches()).length - 1} branches, ${fake.openPulls().length} PRs`
    })
  })

  test('workflow_dispatch with an issue number fetches the issue and plans it', async () => {
    fake.seedIssue({
      number: 12,
      title: 'Export orders as CSV',
      body: 'Shop owners need a CSV export of orders.'
    })
    const payload = webhookExample('workflow_dispatch')
    payload.inputs = { 'issue-number': '12' }
    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      eventName: 'workflow_dispatch',
      payload
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['adw-id']).toBe('12')
    expect(run.outputs.branch).toBe('adw/feature-12')
    expect(await fake.readFile('adw/feature-12', run.outputs['plan-path'])).toContain('CSV')
    expectHonestRequests()
  })

  test('workflow_dispatch without an issue number fails naming the input, with no request', async () => {
    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      eventName: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch')
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::.*issue-number/)
    expect(fake.requests).toEqual([])
  })

  test('with a checkout in the workspace, it reads the checkout instead of downloading', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'adw-checkout-'))
    execFileSync('git', ['clone', '-q', fake.git.dir, workspace])
    const run = await labeledRun(
      { number: 7, title: 'Discount codes at checkout', body },
      { workspace }
    )
    expect(run.exitCode).toBe(0)
    expect(fake.requests.some(r => r.path.includes('/tarball/'))).toBe(false)
    expect(run.stdout).toContain('Reading the checked-out repository')
    rmSync(workspace, { recursive: true, force: true })
  })

  test("the research's worker threads start from the action's bundle too", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'adw-checkout-'))
    execFileSync('git', ['clone', '-q', fake.git.dir, workspace])
    // Files beside the shop's, untracked: the research lists them with the checkout's own.
    writeTree(monorepoFiles(), workspace)
    const run = await labeledRun(
      { number: 7, title: 'Discount codes at checkout', body },
      { workspace, inputs: { 'dry-run': 'true' }, env: { ADW_RESEARCH_THREADS: '3' } }
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/Research: \d+ files considered in \d+ ms on [23] threads/)
    rmSync(workspace, { recursive: true, force: true })
  })

  test('with a shallow checkout, it deepens the history from origin and the research reads it', async () => {
    // The repository's past, pushed to a bare origin; the workspace is a depth-1 clone of it,
    // as actions/checkout makes by default.
    const scratch = mkdtempSync(join(tmpdir(), 'adw-history-'))
    const work = join(scratch, 'work')
    const gitIn = (dir: string, ...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-C', dir, ...args],
        {
          encoding: 'utf8'
        }
      )
    execFileSync('git', ['clone', '-q', fake.git.dir, work])
    for (const [i, subject] of [
      'Add gift cards to the cart',
      'Validate codes at checkout (#3)',
      'Tidy the README'
    ].entries()) {
      writeFileSync(join(work, i === 2 ? 'README.md' : 'src/checkout.ts'), `// ${subject}\n`, {
        flag: 'a'
      })
      gitIn(work, 'commit', '-q', '-am', subject)
    }
    const origin = join(scratch, 'origin.git')
    execFileSync('git', ['clone', '-q', '--bare', work, origin])
    gitIn(origin, 'config', 'uploadpack.allowFilter', 'true')
    const workspace = join(scratch, 'workspace')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, workspace])

    const run = await labeledRun(
      { number: 7, title: 'Discount codes at checkout', body },
      { workspace }
    )

    expect(run.exitCode).toBe(0)
    expect(run.summary).toMatch(/deepened to \d+ commits/)
    expect(run.summary).toMatch(/The research read \d+ commits/)
    expect(Number(gitIn(workspace, 'rev-list', '--count', 'HEAD'))).toBeGreaterThan(1)
    // The plan cites the past change worded like the issue, by its short hash and subject.
    const plan = await fake.readFile('adw/feature-7', run.outputs['plan-path'])
    expect(plan).toMatch(
      /Similar past changes: `[0-9a-f]{7}` \*Validate codes at checkout \(#3\)\*/
    )
    // The token that could authenticate the fetch is in no log, no summary and no config (the
    // runner's own mask command is how a secret is kept out of the log).
    const logged = run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
    const config = readFileSync(join(workspace, '.git', 'config'), 'utf8')
    for (const text of [logged, run.stderr, run.summary, config])
      expect(text).not.toContain('ghs_fake-token-for-tests')
    rmSync(scratch, { recursive: true, force: true })
  })

  test('a history fetch that fails costs the plan nothing but a line in the job summary', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'adw-history-'))
    const workspace = join(scratch, 'workspace')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${fake.git.dir}`, workspace])
    execFileSync('git', [
      '-C',
      workspace,
      'remote',
      'set-url',
      'origin',
      `file://${join(scratch, 'gone.git')}`
    ])

    const run = await labeledRun(
      { number: 7, title: 'Discount codes at checkout', body },
      { workspace }
    )

    expect(run.exitCode).toBe(0)
    expect(run.outputs['pull-request-operation']).toBe('created')
    expect(run.summary).toMatch(/History not deepened/)
    rmSync(scratch, { recursive: true, force: true })
  })

  test('dry run: plans, shows the plan in the summary, writes nothing', async () => {
    const run = await labeledRun(
      { number: 7, title: 'Discount codes at checkout', body },
      { inputs: { 'dry-run': 'true' } }
    )
    expect(run.exitCode).toBe(0)
    expect(fake.requests.filter(r => isWrite(r.method))).toEqual([])
    expect(run.summary).toContain('Dry run')
    expect(run.summary).toContain('# Feature:')
  })
})
