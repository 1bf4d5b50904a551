// The grammar of review requests: a verb (imperative, with a modal, passive, negated) and what it
// applies to, one request per clause. Sentences it cannot read are kept as requests with no action,
// so the revision reports them as not applied instead of guessing.
import { describe, expect, test } from '@jest/globals'
import { readRequests, type Request } from '../../../../src/plan/embedded/review/requests.js'

const read = (text: string) =>
  readRequests(text).map(({ action, object, replacement, context, criterion }: Request) =>
    Object.fromEntries(
      Object.entries({ action, object, replacement, context, criterion }).filter(
        ([, value]) => value !== undefined
      )
    )
  )

describe('readRequests', () => {
  test.each<[string, object[]]>([
    ['Drop `lib/response.js`', [{ action: 'remove', object: '`lib/response.js`' }]],
    [
      'drop lib/response.js, use the existing test/req.subdomains.js',
      [
        { action: 'remove', object: 'lib/response.js' },
        { action: 'use', object: 'the existing test/req.subdomains.js' }
      ]
    ],
    [
      'The reproduction must use the xarray MVCE, not the pandas snippet.',
      [
        { action: 'use', object: 'the xarray MVCE', context: 'The reproduction' },
        { action: 'remove', object: 'the pandas snippet' }
      ]
    ],
    [
      'The existing test `tests/test_a.py::test_b` has to be changed.',
      [{ action: 'add', object: 'The existing test `tests/test_a.py::test_b`' }]
    ],
    ['`src/legacy.ts` is not needed', [{ action: 'remove', object: '`src/legacy.ts`' }]],
    ["Please don't touch `api.py`.", [{ action: 'remove', object: '`api.py`' }]],
    ["Don't drop `api.py`.", [{ action: 'keep', object: '`api.py`' }]],
    [
      'Reword the criterion about empty carts to "An empty cart shows a message"',
      [
        {
          action: 'reword',
          object: 'the criterion about empty carts',
          replacement: 'An empty cart shows a message'
        }
      ]
    ],
    [
      'Rename `fetchAll` to `fetchEvery`.',
      [{ action: 'reword', object: '`fetchAll`', replacement: '`fetchEvery`' }]
    ],
    [
      'Also extend `Cart.total` and remove the docs change.',
      [
        { action: 'add', object: '`Cart.total`' },
        { action: 'remove', object: 'the docs change' }
      ]
    ],
    ['Shorter phases would be nicer.', [{ object: 'Shorter phases would be nicer' }]],
    [
      '- [ ] Codes are trimmed',
      [{ action: 'add', object: 'Codes are trimmed', criterion: 'Codes are trimmed' }]
    ],
    ['Thanks a lot!', []],
    [
      'Looks good, but add tests for empty codes.',
      [{ action: 'add', object: 'tests for empty codes' }]
    ],
    ['We do not need `applyCode`.', [{ action: 'remove', object: '`applyCode`' }]]
  ])('%j', (text, requests) => {
    expect(read(text)).toEqual(requests)
  })

  test('a fenced block belongs to the clause before it', () => {
    const [request] = readRequests('Use this reproducer:\n\n```python\nimport xarray\n```\n')
    expect(request).toMatchObject({ action: 'use', code: 'import xarray' })
  })
})
