// "Relevant Files" of the embedded planner: which ranked files the change probably touches and
// why, and which test file the feature gets. Only files that exist are listed to modify; the new
// test file follows the repository's own naming and never overwrites an existing file.
import { readdirSync, statSync } from 'node:fs'
import { posix, resolve } from 'node:path'
import type { RankedFile, ResearchResult, TestLayout } from '../../research/types.js'
import {
  existingTestOf,
  looksLikeTestFile,
  moduleName,
  neighbourTestName
} from '../../research/covering/test-files.js'
import { code } from './prose.js'
import { isRuledOut } from './feedback.js'
import { hasDirectEvidence, placesIn } from './symbols.js'

export interface FileEntry {
  path: string
  why: string
}

export interface RelevantFiles {
  /** Code and config files to change, lead first: the ones the evidence supports. */
  code: RankedFile[]
  /** Code files the research ranked but the evidence does not support enough to list. */
  considered: RankedFile[]
  /** One line naming the considered files, or undefined when there are none. */
  alsoConsidered?: string
  /** The evidence for the lead is weak: no frame, quote or qualified name pins its best symbol. */
  unsure: boolean
  /** Existing tests of that code, the one the work's tests join first. */
  tests: TestEntry[]
  /** Documentation the research ranked for the issue. */
  docs: RankedFile[]
  toModify: FileEntry[]
  toCreate: FileEntry[]
  /** The new test file, when no existing test file fits and the repository has a naming convention. */
  newTest?: string
  /** The existing test file the work's tests go into, when there is one (listed in `toModify`). */
  existingTest?: string
}

/** A test file and why it is the code's test ("imports `shop.cart`; calls `total` 4 times"). */
export interface TestEntry {
  path: string
  reasons: string[]
}

/** How many files a kind of plan lists: bugs touch few, features may span several. */
export interface FileSelection {
  /**
   * Another code file is listed when its score is at least this share of the best file's, if the
   * research is unsure of the lead; when it is sure, only files about as strong as the lead are.
   */
  share: number
  /** Code and config files listed at most. */
  max: number
  /** Documentation files listed at most. */
  docs: number
  /** Existing test files of the lead listed at most (each other listed file adds its own). */
  tests: number
}

export const featureSelection: FileSelection = { share: 0.35, max: 4, docs: 2, tests: 2 }

/** The best symbol's file leads only if it scores at least this share of the best file. */
const LEAD_FILE = 0.5
/** A lead symbol this strong rests on direct evidence: a frame, a quote, a qualified name. */
const SURE_SYMBOL = 8
/** When sure, another file is listed if its best symbol is this close to the lead's… */
const CLOSE_SYMBOL = 0.8
/** …or the file itself scores this close to the best file. */
const CLOSE_FILE = 0.85

/** Code files the research's ranking offers: the listed ones and those also considered. */
const MAX_CANDIDATES = 6
const MAX_CONSIDERED = 4

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

/** The files beside `subject` and the packages beside it, as repository paths. */
function neighboursOf(root: string, subject: string): string[] {
  const dir = posix.dirname(subject)
  const out: string[] = []
  try {
    for (const entry of readdirSync(resolve(root, dir), { withFileTypes: true })) {
      const path = dir === '.' ? entry.name : `${dir}/${entry.name}`
      if (entry.isFile()) out.push(path)
      else if (entry.isDirectory())
        for (const init of ['__init__.py', 'index.ts', 'index.js', 'mod.rs'])
          if (isFile(root, `${path}/${init}`)) out.push(`${path}/${init}`)
    }
  } catch {
    return []
  }
  return out
}

/**
 * A new test file for the module at `subject`: named like its neighbours' tests when they have
 * some (`tests/test_ext_{module}.py`), else by the layout's pattern; in a tree of
 * tests, under the subdirectory that mirrors the module's when the existing tests have one.
 */
export function moduleTestFile(
  root: string,
  layout: TestLayout,
  subject: string
): string | undefined {
  const learned = neighbourTestName(subject, neighboursOf(root, subject), layout.files)
  if (learned && isPlainPath(learned) && !isFile(root, learned)) return learned
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
 * What each listed file is for, in the words of one plan kind. `subject` says where in the file
 * (` in \`A\` (lines 3–9)`, or empty), `evidence` gives the research's reasons for the file.
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
   * The existing tests of `subject`, the module the work's tests exercise (`evidence`: how they
   * were found). Kinds that define it put their tests with the module's tests, or in a new file
   * named like its neighbours' tests, rather than in a file named after the work.
   */
  coveringTest?: (subject: string, evidence: string) => string
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
    `Tests for ${label}, one per acceptance criterion, named like the repository's other tests${convention}.`,
  coveringTest: (subject, evidence) =>
    `Existing tests of ${code(subject)}${evidence ? ` (${evidence})` : ''}: add the feature's tests here, one per acceptance criterion.`
}

function whyCode(
  research: ResearchResult,
  file: RankedFile,
  lead: boolean,
  wording: FileWording
): string {
  if (file.kind === 'config') return wording.config(reasonText(file))
  const subject = placesIn(research, file)
  return lead ? wording.lead(subject, reasonText(file)) : wording.follow(subject, reasonText(file))
}

/**
 * The code files a plan lists, lead first. The lead is the file of the research's best symbol
 * (it weighs the evidence inside files too), else its best code file; another file joins when
 * its score is close enough to the best one's, or when `keep` names it. The rest are only
 * "also considered".
 */
function selectCode(
  research: ResearchResult,
  usable: RankedFile[],
  selection: FileSelection,
  keep: readonly string[]
): { code: RankedFile[]; considered: RankedFile[]; sure: boolean } {
  const candidates = usable
    .filter(file => file.kind === 'code' || file.kind === 'config')
    .slice(0, MAX_CANDIDATES)
  const codeFiles = candidates.filter(file => file.kind === 'code')
  if (candidates.length === 0) return { code: [], considered: [], sure: false }
  const best = Math.max(...candidates.map(file => file.score))
  // The best symbol leads when its file is a serious candidate itself.
  const strong = codeFiles.filter(file => file.score >= best * LEAD_FILE)
  const symbolLead = research.symbols.find(symbol => strong.some(file => file.path === symbol.path))
  const lead = strong.find(file => file.path === symbolLead?.path) ?? candidates[0]
  const leadScore = symbolLead && symbolLead.path === lead.path ? symbolLead.score : 0
  // Without parsed symbols (a language without patterns either), the file's own evidence decides.
  const sure =
    research.symbols.length > 0 ? leadScore >= SURE_SYMBOL : hasDirectEvidence(research, lead)
  const bestSymbol = (file: RankedFile) =>
    research.symbols.find(symbol => symbol.path === file.path)?.score ?? 0
  const close = (file: RankedFile) =>
    sure
      ? bestSymbol(file) >= leadScore * CLOSE_SYMBOL || file.score >= best * CLOSE_FILE
      : file.score >= best * selection.share
  const chosen = [lead]
  for (const file of candidates) {
    if (chosen.length >= selection.max || chosen.includes(file)) continue
    if (close(file) || keep.includes(file.path)) chosen.push(file)
  }
  // Config files only make sense after code: a manifest is rarely the main home of a change.
  const code = [
    lead,
    ...chosen.slice(1).sort((a, b) => Number(a.kind === 'config') - Number(b.kind === 'config'))
  ]
  const considered = codeFiles.filter(file => !code.includes(file)).slice(0, MAX_CONSIDERED)
  return { code, considered, sure }
}

/** "Also considered, with weaker evidence: `a` (mentions `x` 5 times) and `b` (…)." */
function alsoConsideredLine(files: readonly RankedFile[]): string | undefined {
  if (files.length === 0) return undefined
  const items = files.map(file =>
    file.reasons[0] ? `${code(file.path)} (${file.reasons[0]})` : code(file.path)
  )
  const last = items.pop()!
  return `Also considered, with weaker evidence: ${items.length > 0 ? `${items.join(', ')} and ${last}` : last}.`
}

/** How the research found a test: its reasons, the import and call ones first. */
function testEvidence(entry: TestEntry): string {
  return entry.reasons.slice(0, 3).join('; ')
}

export function chooseRelevantFiles(
  research: ResearchResult,
  root: string,
  descriptiveName: string,
  featureLabel: string,
  wording: FileWording = featureWording,
  options: {
    /** The file the work's tests exercise; default the lead code file. */
    testSubject?: string
    /** Files to list whatever their score (the bug's traceback frames, say). */
    keep?: string[]
    selection?: FileSelection
  } = {}
): RelevantFiles {
  // A path a reviewer ruled out is never listed, however it was found.
  const listable = (path: string) =>
    isPlainPath(path) && isFile(root, path) && !isRuledOut(path, research.ruledOut)
  const usable = research.files.filter(file => listable(file.path))
  const selection = options.selection ?? featureSelection
  const {
    code: codeFiles,
    considered,
    sure
  } = selectCode(research, usable, selection, options.keep ?? [])
  const docs = usable.filter(file => file.kind === 'doc').slice(0, selection.docs)
  const layout = research.orientation.tests
  const lead = codeFiles.find(file => file.kind === 'code')
  const subject = options.testSubject ?? lead?.path

  // A code file's tests, found by what they import and call; else one named after the module.
  const usableTest = listable
  const testsOf = (path: string): TestEntry[] => {
    const found = research.tests
      .filter(test => test.subject === path && usableTest(test.path))
      .map(test => ({ path: test.path, reasons: test.reasons }))
    if (found.length > 0) return found
    const named = existingTestOf(layout.files, path, usableTest)
    return named ? [{ path: named, reasons: [`named after \`${moduleName(path)}\``] }] : []
  }
  const covering: TestEntry[] = subject
    ? testsOf(subject)
    : // No code to anchor on: the tests the research ranked for the issue's words.
      usable
        .filter(item => item.kind === 'test' && looksLikeTestFile(item.path))
        .slice(0, 1)
        .map(file => ({ path: file.path, reasons: file.reasons }))
  // The other listed files' own tests come next: they check the rest of the change.
  const ofOthers = codeFiles
    .filter(file => file.kind === 'code' && file.path !== subject)
    .map(file => testsOf(file.path)[0])
    .filter((test): test is TestEntry => test !== undefined)
  const tests: TestEntry[] = []
  for (const test of [...covering.slice(0, selection.tests), ...ofOthers]) {
    if (!tests.some(item => item.path === test.path)) tests.push(test)
  }

  const toModify: FileEntry[] = codeFiles.map((file, index) => ({
    path: file.path,
    why: whyCode(research, file, index === 0, wording)
  }))
  const existingTest = wording.coveringTest && subject ? tests[0]?.path : undefined
  tests.forEach((test, index) => {
    const why =
      index === 0 && existingTest && subject
        ? wording.coveringTest!(subject, testEvidence(test))
        : wording.test(testEvidence(test))
    toModify.push({ path: test.path, why })
  })
  toModify.push(...docs.map(file => ({ path: file.path, why: wording.doc(reasonText(file)) })))

  const toCreate: FileEntry[] = []
  let newTest = existingTest
    ? undefined
    : subject && wording.coveringTest
      ? moduleTestFile(root, layout, subject)
      : testFileFor(layout, descriptiveName, codeFiles[0]?.path)
  let reused: string | undefined
  if (newTest && isRuledOut(newTest, research.ruledOut)) {
    newTest = undefined
  } else if (newTest && isFile(root, newTest)) {
    // The work's test file already exists: extend it instead of inventing another name.
    if (!toModify.some(entry => entry.path === newTest)) {
      const why =
        subject && wording.coveringTest ? wording.coveringTest(subject, '') : wording.existingTest
      toModify.push({ path: newTest, why })
    }
    reused = newTest
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
  return {
    code: codeFiles,
    considered,
    alsoConsidered: alsoConsideredLine(considered),
    unsure: lead !== undefined && !sure,
    tests,
    docs,
    toModify,
    toCreate,
    newTest,
    existingTest: existingTest ?? reused
  }
}
