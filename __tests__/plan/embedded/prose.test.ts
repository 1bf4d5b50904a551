import { describe, expect, test } from '@jest/globals'
import { lowerFirst, prose, sentence, withArticle } from '../../../src/plan/embedded/prose.js'
import { testFileFor } from '../../../src/plan/embedded/shared/new-test-file.js'
import { outline } from '../../../src/plan/format/markdown.js'

describe('prose', () => {
  test('folds lines and drops list, quote and heading markers', () => {
    expect(prose('## Heading\n- one\n* two\n> quoted\n1. three\n- [ ] task')).toBe(
      'Heading one two quoted three task'
    )
  })

  test('keeps code spans intact, escapes angle brackets outside them', () => {
    expect(prose('`adw-plan plan --json` prints <b> and `Vec<T>`')).toBe(
      '`adw-plan plan --json` prints &lt;b> and `Vec<T>`'
    )
  })

  test('neutralises what could still open a block at the start of the line', () => {
    for (const text of ['```js', '=== x', '+ x', '#hashtag', '1) item', '~~~', '| a |']) {
      const line = prose(text)
      const doc = outline(`Intro\n\n- ${line}\n\n## Next\n`)
      expect(doc.headings.map(h => h.text)).toEqual(['Next'])
      expect(doc.inFence.some(Boolean)).toBe(false)
      expect(line).not.toMatch(/^(?:[#>+=|~]|`{3}|\d+[.)]\s)/)
    }
  })

  test('shortens at a word boundary without leaving an open code span', () => {
    const line = prose(`word `.repeat(10) + '`a long code span that gets cut`', 60)
    expect(line.endsWith('…')).toBe(true)
    expect((line.match(/`/g) ?? []).length % 2).toBe(0)
  })

  test('drops an unpaired backtick, so the text cannot pair with a code span around it', () => {
    const text = prose('` ZeroDivisionError: `x` <bad name>')
    expect(text).toBe('` ZeroDivisionError: `x &lt;bad name>')
    // Composed into a sentence with a code span of its own, every span still closes.
    const line = `asserts (“${text}”); it fails with \`y <z>\``
    expect(line.replace(/(`+)[\s\S]*?\1/g, '')).not.toContain('`')
  })

  test('drops HTML comments and rules', () => {
    expect(prose('a <!-- hidden --> b\n---\nc')).toBe('a b c')
  })

  test('sentence adds a full stop only when needed; lowerFirst keeps acronyms', () => {
    expect(sentence('Done')).toBe('Done.')
    expect(sentence('Done?')).toBe('Done?')
    expect(lowerFirst('The export')).toBe('the export')
    expect(lowerFirst('API keys')).toBe('API keys')
    expect(lowerFirst('GitHub issues')).toBe('GitHub issues')
    expect(['admin', 'user', 'editor', 'the owner', 'European', 'hour'].map(withArticle)).toEqual([
      'an admin',
      'a user',
      'an editor',
      'the owner',
      'a European',
      'an hour'
    ])
  })
})

describe('testFileFor', () => {
  const layout = (pattern: string, examples: string[] = [], dirs: string[] = []) => ({
    dirs,
    pattern,
    examples,
    files: examples
  })

  test('follows each language convention', () => {
    expect(testFileFor(layout('tests/test_{name}.py'), 'bulk-export', undefined)).toBe(
      'tests/test_bulk_export.py'
    )
    expect(testFileFor(layout('{dir}/{name}_test.go'), 'bulk-export', 'pkg/orders/orders.go')).toBe(
      'pkg/orders/bulk_export_test.go'
    )
    expect(
      testFileFor(layout('src/test/java/{name}Test.java'), 'bulk-export', 'src/main/A.java')
    ).toBe('src/test/java/BulkExportTest.java')
    expect(
      testFileFor(
        layout('__tests__/{name}.test.ts', ['__tests__/fakeGithub.test.ts']),
        'bulk-export',
        undefined
      )
    ).toBe('__tests__/bulkExport.test.ts')
    expect(
      testFileFor(
        layout('__tests__/{name}.test.ts', ['__tests__/fake-github.test.ts']),
        'bulk-export',
        undefined
      )
    ).toBe('__tests__/bulk-export.test.ts')
  })

  test('no pattern, no test file; never a path outside the root', () => {
    expect(testFileFor(layout(''), 'x', undefined)).toBeUndefined()
    expect(testFileFor(layout('{dir}/../../{name}_test.go'), 'x', 'a.go')).toBeUndefined()
  })
})
