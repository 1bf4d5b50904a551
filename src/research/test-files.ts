// How repositories name their test files, in one place: the naming shape a new test should
// follow, and the module an existing test file is about (`test_list_files.py`,
// `list_files_test.go`, `list-files.test.ts` and `ListFilesTest.java` all test `list-files`).
import { posix } from 'node:path'

/** Directories that hold a tree of tests. */
export const testDirNames = /^(?:tests?|__tests__|spec|specs|testing|e2e)$/i

export interface TestShape {
  /** `tests/test_{name}.py`, `{dir}/{name}_test.go`. */
  pattern: string
  dir: string
  /** The module the file tests, as its name spells it: `list_files`, `ListFiles`. */
  subject: string
}

/** The naming shape of one test file, or undefined when its name is not a test module's. */
export function testShape(path: string): TestShape | undefined {
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
  // `tests/shop/index.test.ts` tests the package `shop`, not the test directory.
  const subject = PACKAGE_FILES.has(m[1])
    ? (parts.filter(part => !testDirNames.test(part)).pop() ?? '')
    : m[1]
  const testDirIndex = parts.findIndex(part => testDirNames.test(part))
  if (testDirIndex < 0) return { pattern: `{dir}/${template}`, dir, subject }
  // Tests in a tree of their own: keep the path down to the test directory itself.
  const base = parts.slice(0, testDirIndex + 1).join('/')
  return { pattern: `${base}/${template}`, dir: base, subject }
}

const TEST_NAME = /(?:^|[._-])(?:test|tests|spec)(?:[._-]|$)|^test_|(?:Test|Tests|Spec)\.[a-z]+$/

/**
 * Named like a test, by a looser rule than `testShape` (`foo_tests.py`, `spec-helpers.js`): tells
 * real test files from fixtures and helpers that only live in a test directory.
 */
export function looksLikeTestFile(path: string): boolean {
  return TEST_NAME.test(posix.basename(path))
}

// Files that only gather a package: their module is the directory that holds them.
const PACKAGE_FILES = new Set(['index', '__init__', 'mod'])

/** The module a source file is: its name without extensions, or its package's directory name. */
export function moduleName(path: string): string {
  const stem = posix.basename(path).replace(/\..*$/, '')
  if (!PACKAGE_FILES.has(stem)) return stem
  return posix.basename(posix.dirname(path)).replace(/^\.$/, '')
}

/** `list-files`, `listFiles` and `list_files` name the same module. */
function moduleKey(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '')
}

/** How many of the source file's directories the test's path repeats (`src/research` ↔ `__tests__/research`). */
function mirroring(source: string, test: string): number {
  const sourceDirs = posix.dirname(source).split('/')
  const testDirs = posix.dirname(test).split('/')
  if (posix.dirname(test) === posix.dirname(source)) return 100
  return testDirs.filter(part => !testDirNames.test(part) && sourceDirs.includes(part)).length
}

/**
 * The existing test file of the module at `subject`, among `testFiles` (those `usable` accepts);
 * the one whose path mirrors the module's wins.
 */
export function existingTestOf(
  testFiles: readonly string[],
  subject: string,
  usable: (path: string) => boolean = () => true
): string | undefined {
  const key = moduleKey(moduleName(subject))
  if (key === '') return undefined
  const matches = testFiles.filter(path => {
    const shape = testShape(path)
    return shape !== undefined && moduleKey(shape.subject) === key && usable(path)
  })
  return matches.sort(
    (a, b) =>
      mirroring(subject, b) - mirroring(subject, a) || a.length - b.length || a.localeCompare(b)
  )[0]
}
