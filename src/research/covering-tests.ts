// The existing tests of the code a change goes into, found by what they import and call rather
// than by their names alone: `tests/test_build_manpage.py` imports the manpage writer,
// `tests/unittest_raw_building.py` calls `imported_member`. Every test file's head is read for
// its imports; the few that import the module are then read whole for the calls.
import { join, posix } from 'node:path'
import { extensionOf } from './classify.js'
import type { OutlinedFile } from './rank-symbols.js'
import { HeadReader } from './read-file.js'
import { importsModule, testImports } from './test-imports.js'
import { isFixturePath, moduleName, testShape } from './test-files.js'
import type { RankedSymbol, RankedTest } from './types.js'

export interface CoveringOptions {
  /** Bytes of each test file read for its imports. */
  headBytes: number
  /** Test files read for their imports, at most. */
  maxTests: number
  /** Test files read whole for their calls, per subject. */
  callReads: number
  capBytes: number
}

export const defaultCoveringOptions: CoveringOptions = {
  headBytes: 16 * 1024,
  maxTests: 3000,
  callReads: 30,
  capBytes: 256 * 1024
}

/** Languages whose tests may test each other's code: a Python test does not test a Go file. */
function family(path: string): string {
  const ext = extensionOf(path)
  if (['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'].includes(ext)) return 'js'
  if (['java', 'kt', 'scala', 'groovy'].includes(ext)) return 'jvm'
  if (ext === 'pyi') return 'py'
  return ext
}

function moduleKey(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '')
}

interface Scored {
  path: string
  score: number
  reasons: string[]
}

/** Evidence from a test's name and place: named after the module, or beside it. */
function nameScore(test: string, subject: string): { score: number; reason?: string } {
  const shape = testShape(test)
  const module = moduleKey(moduleName(subject))
  if (!shape || module.length < 3) return { score: 0 }
  const named = moduleKey(shape.subject)
  if (named === module) return { score: 3.5, reason: `named after \`${moduleName(subject)}\`` }
  // `test_build_manpage` for `manpage`, `test_commonmatrix` for `common`.
  if (named.includes(module) || (named.length >= 4 && module.includes(named)))
    return { score: 1.5, reason: `named like \`${moduleName(subject)}\`` }
  return { score: 0 }
}

function sameTree(test: string, subject: string): number {
  if (posix.dirname(test) === posix.dirname(subject)) return 1
  const testDirs = posix.dirname(test).split('/')
  const sourceDirs = posix.dirname(subject).split('/')
  const shared = testDirs.filter(part => sourceDirs.includes(part)).length
  return Math.min(1, shared / Math.max(1, sourceDirs.length))
}

function countCalls(text: string, names: readonly string[]): number {
  let count = 0
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\s*\\(`, 'g')
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
  const families = new Set(subjects.map(subject => family(subject.path)))
  const tests = testFiles
    .filter(path => families.has(family(path)) && !isFixturePath(path))
    .slice(0, options.maxTests)
  const heads = new HeadReader(options.headBytes)
  const imports = new Map(
    tests.map(path => [path, testImports(path, heads.read(join(root, path))?.text ?? '')])
  )
  const whole = new HeadReader(options.capBytes)
  const found: RankedTest[] = []
  for (const subject of subjects) {
    const exported = exportedNames(subject)
    const scored: Scored[] = []
    for (const test of tests) {
      if (family(test) !== family(subject.path)) continue
      const item: Scored = { path: test, score: 0, reasons: [] }
      const byName = nameScore(test, subject.path)
      if (byName.reason) {
        item.score += byName.score
        item.reasons.push(byName.reason)
      }
      const list = imports.get(test) ?? []
      const module = list
        .map(imported => importsModule(imported, subject.path))
        .find(found => found !== undefined)
      if (module) {
        item.score += 4
        item.reasons.push(`imports \`${module.replace(/\//g, '.')}\``)
      }
      const names = [...new Set(list.flatMap(imported => imported.names))].filter(name =>
        exported.has(name)
      )
      if (names.length > 0) {
        item.score += Math.min(3, names.length)
        item.reasons.push(
          `imports ${names
            .slice(0, 3)
            .map(name => `\`${name}\``)
            .join(', ')}`
        )
      }
      // Go tests live in their package's directory and import nothing to reach it.
      if (family(test) === 'go' && posix.dirname(test) === posix.dirname(subject.path)) {
        item.score += 3
        item.reasons.push(`in the package of \`${posix.basename(subject.path)}\``)
      } else if (item.score > 0) item.score += sameTree(test, subject.path)
      if (item.score > 0) scored.push(item)
    }
    scored.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
    // The subject's functions the issue points at: tests that call them test the change. A class
    // counts only when it is itself the symbol; its constructor is called everywhere.
    const own = symbols.filter(symbol => symbol.path === subject.path)
    const wanted = [
      ...new Set(
        own
          .slice(0, 2)
          .filter((symbol, i) => i === 0 || ['function', 'method'].includes(symbol.kind))
          .map(symbol => symbol.name)
          .filter(name => name.length >= 3 && !/^__\w+__$/.test(name))
      )
    ]
    for (const item of scored.slice(0, options.callReads)) {
      if (wanted.length === 0) break
      const text = whole.read(join(root, item.path))?.text ?? ''
      const calls = countCalls(text, wanted)
      if (calls === 0) continue
      // Calling the very function the change goes into is the strongest sign of its test: it
      // outweighs a name shared with the module.
      item.score += Math.min(5, 2 + 1.5 * Math.log2(1 + calls))
      item.reasons.push(
        `calls ${wanted.map(name => `\`${name}\``).join(' or ')} ${calls} time${calls === 1 ? '' : 's'}`
      )
    }
    scored.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
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
