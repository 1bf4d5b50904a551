import { describe, expect, test } from '@jest/globals'
import { comparePlans, hasChanges } from '../../../src/plan/format/compare.js'

const before = [
  '# Feature: Discounts',
  '',
  '## Metadata',
  'adw_id: `7`',
  '',
  '## Relevant Files',
  '',
  '### Existing Files to Modify',
  '- `src/cart.ts` - totals',
  '- `src/checkout.ts` - the form',
  '',
  '### New Files to Create',
  '- `src/discounts.ts` - codes',
  '',
  '## Implementation Phases',
  '### Phase 1: Foundation',
  '#### Tasks',
  '- Add codes',
  '### Phase 2: Core',
  '#### Tasks',
  '- Apply codes',
  '',
  '## Notes',
  'None.'
].join('\n')

describe('comparePlans', () => {
  test('an identical plan has no changes', () => {
    expect(hasChanges(comparePlans(before, before))).toBe(false)
  })

  test('names rewritten, added and removed sections, and files that joined or left', () => {
    const after = before
      .replace('- `src/checkout.ts` - the form', '- `src/pricing.ts` - the rules')
      .replace('- Apply codes', '- Apply codes at checkout')
      .replace('## Notes\nNone.', '## Security\nCodes are secrets.')
    expect(comparePlans(before, after)).toEqual({
      added: ['Security'],
      removed: ['Notes'],
      changed: [
        'Relevant Files > Existing Files to Modify',
        'Implementation Phases > Phase 2: Core > Tasks'
      ],
      filesAdded: ['src/pricing.ts'],
      filesDropped: ['src/checkout.ts']
    })
  })

  test('a heading quoted inside a fence is not a section', () => {
    const after = before.replace('None.', 'None.\n```md\n## Fake\n```')
    expect(comparePlans(before, after)).toMatchObject({ added: [], changed: ['Notes'] })
  })
})
