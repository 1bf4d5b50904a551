// Measures the bundled action the way a runner starts it: GitHub API requests for a first run,
// an unchanged re-run, a `/plan` revision (on the pull request and on the issue) and the handoff
// of a merged plan (against the local API fake), and the cold-start time of
// dist/index.js (median of N runs of an event that is not a trigger, which only starts and exits).
//
//   npm run bench:action -- [--runs 15]
import { parseArgs } from 'node:util'
import { FakeGitHub } from '../__tests__/support/fake-github/index.js'
import { runAction } from '../__tests__/support/run-action.js'
import {
  issueCommentEvent,
  issueEvent,
  pullRequestClosedEvent
} from '../__tests__/support/webhooks.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } })
const runs = Number(values.runs)

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
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint()
      const result = await runAction({
        apiUrl: fake.url,
        repository: `${fake.owner}/${fake.repo}`,
        eventName: 'issues',
        payload: skip
      })
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
      if (result.exitCode !== 0) throw new Error('cold start run failed')
    }
    const noop: number[] = []
    const { spawnSync } = await import('node:child_process')
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint()
      spawnSync(process.execPath, ['-e', '0'])
      noop.push(Number(process.hrtime.bigint() - started) / 1e6)
    }
    console.log(
      `cold start of dist/index.js (non-trigger event, ${runs} runs): median ${median(times).toFixed(0)} ms; ` +
        `bare \`node -e 0\`: median ${median(noop).toFixed(0)} ms (ratio ${(median(times) / median(noop)).toFixed(1)}x)`
    )
  } finally {
    await fake.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exitCode = 1
})
