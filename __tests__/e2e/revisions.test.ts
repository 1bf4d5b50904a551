// End to end: `/plan <feedback>` on the plan pull request, in a review, or on the issue revises
// the plan with one fast-forward commit and one reply; ordinary comments, strangers and bots cause
// nothing. The committed bundle runs against the GitHub fake (and a fake model where one plans).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import { runAction } from '../support/run-action.js'
import { pullRequestReviewEvent } from '../support/webhooks.js'
import { startFakeAnthropic, type FakeLlmServer } from '../support/fake-llm/index.js'
import { inOrder } from '../support/fake-llm/script.js'
import { recordOutcome } from '../support/outcomes.js'
import { modelPlan } from '../plan/llm/plan-fixtures.js'
import { shopFiles } from './shop.js'
import {
  PLAN_BRANCH as BRANCH,
  commentCommand,
  reviewCommand,
  plannedShop,
  shopIssue as issue,
  type CommentCase
} from './commands.js'
import { extractMetadata } from '../../src/plan/format/plan-format.js'
import { bulletPaths, findHeading, outline, sectionBody } from '../../src/plan/format/markdown.js'

const key = 'sk-fake-key-for-tests-only'

let fake: FakeGitHub
let model: FakeLlmServer | undefined

beforeEach(async () => {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: shopFiles })
  fake.permissions.set('maintainer', 'write')
})
afterEach(async () => {
  await fake.stop()
  await model?.close()
  model = undefined
})

const planned = (inputs: Record<string, string> = {}) => plannedShop(fake, inputs)
const comment = (options: CommentCase) => commentCommand(fake, options)

function filesToModify(markdown: string): string[] {
  const doc = outline(markdown)
  return bulletPaths(sectionBody(doc, findHeading(doc, 'Existing Files to Modify')!))
}

const commentsOn = (number: number) => fake.commentsOf(number).map(c => c.body)
const lastComment = (number: number) => commentsOn(number).at(-1) ?? ''

describe('a revision on the plan pull request (embedded planner)', () => {
  test('one fast-forward commit, the file and Metadata kept, 👀, one reply with what changed', async () => {
    const { path, pull, head } = await planned()
    const before = (await fake.readFile(BRANCH, path))!
    // The file the plan leads with: the reviewer rules it out.
    const dropped = filesToModify(before)[0]

    const run = await comment({
      body: `/plan Drop \`${dropped}\` from the plan.`,
      onPullRequest: pull
    })

    expect(run.exitCode).toBe(0)
    const history = await fake.history(BRANCH)
    expect(history[0].parents).toEqual([head])
    expect(history[0].message).toMatch(/^Revise plan for #7: Drop `.+` from the plan\.\n/)
    const after = (await fake.readFile(BRANCH, path))!
    expect(filesToModify(after)).not.toContain(dropped)
    expect(extractMetadata(after)).toEqual(extractMetadata(before))
    expect(Object.keys(await fake.readFiles(BRANCH)).filter(f => f.startsWith('specs/'))).toEqual([
      path
    ])

    expect(fake.reactions).toEqual([
      expect.objectContaining({ subject: 'issue-comment', content: 'eyes' })
    ])
    const reply = lastComment(pull)
    expect(reply).toContain('Revised')
    expect(reply).toContain(`Relevant files dropped: \`${dropped}\``)
    expect(reply).toMatch(
      new RegExp(`\\nApplied:\\n- dropped \`${dropped.replace(/[.]/g, '\\.')}\` \\(`)
    )
    expect(reply).not.toContain('Not applied')
    expect(reply).toContain(history[0].sha.slice(0, 7))
    expect(commentsOn(7)[0]).toContain('Revised in')
    expect(run.outputs['plan-path']).toBe(path)
    expect(run.outputs['pull-request-number']).toBe(String(pull))
    expect(fake.requests.length).toBeLessThanOrEqual(9)
    expect(fake.validationFailures).toEqual([])
    recordOutcome({
      group: 'Revisions',
      case: '`/plan <feedback>` on the plan pull request, embedded planner, no checkout',
      outcome: `exit ${run.exitCode}; 1 commit (fast-forward); ${fake.requests.length} API requests (${fake.writeRequests().length} writes)`
    })
  })

  test('a hand-edited plan keeps its hand edits: the revision edits it in place', async () => {
    const { path, pull } = await planned()
    const plan = (await fake.readFile(BRANCH, path))!
    const handEdit = '- [ ] Codes are case-insensitive, as the team agreed'
    const edited = plan.replace('## Validation Commands', `${handEdit}\n\n## Validation Commands`)
    await fake.pushCommit(BRANCH, { [path]: edited }, 'Tighten the plan', { login: 'maintainer' })
    const head = await fake.branchHead(BRANCH)
    const dropped = filesToModify(edited)[0]

    const run = await comment({ body: `/plan drop ${dropped}`, onPullRequest: pull })

    expect(run.exitCode).toBe(0)
    const history = await fake.history(BRANCH)
    expect(history[0].parents).toEqual([head])
    const after = (await fake.readFile(BRANCH, path))!
    expect(after).toContain(handEdit)
    expect(filesToModify(after)).not.toContain(dropped)
    expect(lastComment(pull)).toContain(`- dropped \`${dropped}\``)
    expect(fake.validationFailures).toEqual([])
  })

  test('what it cannot apply is said, nothing is committed for it, and it is never "applied"', async () => {
    const { path, pull, head } = await planned()
    const before = (await fake.readFile(BRANCH, path))!

    const run = await comment({
      body: '/plan Make the phases shorter and friendlier.',
      onPullRequest: pull
    })

    expect(run.exitCode).toBe(0)
    expect(await fake.branchHead(BRANCH)).toBe(head)
    expect(await fake.readFile(BRANCH, path)).toBe(before)
    const reply = lastComment(pull)
    expect(reply).toContain(
      'Not applied by the embedded planner: “Make the phases shorter and friendlier.” (not a request the embedded planner can read); re-run with a model or edit the plan.'
    )
    expect(reply).not.toContain('already says what this feedback asks for')
    expect(reply).not.toMatch(/\bApplied\b/)

    // Applied and not applied in one command: the reply and the plan's Notes say which is which.
    const dropped = filesToModify(before)[0]
    const mixed = await comment({
      body: `/plan The reproduction must use the curl example. Drop ${dropped}.`,
      onPullRequest: pull
    })
    expect(mixed.exitCode).toBe(0)
    const revised = (await fake.readFile(BRANCH, path))!
    expect(revised).toMatch(
      new RegExp(
        `- Revised from review feedback by the embedded planner: dropped \`${dropped.replace(/[.]/g, '\\.')}\``
      )
    )
    expect(revised).toContain(
      '- Not applied by the embedded planner: “The reproduction must use the curl example.” (only a bug plan has Steps to Reproduce to put a reproducer in); re-run with a model or edit the plan.'
    )
    const reply2 = lastComment(pull)
    expect(reply2).toContain(`- dropped \`${dropped}\``)
    expect(reply2).toContain(
      ':warning: Not applied by the embedded planner: “The reproduction must use the curl example.”'
    )
    expect(fake.validationFailures).toEqual([])
  })

  test('a commit by someone else to another file does not count as a hand edit', async () => {
    const { path, pull } = await planned()
    await fake.pushCommit(BRANCH, { 'notes.md': 'scratch\n' }, 'Notes', { login: 'maintainer' })
    const run = await comment({ body: '/plan Drop `README.md`', onPullRequest: pull })
    expect(run.exitCode).toBe(0)
    expect((await fake.history(BRANCH))[0].message).toMatch(/^Revise plan for #7/)
    expect(await fake.readFile(BRANCH, 'notes.md')).toBe('scratch\n')
    expect(await fake.readFile(BRANCH, path)).not.toContain('`README.md` - ')
  })
})

describe('a revision from the issue', () => {
  test('`/plan <feedback>` on the issue revises its open plan and replies there', async () => {
    const { path, pull, head } = await planned()
    const run = await comment({ body: '/plan - [ ] Codes are trimmed before they are checked' })
    expect(run.exitCode).toBe(0)
    expect((await fake.history(BRANCH))[0].parents).toEqual([head])
    expect(await fake.readFile(BRANCH, path)).toContain(
      '- [ ] Codes are trimmed before they are checked'
    )
    expect(lastComment(7)).toContain('Revised')
    expect(commentsOn(pull)).toEqual([])
    expect(fake.requests.length).toBeLessThanOrEqual(9)
    expect(fake.validationFailures).toEqual([])
  })

  test('with no plan yet, `/plan bug` plans the issue as the bug label would', async () => {
    fake.seedIssue({ number: 7, title: issue.title, body: issue.body, labels: [] })
    const run = await comment({ body: '/plan bug' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['plan-path']).toMatch(/^specs\/bug-7-/)
    expect(await fake.branchHead('adw/bug-7')).not.toBeNull()
    expect(fake.reactions).toHaveLength(1)
  })
})

describe('comments that must cause nothing', () => {
  test.each([
    ['an ordinary comment', { body: 'Looks good to me' }],
    [
      'a stranger (no association): refused without asking',
      { body: '/plan do it', login: 'passer-by', association: 'NONE' as const }
    ],
    ['a bot', { body: '/plan again', login: 'helper[bot]', association: 'NONE' as const }]
  ])('%s: exit 0, no request', async (_name, options: CommentCase) => {
    fake.seedIssue({ number: 7, title: issue.title, body: issue.body, labels: ['plan'] })
    const run = await comment(options)
    expect(run.exitCode).toBe(0)
    expect(fake.requests).toEqual([])
    recordOutcome({
      group: 'Revisions',
      case: `Comment command from ${_name}`,
      outcome: `exit ${run.exitCode}; ${fake.requests.length} API requests`
    })
  })

  test('a member below `comment-permission`: one permission read, no write, no reply', async () => {
    const { pull } = await planned()
    fake.permissions.set('reader', 'read')
    const run = await comment({
      body: '/plan rewrite it',
      onPullRequest: pull,
      login: 'reader',
      association: 'MEMBER'
    })
    expect(run.exitCode).toBe(0)
    expect(fake.writeRequests()).toEqual([])
    expect(fake.requests).toHaveLength(1)
    expect(run.stdout).toContain('comment-permission')
  })
})

describe('a review of the plan pull request', () => {
  test('its inline comments on the plan reach the model with the lines they point at', async () => {
    const { path, pull, head } = await planned()
    const before = (await fake.readFile(BRANCH, path))!
    const lines = before.split('\n')
    const line = lines.findIndex(text => text.startsWith('## Problem Statement')) + 2
    const review = await fake.addReview(pull, {
      user: 'maintainer',
      body: '/plan Name the function to change.',
      comments: [{ path, line, body: 'Say which function ignores the code.' }]
    })
    const revised = modelPlan({
      name: 'Discount codes',
      modify: ['src/checkout.ts'],
      create: ['src/coupons.ts']
    })
    model = await startFakeAnthropic(inOrder({ text: revised }))

    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      eventName: 'pull_request_review',
      payload: pullRequestReviewEvent({
        owner: fake.owner,
        repo: fake.repo,
        pull: await fake.pullInfo(pull),
        review: { ...review, association: 'COLLABORATOR' }
      }),
      inputs: { 'anthropic-api-key': key, 'anthropic-base-url': model.baseUrl }
    })

    expect(run.exitCode).toBe(0)
    const sent = model.requests[0].userMessages.join('\n')
    expect(sent).toContain('Say which function ignores the code.')
    expect(sent).toContain(lines[line - 1])
    expect(sent).toContain('Name the function to change.')
    expect((await fake.history(BRANCH))[0].parents).toEqual([head])
    expect(fake.reactions).toEqual([
      expect.objectContaining({ subject: 'review', content: 'eyes' })
    ])
    expect(lastComment(pull)).toContain('Revised')
    expect(fake.requests.length).toBeLessThanOrEqual(10)
    expect(fake.validationFailures).toEqual([])
  })
})

describe('a review of the plan pull request (embedded planner)', () => {
  test('an inline "not needed, drop this" drops the line it is on, and only that line', async () => {
    const { path, pull } = await planned()
    const before = (await fake.readFile(BRANCH, path))!
    const lines = before.split('\n')
    const dropped = filesToModify(before).at(-1)!
    const line = lines.findIndex(text => text.startsWith(`- \`${dropped}\``)) + 1

    const run = await reviewCommand(fake, pull, {
      body: '/plan',
      comments: [{ path, line, body: 'Not needed, drop this.' }]
    })

    expect(run.exitCode).toBe(0)
    const after = (await fake.readFile(BRANCH, path))!
    expect(filesToModify(after)).toEqual(filesToModify(before).filter(file => file !== dropped))
    expect(lastComment(pull)).toContain('- dropped the 1 line the comment is on')
    expect(fake.validationFailures).toEqual([])
  })
})

describe('a revision with a model', () => {
  test('the model gets the hand-edited plan and the feedback; its plan keeps the edit', async () => {
    const { path, pull } = await planned()
    const handLine = '- Coupons are per-customer, as agreed with the shop owner.'
    const edited = (await fake.readFile(BRANCH, path))!.replace(
      '## Notes\n',
      `## Notes\n${handLine}\n`
    )
    await fake.pushCommit(BRANCH, { [path]: edited }, 'Add a decision', { login: 'maintainer' })
    const answer = modelPlan({
      name: 'Discount codes',
      modify: ['src/checkout.ts'],
      create: ['src/coupons.ts']
    }).replace('- Future: user-defined palettes.', handLine)
    model = await startFakeAnthropic(inOrder({ text: answer }))

    const run = await comment({
      body: '/plan Use a coupons module.',
      onPullRequest: pull,
      inputs: { 'anthropic-api-key': key, 'anthropic-base-url': model.baseUrl }
    })

    expect(run.exitCode).toBe(0)
    const sent = model.requests[0].userMessages.join('\n')
    expect(sent).toContain(handLine)
    expect(sent).toContain('Use a coupons module.')
    expect(await fake.readFile(BRANCH, path)).toContain(handLine)
    expect(run.outputs.planner).toBe('anthropic')
    expect(run.stdout.replaceAll(`::add-mask::${key}`, '')).not.toContain(key)
  })

  test('a model that stays invalid commits nothing; the reply lists the problems', async () => {
    const { path, pull } = await planned()
    const head = await fake.branchHead(BRANCH)
    const broken = modelPlan({ omit: ['Acceptance Criteria'] })
    model = await startFakeAnthropic(inOrder({ text: broken }, { text: broken }))

    const run = await comment({
      body: '/plan Fewer phases.',
      onPullRequest: pull,
      inputs: { 'anthropic-api-key': key, 'anthropic-base-url': model.baseUrl }
    })

    expect(run.exitCode).toBe(1)
    expect(await fake.branchHead(BRANCH)).toBe(head)
    expect(await fake.readFile(BRANCH, path)).not.toContain('Dark Theme')
    const reply = lastComment(pull)
    expect(reply).toContain('not revised')
    expect(reply).toContain('Acceptance Criteria')
    expect(reply).toContain('Nothing was committed')
  })
})

describe('two commands at once', () => {
  test('both land, one commit after the other, and the second builds on the first', async () => {
    const { path, pull, head } = await planned()
    // Hold both runs until each has read the plan, so both start from the same version.
    let arrived = 0
    let release!: () => void
    const bothRead = new Promise<void>(resolve => (release = resolve))
    fake.inject({
      method: 'PUT',
      path: new RegExp(`/contents/${path}$`),
      times: 2,
      before: async () => {
        if (++arrived === 2) release()
        await bothRead
      }
    })
    const [first, second] = await Promise.all([
      comment({ body: '/plan - [ ] Codes expire at midnight UTC', onPullRequest: pull }),
      comment({ body: '/plan - [ ] Codes are single-use', onPullRequest: pull })
    ])

    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    const history = await fake.history(BRANCH)
    expect(
      history
        .slice(0, 2)
        .map(commit => commit.message.split('\n')[0])
        .sort()
    ).toEqual([
      'Revise plan for #7: - [ ] Codes are single-use',
      'Revise plan for #7: - [ ] Codes expire at midnight UTC'
    ])
    expect(history[1].parents).toEqual([head])
    expect(history[0].parents).toEqual([history[1].sha])
    const final = (await fake.readFile(BRANCH, path))!
    expect(final).toContain('Codes expire at midnight UTC')
    expect(final).toContain('Codes are single-use')
    recordOutcome({
      group: 'Revisions',
      case: 'Two `/plan` comments at once (embedded planner)',
      outcome: `exits ${first.exitCode}, ${second.exitCode}; 2 commits, the second on top of the first; both pieces of feedback in the plan`
    })
  })
})
