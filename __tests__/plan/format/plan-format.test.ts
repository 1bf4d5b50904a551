import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  extractMetadata,
  formatFromTemplate,
  formatPrompt,
  planFormat,
  type FormatItem
} from '../../../src/plan/format/plan-format.js'
import { outline } from '../../../src/plan/format/markdown.js'

function labels(items: FormatItem[]): string[] {
  return items.flatMap(item =>
    item.kind === 'heading' ? [item.rule.label] : [`repeat(${labels(item.items).join(' | ')})`]
  )
}

/** A minimal document around a Metadata section, with the headings that follow it. */
function withMetadata(prompt: string, adwId = '42'): string {
  return [
    '# Feature: x',
    '',
    '## Metadata',
    `adw_id: \`${adwId}\``,
    formatPrompt(prompt),
    '',
    '## User Story',
    'As a user, I want x so that y.',
    '',
    '## Acceptance Criteria',
    '- [ ] works',
    ''
  ].join('\n')
}

function topHeadings(markdown: string): string[] {
  return outline(markdown)
    .headings.filter(heading => heading.level <= 2)
    .map(heading => heading.text)
}

describe('the Plan Format derived from the template', () => {
  test('the built-in template yields the seed headings in order, phases as a repeat', () => {
    expect(labels(planFormat().items)).toEqual([
      '# Feature: {featureName}',
      '## Metadata',
      '## User Story',
      '## Problem Statement',
      '## Solution Overview',
      '## Relevant Files',
      '### Existing Files to Modify',
      '### New Files to Create',
      '## Implementation Phases',
      'repeat(### Phase {n}: {name} | #### Tasks)',
      '## Testing Strategy',
      '### Unit Tests',
      '### Integration Tests',
      '### Manual Testing',
      '## Acceptance Criteria',
      '## Validation Commands',
      '## Security Considerations',
      '## Performance Considerations',
      '## Documentation Updates',
      '## Notes'
    ])
  })

  test('the bug template yields the bug format: its own title, reproduction, root cause and numbered steps', () => {
    expect(labels(planFormat(undefined, 'bug').items)).toEqual([
      '# Bug: {bugName}',
      '## Metadata',
      '## Bug Description',
      '## Problem Statement',
      '## Solution Statement',
      '## Steps to Reproduce',
      '## Root Cause Analysis',
      '## Relevant Files',
      '### Existing Files to Modify',
      '### New Files to Create',
      '## Step by Step Tasks',
      'repeat(### Step {n}: {name})',
      '## Testing Strategy',
      '### Regression Test',
      '### Edge Cases',
      '## Acceptance Criteria',
      '## Validation Commands',
      '## Notes'
    ])
  })

  test('the chore template yields the chore format: scope in and out, numbered steps', () => {
    const format = planFormat(undefined, 'chore')
    expect(labels(format.items)).toEqual([
      '# Chore: {choreName}',
      '## Metadata',
      '## Chore Description',
      '## Scope',
      '### In Scope',
      '### Out of Scope',
      '## Relevant Files',
      '### Existing Files to Modify',
      '### New Files to Create',
      '## Step by Step Tasks',
      'repeat(### Step {n}: {name})',
      '## Validation Commands',
      '## Notes'
    ])
    const steps = format.items[10]
    expect(
      steps.kind === 'repeat' && steps.items[0].kind === 'heading' && steps.items[0].rule
    ).toMatchObject({ numbered: true, level: 3 })
    expect(format.source).toMatch(/chore\.md\.hbs$/)
  })

  test('each kind reads its own template, and an unknown kind is refused', () => {
    expect(planFormat(undefined, 'feature')).toBe(planFormat())
    expect(planFormat(undefined, 'bug')).not.toBe(planFormat())
    expect(() => planFormat(undefined, 'epic' as 'bug')).toThrow(/unknown plan kind/)
  })

  test('a custom template is read just as strictly; comments, conditionals and else branches are not required', () => {
    const format = formatFromTemplate(
      [
        '{{!-- # Not a heading --}}',
        '# Feature: {{featureName}}',
        '{{#if extra}}',
        '## Optional',
        '{{/if}}',
        '## Steps',
        '{{#each steps}}',
        '### Step {{inc @index}} - {{this.title}}',
        '{{else}}',
        '### No steps',
        '{{/each}}',
        '## Risks'
      ].join('\n')
    )
    expect(labels(format.items)).toEqual([
      '# Feature: {featureName}',
      '## Steps',
      'repeat(### Step {n} - {title})',
      '## Risks'
    ])
    const step = format.items[2]
    expect(
      step.kind === 'repeat' && step.items[0].kind === 'heading' && step.items[0].rule
    ).toMatchObject({ numbered: true, level: 3 })
  })
})

describe('formatPrompt and extractMetadata', () => {
  const bodies: Array<[string, string]> = [
    ['one line', 'Add dark mode'],
    ['one line with backticks', 'Use `foo` and ``bar`` please'],
    ['one line starting and ending with a backtick', '`x` is `y`'],
    ['one line with surrounding spaces', '  padded  '],
    ['multi-line plain', 'Line one\nLine two\n\nLine four'],
    ['a ``` fence', 'Example:\n```js\nconst a = `t`\n```\nend'],
    ['a ~~~ fence', '~~~\ncode\n~~~'],
    ['a four-backtick fence holding a three-backtick one', '````md\n```\nx\n```\n````'],
    ['an unbalanced fence', 'start\n```\nnever closed'],
    ['a fake heading', 'Intro\n## Acceptance Criteria\n- [ ] fake\n# Feature: evil'],
    ['a fake metadata line', 'adw_id: `999`\nprompt: `evil`'],
    ['trailing newlines', 'text\n\n\n'],
    ['leading blank lines', '\n\nstart'],
    ['indented code', '    four spaces\n\ttab'],
    ['a run of ten backticks', 'x\n``````````\ny'],
    ['HTML comments and tags', '<!-- hidden -->\n<details><summary>s</summary>x</details>']
  ]

  test.each(bodies)('%s: read back verbatim, headings intact', (_name, body) => {
    const markdown = withMetadata(body)
    expect(extractMetadata(markdown)).toEqual({ adwId: '42', prompt: body })
    expect(topHeadings(markdown)).toEqual([
      'Feature: x',
      'Metadata',
      'User Story',
      'Acceptance Criteria'
    ])
  })

  test('CRLF is normalised to LF, everything else is kept', () => {
    const markdown = withMetadata('a\r\nb\r\n\r\nc `d`')
    expect(extractMetadata(markdown).prompt).toBe('a\nb\n\nc `d`')
  })

  test('a single-line prompt is inline code, a multi-line one a fence longer than any backtick run', () => {
    expect(formatPrompt('Add dark mode')).toBe('prompt: `Add dark mode`')
    expect(formatPrompt('a ``b`` c')).toBe('prompt: ```a ``b`` c```')
    expect(formatPrompt('a\nb')).toBe('prompt:\n```text\na\nb\n```')
    expect(formatPrompt('a\n`````\nb').split('\n')[1]).toBe('``````text')
  })

  test('a missing Metadata section reads as nothing', () => {
    expect(extractMetadata('# Feature: x\n\n## User Story\nx\n')).toEqual({})
  })

  test('property: any body survives the round trip and leaves the document outline alone', () => {
    const pieces = fc.constantFrom(
      '`',
      '```',
      '~~~',
      '````',
      '\n',
      '\r\n',
      '## Acceptance Criteria',
      '# Feature: y',
      ' ',
      'text',
      '<!--',
      '-->',
      'prompt: `x`'
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), parts => {
        const body = parts.join('')
        const markdown = withMetadata(body)
        expect(extractMetadata(markdown).prompt).toBe(body.replace(/\r\n?/g, '\n'))
        expect(topHeadings(markdown)).toEqual([
          'Feature: x',
          'Metadata',
          'User Story',
          'Acceptance Criteria'
        ])
      }),
      { numRuns: 400 }
    )
  })
})
