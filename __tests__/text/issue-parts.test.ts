// The parts of a request, told apart by the words of their headings: GitHub's classic template,
// the forms projects write, and headings reporters write by hand. Fixed lists of forms would miss
// the next project's form; the words carry.
import { describe, expect, test } from '@jest/globals'
import { isChoiceAnswer, partOfHeading } from '../../src/text/issue-parts.js'
import { readIssue } from '../../src/text/issue-text.js'

describe('partOfHeading', () => {
  test.each([
    ['Is your feature request related to a problem? Please describe.', 'problem'],
    ["Describe the solution you'd like", 'solution'],
    ["Describe alternatives you've considered", 'alternatives'],
    ['Describe alternative solutions', 'alternatives'],
    ['Additional context', 'context'],
    ['🚀 Feature Proposal', 'solution'],
    ['Motivation', 'problem'],
    ['What problem does it solve for you?', 'problem'],
    ['How would you improve the CLI?', 'solution'],
    ['What will the rule do after it is changed?', 'solution'],
    ['What does the rule currently do for this code?', 'problem'],
    ['Proposed API', 'api'],
    ['Example', 'api'],
    ['Usage', 'api'],
    ['Pros', 'pros'],
    ['Cons', 'cons'],
    ['Drawbacks', 'cons'],
    ['Acceptance criteria', 'criteria'],
    ['Prerequisites', 'aside'],
    ['Participation', 'aside'],
    ['Are you willing to submit a pull request to implement this change?', 'aside'],
    ['What version of the library are you using?', 'aside'],
    ['Environment', 'aside'],
    ['Logs', 'aside'],
    ['System', 'aside']
  ])('“%s” opens the %s', (heading, part) => {
    expect(partOfHeading(heading)).toBe(part)
  })

  test('a heading that names no part leaves its text loose', () => {
    expect(partOfHeading('Overview')).toBeUndefined()
    expect(partOfHeading('Steps')).toBeUndefined()
  })
})

describe('isChoiceAnswer', () => {
  test('a ticked label or an empty answer is not prose', () => {
    for (const answer of [
      'Fewer',
      'A new option',
      'Generate fewer warnings',
      '_No response_',
      'N/A'
    ])
      expect(isChoiceAnswer(answer)).toBe(true)
  })

  test('a sentence, however short, is prose', () => {
    for (const answer of ['It is slow.', 'Cache it.', 'Pass `hide` through'])
      expect(isChoiceAnswer(answer)).toBe(false)
  })
})

describe('readIssue with the parts of an issue form', () => {
  const body = [
    '### Prerequisites',
    '',
    '- [X] I have searched existing issues',
    '',
    '### What change do you want to make?',
    '',
    'Generate fewer warnings',
    '',
    '### What will the rule do after it is changed?',
    '',
    'It reports nothing for class fields.',
    '',
    '### Example',
    '',
    '```js',
    'class Foo { static bar = 1 }',
    '```',
    '',
    '### Cons',
    '',
    'Rules built on this one must not change.'
  ].join('\n')
  const reading = readIssue(body)

  test('the form’s asides give no checklist item, no paragraph and no requirement', () => {
    expect(reading.checklist).toEqual([])
    expect(JSON.stringify(reading)).not.toContain('searched existing issues')
  })

  test('a ticked choice is left out of its part; the sentence under the next heading stays', () => {
    expect(reading.sections.solution).toBe('It reports nothing for class fields.')
  })

  test('code blocks are kept with the part they stand in', () => {
    expect(reading.code).toEqual([
      { part: 'api', info: 'js', lines: ['class Foo { static bar = 1 }'] }
    ])
  })

  test('a drawback is no requirement', () => {
    expect(reading.sections.cons).toContain('must not change')
    expect(reading.requirements).toEqual([])
  })
})
