// "Relevant Files" of the embedded planner: which ranked files the change probably touches and
// why, and which test file the feature gets. Only files that exist are listed to modify; the new
// test file follows the repository's own naming and never overwrites an existing file.
import { statSync } from 'node:fs'
import { posix, resolve } from 'node:path'
import type { RankedFile, ResearchResult, TestLayout } from '../../research/types.js'
import { existingTestOf, looksLikeTestFile, moduleName } from '../../research/test-files.js'
import { code } from './prose.js'

export interface FileEntry {
  path: string
  why: string
}

export interface RelevantFiles {
  /** Code and config files to change, best first. */
  code: RankedFile[]
  /** Existing tests of that code. */
  tests: RankedFile[]
  /** Documentation the research ranked for the issue. */
  docs: RankedFile[]
  toModify: FileEntry[]
  toCreate: FileEntry[]
  /** The feature's new test file, when the repository has a test naming convention. */
  newTest?: string
  /** The existing test file the work's tests go into, when there is one (listed in `toModify`). */
  existingTest?: string
}

const MAX_CODE = 5
const MAX_TESTS = 2
const MAX_DOCS = 2

function isFile(root: string, path: string): boolean {
  try {
    return statSync(resolve(root, path)).isFile()
  } catch {
    return false
  }
}

function isDirectory(root: string, path: string): boolean {
  try {
    return statSync(resolve(root, path)).isDirectory()
  } catch {
    return false
  }
}

/** A path a plan can name: relative, inside the root, writable as inline code. */
function isPlainPath(path: string): boolean {
  return (
    path !== '' &&
    !path.includes('`') &&
    !path.startsWith('/') &&
    !/^[a-zA-Z]:/.test(path) &&
    !path.split('/').includes('..')
  )
}

export function reasonText(file: RankedFile): string {
  return file.reasons.slice(0, 3).join('; ') || 'ranked relevant by the research'
}

/** Identifiers the research saw defined in the file: reasons read "defines `A`, `B`". */
export function definedNames(file: RankedFile): string[] {
  return file.reasons
    .filter(reason => /^defines\b/.test(reason))
    .flatMap(reason => [...reason.matchAll(/`([^`]+)`/g)].map(m => m[1]))
}

function casedSubject(words: string[], layout: TestLayout, pattern: string): string {
  const ext = posix.extname(pattern)
  if (/\{name\}(?:Test|Tests|Spec)\./.test(pattern)) {
    return words.map(word => word[0].toUpperCase() + word.slice(1)).join('')
  }
  if (['.py', '.rb', '.go', '.rs', '.ex', '.exs', '.php', '.dart'].includes(ext)) {
    return words.join('_')
  }
  // JavaScript and friends: follow the examples' own style (camelCase or kebab-case).
  const camel = layout.examples.some(example => /[a-z][A-Z]/.test(posix.basename(example)))
  const kebab = layout.examples.some(example => /[a-z]-[a-z]/.test(posix.basename(example)))
  if (camel && !kebab) {
    return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('')
  }
  return words.join('-')
}

/** The feature's test file from the layout's `{name}` pattern, or undefined when there is none. */
export function testFileFor(
  layout: TestLayout,
  descriptiveName: string,
  anchor: string | undefined
): string | undefined {
  const pattern = layout.pattern
  if (!pattern.includes('{name}')) return undefined
  const words = descriptiveName.split('-').filter(Boolean)
  if (words.length === 0) return undefined
  const dir = anchor ? posix.dirname(anchor) : (layout.dirs[0] ?? '.')
  const path = posix.normalize(
    pattern.replace(/\{dir\}/g, dir).replace(/\{name\}/g, casedSubject(words, layout, pattern))
  )
  return isPlainPath(path) ? path : undefined
}

/**
 * A new test file named after the module at `subject`, by the layout's pattern; in a tree of
 * tests, under the subdirectory that mirrors the module's when the existing tests have one.
 */
export function moduleTestFile(
  root: string,
  layout: TestLayout,
  subject: string
): string | undefined {
  const pattern = layout.pattern
  const name = moduleName(subject)
  if (!pattern.includes('{name}') || !/^[\w-]+$/.test(name)) return undefined
  const sourceDir = posix.dirname(subject)
  let path: string
  if (pattern.includes('{dir}')) {
    path = pattern.replace(/\{dir\}/g, sourceDir).replace(/\{name\}/g, name)
  } else {
    const base = posix.dirname(pattern)
    const parts = sourceDir === '.' ? [] : sourceDir.split('/')
    const mirror = parts
      .map((_, index) => posix.join(base, ...parts.slice(index)))
      .find(candidate => isDirectory(root, candidate))
    path = posix.join(mirror ?? base, posix.basename(pattern).replace(/\{name\}/g, name))
  }
  path = posix.normalize(path)
  return isPlainPath(path) ? path : undefined
}

/**
 * What each listed file is for, in the words of one plan kind. `subject` is ` around \`A\``
 * (or empty), `evidence` the research's reasons for the file.
 */
export interface FileWording {
  lead(subject: string, evidence: string): string
  follow(subject: string, evidence: string): string
  config(evidence: string): string
  test(evidence: string): string
  doc(evidence: string): string
  /** A test file named after the work already exists. */
  existingTest: string
  /** The new test file; undefined when this kind of plan adds none. */
  newTest?: (label: string, convention: string) => string
  /**
   * The existing tests of `subject`, the module the work's tests exercise. Kinds that define it
   * put their tests with the module's tests, or in a new file named after the module, rather
   * than in a file named after the work.
   */
  coveringTest?: (subject: string) => string
}

export const featureWording: FileWording = {
  lead: (subject, evidence) =>
    `Main change: the feature's logic belongs here${subject} (evidence: ${evidence}).`,
  follow: (subject, evidence) =>
    `Follow-on change: adapt this code${subject} to the new behaviour and keep its callers working (evidence: ${evidence}).`,
  config: evidence =>
    `Register or configure the feature here if it needs settings, scripts or dependencies (evidence: ${evidence}).`,
  test: evidence =>
    `Existing tests of this code: add cases for the new behaviour and check the old cases still hold (evidence: ${evidence}).`,
  doc: evidence =>
    `Documents this area: describe the feature and any new option or command (evidence: ${evidence}).`,
  existingTest:
    'Tests named after this feature already live here: extend them for the new behaviour.',
  newTest: (label, convention) =>
    `Tests for ${label}, one per acceptance criterion, named like the repository's other tests${convention}.`
}

function whyCode(file: RankedFile, lead: boolean, wording: FileWording): string {
  const names = definedNames(file)
  const subject = names.length > 0 ? ` around ${names.slice(0, 2).map(code).join(' and ')}` : ''
  if (file.kind === 'config') return wording.config(reasonText(file))
  return lead ? wording.lead(subject, reasonText(file)) : wording.follow(subject, reasonText(file))
}

export function chooseRelevantFiles(
  research: ResearchResult,
  root: string,
  descriptiveName: string,
  featureLabel: string,
  wording: FileWording = featureWording,
  options: {
    /** The file the work's tests exercise, for kinds with `coveringTest`; else the first code file. */
    testSubject?: string
  } = {}
): RelevantFiles {
  const usable = research.files.filter(file => isPlainPath(file.path) && isFile(root, file.path))
  const codeFiles = usable
    .filter(file => file.kind === 'code' || file.kind === 'config')
    .slice(0, MAX_CODE)
  // Config files only make sense after code: a manifest is rarely the main home of a feature.
  codeFiles.sort((a, b) => Number(a.kind === 'config') - Number(b.kind === 'config'))
  const tests = usable
    .filter(file => file.kind === 'test' && looksLikeTestFile(file.path))
    .slice(0, MAX_TESTS)
  const docs = usable.filter(file => file.kind === 'doc').slice(0, MAX_DOCS)
  const layout = research.orientation.tests

  const toModify: FileEntry[] = [
    ...codeFiles.map((file, index) => ({
      path: file.path,
      why: whyCode(file, index === 0, wording)
    })),
    ...tests.map(file => ({ path: file.path, why: wording.test(reasonText(file)) })),
    ...docs.map(file => ({ path: file.path, why: wording.doc(reasonText(file)) }))
  ]

  const toCreate: FileEntry[] = []
  let existingTest: string | undefined
  const subject = wording.coveringTest
    ? (options.testSubject ?? codeFiles.find(file => file.kind === 'code')?.path)
    : undefined
  const covering = subject ? existingTestOf(layout.files, subject, isPlainPath) : undefined
  if (subject && covering && wording.coveringTest) {
    // The module already has tests: the work's tests join them, listed first among the tests.
    existingTest = covering
    const entry = { path: covering, why: wording.coveringTest(subject) }
    const at = toModify.findIndex(
      item => item.path === covering || tests.some(test => test.path === item.path)
    )
    if (at < 0) toModify.push(entry)
    else if (toModify[at].path === covering) toModify[at] = entry
    else toModify.splice(at, 0, entry)
  }
  let newTest = existingTest
    ? undefined
    : subject
      ? moduleTestFile(root, layout, subject)
      : testFileFor(layout, descriptiveName, codeFiles[0]?.path)
  if (newTest && isFile(root, newTest)) {
    // The work's test file already exists: extend it instead of inventing another name.
    if (!toModify.some(entry => entry.path === newTest)) {
      const why =
        subject && wording.coveringTest ? wording.coveringTest(subject) : wording.existingTest
      toModify.push({ path: newTest, why })
    }
    existingTest = newTest
    newTest = undefined
  }
  if (newTest && wording.newTest) {
    const convention = `${layout.framework ? ` (${layout.framework})` : ''}${
      layout.examples[0] ? `, e.g. ${code(layout.examples[0])}` : ''
    }`
    const label = subject ? `${featureLabel} in ${code(subject)}` : featureLabel
    toCreate.push({ path: newTest, why: wording.newTest(label, convention) })
  } else {
    newTest = undefined
  }
  return { code: codeFiles, tests, docs, toModify, toCreate, newTest, existingTest }
}
