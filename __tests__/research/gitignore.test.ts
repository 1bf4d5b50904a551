import { describe, expect, it } from '@jest/globals'
import { isIgnored, parseGitignore } from '../../src/research/tree/gitignore.js'

describe('gitignore rules', () => {
  const rules = parseGitignore(
    ['*.pyc', '/coverage', 'logs/', 'docs/_build', '**/tmp/**', '!important.pyc', ''].join('\n')
  )

  it.each([
    ['pkg/mod.pyc', false, true],
    ['important.pyc', false, false],
    ['coverage', true, true],
    ['pkg/coverage', true, false],
    ['logs', true, true],
    ['a/logs', true, true],
    ['logs', false, false],
    ['docs/_build', true, true],
    ['a/tmp/x.txt', false, true],
    ['src/main.py', false, false]
  ])('%s (directory: %s) ignored: %s', (path, isDirectory, expected) => {
    expect(isIgnored(rules, path, isDirectory)).toBe(expected)
  })
})
