// Measures the bundled action the way a runner starts it: GitHub API requests for a first run,
// an unchanged re-run, a `/plan` revision (on the pull request and on the issue) and the handoff
// of a merged plan (against the local API fake); the cold-start time of dist/index.js (median of
// N runs of an event that is not a trigger, which only starts and exits) and the time of a run on
// the embedded planner. With --compare, another bundle (e.g. main's dist/index.js) is timed in
// the same loop, interleaved, and the ratios shown.
//
//   npm run bench:action -- [--runs 15] [--compare path/to/other/dist/index.js]
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { FakeGitHub } from '../__tests__/support/fake-github/index.js'
import { runAction } from '../__tests__/support/run-action.js'
import {
  issueCommentEvent,
  issueEvent,
  pullRequestClosedEvent
} from '../__tests__/support/webhooks.js'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, compare: { type: 'string' } }
})
const runs = Number(values.runs)
const bundles = ['dist/index.js', ...(values.compare ? [values.compare] : [])]

const files = {
  'README.md': '# Shop\n\nA small web shop.\n',
  'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'jest' } }),
  'src/cart.ts': 'export class Cart {\n  items: string[] = []\n}\n',
  'src/checkout.ts':
    "import { Cart } from './cart'\nexport function checkout(cart: Cart) {\n  return cart.items.length\n}\n"
}
const body =
  'As a shopper, I want discount codes at checkout so that I pay less.\n\n- [ ] A valid code reduces the total'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function main(): Promise<void> {
  const fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files })
  try {
    fake.seedIssue({ number: 7, title: 'Discount codes at checkout', body, labels: ['plan'] })
    const event = issueEvent('labeled', {
      owner: fake.owner,
      repo: fake.repo,
      number: 7,
      title: 'Discount codes at checkout',
      body,
      labels: ['plan'],
      label: 'plan'
    })
    const run = () =>
      runAction({
        apiUrl: fake.url,
        repository: `${fake.owner}/${fake.repo}`,
        eventName: 'issues',
        payload: event
      })

    for (const label of ['first run', 'unchanged re-run']) {
      fake.clearRequests()
      const result = await run()
      if (result.exitCode !== 0)
        throw new Error(`${label} failed:\n${result.stdout}${result.stderr}`)
      const writes = fake.requests.filter(r => r.method !== 'GET').length
      console.log(
        `${label}: ${fake.requests.length} requests (${writes} writes), PR ${result.outputs['pull-request-operation']}`
      )
      for (const line of fake.requestLines()) console.log(`  ${line}`)
    }

    const report = (label: string, result: { exitCode: number; stdout: string }) => {
      if (result.exitCode !== 0) throw new Error(`${label} failed:\n${result.stdout}`)
      const writes = fake.requests.filter(r => r.method !== 'GET').length
      console.log(`${label}: ${fake.requests.length} requests (${writes} writes)`)
      for (const line of fake.requestLines()) console.log(`  ${line}`)
    }
    fake.permissions.set('maintainer', 'write')
    const pull = fake.openPulls()[0].number
    const command = (number: number, onPullRequest: boolean, text: string) => {
      const posted = fake.addComment(number, text, 'maintainer')
      return runAction({
        apiUrl: fake.url,
        repository: `${fake.owner}/${fake.repo}`,
        eventName: 'issue_comment',
        payload: issueCommentEvent({
          owner: fake.owner,
          repo: fake.repo,
          issue: { number, title: 'Discount codes at checkout', body: '', labels: ['plan'] },
          onPullRequest,
          comment: { id: posted.id, body: text, login: 'maintainer', association: 'MEMBER' }
        })
      })
    }
    fake.clearRequests()
    report(
      'revision from the pull request',
      await command(pull, true, '/plan - [ ] A code can be removed again')
    )
    fake.clearRequests()
    report('revision from the issue', await command(7, false, '/plan Drop `README.md`'))

    const merged = await fake.mergePull(pull, { by: 'maintainer' })
    fake.addWorkflow('build.yml', { inputs: ['issue-number', 'plan-path'] })
    fake.clearRequests()
    report(
      'handoff with approved-label and approved-workflow',
      await runAction({
        apiUrl: fake.url,
        repository: `${fake.owner}/${fake.repo}`,
        eventName: 'pull_request',
        payload: pullRequestClosedEvent({ owner: fake.owner, repo: fake.repo, ...merged }),
        inputs: { 'approved-label': 'ready-to-build', 'approved-workflow': 'build.yml' }
      })
    )

    const skip = issueEvent('labeled', {
      ...{ owner: fake.owner, repo: fake.repo },
      number: 7,
      title: 't',
      body,
      labels: ['x'],
      label: 'x'
    })
    const timed = async (bundle: string, payload: Record<string, unknown>) => {
      const started = process.hrtime.bigint()
      const result = await runAction({
        apiUrl: fake.url,
        repository: `${fake.owner}/${fake.repo}`,
        eventName: 'issues',
        payload,
        bundle: resolve(bundle)
      })
      if (result.exitCode !== 0)
        throw new Error(`${bundle} failed:\n${result.stdout}${result.stderr}`)
      return Number(process.hrtime.bigint() - started) / 1e6
    }
    const coldStart = bundles.map(() => [] as number[])
    const embedded = bundles.map(() => [] as number[])
    // Interleaved, so that every bundle meets the same machine load.
    for (let i = 0; i < runs; i++) {
      for (const [index, bundle] of bundles.entries()) {
        coldStart[index].push(await timed(bundle, skip))
        embedded[index].push(await timed(bundle, event))
      }
    }
    const noop: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint()
      spawnSync(process.execPath, ['-e', '0'])
      noop.push(Number(process.hrtime.bigint() - started) / 1e6)
    }
    const [cold, plan] = [median(coldStart[0]), median(embedded[0])]
    console.log(
      `cold start of dist/index.js (non-trigger event, ${runs} runs): median ${cold.toFixed(0)} ms; ` +
        `bare \`node -e 0\`: median ${median(noop).toFixed(0)} ms (ratio ${(cold / median(noop)).toFixed(1)}x)`
    )
    console.log(`run on the embedded planner (unchanged re-run): median ${plan.toFixed(0)} ms`)
    if (values.compare) {
      const [otherCold, otherPlan] = [median(coldStart[1]), median(embedded[1])]
      console.log(
        `${values.compare}: cold start median ${otherCold.toFixed(0)} ms, embedded-planner run ` +
          `median ${otherPlan.toFixed(0)} ms; dist/index.js against it: cold start ` +
          `${(cold / otherCold).toFixed(2)}x, embedded-planner run ${(plan / otherPlan).toFixed(2)}x`
      )
    }
  } finally {
    await fake.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exitCode = 1
})
