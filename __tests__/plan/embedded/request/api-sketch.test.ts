// The interface a request sketches: the names it proposes that the code lacks, what they belong
// to, their defaults, and a line of the issue's example; names the code has, names in strings,
// a definition's parameters and words that merely look like names are not proposals.
import { describe, expect, test } from '@jest/globals'
import { readIssue } from '../../../../src/text/issue-text.js'
import { apiSketch } from '../../../../src/plan/embedded/request/api-sketch.js'

function sketch(title: string, body: string, known: string[] = []) {
  const reading = readIssue(body)
  return apiSketch(title, reading, reading.looseParagraphs, name => known.includes(name))
}

describe('apiSketch', () => {
  test('a parameter declared in prose: its name, what takes it and its default', () => {
    expect(
      sketch(
        'Stop validation after max_errors errors',
        'Add `max_errors: int | None = None` to `Schema.load`. Once that many errors are collected, raise.'
      ).items
    ).toEqual([{ kind: 'option', name: 'max_errors', owner: 'Schema.load', default: 'None' }])
  })

  test('a keyword the example passes to a call, not the ones the code has or a definition declares', () => {
    const found = sketch(
      'Option to hide the progress bar',
      [
        'What I would like:',
        '',
        '```python',
        'def report(items, verbose: bool):',
        '    with progressbar(items, show_eta=True, hide=not verbose, label="a:b"):',
        '        pass',
        '```'
      ].join('\n'),
      ['show_eta', 'label']
    )
    expect(found.items).toEqual([
      { kind: 'option', name: 'hide', owner: 'progressbar', value: 'not' }
    ])
    expect(found.example).toBe(
      'with progressbar(items, show_eta=True, hide=not verbose, label="a:b"):'
    )
  })

  test('a name in prose is a setting when the prose says so', () => {
    expect(
      sketch(
        'Skip more files',
        'An `extend_skip` option would add paths to `skip`. See `readFile` too.'
      ).items
    ).toEqual([{ kind: 'option', name: 'extend_skip' }])
  })

  test('the flag a title asks for, with the help text the issue quotes; --help is no request', () => {
    expect(
      sketch(
        'paste: missing support for `-z` flag',
        'From `paste --help`:\n```\n-z, --zero-terminated    line delimiter is NUL, not newline\n```'
      ).items
    ).toEqual([
      {
        kind: 'flag',
        name: '-z',
        owner: 'paste',
        alias: '--zero-terminated',
        description: 'line delimiter is NUL, not newline'
      }
    ])
  })

  test('a flag the prose names that the code declares by its long name is no new interface', () => {
    const body = 'Pick the theme by the background, below `--theme` and `--pager` in precedence.'
    const names = (known: string[]) =>
      sketch('Themes that follow the terminal', body, known).items.map(item => item.name)
    expect(names([])).toEqual(['--theme', '--pager'])
    expect(names(['"theme"'])).toEqual(['--pager'])
  })

  test('an environment variable: written with `$`, or upper case in a sentence about the environment', () => {
    const names = (body: string) =>
      sketch('Themes by background', body, ['BAT_THEME']).variables.map(
        item => `${item.kind} ${item.name}`
      )
    expect(names('Add `$BAT_THEME_DARK` and `$BAT_THEME_LIGHT`, below `BAT_THEME`.')).toEqual([
      'env BAT_THEME_DARK',
      'env BAT_THEME_LIGHT'
    ])
    expect(names('Read the theme from the `THEME_DARK` environment variable.')).toEqual([
      'env THEME_DARK'
    ])
    // An upper-case name in a sentence that says nothing of the environment is a constant.
    expect(names('Return `PRECONDITION_REQUIRED` instead of `PRECONDITION_FAILED`.')).toEqual([])
  })

  test('a name the code has already is kept apart, with the file that has it', () => {
    const reading = readIssue('Add `$BAT_THEME_DARK`, used before `$BAT_THEME` and `--theme`.')
    const files: Record<string, string> = { BAT_THEME: 'src/env.rs', '"theme"': 'src/clap_app.rs' }
    const result = apiSketch('Dark themes', reading, reading.looseParagraphs, name => files[name])
    expect(result.items).toEqual([])
    expect(result.variables.map(item => item.name)).toEqual(['BAT_THEME_DARK'])
    expect(result.existing.map(item => [item.name, item.declaredIn])).toEqual([
      ['--theme', 'src/clap_app.rs'],
      ['BAT_THEME', 'src/env.rs']
    ])
  })
})
