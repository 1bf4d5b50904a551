// How repositories name their test files, in one place: the naming shape a new test should
// follow, and the module an existing test file is about (`test_list_files.py`,
// `list_files_test.go`, `list-files.test.ts` and `ListFilesTest.java` all test `list-files`).
import { posix } from 'node:path'
import { foldName } from '../../text/fold-name.js'
import { isIndexFile, isIndexStem, moduleName } from '../tree/module-name.js'
import { extensionOf } from '../tree/classify.js'

/** Languages whose tests may test each other's code: a Python test does not test a Go file. */
export function languageFamily(path: string): string {
  const ext = extensionOf(path)
  if (['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'].includes(ext)) return 'js'
  if (['java', 'kt', 'scala', 'groovy'].includes(ext)) return 'jvm'
  if (ext === 'pyi') return 'py'
  return ext
}

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
  let named: string | undefined
  let m: RegExpExecArray | null
  // `test_x.py`, `unittest_x.py` as astroid and pylint name theirs, `tests_x.py` as tqdm does.
  if ((m = /^((?:unit)?tests?_)(.+)\.py$/.exec(name)))
    [template, named] = [`${m[1]}{name}.py`, m[2]]
  else if (
    (m = /^(.+)(_tests?)\.(py|rb)$/.exec(name)) ??
    (m = /^(.+)(_test)\.(go|exs?)$/.exec(name))
  )
    [template, named] = [`{name}${m[2]}.${m[3]}`, m[1]]
  else if ((m = /^(.+)\.(test|spec)\.([cm]?[jt]sx?)$/.exec(name)))
    [template, named] = [`{name}.${m[2]}.${m[3]}`, m[1]]
  else if ((m = /^(.+)(Test|Tests|Spec)\.(java|kt|scala|cs|swift|php)$/.exec(name))) {
    // `AnnotationSpec.java` beside the code is a class of the library; a `Spec` is a test only
    // in a test tree (Spock, Kotest, Quick).
    if (m[2] !== 'Spec' || dir.split('/').some(part => testDirNames.test(part)))
      [template, named] = [`{name}${m[2]}.${m[3]}`, m[1]]
  } else if ((m = /^(.+)_spec\.rb$/.exec(name))) [template, named] = ['{name}_spec.rb', m[1]]
  // `test/req.subdomains.js`: a test named after a member (`req.subdomains`) as some suites do.
  else if ((m = /^([\w-]+(?:\.[\w-]+)*?)\.([cm]?[jt]s)$/.exec(name)) && isMochaSpec(dir, m[1]))
    [template, named] = [`{name}.${m[2]}`, m[1]]
  // Cargo runs every file of a `tests/` tree as an integration test: `tests/by-util/test_paste.rs`,
  // `tests/testsuite/git_status.rs`, `helix-term/tests/test/commands.rs`.
  else if ((m = /^(tests?_)?([\w-]+?)(_tests?)?\.rs$/.exec(name)) && isCargoTest(dir, m[2]))
    [template, named] = [`${m[1] ?? ''}{name}${m[3] ?? ''}.rs`, m[2]]
  if (!template || !named) return undefined
  const parts = dir === '' ? [] : dir.split('/')
  // `tests/shop/index.test.ts` tests the package `shop`, not the test directory.
  const subject = isIndexStem(named)
    ? (parts.filter(part => !testDirNames.test(part)).pop() ?? '')
    : named
  const testDirIndex = parts.findIndex(part => testDirNames.test(part))
  if (testDirIndex < 0) return { pattern: `{dir}/${template}`, dir, subject }
  // Tests in a tree of their own: keep the path down to the test directory itself.
  const base = parts.slice(0, testDirIndex + 1).join('/')
  return { pattern: `${base}/${template}`, dir: base, subject }
}

// Files of a test directory that support the tests rather than hold them.
const SUPPORT_NAMES =
  /^(?:index|helpers?|utils?|setup|teardown|common|support|globals?|bootstrap|mocks?|fixtures?|config|env)$/i

/**
 * Mocha, tap and ava run every script directly inside `test/` by default: there `test/usage.cjs`
 * is the test of `usage`, named like a module rather than like a test; suites run recursively
 * name the files of one level below alike (`test/request/subdomains.js`). Deeper trees hold
 * cases and inputs.
 */
function isMochaSpec(dir: string, stem: string): boolean {
  const parts = dir.split('/')
  const at = parts.findIndex(part => /^(?:tests?|spec)$/.test(part))
  const below = parts.slice(at + 1)
  return (
    at >= 0 &&
    below.length <= 1 &&
    !below.some(part => SUPPORT_NAMES.test(part) || FIXTURE_DIRS.test(part)) &&
    !SUPPORT_NAMES.test(stem.split('.')[0]) &&
    // `types.d.ts`, `webpack.config.js`: declarations and settings, not tests.
    !/\.(?:d|config|conf|rc)$/.test(stem) &&
    !stem.startsWith('.')
  )
}

/** A file of a Cargo `tests/` tree that holds tests, not the crate's shared test code. */
function isCargoTest(dir: string, stem: string): boolean {
  return (
    dir.split('/').some(part => /^tests?$/.test(part)) &&
    !SUPPORT_NAMES.test(stem) &&
    !['mod', 'main', 'lib'].includes(stem)
  )
}

const TEST_NAME =
  /(?:^|[._-])(?:test|tests|spec)(?:[._-]|$)|^(?:unit)?test_|(?:Test|Tests|Spec)\.[a-z]+$/

// Directories under a test tree that hold inputs for the tests, not tests: sample projects,
// expected outputs, recorded data.
const FIXTURE_DIRS =
  /^(?:fixtures?|__fixtures__|roots|testdata|test-data|data|resources|samples|snapshots|__snapshots__|golden)$/i

/**
 * Part of a fixture tree under the tests (`tests/roots/test-ext/test_nested.py`,
 * `test/fixtures/app/app.test.js`): named like a test, but an input of the real tests.
 */
export function isFixturePath(path: string): boolean {
  const parts = path.split('/').slice(0, -1)
  const testDir = parts.findIndex(part => testDirNames.test(part))
  if (testDir < 0) return parts.some(part => FIXTURE_DIRS.test(part))
  const below = parts.slice(testDir + 1)
  // A Python package cannot have a hyphen in its name: such a directory is a sample project.
  const python = path.endsWith('.py')
  return below.some(part => FIXTURE_DIRS.test(part) || (python && part.includes('-')))
}

/**
 * Named like a test, by a looser rule than `testShape` (`foo_tests.py`, `spec-helpers.js`): tells
 * real test files from fixtures and helpers that only live in a test directory.
 */
export function looksLikeTestFile(path: string): boolean {
  return TEST_NAME.test(posix.basename(path)) && !isFixturePath(path)
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
  const key = foldName(moduleName(subject))
  if (key === '') return undefined
  const matches = testFiles.filter(path => {
    const shape = testShape(path)
    return shape !== undefined && foldName(shape.subject) === key && usable(path)
  })
  return matches.sort(
    (a, b) =>
      mirroring(subject, b) - mirroring(subject, a) || a.length - b.length || a.localeCompare(b)
  )[0]
}

/**
 * The name a new test of the module at `subject` gets, learned from the tests of its neighbours:
 * when the modules beside it (`sphinx/ext/autodoc.py`, `sphinx/ext/napoleon/`) are tested by
 * `tests/test_ext_autodoc.py` and `tests/test_ext_napoleon.py`, the new one is
 * `tests/test_ext_{module}.py`. Undefined when no neighbour has a test to learn from.
 */
export function neighbourTestName(
  subject: string,
  sourceFiles: readonly string[],
  testFiles: readonly string[]
): string | undefined {
  const dir = posix.dirname(subject)
  const own = foldName(moduleName(subject))
  const neighbours = new Set<string>()
  for (const path of sourceFiles) {
    if (path === subject) continue
    const parent = posix.dirname(path)
    // A module beside the subject, or a package beside it (`dir/napoleon/__init__.py`).
    if (parent === dir || (posix.dirname(parent) === dir && isIndexFile(posix.basename(path))))
      neighbours.add(moduleName(path))
  }
  const votes = new Map<string, number>()
  for (const test of testFiles) {
    if (isFixturePath(test)) continue
    const shape = testShape(test)
    if (!shape) continue
    const testSubject = shape.subject
    for (const neighbour of neighbours) {
      if (neighbour.length < 3 || foldName(neighbour) === own) continue
      // `ext_autodoc` tests `autodoc` with the prefix `ext_`; `autodoc` tests it with none.
      if (!testSubject.endsWith(neighbour)) continue
      const prefix = testSubject.slice(0, testSubject.length - neighbour.length)
      if (prefix !== '' && !/[_.-]$/.test(prefix)) continue
      const name = posix.basename(test).replace(testSubject, `${prefix}{name}`)
      const template = posix.join(posix.dirname(test), name)
      votes.set(template, (votes.get(template) ?? 0) + 1)
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]
  if (!best) return undefined
  return best[0].replace('{name}', moduleName(subject))
}
