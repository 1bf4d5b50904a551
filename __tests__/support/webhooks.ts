// Real webhook payloads from GitHub's own examples (@octokit/webhooks-examples), so the trigger
// logic is tested against what GitHub sends rather than hand-written approximations.
import { createRequire } from 'node:module'

interface ExampleGroup {
  name: string
  examples: Array<Record<string, unknown> & { action?: string }>
}

const require = createRequire(import.meta.url)
const groups = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[]

/** A deep copy of the first example of `event` (with `action`, when given). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const group = groups.find(candidate => candidate.name === event)
  const example = group?.examples.find(
    candidate => action === undefined || candidate.action === action
  )
  if (!example)
    throw new Error(
      `no ${event}${action ? `.${action}` : ''} example in @octokit/webhooks-examples`
    )
  return structuredClone(example)
}
