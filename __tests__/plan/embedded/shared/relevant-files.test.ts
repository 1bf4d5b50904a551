// What a new test file for a module is called, and where it goes: the layout's pattern, in the
// test directory that mirrors the module's.
import { describe, expect, test } from '@jest/globals'
import { tempRepos } from '../../../support/git-repo.js'
import type { ResearchResult, TestLayout } from '../../../../src/research/types.js'
import {
  chooseRelevantFiles,
  featureWording
} from '../../../../src/plan/embedded/shared/relevant-files.js'
import { moduleTestFile } from '../../../../src/plan/embedded/shared/new-test-file.js'

const temp = tempRepos()

function tree(paths: string[]): string {
  return temp.tree(Object.fromEntries(paths.map(path => [path, 'x\n'])))
}

const jest: TestLayout = {
  dirs: ['__tests__'],
  pattern: '__tests__/{name}.test.ts',
  examples: ['__tests__/cli.test.ts'],
  files: ['__tests__/cli.test.ts'],
  framework: 'jest'
}
const pytest: TestLayout = {
  dirs: ['tests'],
  pattern: 'tests/test_{name}.py',
  examples: ['tests/test_cart.py'],
  files: ['tests/test_cart.py'],
  framework: 'pytest'
}
const gotest: TestLayout = {
  dirs: ['pkg/walk'],
  pattern: '{dir}/{name}_test.go',
  examples: ['pkg/walk/walk_test.go'],
  files: ['pkg/walk/walk_test.go'],
  framework: 'go test'
}

describe('moduleTestFile', () => {
  test('names the test after the module, in the test directory that mirrors its own', () => {
    const root = tree(['src/research/rank.ts', '__tests__/research/rank.test.ts'])
    expect(moduleTestFile(root, jest, 'src/research/list-files.ts')).toBe(
      '__tests__/research/list-files.test.ts'
    )
    expect(moduleTestFile(root, jest, 'src/cli/args.ts')).toBe('__tests__/args.test.ts')
    expect(moduleTestFile(tree(['shop/cart.py']), pytest, 'shop/cart.py')).toBe(
      'tests/test_cart.py'
    )
    expect(moduleTestFile(tree(['pkg/walk/walk.go']), gotest, 'pkg/walk/list_files.go')).toBe(
      'pkg/walk/list_files_test.go'
    )
  })

  test('names the test like the tests of the module’s neighbours when they have some', () => {
    const root = tree(['sphinx/ext/autodoc.py', 'sphinx/ext/napoleon.py', 'sphinx/ext/graphviz.py'])
    const layout: TestLayout = {
      ...pytest,
      files: ['tests/test_ext_autodoc.py', 'tests/test_ext_napoleon.py', 'tests/test_build.py']
    }
    expect(moduleTestFile(root, layout, 'sphinx/ext/graphviz.py')).toBe(
      'tests/test_ext_graphviz.py'
    )
  })
})

describe('chooseRelevantFiles', () => {
  const layout: TestLayout = {
    dirs: ['tests'],
    pattern: 'tests/test_{name}.py',
    examples: [],
    files: []
  }
  const nothingToOrient = { docs: [], agentGuides: [], stack: [], commands: [], structure: [] }

  function research(
    files: Array<[string, number, string]>,
    symbols: Array<[string, string, number, string]>
  ): ResearchResult {
    return {
      files: files.map(([path, score, reason]) => ({
        path,
        score,
        kind: 'code',
        reasons: [reason]
      })),
      symbols: symbols.map(([path, name, score, reason]) => ({
        path,
        name,
        kind: 'function',
        startLine: 1,
        endLine: 2,
        score,
        reasons: [reason]
      })),
      tests: [],
      orientation: { ...nothingToOrient, tests: layout },
      fileCount: files.length,
      elapsedMs: 1
    }
  }

  const root = () =>
    tree(['pkg/cart.py', 'pkg/checkout.py', 'pkg/prices.py', 'pkg/legacy.py', 'pkg/util.py'])

  test('a sure lead is listed alone with its function; the other candidates are only also considered', () => {
    const files = chooseRelevantFiles(
      research(
        [
          ['pkg/cart.py', 12, 'innermost project frame in the traceback'],
          ['pkg/checkout.py', 8, 'named in the traceback'],
          ['pkg/prices.py', 5, 'mentions `price` 4 times']
        ],
        [
          ['pkg/cart.py', 'average_price', 12, 'innermost project frame of the traceback (line 2)'],
          ['pkg/checkout.py', 'checkout', 5, 'in the traceback (line 4)']
        ]
      ),
      root(),
      'cart',
      '“Cart”'
    )
    expect(files.code.map(file => file.path)).toEqual(['pkg/cart.py'])
    expect(files.toModify[0]).toEqual({
      path: 'pkg/cart.py',
      why: expect.stringMatching(
        /^Main change: the feature's logic belongs here in `average_price` \(lines 1–2\)/
      )
    })
    expect(files.alsoConsidered).toBe(
      'Also considered, with weaker evidence: `pkg/checkout.py` (named in the traceback) and `pkg/prices.py` (mentions `price` 4 times).'
    )
    expect(files.unsure).toBe(false)
  })

  test('an unsure lead brings the files that score about as well, and says it is unsure', () => {
    const files = chooseRelevantFiles(
      research(
        [
          ['pkg/prices.py', 6, 'mentions `price` 4 times'],
          ['pkg/cart.py', 4, 'mentions `total` 2 times'],
          ['pkg/legacy.py', 1, 'path matches `pkg`']
        ],
        [['pkg/prices.py', 'round_price', 3, 'mentions `price` 2 times']]
      ),
      root(),
      'cart',
      '“Cart”'
    )
    expect(files.code.map(file => file.path)).toEqual(['pkg/prices.py', 'pkg/cart.py'])
    expect(files.alsoConsidered).toBe(
      'Also considered, with weaker evidence: `pkg/legacy.py` (path matches `pkg`).'
    )
    expect(files.unsure).toBe(true)
  })

  test('each listed code file brings its own existing test, the lead’s first', () => {
    const found = research(
      [
        ['pkg/prices.py', 6, 'mentions `price` 4 times'],
        ['pkg/cart.py', 5, 'mentions `total` 2 times']
      ],
      [['pkg/prices.py', 'round_price', 3, 'mentions `price` 2 times']]
    )
    found.tests = [
      {
        path: 'tests/test_prices.py',
        subject: 'pkg/prices.py',
        score: 8,
        reasons: ['imports `pkg.prices`']
      },
      {
        path: 'tests/test_shop.py',
        subject: 'pkg/prices.py',
        score: 4,
        reasons: ['imports `round_price`']
      },
      {
        path: 'tests/test_cart.py',
        subject: 'pkg/cart.py',
        score: 7,
        reasons: ['calls `total` 3 times']
      }
    ]
    const base = tree([
      'pkg/prices.py',
      'pkg/cart.py',
      'tests/test_prices.py',
      'tests/test_shop.py',
      'tests/test_cart.py'
    ])
    const files = chooseRelevantFiles(found, base, 'prices', '“Prices”', featureWording, {
      selection: { share: 0.5, max: 3, docs: 0, tests: 1 }
    })
    expect(files.tests.map(test => test.path)).toEqual([
      'tests/test_prices.py',
      'tests/test_cart.py'
    ])
    expect(files.existingTest).toBe('tests/test_prices.py')
  })

  test('no other candidate, no “also considered” line', () => {
    const files = chooseRelevantFiles(
      research(
        [['pkg/cart.py', 9, 'defines `Cart`']],
        [['pkg/cart.py', 'Cart', 9, 'named in the issue']]
      ),
      root(),
      'cart',
      '“Cart”'
    )
    expect(files.alsoConsidered).toBeUndefined()
  })
})
