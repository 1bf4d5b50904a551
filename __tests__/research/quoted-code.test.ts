// Reading the code an issue quotes: lines of code, calls typed at a prompt, error and lint
// messages, messages in quotation marks; never the frames of a traceback or the issue's data.
import { describe, expect, test } from '@jest/globals'
import { readQuotedCode } from '../../src/research/issue/quoted-code.js'
import { issueInput } from '../../src/research/issue/issue-input.js'

const quotesOf = (title: string, body: string) => readQuotedCode(issueInput(title, body))

describe('readQuotedCode', () => {
  test('a line of code in a sentence is a deliberate quote', () => {
    const quotes = quotesOf(
      'to_json_dict raises',
      'My thought was to move the `data_element = self[key]` into the try/catch.'
    )
    expect(quotes).toEqual([{ text: 'data_element = self[key]', kind: 'code', inProse: true }])
  })

  test('calls typed at a prompt are code, their output is not; the error line is a message', () => {
    const quotes = quotesOf(
      'latex output',
      [
        '```python',
        '>>> latex(acsc(x), inv_trig_style="full")',
        "'\\\\operatorname{acsc}{\\\\left(x \\\\right)}'",
        '>>> frobnicate(1)',
        'ValueError: frobnication needs a positive count',
        '```'
      ].join('\n')
    )
    expect(quotes).toEqual([
      { text: 'frobnication needs a positive count', kind: 'message' },
      { text: 'latex(acsc(x), inv_trig_style="full")', kind: 'code', typed: true },
      { text: 'frobnicate(1)', kind: 'code', typed: true }
    ])
  })

  test('lint output and quoted titles are messages; traceback frames and their source are not quotes', () => {
    const quotes = quotesOf(
      'L031 incorrectly triggers "Avoid using aliases in join condition"',
      [
        '```',
        "L:  21 | P:   9 | L060 | Use 'COALESCE' instead of 'IFNULL' or 'NVL'.",
        '```',
        '```',
        'Traceback (most recent call last):',
        '  File "/venv/pkg/core.py", line 5, in run',
        '    result = compute(value)',
        '```'
      ].join('\n')
    )
    expect(quotes.map(quote => quote.text)).toEqual([
      'Avoid using aliases in join condition',
      "Use 'COALESCE' instead of 'IFNULL' or 'NVL'."
    ])
  })

  test('imports, shell commands, comments and short fragments are not looked for', () => {
    const quotes = quotesOf(
      'x',
      [
        '```python',
        'import numpy as np',
        '$ pip install pkg',
        '# a comment here',
        'x = 1',
        '```'
      ].join('\n')
    )
    expect(quotes).toEqual([])
  })

  test("lines of the reporter's own program are marked as such; a bare excerpt is not", () => {
    const program = [
      '```go',
      'package main',
      '',
      'import "github.com/acme/cli"',
      '',
      'func main() {',
      '\tvar rootCmd = &cli.Command{Use: "app"}',
      '}',
      '```'
    ].join('\n')
    const excerpt = ['```go', 'for i := range node.children {', '```'].join('\n')
    const quotes = quotesOf('Completion fails', `${program}\n\n${excerpt}`)
    expect(quotes).toContainEqual({
      text: 'var rootCmd = &cli.Command{Use: "app"}',
      kind: 'code',
      script: true
    })
    expect(quotes).toContainEqual({ text: 'for i := range node.children {', kind: 'code' })
  })

  test('a SQL input is data: neither code nor message', () => {
    const quotes = quotesOf(
      'x',
      ['```sql', 'SELECT a.hello FROM my_table AS a WHERE a.id = 1', '```'].join('\n')
    )
    expect(quotes).toEqual([])
  })
})
