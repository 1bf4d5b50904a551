// Which existing test file covers a module: tests are found by the module's name in any of the
// usual naming schemes, wherever the repository keeps them.
import { describe, expect, test } from '@jest/globals'
import { existingTestOf, moduleName, testShape } from '../../src/research/test-files.js'

describe('testShape', () => {
  test.each([
    ['tests/unit/test_list_files.py', 'tests/test_{name}.py', 'list_files'],
    ['pkg/walk/list_files_test.go', '{dir}/{name}_test.go', 'list_files'],
    ['__tests__/research/list-files.test.ts', '__tests__/{name}.test.ts', 'list-files'],
    ['src/test/java/ListFilesTest.java', 'src/test/{name}Test.java', 'ListFiles'],
    ['spec/models/user_spec.rb', 'spec/{name}_spec.rb', 'user'],
    ['src/shop/__tests__/index.test.ts', 'src/shop/__tests__/{name}.test.ts', 'shop']
  ])('%s follows %s and tests %s', (path, pattern, subject) => {
    expect(testShape(path)).toMatchObject({ pattern, subject })
  })

  test.each(['tests/conftest.py', 'src/app.ts', 'tests/fixtures/data.json'])(
    '%s is not named like a test module',
    path => {
      expect(testShape(path)).toBeUndefined()
    }
  )
})

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
    expect(existingTestOf(['test/list-files.spec.ts'], 'src/listFiles.ts')).toBe(
      'test/list-files.spec.ts'
    )
    expect(existingTestOf(['tests/unit/test_list_files.py'], 'shop/list_files.py')).toBe(
      'tests/unit/test_list_files.py'
    )
    expect(existingTestOf(['pkg/walk/list_files_test.go'], 'pkg/walk/list_files.go')).toBe(
      'pkg/walk/list_files_test.go'
    )
  })

  test('prefers the test whose directories mirror the module’s', () => {
    const files = [
      '__tests__/e2e/list-files.test.ts',
      '__tests__/research/list-files.test.ts',
      '__tests__/list-files.test.ts'
    ]
    expect(existingTestOf(files, 'src/research/list-files.ts')).toBe(
      '__tests__/research/list-files.test.ts'
    )
  })

  test('finds tests next to the module, and none for a different module', () => {
    const files = ['src/research/list-files.test.ts']
    expect(existingTestOf(files, 'src/research/list-files.ts')).toBe(
      'src/research/list-files.test.ts'
    )
    expect(existingTestOf(['__tests__/list-files.test.ts'], 'src/list.ts')).toBeUndefined()
  })
})
