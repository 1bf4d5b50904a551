// Copies real webhook payloads from @octokit/webhooks-examples into __fixtures__/payloads so
// trigger and end-to-end tests run against what GitHub actually sends, not hand-written guesses.
// Usage: npm install --no-save @octokit/webhooks-examples@7.6.1 && node scripts/extract-fixtures.mjs
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixtureSource } from './fixture-source.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, '__fixtures__', 'payloads')
const examplesPath = fixtureSource(
  '@octokit/webhooks-examples',
  '7.6.1',
  'api.github.com/index.json'
)

// file name -> which example to take: the event and its action (the first matching example
// wins, so the choice is stable across package updates).
const wanted = [
  { file: 'issues.labeled.json', event: 'issues', action: 'labeled' },
  { file: 'issues.opened.json', event: 'issues', action: 'opened' },
  { file: 'workflow_dispatch.json', event: 'workflow_dispatch' },
  { file: 'pull_request.labeled.json', event: 'pull_request', action: 'labeled' },
  // Taken as they are; the helpers in __tests__/support/webhooks.ts adapt them. None of the
  // examples covers a comment on a pull request, a merged pull request or a review with a body.
  { file: 'issue_comment.created.json', event: 'issue_comment', action: 'created' },
  { file: 'pull_request_review.submitted.json', event: 'pull_request_review', action: 'submitted' },
  { file: 'pull_request.closed.json', event: 'pull_request', action: 'closed' }
]

const index = JSON.parse(await readFile(examplesPath, 'utf8'))
await mkdir(outDir, { recursive: true })

for (const { file, event, action } of wanted) {
  const entry = index.find(e => e.name === event)
  if (!entry) throw new Error(`no examples for event ${event}`)
  const example = entry.examples.find(e => action === undefined || e.action === action)
  if (!example) throw new Error(`no ${event}.${action} example`)
  await writeFile(join(outDir, file), `${JSON.stringify(example, null, 2)}\n`)
  process.stdout.write(`wrote __fixtures__/payloads/${file}\n`)
}
