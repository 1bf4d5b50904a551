// "Relevant Files" of the embedded planner: which ranked files the change probably touches and
// why, and which test file the feature gets. Only files that exist are listed to modify; the new
// test file follows the repository's own naming and never overwrites an existing file.
import { isDocumentation } from './doc-paths.js'
import type { Precedent, RankedFile, ResearchResult } from '../../../research/types.js'
import { posix } from 'node:path'
import {
  existingTestOf,
  looksLikeTestFile,
  testShape
} from '../../../research/covering/test-files.js'
import { moduleName } from '../../../research/tree/module-name.js'
import { foldName } from '../../../text/fold-name.js'
import { code, escapeAngles, listing } from '../prose.js'
import { placesIn, symbolName, symbolsOf } from './symbols.js'
import {
  alsoConsideredLine,
  featureSelection,
  selectCode,
  type FileSelection
} from './code-selection.js'
import { isFile, isPlainPath, listableIn } from './listable-paths.js'
import { moduleTestFile, testFileFor } from './new-test-file.js'
import { escapeRegExp } from '../../../text/regex.js'

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

export function reasonText(file: RankedFile): string {
  return file.reasons.slice(0, 3).join('; ') || 'ranked relevant by the research'
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

/** How the research found a test: its reasons, the import and call ones first. */
function testEvidence(entry: TestEntry): string {
  return entry.reasons.slice(0, 3).join('; ')
}

/** A code file's tests, found by what they import and call; else one named after the module. */
function testsOf(
  research: ResearchResult,
  listable: (path: string) => boolean,
  path: string
): TestEntry[] {
  const found = research.tests
    .filter(test => test.subject === path && listable(test.path))
    .map(test => ({ path: test.path, reasons: test.reasons }))
  if (found.length > 0) return found
  const named = existingTestOf(research.orientation.tests.files, path, listable)
  return named ? [{ path: named, reasons: [`named after \`${moduleName(path)}\``] }] : []
}

/** A member's name this short (`get`, `sum`) names too many tests to pick one by. */
const MEMBER_NAME_LEAST = 4

/**
 * Tests named after the lead member rather than its module (`test/req.subdomains.js`,
 * `tests/test_subdomains.py`): the suite's own place for that member's cases.
 */
function memberTests(
  research: ResearchResult,
  listable: (path: string) => boolean,
  subject: string
): TestEntry[] {
  const member = symbolsOf(research, subject, 1)[0]
  if (!member || !['function', 'method', 'variable'].includes(member.kind)) return []
  const names = [symbolName(member), member.name]
    .filter(name => name.length >= MEMBER_NAME_LEAST)
    .map(foldName)
  const family = (path: string) => posix.extname(path).replace(/^\.[cm]?([jt])sx?$/, '.js')
  return research.orientation.tests.files
    .filter(path => listable(path) && family(path) === family(subject))
    .filter(path => {
      const shape = testShape(path)
      return shape !== undefined && names.includes(foldName(shape.subject))
    })
    .slice(0, 1)
    .map(path => ({ path, reasons: [`named after the member \`${symbolName(member)}\``] }))
}

/**
 * The test file at the place the module's own test has by the repository's naming
 * (`tests/lib/rules/x.js` for `lib/rules/x.js`), when it exists.
 */
function namedTest(
  research: ResearchResult,
  root: string,
  listable: (path: string) => boolean,
  subject: string
): TestEntry[] {
  const path = moduleTestFile(root, research.orientation.tests, subject)
  if (!path || !isFile(root, path) || !listable(path)) return []
  // The research's reasons for it, when it found it too, say more (what it imports and calls).
  const found = research.tests.find(test => test.path === path && test.subject === subject)
  return [{ path, reasons: found?.reasons ?? [`named after \`${moduleName(subject)}\``] }]
}

/**
 * The existing tests a plan lists: the subject's own first (at most `max`), one per listed file.
 * `byName`: the tests named after the lead member, then after its module, come before those
 * found by what they import.
 */
function testsToList(
  research: ResearchResult,
  root: string,
  listable: (path: string) => boolean,
  usable: RankedFile[],
  codeFiles: RankedFile[],
  subject: string | undefined,
  max: number,
  byName: boolean
): TestEntry[] {
  const own = (path: string) => [
    ...(byName
      ? [...memberTests(research, listable, path), ...namedTest(research, root, listable, path)]
      : []),
    ...testsOf(research, listable, path)
  ]
  const covering: TestEntry[] = subject
    ? own(subject)
    : // No code to anchor on: the tests the research ranked for the issue's words.
      usable
        .filter(item => item.kind === 'test' && looksLikeTestFile(item.path))
        .slice(0, 1)
        .map(file => ({ path: file.path, reasons: file.reasons }))
  // The other listed files' own tests come next: they check the rest of the change.
  const ofOthers = codeFiles
    .filter(file => file.kind === 'code' && file.path !== subject)
    .map(file => testsOf(research, listable, file.path)[0])
    .filter((test): test is TestEntry => test !== undefined)
  const tests: TestEntry[] = []
  const unique = covering.filter(
    (test, index) => covering.findIndex(item => item.path === test.path) === index
  )
  for (const test of [...unique.slice(0, max), ...ofOthers]) {
    if (!tests.some(item => item.path === test.path)) tests.push(test)
  }
  return tests
}

/**
 * The bullets of the files to modify: code, then tests, then docs. `coveringSubject` is set when
 * the first test is the subject's own and takes the work's tests.
 */
function modifyEntries(
  research: ResearchResult,
  wording: FileWording,
  listed: { code: RankedFile[]; tests: TestEntry[]; docs: RankedFile[] },
  coveringSubject: string | undefined
): FileEntry[] {
  const toModify: FileEntry[] = listed.code.map((file, index) => ({
    path: file.path,
    why: whyCode(research, file, index === 0, wording)
  }))
  listed.tests.forEach((test, index) => {
    const why =
      index === 0 && coveringSubject
        ? wording.coveringTest!(coveringSubject, testEvidence(test))
        : wording.test(testEvidence(test))
    toModify.push({ path: test.path, why })
  })
  toModify.push(
    ...listed.docs.map(file => ({ path: file.path, why: wording.doc(reasonText(file)) }))
  )
  return toModify
}

/** Where the work's own test file lands, when no existing test of the code takes its tests. */
interface WorkTestFile {
  /** The new test file, for Files to Create. */
  create?: FileEntry
  /** The proposed file exists already: the work's tests extend it. */
  reused?: string
  /** Its bullet under the files to modify, when it is not listed there yet. */
  extend?: FileEntry
}

/**
 * What becomes of the test file the repository's naming proposes for the work: extended if it
 * exists, else created (by the kinds that add one).
 */
function workTestFile(
  research: ResearchResult,
  root: string,
  wording: FileWording,
  proposed: string | undefined,
  subject: string | undefined,
  featureLabel: string,
  listed: FileEntry[]
): WorkTestFile {
  if (!proposed) return {}
  if (isFile(root, proposed)) {
    // The work's test file already exists: extend it instead of inventing another name.
    if (listed.some(entry => entry.path === proposed)) return { reused: proposed }
    const why =
      subject && wording.coveringTest ? wording.coveringTest(subject, '') : wording.existingTest
    return { reused: proposed, extend: { path: proposed, why } }
  }
  if (!wording.newTest) return {}
  const layout = research.orientation.tests
  const convention = `${layout.framework ? ` (${layout.framework})` : ''}${
    layout.examples[0] ? `, e.g. ${code(layout.examples[0])}` : ''
  }`
  const label = subject ? `${featureLabel} in ${code(subject)}` : featureLabel
  return { create: { path: proposed, why: wording.newTest(label, convention) } }
}

/**
 * The Relevant Files of a plan: the code files the evidence supports (`keep` adds some whatever
 * their score), the existing tests of that code, the ranked docs, and where the work's own tests
 * go, each with the reason for it in the `wording` of the plan's kind.
 */
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
    /** Whether the plan adds what the issue asks for as a new member of a family it found. */
    newMember?: boolean
    /**
     * The work's tests join the tests named after the lead member or its module, when there are
     * some, before those found by what they import.
     */
    testsByName?: boolean
  } = {}
): RelevantFiles {
  const listable = listableIn(root)
  // The siblings of a new family member are its examples, not files the change modifies.
  const sibling = options.newMember ? siblingTest(research) : () => false
  // Build scripts, CI, templates, changelogs, examples and generated copies are no change's
  // home unless the issue names them.
  const usable = research.files.filter(
    file => listable(file.path) && !sibling(file.path) && (!file.role || file.named)
  )
  const selection = options.selection ?? featureSelection
  const {
    code: codeFiles,
    considered,
    sure
  } = selectCode(research, usable, selection, options.keep ?? [])
  const docs = usable
    .filter(file => file.kind === 'doc' && isDocumentation(file.path))
    .slice(0, selection.docs)
  const layout = research.orientation.tests
  const lead = codeFiles.find(file => file.kind === 'code')
  const subject = options.testSubject ?? lead?.path
  const tests = testsToList(
    research,
    root,
    listable,
    usable,
    codeFiles,
    subject,
    selection.tests,
    options.testsByName ?? false
  )
  const existingTest = wording.coveringTest && subject ? tests[0]?.path : undefined
  const toModify = modifyEntries(
    research,
    wording,
    { code: codeFiles, tests, docs },
    existingTest ? subject : undefined
  )
  const proposed = existingTest
    ? undefined
    : subject && wording.coveringTest
      ? moduleTestFile(root, layout, subject)
      : testFileFor(layout, descriptiveName, codeFiles[0]?.path)
  const member = options.newMember ? memberFiles(research, root) : []
  if (options.newMember) toModify.push(...registrationEntries(research, listable, toModify))
  const memberTest = member.find(entry =>
    /(?:^|[/._-])(?:tests?|spec)(?:[/._-]|$)/i.test(entry.path)
  )
  const own = memberTest
    ? { create: undefined, reused: undefined, extend: undefined }
    : workTestFile(research, root, wording, proposed, subject, featureLabel, toModify)
  if (own.extend) toModify.push(own.extend)
  return {
    code: codeFiles,
    considered,
    alsoConsidered: alsoConsideredLine(considered),
    unsure: lead !== undefined && !sure,
    tests,
    docs,
    toModify,
    toCreate: [...member, ...(own.create ? [own.create] : [])],
    newTest: memberTest?.path ?? own.create?.path,
    existingTest: existingTest ?? own.reused
  }
}

/** Whether a path is another member of the family a new member joins (or a companion of one). */
function siblingTest(research: ResearchResult): (path: string) => boolean {
  const member = research.newMember
  if (!member || member.files.length === 0) return () => false
  const patterns = member.files.map(
    path => new RegExp(`^${path.split(member.name).map(escapeRegExp).join('[^/]+')}$`)
  )
  return path => patterns.some(pattern => pattern.test(path))
}

/**
 * The files of a new family member (a rule, a plugin, a check) in its siblings' shape: the member
 * itself, then the companions its siblings have (types, test, docs), each that does not exist yet.
 */
function memberFiles(research: ResearchResult, root: string): FileEntry[] {
  const member = research.newMember
  if (!member) return []
  const siblings = listing(member.siblings.slice(0, 2).map(code))
  const precedent = member.precedent
  const shaped = member.files.map((path, index) => ({
    path,
    why:
      index === 0
        ? `The new ${code(member.name)}, shaped like its siblings ${siblings} (${code(member.pattern)}), and registered wherever they are.`
        : `Its siblings each have a ${code(path.split(member.name).join('{name}'))}: the new one's.`
  }))
  const followed = (precedent?.files ?? []).map(path => ({
    path,
    why: `${precedentLabel(precedent!)} added ${code(path.split(member.name).join(precedent!.sibling))} with it: the new one's.`
  }))
  return [...shaped, ...followed].filter(({ path }) => isPlainPath(path) && !isFile(root, path))
}

/** "The commit that added `x` (`a1b2c3d` *Add the x rule*)" */
function precedentLabel(precedent: Precedent): string {
  return `The commit that added ${code(precedent.sibling)} (${code(precedent.sha.slice(0, 7))} *${escapeAngles(precedent.subject)}*)`
}

/** The files the commit that added the last sibling changed besides: where a new member is registered. */
function registrationEntries(
  research: ResearchResult,
  listable: (path: string) => boolean,
  listed: readonly FileEntry[]
): FileEntry[] {
  const precedent = research.newMember?.precedent
  if (!precedent) return []
  return precedent.registrations
    .filter(path => listable(path) && !listed.some(entry => entry.path === path))
    .map(path => ({
      path,
      why: `${precedentLabel(precedent)} changed it too: register ${code(research.newMember!.name)} the same way.`
    }))
}
