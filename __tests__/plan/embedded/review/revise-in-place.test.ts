// The embedded revision on a plan written by hand: each kind of request does what it says to the
// lines it is about, every other line stays byte for byte, and what it could not do is reported
// with its reason instead of being claimed.
import { describe, expect, test } from '@jest/globals'
import { reviseInPlace } from '../../../../src/plan/embedded/review/revise-in-place.js'
import type { ResearchResult } from '../../../../src/research/types.js'

const plan = `# Feature: Discount codes

## Metadata
adw_id: \`7\`
prompt: \`Discount codes at checkout\`

## Relevant Files

### Existing Files to Modify
- \`src/checkout.ts\` - Main change, in \`checkout\` and \`applyCode\`.
- \`src/cart.ts\` - Holds \`Cart.total\`.
- \`__tests__/cart.test.ts\` - Existing tests of \`src/cart.ts\`.

### New Files to Create
- \`__tests__/checkout.test.ts\` - Tests for the feature.

## Implementation Phases

### Phase 1: Core

#### Tasks
- Implement the codes in \`src/checkout.ts\` (\`checkout\`, \`applyCode\`).
- Change \`applyCode\` so that expired codes are refused.
- Keep \`Cart.total\` as it is and read it from \`checkout\`.

## Testing Strategy

### Unit Tests
- Write \`__tests__/checkout.test.ts\` with one test per criterion.

## Acceptance Criteria
- [ ] A valid code reduces the total
- [ ] An expired code is rejected with a message
- [ ] The new behaviour is covered by automated tests

## Security Considerations
- Codes come from users: \`applyCode\` validates them.

## Notes
- Hand-written: the team prefers small modules.
`

const research = {
  files: [],
  symbols: [
    {
      path: 'src/cart.ts',
      name: 'total',
      className: 'Cart',
      kind: 'method',
      startLine: 4,
      endLine: 9,
      score: 1,
      reasons: []
    },
    {
      path: 'src/prices.ts',
      name: 'roundPrice',
      kind: 'function',
      startLine: 1,
      endLine: 3,
      score: 1,
      reasons: []
    }
  ],
  tests: [],
  orientation: {
    docs: [],
    agentGuides: [],
    stack: [],
    commands: [],
    tests: {
      dirs: ['__tests__'],
      pattern: '',
      examples: [],
      files: ['__tests__/cart.test.ts', '__tests__/prices.test.ts']
    },
    structure: []
  },
  fileCount: 6,
  elapsedMs: 0
} as unknown as ResearchResult

const tree = new Set([
  'src/checkout.ts',
  'src/cart.ts',
  'src/prices.ts',
  '__tests__/cart.test.ts',
  '__tests__/prices.test.ts'
])

function revise(feedback: string) {
  return reviseInPlace({
    markdown: plan,
    feedback,
    issueBody: 'Discount codes at checkout',
    research,
    fileExists: path => tree.has(path)
  })
}

/** Lines of the plan that the revision left as they were. */
const untouched = (after: string) =>
  plan.split('\n').filter(line => after.split('\n').includes(line))

describe('reviseInPlace', () => {
  test('a function dropped: its own lines go, its name leaves the lists it is in, the rest stays', () => {
    const { markdown, applied, notApplied } = revise('We do not need applyCode.')
    expect(notApplied).toEqual([])
    expect(applied).toEqual(['dropped `applyCode` (2 lines in Tasks, Security Considerations)'])
    expect(markdown).not.toContain('- Change `applyCode`')
    expect(markdown).toContain('- `src/checkout.ts` - Main change, in `checkout`.')
    expect(markdown).toContain('- Implement the codes in `src/checkout.ts` (`checkout`).')
    // The only security line is about it: the section says what happened instead of going empty.
    expect(markdown).toContain(
      '## Security Considerations\n- None: the review dropped `applyCode`.'
    )
    expect(markdown).toContain('- Hand-written: the team prefers small modules.')
  })

  test('a new function to change: a task where the tasks about its file are, and its file listed', () => {
    const { markdown, applied } = revise('Please also change `roundPrice`.')
    expect(applied).toEqual(['added a task for `roundPrice` in `src/prices.ts`'])
    expect(markdown).toContain(
      '- Change `roundPrice` in `src/prices.ts` (lines 1–3), asked for in review (“Please also change `roundPrice`.”).'
    )
    expect(markdown).toContain('- `src/prices.ts` - Holds `roundPrice`, asked for in review')
    expect(untouched(markdown)).toEqual(plan.split('\n'))
  })

  test('an existing test to use instead of the proposed new one', () => {
    const { markdown, applied } = revise('Use the existing test __tests__/prices.test.ts.')
    expect(applied[0]).toBe(
      'added the test file `__tests__/prices.test.ts` to Existing Files to Modify'
    )
    expect(applied[1]).toMatch(/^dropped `__tests__\/checkout\.test\.ts` \(/)
    expect(markdown).not.toContain('- `__tests__/checkout.test.ts` - ')
    expect(markdown).not.toContain('- Write `__tests__/checkout.test.ts`')
    expect(markdown).toContain(
      '### New Files to Create\n- None: the review dropped `__tests__/checkout.test.ts`.'
    )
    expect(markdown).toContain('- Extend `__tests__/prices.test.ts` with cases for this change')
  })

  test('criteria: removed by their words, reworded, added; a quoted one found by its text', () => {
    const removed = revise('Remove the criterion about automated tests.')
    expect(removed.applied).toEqual([
      'removed 1 acceptance criterion (“The new behaviour is covered by automated tests”)'
    ])
    expect(removed.markdown).not.toContain('- [ ] The new behaviour is covered by automated tests')
    // The verbs that only hold a description together ("being", "is") pick out nothing.
    expect(revise('Remove the criterion about an expired code being rejected.').applied).toEqual([
      'removed 1 acceptance criterion (“An expired code is rejected with a message”)'
    ])

    const reworded = revise(
      'Reword the criterion about expired codes to "An expired code is refused with its expiry date"'
    )
    expect(reworded.markdown).toContain('- [ ] An expired code is refused with its expiry date\n')
    expect(reworded.markdown).not.toContain('- [ ] An expired code is rejected with a message')

    const added = revise('Add a criterion: codes are case-insensitive')
    expect(added.markdown).toContain('- [ ] codes are case-insensitive\n')
  })

  test('renames a code span everywhere but the Metadata', () => {
    const { markdown, applied } = revise('Rename `applyCode` to `redeemCode`.')
    expect(applied).toEqual(['renamed `applyCode` to `redeemCode` (4 places)'])
    expect(markdown.slice(0, markdown.indexOf('## Notes'))).not.toContain('`applyCode`')
  })

  test('keeps what it is told to keep, and reports what it cannot resolve or do', () => {
    const { markdown, applied, notApplied } = revise(
      'Keep `src/cart.ts`. Drop `src/shipping.ts`. Drop the criteria. Use the pandas snippet. Make the phases shorter.'
    )
    expect(applied).toEqual(['kept `src/cart.ts`'])
    expect(notApplied).toEqual([
      '“Drop `src/shipping.ts`.” (`src/shipping.ts` is not in the plan)',
      '“Drop the criteria.” (no acceptance criterion matches its words)',
      '“Use the pandas snippet.” (only a bug plan has Steps to Reproduce to put a reproducer in)',
      '“Make the phases shorter.” (not a request the embedded planner can read)'
    ])
    expect(markdown).toContain(
      '- Not applied by the embedded planner: “Drop `src/shipping.ts`.” (`src/shipping.ts` is not in the plan); “Drop the criteria.”'
    )
    expect(markdown.endsWith('; re-run with a model or edit the plan.\n')).toBe(true)
  })
})
