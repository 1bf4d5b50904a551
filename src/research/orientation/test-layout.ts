// Where tests live and how they are named, so a plan's new tests follow the house style.
import { extensionOf, kindOf } from '../tree/classify.js'
import type { TestLayout } from '../types.js'
import { testShape } from '../covering/test-files.js'

function frameworkFor(extension: string, stack: readonly string[]): string | undefined {
  const has = (name: string) => stack.includes(name)
  switch (extension) {
    case 'py':
      return has('pytest') ? 'pytest' : 'unittest'
    case 'ts':
    case 'tsx':
    case 'js':
    case 'jsx':
    case 'mjs':
    case 'cjs':
      return has('Vitest') ? 'vitest' : has('jest') ? 'jest' : has('Mocha') ? 'mocha' : 'node:test'
    case 'go':
      return 'go test'
    case 'rs':
      return 'cargo test'
    case 'rb':
      return has('RSpec') ? 'rspec' : 'minitest'
    case 'java':
    case 'kt':
      return 'JUnit'
    default:
      return undefined
  }
}

export function findTestLayout(files: readonly string[], stack: readonly string[]): TestLayout {
  const patterns = new Map<string, string[]>()
  const dirs = new Map<string, number>()
  const testFiles: string[] = []
  for (const path of files) {
    if (kindOf(path) !== 'test') continue
    const shape = testShape(path)
    if (!shape) continue
    testFiles.push(path)
    const list = patterns.get(shape.pattern)
    if (list) list.push(path)
    else patterns.set(shape.pattern, [path])
    const dirKey = shape.dir === '' ? '.' : shape.dir
    dirs.set(dirKey, (dirs.get(dirKey) ?? 0) + 1)
  }
  if (patterns.size === 0) {
    // Rust keeps unit tests inline; integration tests sit in `tests/` without a naming rule.
    const rustTests = files.filter(path => /^tests\/[^/]+\.rs$/.test(path))
    if (rustTests.length > 0)
      return {
        dirs: ['tests'],
        pattern: 'tests/{name}.rs',
        examples: rustTests.slice(0, 3),
        files: rustTests,
        framework: 'cargo test'
      }
    return { dirs: [], pattern: '', examples: [], files: [] }
  }
  const [pattern, examples] = [...patterns].sort((a, b) => b[1].length - a[1].length)[0]
  const layout: TestLayout = {
    dirs: [...dirs]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([dir]) => dir),
    pattern,
    examples: examples.slice(0, 3),
    files: testFiles
  }
  const framework = frameworkFor(extensionOf(examples[0]), stack)
  if (framework) layout.framework = framework
  return layout
}
