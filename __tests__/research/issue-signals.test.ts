import { describe, expect, it } from '@jest/globals'
import { readIssueSignals } from '../../src/research/issue-signals.js'

describe('readIssueSignals', () => {
  it('reads Python traceback frames in order, with their functions', () => {
    const signals = readIssueSignals(
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
    expect(signals.identifiers.get('load_config')?.codeLike).toBe(true)
    expect(signals.identifiers.has('parse_value')).toBe(true)
  })

  it('reads JavaScript stack frames and bare paths in prose', () => {
    const signals = readIssueSignals(
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
    const signals = readIssueSignals(
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

  it('language machinery such as `constructor` or `self` is not evidence', () => {
    const signals = readIssueSignals(
      'Template injection',
      'Bodies like `{{constructor.constructor}}` and `self.prototype` or `toString()`.'
    )
    for (const name of ['constructor', 'self', 'prototype', 'toString']) {
      expect(signals.identifiers.has(name)).toBe(false)
    }
  })

  it('does not take URLs or version numbers for module paths', () => {
    const signals = readIssueSignals(
      'Upgrade',
      'Since 3.0.1 see https://example.com/docs/page.html'
    )
    expect(signals.dotted.flat()).not.toContain('example')
    expect(signals.paths.map(path => path.path)).not.toContain('3.0.1')
  })

  it('counts a frame path once, notes line locations and drops `self.` from dotted names', () => {
    const signals = readIssueSignals(
      'Warning on import',
      [
        '  File "/venv/site-packages/pkg/core.py", line 5, in run',
        '/venv/site-packages/pkg/raw.py:470: FutureWarning: deprecated',
        'Calling self.manager.reload() fails.'
      ].join('\n')
    )
    expect(signals.paths).toEqual([
      { path: '/venv/site-packages/pkg/core.py', frame: true, frameIndex: 0 },
      { path: '/venv/site-packages/pkg/raw.py', frame: false, frameIndex: -1, line: true }
    ])
    expect(signals.dotted).toContainEqual(['manager', 'reload'])
    expect(signals.dotted.some(parts => parts[0] === 'self')).toBe(false)
    // A frame's function is a weak hint, not code the reporter wrote.
    expect(signals.identifiers.get('run')?.codeLike).toBe(false)
  })
})
