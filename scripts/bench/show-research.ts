// Prints the research result for one tree and one issue, for looking at rankings by eye:
// show-research ROOT ISSUE_FILE [TOP]. The issue's first line is its title.
import { readFileSync } from 'node:fs'
import { research } from '../../src/research/index.js'

async function main(): Promise<void> {
  const [root, issueFile, top = '10'] = process.argv.slice(2)
  if (!root || !issueFile) throw new Error('usage: show-research ROOT ISSUE_FILE [TOP]')
  const [title, ...rest] = readFileSync(issueFile, 'utf8').split('\n')
  const result = await research({ root, title, body: rest.join('\n'), top: Number(top) })
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
