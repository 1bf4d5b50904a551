// Which existing test file covers a module: tests are found by the module's name in any of the
// usual naming schemes, wherever the repository keeps them.
import { describe, expect, test } from '@jest/globals'
import {
  existingTestOf,
  isFixturePath,
  looksLikeTestFile,
  neighbourTestName,
  testShape
} from '../../src/research/covering/test-files.js'

describe('testShape', () => {
  test.each([
    ['tests/unit/test_list_files.py', 'tests/test_{name}.py', 'list_files'],
    ['pkg/walk/list_files_test.go', '{dir}/{name}_test.go', 'list_files'],
    ['__tests__/research/list-files.test.ts', '__tests__/{name}.test.ts', 'list-files'],
    ['src/test/java/ListFilesTest.java', 'src/test/{name}Test.java', 'ListFiles'],
    ['spec/models/user_spec.rb', 'spec/{name}_spec.rb', 'user'],
    ['src/shop/__tests__/index.test.ts', 'src/shop/__tests__/{name}.test.ts', 'shop'],
    ['tests/unittest_raw_building.py', 'tests/unittest_{name}.py', 'raw_building'],
    ['tests/tests_tqdm.py', 'tests/tests_{name}.py', 'tqdm'],
    ['tests/parser_tests.py', 'tests/{name}_tests.py', 'parser'],
    ['tests/by-util/test_paste.rs', 'tests/test_{name}.rs', 'paste'],
    ['tests/testsuite/git_status.rs', 'tests/{name}.rs', 'git_status'],
    ['helix-term/tests/test/commands.rs', 'helix-term/tests/{name}.rs', 'commands']
  ])('%s follows %s and tests %s', (path, pattern, subject) => {
    expect(testShape(path)).toMatchObject({ pattern, subject })
  })

  test('a script directly in `test/` is a test named like its module (mocha’s default layout)', () => {
    expect(testShape('test/usage.cjs')).toMatchObject({
      pattern: 'test/{name}.cjs',
      subject: 'usage'
    })
    expect(testShape('packages/cli/tests/parser.ts')).toMatchObject({ subject: 'parser' })
    // Named after a member, as express names `test/req.subdomains.js`, or one level below.
    expect(testShape('test/req.subdomains.js')).toMatchObject({
      pattern: 'test/{name}.js',
      subject: 'req.subdomains'
    })
    expect(testShape('test/request/subdomains.js')).toMatchObject({
      pattern: 'test/{name}.js',
      subject: 'subdomains'
    })
    for (const path of [
      'test/helpers.cjs',
      'test/helpers.shared.js',
      'test/types.d.ts',
      'test/webpack.config.js',
      'test/cases/parsing/module.js',
      'test/helpers/server.js',
      'tests/common/mod.rs',
      'tests/util.rs',
      'src/walk.rs',
      'test/fixtures/usage.js',
      'tests/utils.py',
      'src/usage.js'
    ])
      expect(testShape(path)).toBeUndefined()
  })

  test('a `Spec` names a test only in a test tree', () => {
    expect(testShape('src/main/java/com/example/AnnotationSpec.java')).toBeUndefined()
    expect(testShape('src/test/groovy/CartSpec.groovy')).toBeUndefined()
    expect(testShape('src/test/kotlin/CartSpec.kt')).toMatchObject({ subject: 'Cart' })
  })

  test.each(['tests/conftest.py', 'src/app.ts', 'tests/fixtures/data.json'])(
    '%s is not named like a test module',
    path => {
      expect(testShape(path)).toBeUndefined()
    }
  )
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

describe('fixture trees', () => {
  test.each([
    'tests/roots/test-inheritance/dummy/test_nested.py',
    'tests/fixtures/app/app.test.js',
    'test/testdata/parse_test.go',
    'src/test/resources/samples/SampleTest.java'
  ])('%s is an input of the tests, not a test', path => {
    expect(isFixturePath(path)).toBe(true)
    expect(looksLikeTestFile(path)).toBe(false)
  })

  test.each([
    'tests/test_build_manpage.py',
    'tests/checkers/unittest_misc.py',
    'testing/test_main.py'
  ])('%s is a test', path => {
    expect(isFixturePath(path)).toBe(false)
    expect(looksLikeTestFile(path)).toBe(true)
  })
})

describe('neighbourTestName', () => {
  test('learns the prefix its neighbours’ tests use (`test_ext_*`)', () => {
    const sources = [
      'sphinx/ext/autodoc/__init__.py',
      'sphinx/ext/napoleon/__init__.py',
      'sphinx/ext/todo.py'
    ]
    const tests = ['tests/test_ext_autodoc.py', 'tests/test_ext_napoleon.py', 'tests/test_build.py']
    expect(neighbourTestName('sphinx/ext/graphviz.py', sources, tests)).toBe(
      'tests/test_ext_graphviz.py'
    )
  })

  test('learns the `unittest_` naming and the tests’ directory', () => {
    const sources = ['pylint/checkers/format.py', 'pylint/checkers/imports.py']
    const tests = ['tests/checkers/unittest_format.py', 'tests/checkers/unittest_imports.py']
    expect(neighbourTestName('pylint/checkers/misc.py', sources, tests)).toBe(
      'tests/checkers/unittest_misc.py'
    )
  })

  test('without neighbours that have tests there is nothing to learn', () => {
    expect(
      neighbourTestName('pkg/alone.py', ['pkg/other.py'], ['tests/test_else.py'])
    ).toBeUndefined()
  })
})
