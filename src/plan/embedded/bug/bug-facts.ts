// The facts every section of a bug plan is drawn from: what the report says, the files the
// research ties to the bug (traceback frames first), where the fix most likely goes, and where its
// regression test goes.
import type { RankedFile, RankedSymbol, ResearchResult } from '../../../research/types.js'
import { readIssue, type IssueReading } from '../../../text/issue-text.js'
import { fileExistsIn } from '../../format/validate.js'
import { readBugReport, withoutStop, type BugReport } from './bug-report.js'
import { frameFiles } from './bug-fault.js'
import type { FileSelection } from '../shared/code-selection.js'
import {
  featureNameFrom,
  leadPlace,
  planCommands,
  testHomeOf,
  type ContentInput,
  type PlanCommands
} from '../shared/content-shared.js'
import { code } from '../prose.js'
import {
  chooseRelevantFiles,
  type FileWording,
  type RelevantFiles
} from '../shared/relevant-files.js'

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

/** The regression test: where it goes, why there, what it runs and what it asserts. */
export interface RegressionTest {
  home?: string
  /** Why there, as a clause to follow the path ('' when it has no home). */
  why: string
  /** "calls `f(x)`", or "follows the steps to reproduce". */
  exercise: string
  /** "asserts “…”": the expected behaviour. */
  asserts: string
}

export interface BugFacts {
  adwId: string
  research: ResearchResult
  reading: IssueReading
  report: BugReport
  bugName: string
  /** The name in quotes, as sentences cite it. */
  bugLabel: string
  files: RelevantFiles
  /** Traceback frames in files that exist, innermost first. */
  frames: RankedFile[]
  /** The code file the fix most likely goes into. */
  lead?: RankedFile
  leadSymbol?: RankedSymbol
  /** "`Class.method` in `path`", else "`path`": the code the fix changes; undefined without a lead. */
  target?: string
  /** Nothing direct pins the fault (or nothing points anywhere): the test confirms the cause first. */
  unsure: boolean
  test: RegressionTest
  commands: PlanCommands
  framework?: string
}

/** Where the regression test goes: the existing tests of the code, else a new file. */
function regressionTest(
  files: RelevantFiles,
  lead: RankedFile | undefined,
  report: BugReport
): RegressionTest {
  // A test named after the lead member says so in its reasons.
  const member = /^named after the member (`[^`]+`)$/.exec(files.tests[0]?.reasons[0] ?? '')?.[1]
  return {
    home: testHomeOf(files),
    why: files.existingTest
      ? ` (the existing tests of ${member ?? code(lead?.path ?? '')})`
      : files.newTest
        ? `, a new file named like the tests beside it`
        : '',
    exercise: report.snippet
      ? `calls ${code(report.snippet)}`
      : report.reproducer.command
        ? `runs ${code(report.reproducer.command)}`
        : 'follows the steps to reproduce',
    asserts: report.expected
      ? `asserts “${withoutStop(report.expected)}”`
      : 'asserts the expected behaviour'
  }
}

export function bugFacts(input: ContentInput): BugFacts {
  const { adwId, issue, research, root } = input
  const report = readBugReport(issue.body, research.orientation.names)
  const bugName = featureNameFrom(issue.title, issue.body, 'Untitled bug')
  const bugLabel = `“${bugName}”`
  const exists = fileExistsIn(root)
  // A failing test's own frames show where the failure was seen, not the project's code.
  const frames = frameFiles(research.files).filter(
    file => exists(file.path) && file.kind !== 'test'
  )
  // Where the traceback ends is where the failure surfaces: listed whatever its rank.
  const innermost = frames
    .filter(file => file.reasons.some(reason => /innermost/.test(reason)))
    .map(file => file.path)
    .slice(0, 1)
  const files = chooseRelevantFiles(research, root, input.descriptiveName, bugLabel, bugWording, {
    selection: bugSelection,
    keep: innermost,
    testsByName: true
  })
  // A fix goes into code: a config file leads only when no code file is listed.
  const lead = files.code.find(file => file.kind === 'code') ?? files.code[0]
  const { symbol: leadSymbol, reference: target } = leadPlace(research, lead)
  return {
    adwId,
    research,
    reading: readIssue(issue.body),
    report,
    bugName,
    bugLabel,
    files,
    frames,
    lead,
    leadSymbol,
    target,
    unsure: files.unsure || !lead,
    test: regressionTest(files, lead, report),
    commands: planCommands(research),
    framework: research.orientation.tests.framework
  }
}
