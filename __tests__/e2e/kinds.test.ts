// End to end: each kind of plan, and a repository's own templates, through the committed bundle.
import { afterEach, describe, expect, test } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'
import { runAction } from '../support/run-action.js'
import { webhookExample } from '../support/webhooks.js'
import { shopFiles, runLabeled } from './shop.js'
import { planFormat, validatePlan } from '../../src/plan/index.js'
import type { PlanKind } from '../../src/plan/format/naming.js'

let fake: FakeGitHub | undefined

afterEach(async () => {
  await fake?.stop()
  fake = undefined
})

async function start(files: Record<string, string> = shopFiles): Promise<FakeGitHub> {
  fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files })
  return fake
}

const bugBody = [
  'Checkout crashes when the cart is empty.',
  '',
  '## Steps to reproduce',
  '1. Open an empty cart',
  '2. Press "Pay"',
  '',
  'Expected: a message saying the cart is empty. Actual: the page shows an error:',
  '',
  '```',
  'TypeError: Cannot read properties of undefined (reading "length")',
  '    at checkout (src/checkout.ts:4:21)',
  '```'
].join('\n')

const choreBody = [
  'Move the test runner configuration out of package.json.',
  '',
  '- [ ] Add a jest config file',
  '- [ ] Keep `npm test` working',
  '',
  'Out of scope: changing any test.'
].join('\n')

async function expectValidPlan(kind: PlanKind, branch: string, path: string, body: string) {
  const plan = (await fake!.readFile(branch, path)) as string
  expect(plan).toBeDefined()
  const files = await fake!.readFiles('main')
  expect(
    validatePlan(plan, {
      adwId: '7',
      prompt: body,
      fileExists: file => file in files,
      format: planFormat(undefined, kind)
    })
  ).toEqual([])
  return plan
}

describe.each([
  {
    kind: 'bug' as const,
    label: 'plan:bug',
    title: 'Checkout crashes on an empty cart',
    body: bugBody,
    heading: /^# Bug: /m
  },
  {
    kind: 'chore' as const,
    label: 'Plan:Chore',
    title: 'Move jest config to its own file',
    body: choreBody,
    heading: /^# Chore: /m
  }
])('a $kind plan from the $label label', ({ kind, label, title, body, heading }) => {
  test('named, formatted and published by its kind', async () => {
    await start()
    const run = await runLabeled(fake!, { number: 7, title, body, label })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(fake!.validationFailures).toEqual([])
    expect(run.outputs.branch).toBe(`adw/${kind}-7`)
    expect(run.outputs['plan-path']).toMatch(new RegExp(`^specs/${kind}-7-[a-z0-9-]+\\.md$`))
    const plan = await expectValidPlan(kind, `adw/${kind}-7`, run.outputs['plan-path'], body)
    expect(plan).toMatch(heading)
    const [pull] = fake!.openPulls()
    expect(pull.title).toMatch(new RegExp(`^${kind === 'bug' ? 'Bug' : 'Chore'} plan #7: `))
    expect(fake!.commentsOf(7)[0].body).toContain(`${kind} plan is ready`)
    expect(run.summary).toContain(`${kind === 'bug' ? 'Bug' : 'Chore'} plan for #7`)
  })
})

test('a bug plan and a feature plan for one issue live side by side', async () => {
  await start()
  await runLabeled(fake!, {
    number: 7,
    title: 'Checkout crashes',
    body: bugBody,
    label: 'plan:bug'
  })
  const run = await runLabeled(fake!, { number: 7, title: 'Checkout crashes', body: bugBody })
  expect(run.exitCode).toBe(0)
  expect((await fake!.branches()).sort()).toEqual(['adw/bug-7', 'adw/feature-7', 'main'])
  expect(fake!.openPulls()).toHaveLength(2)
  // One tracking comment per kind: the feature run did not overwrite the bug plan's links.
  const bodies = fake!.commentsOf(7).map(comment => comment.body)
  expect(bodies).toHaveLength(2)
  expect(
    bodies.filter(text => text.includes('adw/bug-7') || text.includes('specs/bug-7'))
  ).toHaveLength(1)
})

test('workflow_dispatch plans the kind named in its inputs', async () => {
  await start()
  fake!.seedIssue({ number: 12, title: 'Checkout crashes on an empty cart', body: bugBody })
  const payload = webhookExample('workflow_dispatch')
  payload.inputs = { 'issue-number': '12', kind: 'bug' }
  const run = await runAction({
    apiUrl: fake!.url,
    repository: `${fake!.owner}/${fake!.repo}`,
    eventName: 'workflow_dispatch',
    payload
  })
  expect(run.exitCode).toBe(0)
  expect(run.outputs.branch).toBe('adw/bug-12')
})

// A team's own feature format: fewer sections, one of its own, and the same data.
const teamFeatureTemplate = [
  '# Feature: {{featureName}}',
  '',
  '## Metadata',
  'adw_id: `{{adwId}}`',
  '{{promptLine}}',
  '',
  '## Why',
  '{{problem}}',
  '',
  '## Relevant Files',
  '',
  '### Existing Files to Modify',
  '{{#each filesToModify}}',
  '- `{{path}}` - {{why}}',
  '{{/each}}',
  '',
  '### New Files to Create',
  '{{#each filesToCreate}}',
  '- `{{path}}` - {{why}}',
  '{{else}}',
  '- None.',
  '{{/each}}',
  '',
  '## Rollout',
  'Behind a flag first; announce in the changelog.',
  '',
  '## Done When',
  '{{#each criteria}}',
  '- [ ] {{this}}',
  '{{/each}}',
  ''
].join('\n')

test("a repository's .github/adw templates shape the plan and the pull request", async () => {
  const body = 'Shoppers want to save their cart for later.\n\n- [ ] The cart survives a reload'
  await start({
    ...shopFiles,
    '.github/adw/feature.md.hbs': teamFeatureTemplate,
    '.github/adw/pr-body.md.hbs':
      'Team plan for #{{issueNumber}}: {{planPath}}\n\nRefs #{{issueNumber}}\n'
  })
  const run = await runLabeled(fake!, { number: 7, title: 'Save the cart for later', body })
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  const plan = (await fake!.readFile('adw/feature-7', run.outputs['plan-path'])) as string
  expect(plan).toContain('## Rollout')
  expect(plan).not.toContain('## Implementation Phases')
  expect(fake!.openPulls()[0].body).toMatch(/^Team plan for #7: specs\/feature-7-/)
})

test('a broken override is named with its line, and the built-in template is used', async () => {
  await start({
    ...shopFiles,
    '.github/adw/pr-body.md.hbs': 'Plan for #{{issueNumber}}\n\n{{#if planPath}\nbroken\n'
  })
  const run = await runLabeled(fake!, {
    number: 7,
    title: 'Save the cart for later',
    body: 'Shoppers want to save their cart.'
  })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(/::warning[^\n]*\.github\/adw\/pr-body\.md\.hbs:3 is broken/)
  expect(fake!.openPulls()[0].body).toContain('## Feature plan for #7')
  expect(run.summary).toContain('pr-body.md.hbs')
})
