// The existing tests of the code a change goes into, found by what they import and call rather
// than by their names alone: `tests/test_build_manpage.py` imports the manpage writer,
// `tests/unittest_raw_building.py` calls `imported_member`. Every test file's head is read for
// its imports; the few that import the module are then read whole for the calls.
import { join, posix } from 'node:path'
import type { OutlinedFile } from '../syntax/structure.js'
import { HeadReader } from '../tree/read-file.js'
import { declaredPackage, importsModule, testImports, type TestImport } from './test-imports.js'
import { moduleName } from '../tree/module-name.js'
import { isFixturePath, languageFamily, testShape } from './test-files.js'
import type { RankedSymbol, RankedTest } from '../types.js'
import { foldName } from '../../text/fold-name.js'

export interface CoveringOptions {
  /** Bytes of each test file read for its imports. */
  headBytes: number
  /** Test files read for their imports, at most. */
  maxTests: number
  /** Test files read whole for their uses, per subject. */
  callReads: number
  capBytes: number
}

export const defaultCoveringOptions: CoveringOptions = {
  headBytes: 16 * 1024,
  maxTests: 3000,
  callReads: 30,
  capBytes: 256 * 1024
}

interface Scored {
  path: string
  score: number
  reasons: string[]
}

/**
 * Evidence from a test's name and place: named after the module, or beside it. `named`: the
 * folded name of what the test is named after, if it is named like a test; `module`: the
 * subject's module name.
 */
function nameScore(named: string | undefined, module: string): { score: number; reason?: string } {
  const folded = foldName(module)
  if (named === undefined || folded.length < 3) return { score: 0 }
  if (named === folded) return { score: 3.5, reason: `named after \`${module}\`` }
  // `test_build_manpage` for `manpage`, `test_commonmatrix` for `common`.
  if (named.includes(folded) || (named.length >= 4 && folded.includes(named)))
    return { score: 1.5, reason: `named like \`${module}\`` }
  return { score: 0 }
}

function sameTree(test: string, subject: string): number {
  if (posix.dirname(test) === posix.dirname(subject)) return 1
  const testDirs = posix.dirname(test).split('/')
  const sourceDirs = posix.dirname(subject).split('/')
  const shared = testDirs.filter(part => sourceDirs.includes(part)).length
  return Math.min(1, shared / Math.max(1, sourceDirs.length))
}

/**
 * A name the subject's tests would use: a function they call, or a class they pass around
 * (`undefined=StrictUndefined`, `pytest.raises(FrozenInstanceError)`) as often as they construct it.
 */
interface Wanted {
  name: string
  isClass: boolean
}

/** How many times the text calls the wanted functions or names the wanted classes. */
function countUses(text: string, wanted: readonly Wanted[]): number {
  let count = 0
  for (const { name, isClass } of wanted) {
    const escaped = name.replace(/\$/g, '\\$')
    const pattern = new RegExp(`(?<![\\w$])${escaped}${isClass ? '(?![\\w$])' : '\\s*\\('}`, 'g')
    count += text.match(pattern)?.length ?? 0
  }
  return count
}

/** Top-level names a file defines (its classes and functions): what a test would import. */
function exportedNames(file: OutlinedFile): Set<string> {
  return new Set(
    file.outline.definitions
      .filter(definition => !definition.cls && definition.name.length >= 3)
      .map(definition => definition.name)
  )
}

/** What a test's head says about what it reaches: its imports, and its package if it declares one. */
interface TestHead {
  imports: TestImport[]
  pkg?: string
}

/** A test file as every subject looks at it: read, named and sorted by language once. */
interface TestFile {
  path: string
  family: string
  /** The folded name of what it is named after, when it is named like a test. */
  named?: string
  head: TestHead
  /** The names its imports bring in. */
  importedNames: string[]
}

/**
 * The test sits in its subject's package and reaches it without an import: Go tests live in the
 * package's directory, Java and Kotlin tests declare the package of the class they test.
 */
function inSamePackage(test: string, head: TestHead | undefined, subject: string): boolean {
  if (languageFamily(test) === 'go') return posix.dirname(test) === posix.dirname(subject)
  if (head?.pkg === undefined) return false
  const dir = posix.dirname(subject)
  return dir === head.pkg || dir.endsWith(`/${head.pkg}`)
}

/** The subject's definitions the issue points at (its best symbols): what its tests use. */
function wantedNames(subject: OutlinedFile, symbols: readonly RankedSymbol[]): Wanted[] {
  // A class counts only when it is itself the best symbol: when the change is in one of its
  // methods, the tests that merely construct it are everywhere.
  const own = symbols.filter(symbol => symbol.path === subject.path)
  const wanted: Wanted[] = []
  const want = (name: string, isClass: boolean) => {
    if (!wanted.some(item => item.name === name)) wanted.push({ name, isClass })
  }
  own.slice(0, 2).forEach((symbol, i) => {
    const isClass = !['function', 'method'].includes(symbol.kind)
    if (i > 0 && isClass) return
    // Tests never call `__iter__` by name: they use its class (`x in Name(…)`), which counts,
    // like a class, only for the best symbol.
    if (/^__\w+__$/.test(symbol.name)) {
      if (i === 0 && symbol.className && symbol.className.length >= 3) want(symbol.className, true)
      return
    }
    if (symbol.name.length >= 3) want(symbol.name, isClass)
  })
  return wanted
}

function useReason(wanted: readonly Wanted[], uses: number): string {
  const called = wanted.filter(item => !item.isClass).map(item => `\`${item.name}\``)
  const used = wanted.filter(item => item.isClass).map(item => `\`${item.name}\``)
  const what = [
    used.length > 0 ? `uses ${used.join(' or ')}` : '',
    called.length > 0 ? `calls ${called.join(' or ')}` : ''
  ]
    .filter(Boolean)
    .join(' or ')
  return `${what} ${uses} time${uses === 1 ? '' : 's'}`
}

/** Using the very function the change goes into is the strongest sign of its test. */
function useScore(uses: number): number {
  return Math.min(5, 2 + 1.5 * Math.log2(1 + uses))
}

/**
 * Tests of a subject that no test imports, names or shares a package with (a base class reached
 * through its subclasses, a module used through a package's facade): those that call its
 * functions most, read from their heads. A single call is too weak a sign on its own.
 */
function callersOf(
  root: string,
  tests: readonly string[],
  subject: string,
  wanted: readonly Wanted[],
  options: CoveringOptions
): Scored[] {
  const heads = new HeadReader(options.headBytes)
  const callers: (Scored & { uses: number })[] = []
  for (const test of tests) {
    if (languageFamily(test) !== languageFamily(subject)) continue
    const uses = countUses(heads.read(join(root, test))?.text ?? '', wanted)
    if (uses < MIN_USES) continue
    callers.push({
      path: test,
      score: useScore(uses),
      reasons: [useReason(wanted, uses)],
      uses
    })
  }
  return callers.sort((a, b) => b.uses - a.uses || a.path.localeCompare(b.path))
}

/** Uses a test must make to count as a subject's test on that evidence alone. */
const MIN_USES = 2

/**
 * The existing tests of each subject (the best-ranked code files that were parsed), best first.
 * `symbols` says which functions of a subject matter: tests calling them rank first.
 */
export function findCoveringTests(
  root: string,
  testFiles: readonly string[],
  subjects: readonly OutlinedFile[],
  symbols: readonly RankedSymbol[],
  options: CoveringOptions = defaultCoveringOptions
): RankedTest[] {
  if (subjects.length === 0) return []
  const families = new Set(subjects.map(subject => languageFamily(subject.path)))
  const tests = testFiles
    .filter(path => families.has(languageFamily(path)) && !isFixturePath(path))
    .slice(0, options.maxTests)
  const reader = new HeadReader(options.headBytes)
  const files: TestFile[] = tests.map(path => {
    const text = reader.read(join(root, path))?.text ?? ''
    const imports = testImports(path, text)
    const shape = testShape(path)
    return {
      path,
      family: languageFamily(path),
      ...(shape ? { named: foldName(shape.subject) } : {}),
      head: { imports, pkg: declaredPackage(path, text) },
      importedNames: [...new Set(imports.flatMap(imported => imported.names))]
    }
  })
  const whole = new HeadReader(options.capBytes)
  const found: RankedTest[] = []
  for (const subject of subjects) {
    const exported = exportedNames(subject)
    const subjectFamily = languageFamily(subject.path)
    const module = moduleName(subject.path)
    let scored: (Scored & { uses?: number })[] = []
    for (const { path: test, family: testFamily, named, head, importedNames } of files) {
      if (testFamily !== subjectFamily) continue
      const item: Scored = { path: test, score: 0, reasons: [] }
      const byName = nameScore(named, module)
      if (byName.reason) {
        item.score += byName.score
        item.reasons.push(byName.reason)
      }
      const list = head.imports
      const imported = list
        .map(spec => importsModule(spec, subject.path))
        .find(found => found !== undefined)
      if (imported) {
        item.score += 4
        item.reasons.push(`imports \`${imported.replace(/\//g, '.')}\``)
      }
      const names = importedNames.filter(name => exported.has(name))
      if (names.length > 0) {
        item.score += Math.min(3, names.length)
        item.reasons.push(
          `imports ${names
            .slice(0, 3)
            .map(name => `\`${name}\``)
            .join(', ')}`
        )
      }
      if (inSamePackage(test, head, subject.path)) {
        item.score += 3
        item.reasons.push(`in the package of \`${posix.basename(subject.path)}\``)
      } else if (item.score > 0) item.score += sameTree(test, subject.path)
      if (item.score > 0) scored.push(item)
    }
    scored.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
    const wanted = wantedNames(subject, symbols)
    for (const item of scored.slice(0, options.callReads)) {
      if (wanted.length === 0) break
      const text = whole.read(join(root, item.path))?.text ?? ''
      const uses = countUses(text, wanted)
      if (uses === 0) continue
      item.uses = uses
      item.score += useScore(uses)
      item.reasons.push(useReason(wanted, uses))
    }
    // A test that uses the function again and again outranks one that only shares the module's
    // name or imports it; a single use may be incidental.
    const repeated = (item: { uses?: number }) => Number((item.uses ?? 0) >= MIN_USES)
    scored.sort(
      (a, b) => repeated(b) - repeated(a) || b.score - a.score || a.path.localeCompare(b.path)
    )
    if (scored.length === 0 && wanted.length > 0)
      scored = callersOf(root, tests, subject.path, wanted, options)
    for (const item of scored.slice(0, 3)) {
      found.push({
        path: item.path,
        subject: subject.path,
        score: Math.round(item.score * 1000) / 1000,
        reasons: item.reasons
      })
    }
  }
  return found
}
