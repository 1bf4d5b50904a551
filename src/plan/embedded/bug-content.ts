// Every section of a bug plan, for the embedded planner: what the report says (steps, expected
// and actual behaviour, the error), where the research says the fault lives (traceback frames
// first), and a fix that starts from a failing regression test. Issue text is data, flattened
// to one-line prose.
import type { RankedFile, RankedSymbol, ResearchResult } from '../../research/types.js'
import {
  commandEntries,
  featureNameFrom,
  validationCommands,
  researchNotes,
  type CommandEntry,
  type ContentInput,
  type Step
} from './content-shared.js'
import { readBugReport, reportFacts, withoutStop } from './bug-report.js'
import { readIssue } from '../../text/issue-text.js'
import { posix } from 'node:path'
import { code, firstSentence, listing, prose, sentence } from './prose.js'
import {
  chooseRelevantFiles,
  reasonText,
  type FileEntry,
  type FileWording
} from './relevant-files.js'
import type { FileSelection } from './code-selection.js'
import { namesIn, symbolName, symbolPlace, symbolsOf } from './symbols.js'
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
  /** Other candidates, in one line ('' when there are none). */
  alsoConsidered: string
  filesToCreate: FileEntry[]
  steps: Step[]
  testing: { overview: string; regression: string[]; edgeCases: string[] }
  criteria: string[]
  commands: CommandEntry[]
  notes: string[]
}

export const bugWording: FileWording = {
  lead: (subject, evidence) =>
    `The fault most likely lives here${subject}: fix it there once the regression test confirms the cause (evidence: ${evidence}).`,
  follow: (subject, evidence) =>
    `On the failing path${subject}: change it only if the fix changes what it receives or returns (evidence: ${evidence}).`,
  config: evidence =>
    `Check whether a setting, script or dependency here contributes to the bug (evidence: ${evidence}).`,
  test: evidence =>
    `Also tests this code: run it after the fix, and extend it if the fix changes what it checks (evidence: ${evidence}).`,
  doc: evidence =>
    `Describes this behaviour: correct it if it documents the buggy behaviour (evidence: ${evidence}).`,
  existingTest: 'Tests named after this bug already live here: add the regression test to them.',
  newTest: (label, convention) =>
    `Regression test for ${label}: reproduces the bug, fails before the fix and passes after it, named like the repository's other tests${convention}.`,
  coveringTest: (subject, evidence) =>
    `Existing tests of ${code(subject)}${evidence ? ` (${evidence})` : ''}: add the regression test here; it reproduces the bug, fails before the fix and passes after it.`
}

/** A bug fix touches few files: another is listed only when the evidence for it is as strong. */
const bugSelection: FileSelection = { share: 0.5, max: 3, docs: 0, tests: 1 }

/** Files named as traceback frames, innermost first: the research gives each frame's depth. */
function frameFiles(files: RankedFile[]): RankedFile[] {
  const frames = files.filter(file => file.reasons.some(reason => /traceback/.test(reason)))
  return frames.sort(
    (a, b) =>
      Number(b.reasons.some(r => /innermost/.test(r))) -
      Number(a.reasons.some(r => /innermost/.test(r)))
  )
}

/** The symbol's strongest direct evidence, for a sentence ("innermost project frame … (line 9)"). */
function pinnedBy(symbol: RankedSymbol): string | undefined {
  return symbol.reasons.find(reason =>
    /traceback|quoted|named in the issue|points at line/.test(reason)
  )
}

/** Where the fault is, in one sentence, from the strongest evidence the research has. */
function faultSummary(
  research: ResearchResult,
  lead: RankedFile | undefined,
  symbol: RankedSymbol | undefined,
  frames: RankedFile[],
  error: string | undefined,
  unsure: boolean
): string {
  const innermost = frames[0]
  const outer = frames.slice(1, 4).map(file => code(file.path))
  if (innermost) {
    const framed = symbolsOf(research, innermost.path, 3).find(item =>
      item.reasons.some(reason => /innermost/.test(reason))
    )
    const at = framed ? `, in ${symbolPlace(framed)}` : namesIn(research, innermost)
    return `The traceback quoted in the issue${error ? ` (${code(error)})` : ''} ends in this repository at ${code(innermost.path)}${at}: that is where the failure surfaces.${outer.length > 0 ? ` On its way it passes through ${listing(outer)}; the fault may sit in one of those if it hands bad state down.` : ''}`
  }
  if (!lead) {
    return 'Neither a traceback nor the research points to specific code: reproduce the bug first and follow the failing path through the code.'
  }
  const place = symbol
    ? `${code(symbolName(symbol))} in ${code(lead.path)} (lines ${symbol.startLine}–${symbol.endLine})`
    : code(lead.path)
  const why = symbol ? pinnedBy(symbol) : undefined
  if (!unsure && why) return `${place} is where the issue points: ${why}.`
  return `The research is unsure where the fault lives: no traceback, quoted line or message pins it, and ${place} ranks first by ${symbol ? symbol.reasons.slice(0, 2).join('; ') : reasonText(lead)}. Confirm the cause with the regression test before changing code.`
}

/** The candidates for the root cause: the best symbols, else the best files. */
function causeCandidates(research: ResearchResult, files: RankedFile[]): string[] {
  const symbols = research.symbols.slice(0, 4)
  if (symbols.length > 0)
    return symbols.map(
      symbol =>
        `${symbolPlace(symbol)} in ${code(symbol.path)}: ${symbol.reasons.slice(0, 3).join('; ')}.`
    )
  return files
    .slice(0, 4)
    .map(file => `${code(file.path)}${namesIn(research, file)}: ${reasonText(file)}.`)
}

export function buildBugContent(input: ContentInput): BugContent {
  const { adwId, issue, research, root } = input
  const { orientation } = research
  const reading = readIssue(issue.body)
  const report = readBugReport(issue.title, issue.body)
  const { expected, actual, error, actualIsError, fix, snippet } = report
  const bugName = featureNameFrom(issue.title, issue.body, 'Untitled bug')
  const bugLabel = `“${bugName}”`
  const exists = fileExistsIn(root)
  const frames = frameFiles(research.files).filter(file => exists(file.path))
  // Where the traceback ends is where the failure surfaces: listed whatever its rank.
  const innermost = frames
    .filter(file => file.reasons.some(reason => /innermost/.test(reason)))
    .map(file => file.path)
    .slice(0, 1)
  const files = chooseRelevantFiles(research, root, input.descriptiveName, bugLabel, bugWording, {
    selection: bugSelection,
    keep: innermost
  })
  const lead = files.code.find(file => file.kind === 'code') ?? files.code[0]
  const leadSymbol = lead ? symbolsOf(research, lead.path, 1)[0] : undefined
  const target = leadSymbol
    ? `${code(symbolName(leadSymbol))} in ${code(lead!.path)}`
    : lead
      ? code(lead.path)
      : undefined
  const commands = commandEntries(research)
  const testCommand = orientation.commands.find(command => command.purpose === 'test')?.command
  const checks = validationCommands(orientation.commands)
    .filter(command => ['test', 'lint', 'typecheck'].includes(command.purpose))
    .map(command => command.command)
  const framework = orientation.tests.framework

  const described = report.described
  const description = described
    ? sentence(described, 1200)
    : `Issue #${adwId} reports ${bugLabel}; it gives no further description, so the analysis below is inferred from its title and the code.`
  const facts = reportFacts(report)

  const symptom =
    actual || (error ? `${code(error)} is raised` : '') || firstSentence(described) || bugName
  // Issue text is quoted rather than woven into a sentence: it can be a word ("NaN") or a page.
  const gap =
    actual && expected
      ? ` The report shows “${withoutStop(actual)}” where “${withoutStop(expected)}” is expected.`
      : actualIsError && expected
        ? ` The report shows a failure with ${code(error!)} where “${withoutStop(expected)}” is expected.`
        : expected
          ? ` Expected instead: “${withoutStop(expected)}”.`
          : ''
  const problem = `${sentence(described ? firstSentence(described) : symptom)}${gap}`

  // Where the regression test goes: the existing tests of the code, else a new file.
  const testHome = files.existingTest ?? files.newTest
  const testWhy = files.existingTest
    ? ` (the existing tests of ${code(lead?.path ?? '')})`
    : files.newTest
      ? `, a new file named like the tests beside it`
      : ''
  const exercise = snippet ? `calls ${code(snippet)}` : 'follows the steps to reproduce'
  const asserts = expected ? `asserts “${withoutStop(expected)}”` : 'asserts the expected behaviour'
  const unsure = files.unsure || !lead
  const because =
    leadSymbol && pinnedBy(leadSymbol)
      ? `: ${pinnedBy(leadSymbol)}`
      : lead && !unsure
        ? ` (${reasonText(lead)})`
        : ''
  const placement = [
    target
      ? unsure
        ? `The research is unsure where the fault lives; ${target} ranks first, by ${reasonText(lead!)} only, so confirm the cause with the regression test before changing it.`
        : `The fix goes into ${leadSymbol ? `${code(symbolName(leadSymbol))} in ${code(lead!.path)} (lines ${leadSymbol.startLine}–${leadSymbol.endLine})` : code(lead!.path)}${because}.`
      : 'The research found no code clearly tied to the bug: follow the steps to reproduce to where it happens.',
    testHome ? `Its regression test goes into ${code(testHome)}${testWhy}.` : ''
  ]
    .filter(Boolean)
    .join(' ')
  const solution = fix ? `${sentence(fix)} ${placement}` : placement

  // Steps to reproduce: the report's own, else the code it runs, else what the research found.
  const quoted = report.steps.length > 0
  let reproduce = report.steps
  if (!quoted) {
    reproduce = snippet
      ? [`Run the code the issue quotes, which calls ${code(snippet)}.`]
      : report.hasCode
        ? ['Run the code quoted in the issue (see the Metadata above) as it stands.']
        : target
          ? [
              `Exercise ${target} the way the issue describes: “${withoutStop(firstSentence(described) || bugName)}”.`
            ]
          : [
              `Follow what the issue describes: “${withoutStop(firstSentence(described) || bugName)}”.`
            ]
  }
  if (actual) reproduce = [...reproduce, `Observe the actual behaviour: ${sentence(actual)}`]
  else if (error) reproduce = [...reproduce, `Observe the error ${code(error)}.`]
  if (expected) reproduce = [...reproduce, `Expected instead: ${sentence(expected)}`]

  const rootCause = {
    summary: faultSummary(research, lead, leadSymbol, frames, error, unsure),
    candidates: causeCandidates(research, files.code)
  }
  const others = files.code.filter(file => file !== lead && file.kind === 'code')
  const from = leadSymbol?.line !== undefined ? ` from line ${leadSymbol.line}` : ''
  const steps: Step[] = [
    {
      name: 'Reproduce the bug in a failing test',
      tasks: [
        files.newTest
          ? `Create ${code(files.newTest)}${framework ? ` with ${framework}` : ''}: a test that ${exercise} and ${asserts}.`
          : `Add a regression test to ${testHome ? `${code(testHome)}${testWhy}` : 'the tests next to the code it exercises'} that ${exercise} and ${asserts}.`,
        `Run it${testCommand ? ` with ${code(testCommand)}` : ''} and confirm it fails${error ? ` with ${code(error)}` : ' the way the issue describes'}.`
      ]
    },
    {
      name: 'Confirm the root cause',
      tasks: [
        leadSymbol
          ? `Read ${symbolPlace(leadSymbol)} in ${code(lead!.path)}${from} and find the condition that produces the actual behaviour instead of the expected one.`
          : lead
            ? `Read ${code(lead.path)} along the path the steps to reproduce take and find where the actual behaviour departs from the expected one.`
            : 'Trace the steps to reproduce through the code to where the actual behaviour departs from the expected one.',
        ...(frames.length > 1
          ? [
              `If the state is already wrong there, walk out through the traceback's other frames: ${listing(frames.slice(1, 4).map(file => `${code(file.path)}${namesIn(research, file)}`))}.`
            ]
          : [])
      ]
    },
    {
      name: 'Fix the root cause',
      tasks: [
        target
          ? `Change ${target} so that ${expected ? `“${withoutStop(expected)}” holds` : 'the expected behaviour holds'}, and keep the change to the cause.`
          : 'Fix the code where the cause was found, and keep the change to the cause.',
        ...others.map(
          file =>
            `Adapt ${code(file.path)}${namesIn(research, file)} only if the fix changes what it receives or returns.`
        )
      ]
    },
    {
      name: 'Run the validation commands',
      tasks: [
        checks.length > 0
          ? `Run ${listing(checks.map(code))} and fix everything they report.`
          : "Run the project's tests and linters and fix everything they report."
      ]
    }
  ]

  const testDir = testHome ? posix.dirname(testHome) : orientation.tests.dirs[0]
  const testing = {
    overview: `A regression test${testHome ? ` in ${code(testHome)}` : ''}${framework ? `, with ${framework}` : ''}, written before the fix, proves it${testCommand ? `; ${code(testCommand)} runs it with the existing tests` : ''}${testDir && !testHome ? ` in ${code(testDir)}` : ''}.`,
    regression: [
      `${testHome ? code(testHome) : 'The regression test'}: ${exercise} and ${asserts}; it fails before the fix${error ? ` with ${code(error)}` : ''} and passes after it.`
    ],
    edgeCases: [
      ...(leadSymbol
        ? [
            `Calls of ${code(symbolName(leadSymbol))} whose input does not trigger the bug keep their current results.`
          ]
        : lead
          ? [
              `Paths through ${code(lead.path)} that do not involve the bug keep their current results.`
            ]
          : ['Inputs next to the failing one keep their current results.']),
      ...(frames.length > 1
        ? [
            `Callers on the traceback's path (${listing(frames.slice(1, 4).map(file => code(file.path)))}) still work with the fixed code.`
          ]
        : [])
    ]
  }

  const fromIssue = [...new Set(reading.checklist.map(item => prose(item, 240)))].filter(Boolean)
  const criteria = [
    ...fromIssue,
    `Following the steps to reproduce gives the expected behaviour${expected ? `: ${withoutStop(expected)}` : ''}`,
    ...(error ? [`${code(error)} is no longer raised for the input in the issue`] : []),
    `The regression test${testHome ? ` in ${code(testHome)}` : ''} fails before the fix and passes after it`,
    `The existing tests pass${testCommand ? ` (${code(testCommand)})` : ''}`
  ].slice(0, 12)

  const notes = [
    ...researchNotes(adwId, research, 'the root cause candidates and the chosen files'),
    quoted
      ? 'The steps to reproduce are quoted from the issue.'
      : 'The issue lists no steps to reproduce; the ones above are derived from its description and the research: confirm them first.',
    ...(unsure && frames.length === 0
      ? [
          'The research is unsure of the fault’s place: a traceback, the exact error message or the function the reporter called would narrow it.'
        ]
      : [])
  ]

  return {
    bugName,
    description,
    facts,
    problem,
    solution,
    reproduce: reproduce.slice(0, 10),
    rootCause,
    relevantFilesIntro: `Ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each; paths are relative to the repository root.`,
    filesToModify: files.toModify,
    alsoConsidered: files.alsoConsidered ?? '',
    filesToCreate: files.toCreate,
    steps,
    testing,
    criteria,
    commands,
    notes
  }
}
