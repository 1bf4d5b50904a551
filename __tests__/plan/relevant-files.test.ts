// Which existing test file covers a module, and what a new one for it is called: tests are found
// by the module's name in any of the usual naming schemes, wherever the repository keeps them.
import { describe, expect, test } from '@jest/globals'
import { tempRepos } from '../support/git-repo.js'
import type { TestLayout } from '../../src/research/types.js'
import { existingTestOf, moduleName, moduleTestFile } from '../../src/plan/relevant-files.js'

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

describe('moduleName', () => {
  test.each([
    ['src/research/list-files.ts', 'list-files'],
    ['shop/cart.py', 'cart'],
    ['src/shop/__init__.py', 'shop'],
    ['src/research/index.ts', 'research'],
    ['pkg/walk/mod.rs', 'walk']
  ])('%s is the module %s', (path, name) => {
    expect(moduleName(path)).toBe(name)
  })
})

describe('existingTestOf', () => {
  test('matches the module across naming schemes: kebab, snake and camel case', () => {
    expect(
      existingTestOf(
        { ...jest, dirs: ['test'], files: ['test/list-files.spec.ts'] },
        'src/listFiles.ts'
      )
    ).toBe('test/list-files.spec.ts')
    expect(
      existingTestOf({ ...pytest, files: ['tests/unit/test_list_files.py'] }, 'shop/list_files.py')
    ).toBe('tests/unit/test_list_files.py')
    expect(
      existingTestOf(
        { ...gotest, files: ['pkg/walk/list_files_test.go'] },
        'pkg/walk/list_files.go'
      )
    ).toBe('pkg/walk/list_files_test.go')
  })

  test('prefers the test whose directories mirror the module’s', () => {
    const files = [
      '__tests__/e2e/list-files.test.ts',
      '__tests__/research/list-files.test.ts',
      '__tests__/list-files.test.ts'
    ]
    expect(existingTestOf({ ...jest, files }, 'src/research/list-files.ts')).toBe(
      '__tests__/research/list-files.test.ts'
    )
  })

  test('finds tests next to the module, and none for a different module', () => {
    const files = ['src/research/list-files.test.ts']
    expect(existingTestOf({ ...jest, files }, 'src/research/list-files.ts')).toBe(
      'src/research/list-files.test.ts'
    )
    expect(
      existingTestOf({ ...jest, files: ['__tests__/list-files.test.ts'] }, 'src/list.ts')
    ).toBeUndefined()
  })
})

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
})
