// Where tests live and how they are named, so a plan's new tests follow the house style.
import { extensionOf, kindOf } from '../classify.js'
import type { TestLayout } from '../types.js'

interface Shape {
  /** `tests/test_{name}.py`, `{dir}/{name}_test.go`. */
  pattern: string
  dir: string
}

const testDirNames = /^(?:tests?|__tests__|spec|specs|testing|e2e)$/i

/** The naming shape of one test file, or undefined when it is not a test module. */
export function shapeOf(path: string): Shape | undefined {
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '' : path.slice(0, slash)
  const name = path.slice(slash + 1)
  let template: string | undefined
  let m: RegExpExecArray | null
  if ((m = /^test_(.+)\.py$/.exec(name))) template = 'test_{name}.py'
  else if ((m = /^(.+)_test\.(py|go|rb|exs?)$/.exec(name))) template = `{name}_test.${m[2]}`
  else if ((m = /^(.+)\.(test|spec)\.([cm]?[jt]sx?)$/.exec(name)))
    template = `{name}.${m[2]}.${m[3]}`
  else if ((m = /^(.+)(Test|Tests|Spec)\.(java|kt|scala|cs|swift|php)$/.exec(name)))
    template = `{name}${m[2]}.${m[3]}`
  else if ((m = /^(.+)_spec\.rb$/.exec(name))) template = '{name}_spec.rb'
  if (!template || !m || m[1] === '') return undefined
  const parts = dir === '' ? [] : dir.split('/')
  const testDirIndex = parts.findIndex(part => testDirNames.test(part))
  if (testDirIndex < 0) return { pattern: `{dir}/${template}`, dir }
  // Tests in a tree of their own: keep the path down to the test directory itself.
  const base = parts.slice(0, testDirIndex + 1).join('/')
  return { pattern: `${base}/${template}`, dir: base }
}

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
    const shape = shapeOf(path)
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
