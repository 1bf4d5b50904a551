// Every section of a bug plan, for the embedded planner: what the report says (steps, expected
// and actual behaviour, the error), where the research says the fault lives (traceback frames
// first), and a fix that starts from a failing regression test. Issue text is data, flattened
// to one-line prose.
import type { RankedFile } from '../../research/types.js'
import {
  commandEntries,
  validationCommands,
  focusFiles,
  issueSections,
  listItems,
  researchNotes,
  sectionMatching,
  sectionProse,
  type CommandEntry,
  type IssueSection,
  type Step
} from './content-shared.js'
import { readIssue } from '../../text/issue-text.js'
import { featureNameFrom, type ContentInput } from './feature-content.js'
import { code, firstSentence, listing, prose, sentence } from './prose.js'
import {
  chooseRelevantFiles,
  definedNames,
  reasonText,
  type FileEntry,
  type FileWording,
  type RelevantFiles
} from './relevant-files.js'
import { fileExistsIn } from '../format/validate.js'

export interface BugContent {
  bugName: string
  description: string
  /** Expected and actual behaviour, the error, the environment: what the report states. */
  facts: string[]
  problem: string
  solution: string
  reproduce: string[]
  rootCause: { summary: string; candidates: string[] }
  relevantFilesIntro: string
  filesToModify: FileEntry[]
  filesToCreate: FileEntry[]
  steps: Step[]
  testing: { overview: string; regression: string[]; edgeCases: string[] }
  criteria: string[]
  commands: CommandEntry[]
  notes: string[]
}

export const bugWording: FileWording = {
  lead: (subject, evidence) =>
    `Most likely home of the fault${subject}: the fix goes here once the root cause is confirmed (evidence: ${evidence}).`,
  follow: (subject, evidence) =>
    `On the failing path${subject}: check how it feeds or uses the faulty code, and change it only if the fix requires it (evidence: ${evidence}).`,
  config: evidence =>
    `Check whether a setting, script or dependency here contributes to the bug (evidence: ${evidence}).`,
  test: evidence =>
    `Existing tests of this code: they missed the bug; add its edge cases here and keep them passing (evidence: ${evidence}).`,
  doc: evidence =>
    `Describes this behaviour: correct it if it documents the buggy behaviour (evidence: ${evidence}).`,
  existingTest: 'Tests named after this bug already live here: add the regression test to them.',
  newTest: (label, convention) =>
    `Regression test for ${label}: reproduces the bug, fails before the fix and passes after it, named like the repository's other tests${convention}.`,
  coveringTest: subject =>
    `Existing tests of ${code(subject)}, where the fault lives: add the regression test here; it reproduces the bug, fails before the fix and passes after it.`
}

/** A file the traceback does not pass through: related to the failure, not on its path. */
function relatedWhy(subject: string, evidence: string): string {
  return `Related to the failure${subject} but not in the traceback (evidence: ${evidence}): check it only if the fix needs it.`
}

// Section titles of bug report forms and of reporters who structure their text by hand.
const DESCRIPTION =
  /^(describe the bug|bug description|description|what happened|summary|the bug|bug|issue|problem)$/i
const REPRODUCE =
  /^(steps to reproduce|to reproduce|reproduction(?: steps)?|how to reproduce|repro(?:duction)?(?: steps)?|steps|minimal reproduction|reproducer)$/i
const EXPECTED = /^expected(?: behaviou?r| result| outcome| output)?$/i
const ACTUAL =
  /^(actual(?: behaviou?r| result| outcome| output)?|current behaviou?r|what happens(?: instead)?|observed(?: behaviou?r)?)$/i
const ENVIRONMENT = /^(environment|versions?|system info(?:rmation)?|platform|setup)$/i
const FIX = /^((?:possible|proposed|suggested) (?:fix|solution)|fix|solution|workaround)$/i

// `ValueError: bad input`, `TypeError: x is undefined`, `panic: runtime error: …`.
const ERROR_LINE =
  /^\s*((?:[A-Za-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception|Fault)|panic)(?::\s*(.*?))?\s*$/

/** The last error line of the body (a Python traceback ends with it), fenced code included. */
function reportedError(body: string): string | undefined {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = ERROR_LINE.exec(lines[i])
    if (match) return lines[i].trim().replace(/`/g, '').slice(0, 200)
  }
  return undefined
}

// `Expected: x`, `**Actual behaviour:** y`: at the start of a line or after a sentence, so that
// `Expected: x. Actual: y` on one line gives both.
const INLINE_LABEL =
  /(^\s*[-*]?\s*|[.;,!?)]\s+|\s[-–—]\s+)\**([A-Za-z][A-Za-z ]{2,29}?)\**\s*:\**(?=\s|$)/g

interface Labelled {
  label: string
  value: string
}

/** The labelled parts of one line; an unrecognised label stays part of the text before it. */
function labelledParts(line: string): Labelled[] {
  const parts: Labelled[] = []
  let current: { label: string; start: number } | undefined
  for (const match of line.matchAll(INLINE_LABEL)) {
    const label = match[2].trim()
    if (!EXPECTED.test(label) && !ACTUAL.test(label)) continue
    if (current) parts.push({ label: current.label, value: line.slice(current.start, match.index) })
    current = { label, start: match.index + match[0].length }
  }
  if (current) parts.push({ label: current.label, value: line.slice(current.start) })
  return parts.map(part => ({ label: part.label, value: part.value.trim() }))
}

/** A line that opens with `Expected:` or `Actual:`: a fact of its own, not part of the story. */
function opensWithBehaviour(line: string): boolean {
  const label = /^\s*[-*]?\s*\**([A-Za-z][A-Za-z ]{2,29}?)\**\s*:/.exec(line)?.[1].trim()
  return label !== undefined && (EXPECTED.test(label) || ACTUAL.test(label))
}

/** Text up to the first `Actual:` / `Expected:` label inside it: that one starts another fact. */
function beforeOtherLabel(text: string): string {
  for (const match of text.matchAll(INLINE_LABEL)) {
    const label = match[2].trim()
    if (EXPECTED.test(label) || ACTUAL.test(label)) return text.slice(0, match.index).trim()
  }
  return text
}

/**
 * What the report says under a label: its section, or an inline `Label: text`. `follows` is set
 * when the label stands at the end of its line with no prose after it: what it describes is
 * the quoted code or log below it.
 */
function reportedBehaviour(
  sections: IssueSection[],
  label: RegExp
): { text: string; follows: boolean } {
  const section = sectionMatching(sections, label)
  const text = section ? beforeOtherLabel(sectionText(section, 400)) : ''
  if (text) return { text, follows: false }
  for (const current of sections) {
    for (const [index, line] of current.lines.entries()) {
      const parts = labelledParts(line)
      const at = parts.findIndex(part => label.test(part.label))
      if (at < 0) continue
      const value = prose(parts[at].value, 400)
      if (value) return { text: value, follows: false }
      if (at < parts.length - 1) continue
      const next = current.lines.slice(index + 1)
      const end = next.findIndex(item => item.trim() === '')
      const following = beforeOtherLabel(
        prose(next.slice(0, end < 0 ? next.length : end).join('\n'), 400)
      )
      return { text: following, follows: following === '' }
    }
  }
  // A label on a line of its own whose section holds only code (blanked out in `lines`).
  return { text: '', follows: sections.some(item => label.test(item.title)) }
}

function sectionText(section: IssueSection | undefined, max: number): string {
  return section ? prose(section.lines.join('\n'), max) : ''
}

function withoutStop(text: string): string {
  return text.replace(/[.!]+$/, '')
}

/** Files named as traceback frames, innermost first: the research gives each frame's depth. */
function frameFiles(files: RankedFile[]): RankedFile[] {
  const frames = files.filter(file => file.reasons.some(reason => /traceback/.test(reason)))
  return frames.sort(
    (a, b) =>
      Number(b.reasons.some(r => /innermost/.test(r))) -
      Number(a.reasons.some(r => /innermost/.test(r)))
  )
}

/** ` around \`A\` and \`B\``, the names a file defines, for its entry in the file list. */
function subjectOf(file: RankedFile): string {
  const names = definedNames(file).slice(0, 2)
  return names.length > 0 ? ` around ${names.map(code).join(' and ')}` : ''
}

/**
 * A bug fix touches few files: with a traceback, code outside it stays only when its research
 * score is at least half the weakest frame's.
 */
function withoutWeakRelated(files: RelevantFiles, codeFrames: RankedFile[]): RelevantFiles {
  if (codeFrames.length === 0) return files
  const floor = Math.min(...codeFrames.map(file => file.score)) / 2
  const weak = new Set(
    files.code
      .filter(file => !codeFrames.includes(file) && file.score < floor)
      .map(file => file.path)
  )
  return {
    ...files,
    code: files.code.filter(file => !weak.has(file.path)),
    toModify: files.toModify.filter(entry => !weak.has(entry.path))
  }
}

function namesOf(file: RankedFile): string {
  const names = definedNames(file).slice(0, 2)
  return names.length > 0 ? ` (${names.map(code).join(', ')})` : ''
}

export function buildBugContent(input: ContentInput): BugContent {
  const { adwId, issue, research, root } = input
  const { orientation } = research
  const reading = readIssue(issue.body)
  const sections = issueSections(issue.body)
  const bugName = featureNameFrom(issue.title, issue.body, 'Untitled bug')
  const bugLabel = `“${bugName}”`
  const exists = fileExistsIn(root)
  const frames = frameFiles(research.files).filter(file => exists(file.path))
  const codeFrames = frames.filter(file => file.kind === 'code')
  const files = withoutWeakRelated(
    focusFiles(
      chooseRelevantFiles(research, root, input.descriptiveName, bugLabel, bugWording, {
        testSubject: codeFrames[0]?.path
      }),
      frames.map(file => file.path)
    ),
    codeFrames
  )
  const commands = commandEntries(research)
  const testCommand = orientation.commands.find(command => command.purpose === 'test')?.command
  const checks = validationCommands(orientation.commands)
    .filter(command => ['test', 'lint', 'typecheck'].includes(command.purpose))
    .map(command => command.command)
  const framework = orientation.tests.framework

  const expected = reportedBehaviour(sections, EXPECTED).text
  const reportedActual = reportedBehaviour(sections, ACTUAL)
  const actual = reportedActual.text
  const environment = sectionText(sectionMatching(sections, ENVIRONMENT), 300)
  const error = reportedError(issue.body)
  // `Actual:` followed by a quoted log: the error it ends with is the actual behaviour.
  const actualIsError = !actual && reportedActual.follows && error !== undefined
  const fix = sectionProse(sectionMatching(sections, FIX))
  // The description tells the story; expected and actual behaviour are listed under it.
  const story = sections.map(item => ({
    ...item,
    lines: item.lines.filter(line => !opensWithBehaviour(line))
  }))
  const described =
    sectionProse(sectionMatching(story, DESCRIPTION)) ||
    sectionProse(story[0]) ||
    prose(reading.paragraphs[0] ?? '', 1200)
  const description = described
    ? sentence(described, 1200)
    : `Issue #${adwId} reports ${bugLabel}; it gives no further description, so the analysis below is inferred from its title and the code.`
  const facts = [
    ...(expected ? [`Expected behaviour: ${sentence(expected)}`] : []),
    ...(actual ? [`Actual behaviour: ${sentence(actual)}`] : []),
    ...(error && actualIsError ? [`Actual behaviour: it fails with ${code(error)}.`] : []),
    ...(error && !actualIsError ? [`Error reported: ${code(error)}.`] : []),
    ...(environment ? [`Environment: ${sentence(environment)}`] : [])
  ]

  const symptom =
    actual || (error ? `${code(error)} is raised` : '') || firstSentence(described) || bugName
  // Issue text is quoted rather than woven into a sentence: it can be a word ("NaN") or a page.
  const gap =
    actual && expected
      ? ` The report shows “${withoutStop(actual)}” where “${withoutStop(expected)}” is expected.`
      : actualIsError && expected
        ? ` The report shows a failure with ${code(error)} where “${withoutStop(expected)}” is expected.`
        : expected
          ? ` Expected instead: “${withoutStop(expected)}”.`
          : ''
  const problem = `${sentence(described ? firstSentence(described) : symptom)}${gap} The fix must remove the cause of this behaviour without changing anything the issue does not mention.`

  const lead = codeFrames[0] ?? files.code[0]
  // The module whose tests the regression test joins (see `chooseRelevantFiles`).
  const subject = codeFrames[0]?.path ?? files.code.find(file => file.kind === 'code')?.path
  const covered = files.existingTest && subject ? ` (the existing tests of ${code(subject)})` : ''
  const namedHome = files.newTest ?? files.existingTest
  const testHome = namedHome ?? files.tests[0]?.path
  const regressionPlace = files.newTest
    ? code(files.newTest)
    : testHome
      ? `a new test in ${code(testHome)}${covered}`
      : 'a new test next to the code it exercises'
  const placement = lead
    ? `The research points to ${code(lead.path)} as the most likely home of the fault (${reasonText(lead)}); the fix ships with ${regressionPlace}, a regression test that reproduces the bug before the fix.`
    : 'The research found no code clearly tied to the bug: follow the steps to reproduce to where it happens, fix it there, and add a regression test that reproduces it first.'
  const solution = fix
    ? `${sentence(fix)} ${placement}`
    : `Fix the cause${lead ? ` in ${code(lead.path)}` : ''} rather than guarding against the symptom in its callers, and keep the change as small as the cause allows. ${placement}`

  // Steps to reproduce: the report's own list, else any numbered list, else derived ones.
  const reproduceSection = sectionMatching(sections, REPRODUCE)
  let reproduce = reproduceSection ? listItems(reproduceSection.lines) : []
  if (reproduce.length === 0 && reproduceSection) {
    const text = sectionProse(reproduceSection, 600)
    if (text) reproduce = [text]
  }
  if (reproduce.length === 0)
    reproduce = listItems(
      sections.flatMap(s => s.lines),
      true
    )
  const quoted = reproduce.length > 0
  const hasCode = /^ {0,3}(?:`{3,}|~{3,})/m.test(issue.body)
  if (!quoted) {
    const devCommand = orientation.commands.find(command => command.purpose === 'dev')?.command
    reproduce = [
      `Start from a clean checkout of the default branch${devCommand ? ` and run ${code(devCommand)}` : ''}.`,
      hasCode
        ? 'Run the code quoted in the issue (see the Metadata above) as it stands.'
        : `Exercise ${lead ? `${code(lead.path)}${namesOf(lead)}` : 'the code the issue describes'} the way the issue describes: “${withoutStop(firstSentence(described) || bugName)}”.`
    ]
  }
  // The reporter's casing stays: `npm test` must not become `Npm test`.
  reproduce = reproduce.slice(0, 10).map(step => sentence(step))
  if (actual) reproduce.push(`Observe the actual behaviour: ${sentence(actual)}`)
  else if (error) reproduce.push(`Observe the error ${code(error)}.`)
  else if (!quoted) reproduce.push(`Observe the behaviour the issue reports: ${bugLabel}.`)
  if (expected) reproduce.push(`Expected instead: ${sentence(expected)}`)

  // Root cause: the traceback's frames when the issue quotes one, else the research's ranking.
  // With a traceback, code outside it is related to the failure at most, never on its path.
  const related = files.code.filter(
    file => file.kind === 'code' && file !== lead && codeFrames.length > 0 && !frames.includes(file)
  )
  const candidates = [...frames, ...files.code.filter(file => !frames.includes(file))].slice(0, 4)
  const innermost = frames[0]
  const summary = innermost
    ? `The traceback quoted in the issue${error ? ` (${code(error)})` : ''} passes through ${frames.length === 1 ? 'one file' : `${frames.length} files`} of this repository; the innermost, ${code(innermost.path)}${namesOf(innermost)}, is where the failure surfaces and the first place to look. The fault may sit in a caller that hands it bad state, so read the frames from the innermost outwards and confirm the cause with the regression test before changing code.`
    : lead
      ? `The issue quotes no traceback from this repository. The research ranks ${code(lead.path)}${namesOf(lead)} first (${reasonText(lead)}): read it along the path the steps to reproduce take, find the condition or assumption that produces the actual behaviour instead of the expected one, and confirm it with the regression test before changing code.`
      : 'Neither a traceback nor the research points to specific code yet. Reproduce the bug first and follow the failing path through the code; if the behaviour used to work, `git bisect` between the last good release and the default branch finds the change that introduced it.'
  const mentioned = reading.identifiers.slice(0, 4)
  const rootCause = {
    summary,
    candidates: [
      ...candidates.map(
        file =>
          `${code(file.path)}${namesOf(file)}: ${reasonText(file)}${related.includes(file) ? '; not in the traceback' : ''}.`
      ),
      ...(mentioned.length > 0
        ? [
            `Names the issue mentions: ${listing(mentioned.map(code))}; check how each handles the failing input.`
          ]
        : [])
    ]
  }

  // The lead comes first with the fault's wording, even when the research ranks it lower.
  if (lead && (lead.kind === 'code' || !files.toModify.some(entry => entry.path === lead.path))) {
    files.toModify = [
      { path: lead.path, why: bugWording.lead(subjectOf(lead), reasonText(lead)) },
      ...files.toModify.filter(entry => entry.path !== lead.path)
    ]
  }
  files.toModify = files.toModify.map(entry => {
    const file = related.find(item => item.path === entry.path)
    return file ? { path: entry.path, why: relatedWhy(subjectOf(file), reasonText(file)) } : entry
  })
  // Outside the traceback, only files the research ranks as high as a frame earn a task.
  const weakestFrame = Math.min(...codeFrames.map(file => file.score))
  const strongRelated = related.filter(file => file.score >= weakestFrame).slice(0, 2)
  const others =
    codeFrames.length > 0
      ? codeFrames.filter(file => file !== lead && files.code.includes(file))
      : files.code.filter(file => file.path !== lead?.path && file.kind === 'code')
  const steps: Step[] = [
    {
      name: 'Reproduce the bug in a failing test',
      tasks: [
        files.newTest
          ? `Create ${code(files.newTest)}${framework ? ` with ${framework}` : ''}: a test that follows the steps to reproduce and asserts the expected behaviour${expected ? ` (“${withoutStop(expected)}”)` : ''}.`
          : `Add a regression test to ${testHome ? `${code(testHome)}${covered}` : 'the tests next to the code it exercises'} that follows the steps to reproduce and asserts the expected behaviour${expected ? ` (“${withoutStop(expected)}”)` : ''}.`,
        `Run it${testCommand ? ` with ${code(testCommand)}` : ''} and confirm it fails${error ? ` with ${code(error)}` : ' the way the issue describes'}: a test that passes before the fix does not reproduce the bug.`
      ]
    },
    {
      name: 'Confirm the root cause',
      tasks: [
        innermost
          ? `Start at ${code(innermost.path)}, the innermost project frame of the traceback${frames.length > 1 ? `, and walk outwards through ${listing(frames.slice(1, 4).map(file => code(file.path)))}` : ''} until the faulty condition or state is found.`
          : lead
            ? `Read ${code(lead.path)}${namesOf(lead)} along the path the steps to reproduce take and find where the actual behaviour departs from the expected one.`
            : 'Trace the steps to reproduce through the code until the point where the actual behaviour departs from the expected one.',
        ...(mentioned.length > 0
          ? [
              `Check how ${listing(mentioned.map(code))}, named in the issue, handle the failing input.`
            ]
          : []),
        'State the cause in one sentence for the pull request: the input or state, the code that mishandles it, and why.'
      ]
    },
    {
      name: 'Fix the root cause',
      tasks: [
        lead
          ? `Change ${code(lead.path)}${namesOf(lead)} so that the expected behaviour${expected ? ` (“${withoutStop(expected)}”)` : ''} holds; keep the change as small as the cause allows.`
          : 'Fix the code where the cause was found; keep the change as small as the cause allows.',
        ...others.map(
          file =>
            `Adapt ${code(file.path)}${namesOf(file)} only if the fix changes what it receives or returns, and keep its callers working.`
        ),
        ...strongRelated.map(
          file =>
            `Check ${code(file.path)}${namesOf(file)}, related but not in the traceback, only if the fix changes something it relies on.`
        ),
        'Change no behaviour the issue does not mention; if other features share the cause, name them in the pull request.'
      ]
    }
  ]
  if (files.tests.length > 0 || files.docs.length > 0) {
    steps.push({
      name: 'Guard against regressions',
      tasks: [
        ...files.tests.map(
          file => `Extend ${code(file.path)} with the edge cases listed under Testing Strategy.`
        ),
        ...files.docs.map(file => `Correct ${code(file.path)} if it documents the buggy behaviour.`)
      ]
    })
  }
  steps.push({
    name: 'Run the validation commands',
    tasks: [
      checks.length > 0
        ? `Run ${listing(checks.map(code))} and fix everything they report.`
        : "Run the project's tests and linters and fix everything they report.",
      'Follow the steps to reproduce once more by hand and confirm the expected behaviour, with zero regressions.'
    ]
  })

  const testDirs = orientation.tests.dirs.slice(0, 2).map(code)
  const testing = {
    overview: `Prove the fix with a regression test written before it${framework ? `, with ${framework}` : ''}${testDirs.length > 0 ? ` in ${listing(testDirs)}` : ''}, then run the existing tests so that nothing else breaks${testCommand ? ` (${code(testCommand)})` : ''}.`,
    regression: [
      `${files.newTest ? code(files.newTest) : regressionPlace.replace(/^a/, 'A')}: follows the steps to reproduce and asserts the expected behaviour${expected ? ` (“${withoutStop(expected)}”)` : ''}; it fails before the fix${error ? ` with ${code(error)}` : ''} and passes after it.`,
      "Keep the test's input as close to the issue's report as possible, so that the test documents the bug."
    ],
    edgeCases: [
      'Inputs next to the failing one (empty, zero, a single item, the boundary value) behave as before.',
      ...(lead
        ? [
            `Paths through ${code(lead.path)} that do not involve the bug give the same results as before the fix.`
          ]
        : []),
      ...(frames.length > 1
        ? [
            `Callers in ${listing(frames.slice(1, 4).map(file => code(file.path)))} still work with the fixed code.`
          ]
        : [])
    ]
  }

  const fromIssue = [...new Set(reading.checklist.map(item => prose(item, 240)))].filter(Boolean)
  const criteria = [
    ...fromIssue,
    `Following the steps to reproduce gives the expected behaviour${expected ? `: ${withoutStop(expected)}` : ''}`,
    ...(error ? [`${code(error)} is no longer raised for the input in the issue`] : []),
    `The regression test${namedHome ? ` in ${code(namedHome)}` : ''} fails before the fix and passes after it`,
    `The existing tests pass${testCommand ? ` (${code(testCommand)})` : ''}`
  ].slice(0, 12)

  const notes = [
    ...researchNotes(adwId, research, 'the root cause candidates and the chosen files'),
    quoted
      ? 'The steps to reproduce are quoted from the issue.'
      : 'The issue lists no steps to reproduce; the ones above are derived from its description and the research: confirm them first.',
    ...(innermost
      ? []
      : [
          'No traceback frame in the issue resolved to a file of this repository: a traceback or log from the reporter would narrow the search.'
        ])
  ]

  return {
    bugName,
    description,
    facts,
    problem,
    solution,
    reproduce,
    rootCause,
    relevantFilesIntro: `Use these files to fix the bug. They are ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each; paths are relative to the repository root.`,
    filesToModify: files.toModify,
    filesToCreate: files.toCreate,
    steps,
    testing,
    criteria,
    commands,
    notes
  }
}
