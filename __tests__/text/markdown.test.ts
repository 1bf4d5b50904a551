import { describe, expect, test } from '@jest/globals'
import { blockLines, fencePlaces, readFences } from '../../src/text/fences.js'
import { issueBlocks } from '../../src/text/issue-blocks.js'

const lines = (text: string) => text.split('\n')

describe('fenced code as GitHub shows it', () => {
  test('backticks and tildes, a longer closer, an info string', () => {
    const text = 'a\n````py extra\nb\n```\nc\n`````\nd\n~~~\ne\n~~~'
    const fences = readFences(lines(text))
    expect(fences.map(fence => fence.role)).toEqual([
      'outside',
      'open',
      'inside',
      'inside',
      'inside',
      'close',
      'outside',
      'open',
      'inside',
      'close'
    ])
    const opened = fences[1]
    expect(opened.role === 'open' && opened.block.info).toBe('py')
    expect(opened.role === 'open' && blockLines(lines(text), opened.block)).toEqual([
      'b',
      '```',
      'c'
    ])
  })

  test('a fence indented inside a list item is code; four spaces of indent alone are not a fence', () => {
    expect(fencePlaces(lines('- item\n\n    ```js\n    x()\n    ```\n- two'))).toEqual([
      'outside',
      'outside',
      'marker',
      'inside',
      'marker',
      'outside'
    ])
    expect(fencePlaces(lines('text\n\n    ```\n    x'))).toEqual([
      'outside',
      'outside',
      'outside',
      'outside'
    ])
  })

  test('an unclosed fence runs to the end; a backtick fence whose info holds a backtick is no fence', () => {
    expect(fencePlaces(lines('a\n```\nb\nc'))).toEqual(['outside', 'marker', 'inside', 'inside'])
    expect(fencePlaces(lines('``` a`b\nc'))).toEqual(['outside', 'outside'])
  })
})

describe('issueBlocks', () => {
  test('headings (ATX and setext), paragraphs, ordered and nested items, task-list boxes, quotes, code', () => {
    const body = [
      '## Goal',
      '',
      '1. Parse `P1D`',
      '2. Print it back',
      '   - nested point',
      '',
      '- [ ] I have searched the issues',
      '- [x] Dates are ISO 8601',
      '',
      'Setext heading',
      '===',
      '',
      '> As a user I want X so that Y',
      '',
      '    indented(code)',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |'
    ].join('\n')
    const blocks = issueBlocks(body).map(({ line: _, ...block }) => block)
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Goal', depth: 2 },
      { kind: 'item', text: 'Parse `P1D`', ordered: true, depth: 0 },
      { kind: 'item', text: 'Print it back', ordered: true, depth: 0 },
      { kind: 'item', text: 'nested point', ordered: false, depth: 1 },
      {
        kind: 'item',
        text: 'I have searched the issues',
        ordered: false,
        depth: 0,
        checked: false
      },
      { kind: 'item', text: 'Dates are ISO 8601', ordered: false, depth: 0, checked: true },
      { kind: 'heading', text: 'Setext heading', depth: 1 },
      { kind: 'quote', text: 'As a user I want X so that Y' },
      { kind: 'code', info: '', lines: ['indented(code)'], fenced: false },
      {
        kind: 'table',
        rows: [
          ['a', 'b'],
          ['1', '2']
        ]
      }
    ])
  })

  test('inline HTML tags and images leave the text; its code spans and links stay as written', () => {
    const [block] = issueBlocks(
      'Press <kbd>Ctrl</kbd> to see ![shot](https://img.example/a.png) the [docs](https://x.dev) and `a<b>`.'
    )
    expect(block).toMatchObject({
      kind: 'paragraph',
      text: 'Press Ctrl to see the [docs](https://x.dev) and `a<b>`.'
    })
  })
})
