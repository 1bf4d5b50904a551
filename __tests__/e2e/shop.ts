// The repository and issue the end-to-end suites plan for: a small TypeScript shop.
import type { FakeGitHub } from '../support/fake-github/index.js'
import { runAction, type ActionRun, type RunActionOptions } from '../support/run-action.js'
import { issueEvent } from '../support/webhooks.js'

export const shopFiles = {
  'README.md': '# Shop\n\nA small web shop. Run `npm test` before sending a change.\n',
  'package.json': JSON.stringify(
    {
      name: 'shop',
      scripts: { test: 'jest', lint: 'eslint .', build: 'tsc' },
      devDependencies: { jest: '^30.0.0', typescript: '^5.0.0' }
    },
    null,
    2
  ),
  'src/cart.ts':
    'export class Cart {\n  items: string[] = []\n  add(item: string) {\n    this.items.push(item)\n  }\n}\n',
  'src/checkout.ts':
    "import { Cart } from './cart'\n\nexport function checkout(cart: Cart) {\n  return cart.items.length\n}\n",
  'src/discounts.ts': 'export const NO_DISCOUNT = 0\n',
  '__tests__/cart.test.ts':
    "import { Cart } from '../src/cart'\ntest('adds', () => new Cart().add('x'))\n"
}

export const discountBody = [
  'As a shopper, I want to apply a discount code at checkout so that I pay less.',
  '',
  '## Problem',
  'The `checkout` function ignores discounts, and `Cart` has no notion of a code.',
  '',
  '## Acceptance criteria',
  '- [ ] A valid code reduces the total',
  '- [ ] An expired code is rejected with a message',
  '',
  'Codes must be case-insensitive. Example: `SAVE10` ``` not a fence'
].join('\n')

export interface PlannedIssue {
  number: number
  title: string
  body: string | null
  label?: string
}

/** Seeds the issue in the fake (once) and runs the bundle for an issues.labeled event. */
export function runLabeled(
  fake: FakeGitHub,
  issue: PlannedIssue,
  extra: Partial<RunActionOptions> = {}
): Promise<ActionRun> {
  const label = issue.label ?? 'plan'
  if (!fake.issues.has(issue.number)) {
    fake.seedIssue({ number: issue.number, title: issue.title, body: issue.body, labels: [label] })
  }
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    eventName: 'issues',
    payload: issueEvent('labeled', {
      owner: fake.owner,
      repo: fake.repo,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      labels: [label],
      label
    }),
    ...extra
  })
}
