import { describe, expect, test } from '@jest/globals'
import { foreignSpans, requesterText } from '../../src/text/foreign-parts.js'
import { readIssue } from '../../src/text/issue-text.js'

// The shape a bounty service appends to an issue it funds: a collapsed block of backers, avatars
// and tips, after the reporter's text.
const bountyBlock = [
  '<details>',
  '<summary>',
  '<b>Bounty Summary</b>',
  '</summary>',
  '',
  '### Backers (Total: $40.00)',
  '',
  "- [<img src='https://avatars.example/u/1' width=24 height=24> someone](https://bounties.example/u/someone) ($40.00)",
  '',
  '---',
  '### Tips',
  '',
  '- Checkout the [explorer](https://bounties.example/r/x) to discover more funded issues.',
  '- Need some help from other developers? [Add your repositories](https://bounties.example/new) to raise funds.',
  '</details>'
].join('\n')

const body = [
  '<!-- Describe the feature below -->',
  '[![Badge](https://badges.example/b.svg)](https://badges.example/r/x)',
  '',
  'Parse ISO 8601 durations such as `P1D`.',
  'https://en.wikipedia.org/wiki/ISO_8601#Durations',
  '',
  '<details><summary>Stack trace</summary>',
  '',
  '```',
  'Error: boom',
  '```',
  '',
  '</details>',
  '',
  bountyBlock,
  '',
  '<!-- SERVICE PLEDGE BADGE START -->',
  '## Upvote & Fund',
  '- Fund this issue at the service.',
  '<!-- SERVICE PLEDGE BADGE END -->'
].join('\n')

describe('what is not the requester’s words', () => {
  test('comments, badges, link-only lines and a service’s blocks; the reporter’s own details stay', () => {
    const kinds = foreignSpans(body).map(span => [span.kind, body.slice(span.start, span.end)])
    // The badge stands alone on its line: a line of links.
    expect(kinds.map(([kind]) => kind)).toEqual(['comment', 'links', 'links', 'service', 'service'])
    expect(kinds[2][1]).toBe('https://en.wikipedia.org/wiki/ISO_8601#Durations')
    expect(kinds[3][1]).toBe(bountyBlock)
  })

  test('requesterText blanks them in place: lines and offsets hold', () => {
    const text = requesterText(body)
    expect(text).toHaveLength(body.length)
    expect(text.split('\n')).toHaveLength(body.split('\n').length)
    expect(text).toContain('Parse ISO 8601 durations such as `P1D`.')
    expect(text).toContain('Error: boom')
    expect(text).not.toMatch(
      /Backers|Tips|explorer|Upvote|Describe the feature|badges\.example|wikipedia/
    )
  })

  test('an image or a badge inside a sentence, and a link target’s definition', () => {
    const text =
      'It looks like ![shot](https://img.example/a.png) this [![b](https://b.example/x.svg)](https://b.example) now.\n\n[1]: https://x.dev'
    expect(foreignSpans(text).map(span => [span.kind, text.slice(span.start, span.end)])).toEqual([
      ['image', '![shot](https://img.example/a.png)'],
      ['image', '[![b](https://b.example/x.svg)](https://b.example)'],
      ['links', '[1]: https://x.dev']
    ])
  })

  test('a body without any of them is returned as it is', () => {
    const plain =
      '## Proposal\n\nAdd `--zero` to `seq`, see [the docs](https://x.dev/seq).\n\n```sh\nseq -z 3\n```'
    expect(foreignSpans(plain)).toEqual([])
    expect(requesterText(plain)).toBe(plain)
  })

  test('the reading of the issue holds the request, not the service’s words', () => {
    const reading = readIssue(body)
    const all = JSON.stringify(reading)
    expect(reading.paragraphs).toEqual(['Parse ISO 8601 durations such as `P1D`.'])
    expect(all).not.toMatch(/Backers|explorer|Fund this issue|img|avatars/)
    expect(reading.code.map(block => block.lines)).toEqual([['Error: boom']])
  })
})
