// What a new test file for a module is called, and where it goes: the layout's pattern, in the
// test directory that mirrors the module's.
import { describe, expect, test } from '@jest/globals'
import { tempRepos } from '../../support/git-repo.js'
import type { TestLayout } from '../../../src/research/types.js'
import { moduleTestFile } from '../../../src/plan/embedded/relevant-files.js'

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
})
