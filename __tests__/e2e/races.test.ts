// Races end to end: two copies of the committed dist/index.js for the same issue at once (a
// label applied twice, or two workflows listening to it), and a base branch that moves while a
// run is between reading and writing. The runs must converge on one branch, one pull request and
// one tracking comment, and no commit anyone saw on the branch may be lost.
import { describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import { recordOutcome } from '../support/outcomes.js'
import type { ActionRun } from '../support/run-action.js'
import { discountBody as body, runLabeled, shopFiles } from './shop.js'

const token = 'ghs_fake-token-for-tests'
const issue = { number: 7, title: 'Discount codes at checkout', body }
const branch = 'adw/feature-7'
const rounds = 3

/**
 * Holds each arriving request until `parties` have arrived (or a timeout passes, so a run that
 * never makes the request cannot hang the test): both runs read the same state before either
 * writes, which is the interleaving that duplicates things.
 */
function barrier(parties: number, timeoutMs = 5000): () => Promise<void> {
  let arrived = 0
  let release: () => void = () => undefined
  const everyone = new Promise<void>(resolve => (release = resolve))
  return async () => {
    arrived += 1
    if (arrived >= parties) release()
    let timer: NodeJS.Timeout | undefined
    await Promise.race([everyone, new Promise(resolve => (timer = setTimeout(resolve, timeoutMs)))])
    clearTimeout(timer)
  }
}

function logOf(run: ActionRun): string {
  return run.exitCode === 0 ? '' : `\n${run.stdout}\n${run.stderr}`
}

/** Every sha either run saw as, or made, the plan branch's head, from the request log. */
function headsSeen(fake: FakeGitHub): string[] {
  const heads = new Set<string>()
  for (const request of fake.requests) {
    const ok = request.status >= 200 && request.status < 300
    if (!ok) continue
    if (request.method === 'GET' && request.path.endsWith(`/git/ref/heads/${branch}`)) {
      heads.add((request.response as { object: { sha: string } }).object.sha)
    }
    const movedBranch =
      (request.method === 'POST' && request.path.endsWith('/git/refs')) ||
      (request.method === 'PATCH' && request.path.endsWith(`/git/refs/heads/${branch}`))
    if (movedBranch) heads.add((request.body as { sha: string }).sha)
  }
  return [...heads]
}

interface RoundResult {
  exits: number[]
  branches: number
  pulls: number
  comments: number
  created: number
  deleted: number
  heads: number
  lost: number
  humanKept: boolean | null
  committed: boolean
}

async function raceOnce(withHumanCommit: boolean): Promise<RoundResult> {
  const fake = await FakeGitHub.start({ token, files: shopFiles })
  try {
    fake.seedIssue({ number: 7, title: issue.title, body, labels: ['plan'] })
    const human = withHumanCommit
      ? await fake.pushCommit(branch, { 'specs/NOTES.md': 'reviewer notes\n' }, 'Reviewer notes')
      : undefined
    // Both runs look for the tracking comment, and for the branch, before either writes.
    fake.inject({ method: 'GET', path: /\/issues\/7\/comments$/, times: 2, before: barrier(2) })
    fake.inject({
      method: 'GET',
      path: `/repos/${fake.owner}/${fake.repo}/git/ref/heads/${branch}`,
      times: 2,
      before: barrier(2)
    })

    const runs = await Promise.all([runLabeled(fake, issue), runLabeled(fake, issue)])
    for (const run of runs) expect(`exit ${run.exitCode}${logOf(run)}`).toBe('exit 0')

    const final = (await fake.branchHead(branch)) as string
    const heads = headsSeen(fake)
    if (human) heads.push(human)
    const lost: string[] = []
    for (const sha of heads) if (!(await fake.git.isAncestor(sha, final))) lost.push(sha)
    const planPath = runs[0].outputs['plan-path']
    const plan = await fake.readFile(branch, planPath)
    const tracking = fake.commentsOf(7).filter(c => c.body.includes('adw-plan:tracking'))
    const pulls = fake.openPulls()
    expect(runs[1].outputs['plan-path']).toBe(planPath)
    expect(tracking[0]?.body).toContain(`/pull/${pulls[0]?.number}`)
    return {
      exits: runs.map(run => run.exitCode),
      branches: (await fake.branches()).filter(name => name !== fake.defaultBranch).length,
      pulls: pulls.length,
      comments: tracking.length,
      created: fake.requests.filter(
        r => r.method === 'POST' && r.path.endsWith('/issues/7/comments') && r.status === 201
      ).length,
      deleted: fake.requests.filter(r => r.method === 'DELETE' && r.status === 204).length,
      heads: heads.length,
      lost: lost.length,
      humanKept: human ? await fake.git.isAncestor(human, final) : null,
      committed: plan?.includes('# Feature:') === true
    }
  } finally {
    await fake.stop()
  }
}

describe('two runs for the same issue at once converge', () => {
  test.each([
    ['no plan branch yet', false],
    ['a reviewer commit already on the plan branch', true]
  ])('label applied twice, %s', async (label, withHumanCommit) => {
    const results: RoundResult[] = []
    for (let round = 0; round < rounds; round++) results.push(await raceOnce(withHumanCommit))

    for (const result of results) {
      expect(result).toMatchObject({
        exits: [0, 0],
        branches: 1,
        pulls: 1,
        comments: 1,
        lost: 0,
        humanKept: withHumanCommit ? true : null,
        committed: true
      })
    }
    const sum = (pick: (r: RoundResult) => number) => results.reduce((n, r) => n + pick(r), 0)
    const distinct = (pick: (r: RoundResult) => unknown) =>
      [...new Set(results.map(r => JSON.stringify(pick(r))))].join(' / ')
    recordOutcome({
      group: 'Races',
      case: `Two runs at once for one issue, ${label} (${rounds} rounds)`,
      outcome:
        `exit codes ${distinct(r => r.exits)}; per round ${distinct(r => r.branches)} branch, ` +
        `${distinct(r => r.pulls)} PR, ${distinct(r => r.comments)} tracking comment ` +
        `(${sum(r => r.created)} created, ${sum(r => r.deleted)} duplicate(s) deleted in all); ` +
        `${sum(r => r.heads)} branch heads seen, ${sum(r => r.lost)} lost` +
        (withHumanCommit
          ? `; reviewer commit kept in ${results.filter(r => r.humanKept).length}/${rounds}`
          : '')
    })
  })
})

describe('the base branch moves between reading and writing', () => {
  test.each([
    ['after the base ref was read, before the branch is created', 'POST', /\/git\/refs$/],
    ['after the tarball was read, before the base ref is read', 'GET', /\/git\/ref\/heads\/main$/]
  ] as const)('main moves %s', async (label, method, path) => {
    const fake = await FakeGitHub.start({ token, files: shopFiles })
    try {
      const before = (await fake.branchHead('main')) as string
      let moved = ''
      fake.inject({
        method,
        path,
        before: async () => {
          moved = await fake.pushCommit('main', { 'CHANGELOG.md': 'Unreleased\n' }, 'Meanwhile')
        }
      })
      const run = await runLabeled(fake, issue)
      expect(`exit ${run.exitCode}${logOf(run)}`).toBe('exit 0')
      expect(moved).not.toBe('')
      expect(await fake.branchHead('main')).toBe(moved)

      const history = await fake.history(branch)
      const parent = history[1].sha
      const mainShas = (await fake.history('main')).map(commit => commit.sha)
      expect(mainShas).toContain(parent)
      expect(history[0].message).toMatch(/^Plan #7/)
      const plan = await fake.readFile(branch, run.outputs['plan-path'])
      expect(plan).toContain('# Feature:')
      const pulls = fake.openPulls()
      expect(pulls.map(pull => pull.base)).toEqual(['main'])
      recordOutcome({
        group: 'Races',
        case: `main moves ${label}`,
        outcome:
          `exit ${run.exitCode}; plan branch starts at ${parent === moved ? 'the new' : parent === before ? 'the previous' : 'another'} ` +
          `head of main (${mainShas.includes(parent) ? 'a real commit of main' : 'not on main'}); ` +
          `plan ${plan ? 'committed' : 'missing'}; ${pulls.length} PR against ${pulls[0]?.base}`
      })
    } finally {
      await fake.stop()
    }
  })
})
