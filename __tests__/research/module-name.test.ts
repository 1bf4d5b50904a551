// The name a file is known by as a module, the same for the evidence, the families and the tests.
import { describe, expect, test } from '@jest/globals'
import { isIndexFile, moduleName } from '../../src/research/tree/module-name.js'

describe('moduleName', () => {
  test.each([
    ['src/research/list-files.ts', 'list-files'],
    ['shop/cart.py', 'cart'],
    ['src/cart.test.ts', 'cart'],
    ['src/shop/__init__.py', 'shop'],
    ['src/research/index.ts', 'research'],
    ['src/formatDuration/index.d.ts', 'formatDuration'],
    ['pkg/walk/mod.rs', 'walk'],
    ['cmd/golangci-lint/main.go', 'main'],
    ['index.js', 'index'],
    ['src/main/java/shop/Main.java', 'Main']
  ])('%s is the module %s', (path, name) => {
    expect(moduleName(path)).toBe(name)
  })

  test.each([
    ['cmd/golangci-lint/main.go', 'golangci-lint'],
    ['crates/ruff_server/lib.rs', 'ruff_server'],
    ['src/shop/__init__.py', 'shop']
  ])('where a name is looked for, %s is known as %s', (path, name) => {
    expect(moduleName(path, { entries: true })).toBe(name)
  })
})

describe('isIndexFile', () => {
  test.each([
    ['index.ts', true],
    ['__init__.py', true],
    ['lib.rs', false],
    ['index', false],
    ['indexer.ts', false],
    ['Main.java', false]
  ])('%s: %s', (name, expected) => {
    expect(isIndexFile(name)).toBe(expected)
  })

  test('an entry file stands for its directory when asked', () => {
    expect(isIndexFile('main.go', { entries: true })).toBe(true)
    expect(isIndexFile('main.go')).toBe(false)
  })
})
