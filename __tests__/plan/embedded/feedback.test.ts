import { describe, expect, test } from '@jest/globals'
import {
  appliedCriteria,
  appliedFeedback,
  criteriaIn,
  namedIn,
  recordFeedback,
  ruledOut,
  withoutRuledOut
} from '../../../src/plan/embedded/feedback.js'
import type { ResearchResult } from '../../../src/research/types.js'

describe('ruledOut', () => {
  test.each([
    ['Drop `docs/quickstart.rst`, it is unrelated', ['docs/quickstart.rst']],
    ['do it without src/marshmallow/fields.py', ['src/marshmallow/fields.py']],
    ['not the changes to tests/ please', ['tests']],
    ['Please remove base.py from the plan', ['base.py']],
    ['leave out `exceptions.py` and skip docs/', ['exceptions.py', 'docs']]
  ])('%j rules out %j', (feedback, names) => {
    expect(ruledOut(feedback)).toEqual(names)
  })

  test('ordinary words after "not" are not file names', () => {
    expect(ruledOut('It is not clear why; do not rush. Without doubt the cache matters.')).toEqual(
      []
    )
  })
})

describe('namedIn', () => {
  test('code spans and paths, not prose, and never what the feedback rules out', () => {
    expect(namedIn('Use `Schema.load` in src/schema.py, not `docs/x.md`; keep it simple.')).toEqual(
      ['Schema.load', 'src/schema.py']
    )
  })
})

describe('withoutRuledOut', () => {
  const research = {
    files: ['src/a/fields.py', 'src/a/schema.py', 'docs/guide.rst', 'tests/test_schema.py'].map(
      path => ({ path, score: 1, reasons: [], kind: 'code' })
    ),
    symbols: [{ path: 'src/a/fields.py', name: 'Field' }],
    tests: [{ path: 'tests/test_fields.py', subject: 'src/a/fields.py' }],
    orientation: {
      docs: [{ path: 'docs/guide.rst', title: 'Guide', summary: '' }],
      tests: { files: ['tests/test_fields.py', 'tests/test_schema.py'] }
    }
  } as unknown as ResearchResult

  test('drops by path, directory or file name, and keeps the rest in order', () => {
    const kept = withoutRuledOut(research, ['fields.py', 'docs', 'tests/test_fields.py'])
    expect(kept.files.map(file => file.path)).toEqual(['src/a/schema.py', 'tests/test_schema.py'])
    expect(kept.orientation.docs).toEqual([])
    expect(kept.symbols).toEqual([])
    expect(kept.tests).toEqual([])
    expect(kept.orientation.tests.files).toEqual(['tests/test_schema.py'])
  })
})

describe('feedback in Notes', () => {
  const plan = '# Feature: X\n\n## Notes\n- Written without an LLM.\n'

  test('what was recorded is read back, in order, as one line each', () => {
    const once = recordFeedback(plan, 'Drop the docs\nchange.')
    const twice = recordFeedback(once, 'Use `Schema.load`')
    expect(appliedFeedback(twice)).toEqual(['Drop the docs change.', 'Use `Schema.load`'])
    expect(twice).toContain('- Written without an LLM.')
  })

  test('checklist items are kept as acceptance criteria of their own', () => {
    const recorded = recordFeedback(
      plan,
      'Two more:\n- [ ] Codes expire\n- [x] Codes are single-use'
    )
    expect(appliedCriteria(recorded)).toEqual(['Codes expire', 'Codes are single-use'])
    expect(criteriaIn('- [ ] one\ntext\n* [X] two')).toEqual(['one', 'two'])
  })

  test('markup in feedback stays text', () => {
    const recorded = recordFeedback(plan, '## Heading <b>bold</b>')
    expect(appliedFeedback(recorded)).toEqual(['Heading &lt;b>bold&lt;/b>'])
  })
})
