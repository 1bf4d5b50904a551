// Every section of a bug plan, for the embedded planner: what the report says (steps, expected
// and actual behaviour, the error), where the research says the fault lives (traceback frames
// first), and a fix that starts from a failing regression test. Issue text is data, flattened
// to one-line prose.
import { reportFacts, withoutStop } from './bug-report.js'
import { bugFacts, type BugFacts } from './bug-facts.js'
import { causeCandidates, faultPlace, faultSummary, pinnedBy } from './bug-fault.js'
import { bugCriteria, bugTesting, fixSteps, type BugTesting } from './bug-fix.js'
import {
  commandEntries,
  relevantFilesData,
  researchNotes,
  type CommandEntry,
  type ContentInput,
  type RelevantFilesData,
  type Step
} from '../shared/content-shared.js'
import { code, firstSentence, sentence } from '../prose.js'
import { reasonText } from '../shared/relevant-files.js'

export interface BugContent extends RelevantFilesData {
  bugName: string
  description: string
  /** Expected and actual behaviour, the error, the environment: what the report states. */
  facts: string[]
  problem: string
  solution: string
  reproduce: string[]
  rootCause: { summary: string; candidates: string[] }
  steps: Step[]
  testing: BugTesting
  criteria: string[]
  commands: CommandEntry[]
  notes: string[]
}

function bugDescription({ report, adwId, bugLabel }: BugFacts): string {
  return report.described
    ? sentence(report.described, 1200)
    : `Issue #${adwId} reports ${bugLabel}; it gives no further description, so the analysis below is inferred from its title and the code.`
}

/** The symptom, then the gap between what happens and what should. */
function bugProblem({ report, bugName }: BugFacts): string {
  const { described, actual, expected, error, actualIsError } = report
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
  return `${sentence(described ? firstSentence(described) : symptom)}${gap}`
}

/** The reporter's proposed fix, if any, then where the fix and its regression test go. */
function bugSolution({ report, target, unsure, lead, leadSymbol, test }: BugFacts): string {
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
        : `The fix goes into ${faultPlace(lead!, leadSymbol)}${because}.`
      : 'The research found no code clearly tied to the bug: follow the steps to reproduce to where it happens.',
    test.home ? `Its regression test goes into ${code(test.home)}${test.why}.` : ''
  ]
    .filter(Boolean)
    .join(' ')
  return report.fix ? `${sentence(report.fix)} ${placement}` : placement
}

// `cat >file.py <<'EOF'`: the session writes a file the issue shows.
const HEREDOC = /^cat\s*>\s*(\S+)\s*<</

/** A command of the report's shell session as a step. */
function commandStep(command: string): string {
  const written = HEREDOC.exec(command)?.[1]
  return written
    ? `Write ${code(written)} as the issue's session shows it.`
    : `Run ${code(command)}.`
}

/** Steps to reproduce when the report lists none: its shell session, its program, else the research. */
function derivedReproduction({ report, target, bugName }: BugFacts): string[] {
  const { commands } = report.reproducer
  if (commands.length > 0) return commands.slice(0, 6).map(commandStep)
  if (report.snippet) return [`Run the code the issue quotes, which calls ${code(report.snippet)}.`]
  if (report.hasCode)
    return ['Run the code quoted in the issue (see the Metadata above) as it stands.']
  const described = withoutStop(firstSentence(report.described) || bugName)
  return target
    ? [`Exercise ${target} the way the issue describes: “${described}”.`]
    : [`Follow what the issue describes: “${described}”.`]
}

/** Steps to reproduce: the report's own, else derived; then what to observe and to expect. */
function stepsToReproduce(facts: BugFacts): string[] {
  const { steps, actual, error, expected } = facts.report
  const observe = actual
    ? [`Observe the actual behaviour: ${sentence(actual)}`]
    : error
      ? [`Observe the error ${code(error)}.`]
      : []
  return [
    ...(steps.length > 0 ? steps : derivedReproduction(facts)),
    ...observe,
    ...(expected ? [`Expected instead: ${sentence(expected)}`] : [])
  ].slice(0, 10)
}

function bugNotes({ adwId, research, report, unsure, frames }: BugFacts): string[] {
  return [
    ...researchNotes(adwId, research, 'the root cause candidates and the chosen files'),
    report.steps.length > 0 || report.reproducer.commands.length > 0
      ? 'The steps to reproduce are quoted from the issue.'
      : report.snippet || report.hasCode
        ? 'The steps to reproduce run the code the issue quotes.'
        : 'The issue lists no steps to reproduce; the ones above are derived from its description and the research: confirm them first.',
    ...(unsure && frames.length === 0
      ? [
          'The research is unsure of the fault’s place: a traceback, the exact error message or the function the reporter called would narrow it.'
        ]
      : [])
  ]
}

export function buildBugContent(input: ContentInput): BugContent {
  const facts = bugFacts(input)
  const { research, files, report } = facts
  return {
    bugName: facts.bugName,
    description: bugDescription(facts),
    facts: reportFacts(report),
    problem: bugProblem(facts),
    solution: bugSolution(facts),
    reproduce: stepsToReproduce(facts),
    rootCause: {
      summary: faultSummary(
        research,
        facts.lead,
        facts.leadSymbol,
        facts.frames,
        report.error,
        facts.unsure
      ),
      candidates: causeCandidates(research, files.code)
    },
    ...relevantFilesData(
      files,
      `Ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each; paths are relative to the repository root.`
    ),
    steps: fixSteps(facts),
    testing: bugTesting(facts),
    criteria: bugCriteria(facts),
    commands: commandEntries(research),
    notes: bugNotes(facts)
  }
}
