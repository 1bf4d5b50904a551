// Shell commands in an issue are how the reporter ran the program: their words are not names the
// code defines. A span is a command after a prompt, when it passes flags, or when its program is
// one the issue runs as a command elsewhere; code and prose stay as written.
import { describe, expect, it } from '@jest/globals'
import { withoutCommands } from '../../src/research/issue/issue-commands.js'
import { readIssueSignals } from '../../src/research/issue/issue-signals.js'
import { issueInput } from '../../src/research/issue/issue-input.js'

const signalsOf = (title: string, body: string) => readIssueSignals(issueInput(title, body))

const blanked = (text: string) => withoutCommands(text).trim()

describe('withoutCommands', () => {
  it('blanks a backticked command that passes flags, keeping the text’s length', () => {
    const text = 'Running `sqlfluff fix --ignore parsing -vvvv` wipes the file.'
    const out = withoutCommands(text)
    expect(out).toHaveLength(text.length)
    expect(out).not.toContain('sqlfluff')
    expect(out).toContain('wipes the file')
  })

  it('blanks a subcommand of a program the issue runs with flags elsewhere', () => {
    const out = withoutCommands(
      'After `sqlfluff fix` the query is wrong.\n\nVersion: `sqlfluff --version` says 0.7.0.'
    )
    expect(out).not.toMatch(/sqlfluff|fix/)
  })

  it('blanks the lines typed after a shell prompt, in a block or not', () => {
    expect(blanked('```\n$ node index.js --help\n```').replace(/`/g, '').trim()).toBe('')
    expect(blanked('$ ./testprog __complete -sd ""')).toBe('')
  })

  it('keeps code, and words a program never ran as a command', () => {
    for (const code of [
      'Call `parser.add_argument("--verbose")` first.',
      '```python\nx = -y\nresult = fix(x)\n```',
      'The `fix` function and `Linter.lint` disagree.',
      'Use `from marshmallow import Schema` as usual.'
    ])
      expect(withoutCommands(code)).toBe(code)
  })
})

describe('readIssueSignals with commands', () => {
  it('takes no identifier from a command line, but still takes the names in prose', () => {
    const signals = signalsOf(
      'fix command wipes the file',
      'Running `sqlfluff fix --ignore parsing` raises in `persist_tree`; `sqlfluff lint` is fine.'
    )
    expect(signals.identifiers.has('sqlfluff')).toBe(false)
    expect(signals.identifiers.get('lint')).toBeUndefined()
    expect(signals.identifiers.get('persist_tree')?.codeLike).toBe(true)
    // The words still count as terms: the issue is about fixing.
    expect(signals.terms.has('fix')).toBe(true)
  })
})
