// Finding quoted code in a repository: the file and line that hold a quoted line or message,
// matched whole or by the part around an interpolated value; boilerplate lines held by many
// files are no evidence.
import { describe, expect, test } from '@jest/globals'
import { findQuote, messageFragments } from '../../src/research/evidence/locate-quotes.js'
import { research } from '../../src/research/index.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

describe('findQuote', () => {
  const source = [
    'class Rule:',
    '    def _eval(self, segment):',
    '        return LintResult(',
    "            description=f\"Use 'COALESCE' instead of '{segment.raw}'.\",",
    '        )',
    '',
    '    def to_json(self, key):',
    '        data_element   =   self[key]',
    '        return data_element'
  ].join('\n')

  test('a message built with a value matches by its words before the value', () => {
    const quote = { text: "Use 'COALESCE' instead of 'IFNULL' or 'NVL'.", kind: 'message' as const }
    expect(findQuote(source, quote, messageFragments(quote.text))).toBe(4)
  })

  test('a line of code matches a source line with its whitespace folded', () => {
    expect(findQuote(source, { text: 'data_element = self[key]', kind: 'code' }, [])).toBe(8)
  })

  test('a line that is not there is not found', () => {
    expect(
      findQuote(source, { text: 'data_element = other[key]', kind: 'code' }, [])
    ).toBeUndefined()
    const quote = { text: 'Avoid using aliases in join condition', kind: 'message' as const }
    expect(findQuote(source, quote, messageFragments(quote.text))).toBeUndefined()
  })
})

describe('quoted code in the ranking', () => {
  test('the file holding the quoted message ranks first and its function holds the line', async () => {
    const root = gitRepo({
      'pkg/__init__.py': '',
      'pkg/rules/aliases.py': [
        'class AliasRule:',
        '    """Checks table aliases."""',
        '',
        '    def _eval(self, segment):',
        '        return None',
        '',
        '    def _lint_aliases_in_join(self, segment):',
        '        if segment.alias:',
        '            return "Avoid using aliases in join condition"',
        '        return None',
        ''
      ].join('\n'),
      'pkg/rules/joins.py':
        'class JoinRule:\n    """Checks joins and aliases in join conditions."""\n    def _eval(self, join):\n        return join\n',
      'pkg/dialects/tsql.py': 'def parse_alias(alias):\n    return alias\n'
    })
    const found = await research({
      root,
      title: 'Rule incorrectly triggers "Avoid using aliases in join condition"',
      body: 'The rule fires on a query with an alias but no join.'
    })
    expect(found.files[0]).toMatchObject({ path: 'pkg/rules/aliases.py' })
    expect(found.files[0].reasons[0]).toMatch(/^holds the message quoted in the issue \(line 9\)/)
    expect(found.symbols[0]).toMatchObject({
      path: 'pkg/rules/aliases.py',
      name: '_lint_aliases_in_join',
      className: 'AliasRule',
      startLine: 7,
      endLine: 10,
      line: 9
    })
  })

  test('a line every file has is no evidence', async () => {
    const files: Record<string, string> = {}
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f'])
      files[`pkg/${name}.py`] =
        `def run_${name}(value):\n    result = compute(value)\n    return result\n`
    const root = gitRepo(files)
    const found = await research({
      root,
      title: 'Wrong result',
      body: 'This line misbehaves: `result = compute(value)`'
    })
    expect(found.files.flatMap(file => file.reasons).join(' ')).not.toMatch(/quoted/)
  })
})

describe('quoted usage in the ranking', () => {
  // The reporter's own snippet (`record = Record()`) is how the library is used: when the tests
  // repeat the line, the one library file that also writes it is not where the fault lies.
  const files = (testCopies: number): Record<string, string> => {
    const out: Record<string, string> = {
      'pkg/__init__.py': '',
      'pkg/record.py': 'class Record:\n    def __init__(self):\n        self.items = {}\n',
      'pkg/archive.py': 'def make_index(path):\n    record = Record()\n    return record\n'
    }
    for (let i = 0; i < testCopies; i++)
      out[`tests/test_case${i}.py`] =
        `def test_case${i}():\n    record = Record()\n    assert record\n`
    return out
  }
  const issue = {
    title: 'Record keys are not iterable',
    body: 'Reproduce:\n\n```python\nrecord = Record()\nfor key in record.items: print(key)\n```\n'
  }

  test('a line the tests repeat is no evidence for the library file that also holds it', async () => {
    const found = await research({ root: gitRepo(files(6)), ...issue })
    expect(found.files.flatMap(file => file.reasons).join(' ')).not.toMatch(/quoted/)
  })

  test('the same line held by the library alone still pins its file', async () => {
    const found = await research({ root: gitRepo(files(0)), ...issue })
    const archive = found.files.find(file => file.path === 'pkg/archive.py')
    expect(archive?.reasons.join(' ')).toMatch(/holds the line quoted in the issue \(line 2\)/)
  })
})
