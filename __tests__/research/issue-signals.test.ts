import { describe, expect, it } from '@jest/globals'
import { readIssueSignals, subjectWeight } from '../../src/research/issue/issue-signals.js'
import { issueInput } from '../../src/research/issue/issue-input.js'

const signalsOf = (title: string, body: string) => readIssueSignals(issueInput(title, body))

describe('readIssueSignals', () => {
  it('reads Python traceback frames in order, with their functions', () => {
    const signals = signalsOf(
      'Crash when loading',
      [
        'Traceback (most recent call last):',
        '  File "/home/me/script.py", line 3, in <module>',
        '  File "/usr/lib/python3.9/site-packages/mypkg/loader.py", line 42, in load_config',
        '  File "/usr/lib/python3.9/site-packages/mypkg/parse.py", line 7, in parse_value',
        'ValueError: bad value'
      ].join('\n')
    )
    const frames = signals.paths.filter(path => path.frame)
    expect(frames.map(frame => frame.path)).toEqual([
      '/home/me/script.py',
      '/usr/lib/python3.9/site-packages/mypkg/loader.py',
      '/usr/lib/python3.9/site-packages/mypkg/parse.py'
    ])
    expect(signals.identifiers.get('load_config')).toMatchObject({ codeLike: false, framed: true })
    expect(signals.identifiers.has('parse_value')).toBe(true)
  })

  it('reads JavaScript stack frames and bare paths in prose', () => {
    const signals = signalsOf(
      'Render fails',
      'TypeError: x is undefined\n    at renderItem (src/components/List.tsx:10:2)\n\nI think `src/lib/format.ts` is wrong.'
    )
    expect(signals.paths.filter(path => path.frame).map(path => path.path)).toEqual([
      'src/components/List.tsx'
    ])
    expect(signals.paths.filter(path => !path.frame).map(path => path.path)).toContain(
      'src/lib/format.ts'
    )
    expect(signals.identifiers.has('renderItem')).toBe(true)
  })

  it('finds code-like names: CamelCase, snake_case, dotted paths, calls and backticks', () => {
    const signals = signalsOf(
      'URLValidator rejects valid hosts',
      'Calling `validate_host` via pkg.validators.check() fails; also see parse_url.'
    )
    expect(signals.identifiers.get('URLValidator')).toMatchObject({ inTitle: true, codeLike: true })
    for (const name of ['validate_host', 'validators', 'check', 'parse_url']) {
      expect(signals.identifiers.has(name)).toBe(true)
    }
    expect(signals.dotted).toContainEqual(['pkg', 'validators', 'check'])
    // Prose words are terms, not identifiers; stopwords are neither.
    expect(signals.terms.has('reject')).toBe(true)
    expect(signals.identifiers.has('rejects')).toBe(false)
    expect(signals.terms.has('the')).toBe(false)
  })

  it('reads `Owner::member` paths as qualified names, in backticks or not', () => {
    const signals = signalsOf(
      'Size filter ignores symlinks',
      'The check in `SizeFilter::is_within` differs from walk::spawn_senders.'
    )
    expect(signals.dotted).toContainEqual(['SizeFilter', 'is_within'])
    expect(signals.dotted).toContainEqual(['walk', 'spawn_senders'])
    expect(signals.identifiers.get('is_within')).toMatchObject({ codeLike: true })
  })

  it("tells the names the prose points at from those the example's code only uses", () => {
    const signals = signalsOf(
      'Subdomains of a bracketed IPv6 host',
      [
        'The `isIP(hostname)` check in the `subdomains` getter of `req.subdomains` sees the brackets.',
        '',
        '```js',
        'res.json(req.subdomains)',
        '```'
      ].join('\n')
    )
    expect([...signals.prose].sort()).toEqual(
      expect.arrayContaining(['isIP', 'hostname', 'subdomains', 'req.subdomains'])
    )
    expect(signals.prose.has('json')).toBe(false)
    expect(signals.prose.has('res.json')).toBe(false)
    expect(subjectWeight(signals, 'req.subdomains')).toBe(1)
    expect(subjectWeight(signals, 'res.json')).toBeLessThan(1)
    expect(subjectWeight(signalsOf('Crash', '```\nres.json(x)\n```'), 'res.json')).toBe(1)
  })

  it("an output line quoted inline is the symptom, not the report's subject", () => {
    const signals = signalsOf(
      'JSON responses overwrite the content type',
      [
        'I always get `Content-Type: application/json; charset=utf-8`; it only affects `json`.',
        '',
        '```js',
        "ctx.set('Content-Type', 'application/vnd.api+json')",
        '```'
      ].join('\n')
    )
    expect(signals.prose.has('json')).toBe(true)
    expect(signals.prose.has('charset')).toBe(false)
  })

  it('language machinery such as `constructor` or `self` is not evidence', () => {
    const signals = signalsOf(
      'Template injection',
      'Bodies like `{{constructor.constructor}}` and `self.prototype` or `toString()`.'
    )
    for (const name of ['constructor', 'self', 'prototype', 'toString']) {
      expect(signals.identifiers.has(name)).toBe(false)
    }
  })

  it('does not take URLs or version numbers for module paths', () => {
    const signals = signalsOf('Upgrade', 'Since 3.0.1 see https://example.com/docs/page.html')
    expect(signals.dotted.flat()).not.toContain('example')
    expect(signals.paths.map(path => path.path)).not.toContain('3.0.1')
  })

  it('counts a frame path once, notes line locations and drops `self.` from dotted names', () => {
    const signals = signalsOf(
      'Warning on import',
      [
        '  File "/venv/site-packages/pkg/core.py", line 5, in run',
        '/venv/site-packages/pkg/raw.py:470: FutureWarning: deprecated',
        'Calling self.manager.reload() fails.'
      ].join('\n')
    )
    expect(signals.paths).toEqual([
      {
        path: '/venv/site-packages/pkg/core.py',
        frame: true,
        frameIndex: 0,
        lineNumber: 5,
        functionName: 'run'
      },
      {
        path: '/venv/site-packages/pkg/raw.py',
        frame: false,
        frameIndex: -1,
        line: true,
        lineNumber: 470
      }
    ])
    expect(signals.dotted).toContainEqual(['manager', 'reload'])
    expect(signals.dotted.some(parts => parts[0] === 'self')).toBe(false)
    // A frame's function is a weak hint, not code the reporter wrote.
    expect(signals.identifiers.get('run')?.codeLike).toBe(false)
  })

  it("keeps each frame's line, function and the source line Python prints under it", () => {
    const signals = signalsOf(
      'Crash',
      [
        'Traceback (most recent call last):',
        '  File "/venv/pkg/dataset.py", line 2495, in to_json_dict',
        '    data_element = self[key]',
        '  File "/venv/pkg/values.py", line 348, in convert_IS_string',
        '    return MultiString(num_string)',
        'TypeError: bad'
      ].join('\n')
    )
    expect(
      signals.paths.map(({ path, lineNumber, functionName, sourceLine }) => ({
        path,
        lineNumber,
        functionName,
        sourceLine
      }))
    ).toEqual([
      {
        path: '/venv/pkg/dataset.py',
        lineNumber: 2495,
        functionName: 'to_json_dict',
        sourceLine: 'data_element = self[key]'
      },
      {
        path: '/venv/pkg/values.py',
        lineNumber: 348,
        functionName: 'convert_IS_string',
        sourceLine: 'return MultiString(num_string)'
      }
    ])
  })

  it('reads the line a path is quoted with in prose', () => {
    const signals = signalsOf(
      'Wrong output',
      'The problem is in `jsonrep.py` at line 227. Also change line 743 of sympy/printing/latex.py.'
    )
    expect(signals.paths.map(({ path, lineNumber }) => ({ path, lineNumber }))).toEqual([
      { path: 'jsonrep.py', lineNumber: 227 },
      { path: 'sympy/printing/latex.py', lineNumber: 743 }
    ])
  })

  it("takes no names from the issue's data: LaTeX output, SQL inputs, REPL output", () => {
    const signals = signalsOf(
      'latex prints the wrong brackets',
      [
        '```python',
        '>>> latex(acsc(x), inv_trig_style="full")',
        "'\\\\left(x\\\\right)'",
        '>>> frobnicate_value(1)',
        'HELPER_TABLE_NAME is unset',
        'AttributeError: LatexPrinter has no attribute visit_unknown',
        '```',
        '```sql',
        'SELECT my_column FROM my_table',
        '```',
        'The output is $\\left(x\\right)$.'
      ].join('\n')
    )
    for (const name of [
      'latex',
      'acsc',
      'inv_trig_style',
      'frobnicate_value',
      'visit_unknown',
      'LatexPrinter'
    ])
      expect(signals.identifiers.has(name)).toBe(true)
    for (const name of ['left', 'right', 'HELPER_TABLE_NAME', 'my_column', 'my_table'])
      expect(signals.identifiers.has(name)).toBe(false)
    expect(signals.terms.has('left')).toBe(false)
  })

  it('reads a versioned class name as a weak mention of the unversioned one', () => {
    const signals = signalsOf(
      'Make PersonName3 iterable',
      "TypeError: argument of type 'PersonName3' is not iterable; `Vector3` and `utf8` are fine"
    )
    expect(signals.identifiers.get('PersonName3')).toMatchObject({ inTitle: true })
    expect(signals.identifiers.get('PersonName')).toMatchObject({ codeLike: false, inTitle: false })
    // One word before the digits is a name of its own, not a version.
    expect(signals.identifiers.has('Vector')).toBe(false)
    expect(signals.identifiers.has('utf')).toBe(false)
  })

  it('reads a link to a line of the code as a quoted location, and no words from its URL', () => {
    const signals = signalsOf(
      'Panic on a 404 with RedirectFixedPath',
      [
        'This line panics: https://github.com/acme/router/blob/v1.7.7/tree.go#L851.',
        'GitLab: https://gitlab.com/acme/router/-/blob/main/src/walk/node.rs#L3-L9',
        'and the docs folder https://github.com/acme/router/tree/main/docs'
      ].join('\n')
    )
    expect(signals.paths).toEqual([
      { path: 'tree.go', frame: false, frameIndex: -1, line: true, lineNumber: 851, link: true },
      {
        path: 'src/walk/node.rs',
        frame: false,
        frameIndex: -1,
        line: true,
        lineNumber: 3,
        link: true
      }
    ])
    expect(signals.identifiers.has('L851')).toBe(false)
    for (const word of ['acme', 'blob', 'gitlab']) expect(signals.terms.has(word)).toBe(false)
  })

  it('takes a name the prose calls a method, function or class as code', () => {
    const signals = signalsOf(
      'Statistics are lost',
      'The key is set in the begin method, then function reset_stats clears it. The base class and a static method are fine.'
    )
    expect(signals.identifiers.get('begin')).toMatchObject({ codeLike: true })
    expect(signals.identifiers.get('reset_stats')).toMatchObject({ codeLike: true })
    expect(signals.identifiers.has('base')).toBe(false)
    expect(signals.identifiers.has('static')).toBe(false)
  })

  it('reads a dotted name on a variable the issue assigns as no module', () => {
    const signals = signalsOf(
      'Title is not painted',
      [
        '```python',
        'console = Console()',
        'console.print(Panel("x", title="Title"))',
        'meta, err := toml.Decode(blob, &cfg)',
        'meta.Undecoded()',
        'rich.panel.Panel("y")',
        '```'
      ].join('\n')
    )
    expect(signals.dotted).toContainEqual(['rich', 'panel', 'Panel'])
    expect(signals.dotted).toContainEqual(['toml', 'Decode'])
    expect(signals.dotted.some(parts => parts.includes('console'))).toBe(false)
    expect(signals.dotted.some(parts => parts.includes('meta'))).toBe(false)
    expect(signals.identifiers.has('meta')).toBe(false)
    expect(signals.identifiers.has('Undecoded')).toBe(true)
  })

  it("reads the calls in a frame's printed source as frame names, not as code the issue wrote", () => {
    const signals = signalsOf(
      'Parse fails',
      [
        'Traceback (most recent call last):',
        '  File "/venv/lib/pkg/linter.py", line 12, in lint_string',
        '    parsed = self.parse_string(sql)',
        '  File "/venv/lib/pkg/helpers.py", line 31, in check_complete',
        '    raise ValueError("dropped")',
        'ValueError: dropped',
        '',
        'I think `check_complete` is wrong.'
      ].join('\n')
    )
    expect(signals.identifiers.get('parse_string')).toMatchObject({ codeLike: false, framed: true })
    expect(signals.identifiers.get('lint_string')).toMatchObject({ framed: true })
    expect(signals.identifiers.get('check_complete')?.framed).toBeUndefined()
  })

  it('reads the requester’s words only: no comment, badge, image or service block; a line linking into the code stays', () => {
    const own = 'Add a `duration` plugin that parses `P1D`.'
    const extra = [
      '<!-- Please describe the feature -->',
      '[![Funded](https://badges.example/funded.svg)](https://bounties.example/r/1)',
      own,
      '![screenshot](https://img.example/shot.png)',
      'https://github.com/acme/dates/blob/main/src/plugin/index.js#L12',
      '',
      '<details><summary>Bounty Summary</summary>',
      '',
      '- [someone](https://bounties.example/u/someone) was rewarded from the funded pool.',
      '</details>'
    ].join('\n')
    const plain = signalsOf('Duration plugin', own)
    const signals = signalsOf('Duration plugin', extra)
    expect([...signals.terms.keys()].sort()).toEqual([...plain.terms.keys()].sort())
    expect([...signals.identifiers.keys()].sort()).toEqual([...plain.identifiers.keys()].sort())
    expect(signals.paths).toEqual([
      {
        path: 'src/plugin/index.js',
        frame: false,
        frameIndex: -1,
        line: true,
        lineNumber: 12,
        link: true
      }
    ])
  })
})
