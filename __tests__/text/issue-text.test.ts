import { describe, expect, test } from '@jest/globals'
import { parseUserStory, proseLines, readIssue } from '../../src/text/issue-text.js'

// The shape GitHub's default feature-request form produces.
const issueForm = `### Is your feature request related to a problem? Please describe.

<!-- A clear and concise description of what the problem is. Ex. I'm always frustrated when [...] -->
Exports time out on large workspaces, so admins cannot back up their data.

### Describe the solution you'd like

Stream the CSV export from \`ExportService.run()\` in \`src/export/service.ts\` instead of building it in memory.
The download must start within two seconds.

### Describe alternatives you've considered

A background job that emails a link. It should be avoided because mail is unreliable.

### Acceptance criteria

- [ ] Exports of 1M rows finish
- [x] Small exports are unchanged
* [ ] The \`Content-Disposition\` header names the file

### Additional context

_No response_
`

describe('readIssue on an issue form', () => {
  const reading = readIssue(issueForm)

  test('named sections, without template comments or checklists leaking in', () => {
    expect(reading.sections.problem).toBe(
      'Exports time out on large workspaces, so admins cannot back up their data.'
    )
    expect(reading.sections.solution).toContain('Stream the CSV export')
    expect(reading.sections.solution).toContain('within two seconds.')
    expect(reading.sections.alternatives).toContain('background job')
    expect(reading.sections.criteria).toContain('- [ ] Exports of 1M rows finish')
    expect(reading.sections.context).toBeUndefined()
    expect(JSON.stringify(reading)).not.toContain('clear and concise')
  })

  test('checklist items, checked or not, in order', () => {
    expect(reading.checklist).toEqual([
      'Exports of 1M rows finish',
      'Small exports are unchanged',
      'The `Content-Disposition` header names the file'
    ])
  })

  test('requirement sentences, but not from the alternatives set aside', () => {
    expect(reading.requirements).toEqual(['The download must start within two seconds.'])
  })

  test('paths and identifiers', () => {
    expect(reading.paths).toEqual(['src/export/service.ts'])
    // `Content-Disposition` is a header, not a code identifier.
    expect(reading.identifiers).toEqual(['ExportService.run'])
  })
})

describe('readIssue on free text', () => {
  test('requirements from prose sentences and plain bullets; code fences ignored', () => {
    const body = [
      'We need dark mode. The toggle should live in the header! It shall persist across reloads.',
      'Colours are nice.',
      '',
      '```js',
      '// this must not count',
      'const x = 1 // should not count either',
      '```',
      '',
      '- Contrast needs to meet WCAG AA',
      '- a plain bullet',
      '',
      'See README.md and `docs/theming.md`, or https://example.com/a/b.html.'
    ].join('\n')
    const reading = readIssue(body)
    expect(reading.requirements).toEqual([
      'The toggle should live in the header!',
      'It shall persist across reloads.',
      'Contrast needs to meet WCAG AA'
    ])
    expect(reading.paths).toEqual(['docs/theming.md'])
    expect(reading.paragraphs[0]).toMatch(/^We need dark mode/)
    expect(reading.checklist).toEqual([])
  })

  test('requirements are cut like every other sentence: never inside code or an address, not after "e.g."', () => {
    const reading = readIssue(
      [
        'Use a default, e.g. The option should default to `a.b`. It must be ignored like in `net/http/server.go`.',
        'https://example.com/src/net/http/server.go#L1799'
      ].join('\n')
    )
    expect(reading.requirements).toEqual([
      'Use a default, e.g. The option should default to `a.b`.',
      'It must be ignored like in `net/http/server.go`.'
    ])
  })

  test('backticked file names count as paths, version numbers do not', () => {
    const reading = readIssue(
      'Update `package.json` and `CHANGELOG.md` for `1.2.3`, call `init()`.'
    )
    expect(reading.paths).toEqual(['package.json', 'CHANGELOG.md'])
    expect(reading.identifiers).toEqual(['init'])
  })

  test('bold pseudo-headings are sections too', () => {
    const reading = readIssue('**Problem:**\nIt is slow.\n\n**Proposal**\nCache it.')
    expect(reading.sections).toEqual({ problem: 'It is slow.', solution: 'Cache it.' })
  })

  test('an empty or whitespace body reads as nothing', () => {
    const reading = readIssue(' \r\n ')
    expect(reading.userStory).toBeUndefined()
    expect(reading.sections).toEqual({})
    expect(reading.requirements).toEqual([])
  })
})

describe('parseUserStory', () => {
  test.each([
    [
      'As a shopper, I want to apply a discount code so that I pay less.',
      { role: 'shopper', goal: 'to apply a discount code', benefit: 'I pay less' }
    ],
    [
      'AS AN ADMIN I WANT audit logs SO THAT I can trace changes',
      { role: 'ADMIN', goal: 'audit logs', benefit: 'I can trace changes' }
    ],
    [
      '**As a** mobile user,\nI would like offline mode,\nso I can read on the train!',
      { role: 'mobile user', goal: 'offline mode', benefit: 'I can read on the train' }
    ]
  ])('%s', (text, story) => {
    expect(parseUserStory(text)).toEqual(story)
  })

  test('is not fooled by text without the three parts', () => {
    expect(parseUserStory('As a result, the build fails.')).toBeUndefined()
    expect(parseUserStory('I want a pony')).toBeUndefined()
  })

  test('found across line breaks in a paragraph, not run on into the next paragraph', () => {
    const reading = readIssue(
      'Intro.\n\nAs a maintainer\nI want stale issues closed\nso that the backlog stays small\n\nUnrelated text here.'
    )
    expect(reading.userStory).toEqual({
      role: 'maintainer',
      goal: 'stale issues closed',
      benefit: 'the backlog stays small'
    })
  })
})

describe('proseLines', () => {
  test('blanks out fences (``` and ~~~, longer closers) and HTML comments, keeping line count', () => {
    const body = 'a\n````\nb\n```\nc\n`````\nd\n~~~\ne\n~~~\nf <!-- x\ny --> g'
    const lines = proseLines(body)
    expect(lines).toHaveLength(body.split('\n').length)
    expect(lines.filter(Boolean).map(line => line.trim())).toEqual(['a', 'd', 'f', 'g'])
  })
})

describe('user story emphasis', () => {
  test('emphasis markers go, underscores inside identifiers stay', () => {
    expect(
      parseUserStory('**As a** dev, I want `max_errors` on _load_ so that it stops early.')
    ).toEqual({
      role: 'dev',
      goal: '`max_errors` on load',
      benefit: 'it stops early'
    })
  })
})

describe('a form’s multiple choice', () => {
  test('boxes under a plain item are one question’s choices, not tasks; boxes under a box are', () => {
    const reading = readIssue(
      '## Info\n\n- OS\n    - [x] Linux\n    - [x] Mac OS X\n- Shell\n    - [x] bash\n\n- [ ] Parse durations\n  - [ ] Print them back'
    )
    expect(reading.checklist).toEqual(['Parse durations', 'Print them back'])
  })
})
