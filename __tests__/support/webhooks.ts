// Real webhook payloads (copied from @octokit/webhooks-examples by scripts/extract-fixtures.mjs)
// so triggers are tested against what GitHub sends rather than hand-written approximations.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** A fresh copy of `__fixtures__/payloads/{event}[.{action}].json`. */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const file = resolve('__fixtures__/payloads', `${event}${action ? `.${action}` : ''}.json`)
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
}

export interface IssueEventOptions {
  owner: string
  repo: string
  number: number
  title: string
  body: string | null
  labels: string[]
  /** The label just applied (labeled events). */
  label?: string
  state?: string
}

/** A real issues.labeled / issues.opened payload rewritten to describe the given issue. */
export function issueEvent(
  action: 'labeled' | 'opened',
  options: IssueEventOptions
): Record<string, unknown> {
  const payload = webhookExample('issues', action)
  const issue = payload.issue as Record<string, unknown>
  const template = ((issue.labels as Array<Record<string, unknown>>)[0] ?? {}) as Record<
    string,
    unknown
  >
  const labels = options.labels.map((name, index) => ({ ...template, id: 1000 + index, name }))
  Object.assign(issue, {
    number: options.number,
    title: options.title,
    body: options.body,
    labels,
    state: options.state ?? 'open',
    html_url: `https://github.com/${options.owner}/${options.repo}/issues/${options.number}`
  })
  if (action === 'labeled') {
    payload.label = labels.find(label => label.name === options.label) ?? {
      ...template,
      name: options.label
    }
  }
  const repository = payload.repository as Record<string, unknown>
  Object.assign(repository, {
    name: options.repo,
    full_name: `${options.owner}/${options.repo}`,
    default_branch: 'main'
  })
  ;(repository.owner as Record<string, unknown>).login = options.owner
  return payload
}
