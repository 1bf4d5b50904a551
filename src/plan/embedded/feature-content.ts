// The embedded planner's thinking: every section of the plan, drawn from what the issue says and
// what the research found. Issue text enters here only as data, flattened to one-line prose.
import type { RankedFile, ResearchResult } from '../../research/types.js'
import type { IssueText } from '../types.js'
import { parseUserStory, readIssue, type IssueReading } from '../../text/issue-text.js'
import { securityNotes, performanceNotes } from './considerations.js'
import { stripTitlePrefix } from '../format/naming.js'
import { buildPhases, type Phase } from './phases.js'
import { code, firstSentence, listing, lowerFirst, prose, sentence } from './prose.js'
import { posix } from 'node:path'
import { chooseRelevantFiles, reasonText, type RelevantFiles } from './relevant-files.js'
import {
  commandEntries,
  featureNameFrom,
  leadPlace,
  planCommands,
  relevantFilesData,
  researchNotes,
  testHomeOf,
  type CommandEntry,
  type ContentInput,
  type PlanCommands,
  type RelevantFilesData
} from './content-shared.js'
import { namesIn } from './symbols.js'
import { criteriaOf, testableCriteria, type Criteria } from './feature-criteria.js'
import { storyOutcome, userStoryOf } from './user-story.js'

export type { FileEntry } from './relevant-files.js'
export type { Phase } from './phases.js'

export interface PlanContent extends RelevantFilesData {
  featureName: string
  userStory: string
  problem: string
  solution: string
  phases: Phase[]
  testing: FeatureTesting
  criteria: string[]
  commands: CommandEntry[]
  security: string[]
  performance: string[]
  docs: string[]
  notes: string[]
}

export interface FeatureTesting {
  overview: string
  unit: string[]
  integration: string[]
  manual: string[]
}

/** What every section of a feature plan is drawn from: the issue's reading and the research's files. */
interface FeatureFacts {
  adwId: string
  issue: IssueText
  research: ResearchResult
  reading: IssueReading
  featureName: string
  /** The name in quotes, as sentences cite it. */
  featureLabel: string
  files: RelevantFiles
  commands: PlanCommands
  /** The issue's own statement of the problem, if it makes one. */
  problemSource?: string
  /** The issue's own proposal, if it makes one. */
  solutionSource?: string
  /** The first listed file, where the change most likely belongs. */
  lead?: RankedFile
  /** What the unit tests exercise: the lead's best symbol, the lead file, or the new module. */
  subject: string
  /** Where the feature's tests go. */
  testHome?: string
  criteria: Criteria
}

/**
 * The issue's problem and solution: its own sections when it has them, else its loose prose
 * (the story and bare requirement sentences are shown elsewhere, not repeated here).
 */
function problemAndSolution(reading: IssueReading): {
  problemSource?: string
  solutionSource?: string
} {
  const loose = reading.looseParagraphs.filter(
    text => !parseUserStory(text) && !/^[^.!?]*\b(must|should|shall)\b[^.!?]*[.!?]?$/i.test(text)
  )
  return {
    problemSource: reading.sections.problem ?? loose[0],
    solutionSource:
      reading.sections.solution ??
      (loose.slice(reading.sections.problem ? 0 : 1, 3).join(' ') || undefined)
  }
}

function featureFacts(input: ContentInput): FeatureFacts {
  const { adwId, issue, research, root } = input
  const reading = readIssue(issue.body)
  const featureName = featureNameFrom(issue.title, issue.body)
  const featureLabel = `“${featureName}”`
  const files = chooseRelevantFiles(
    research,
    root,
    input.descriptiveName,
    featureLabel,
    undefined,
    {
      newMember: true
    }
  )
  const commands = planCommands(research)
  const { problemSource, solutionSource } = problemAndSolution(reading)
  const lead = files.code[0]
  return {
    adwId,
    issue,
    research,
    reading,
    featureName,
    featureLabel,
    files,
    commands,
    problemSource,
    solutionSource,
    lead,
    subject: leadPlace(research, lead).reference ?? 'the new module',
    testHome: testHomeOf(files),
    criteria: criteriaOf(reading, solutionSource, files.newTest, commands.test)
  }
}

function featureProblem({ problemSource, adwId, featureLabel }: FeatureFacts): string {
  // A source can be all markup (`===`, `---`) and give no prose: then it says nothing either.
  return (
    (problemSource && sentence(problemSource, 1200)) ||
    `Issue #${adwId} asks for ${featureLabel}, which the project does not offer yet; the issue gives no further description, so the scope below is inferred from its title and the code.`
  )
}

/** The issue's proposal (or a default one), then where the research says the change belongs. */
function featureSolution(facts: FeatureFacts): string {
  const { solutionSource, reading, featureLabel, files, research, lead, testHome } = facts
  const solutionLead =
    (solutionSource && sentence(solutionSource, 1200)) ||
    `Build ${featureLabel} into the existing code rather than alongside it${
      reading.userStory ? `, so that ${prose(reading.userStory.benefit, 200)}` : ''
    }.`
  const where = files.code.slice(0, 3).map(file => `${code(file.path)}${namesIn(research, file)}`)
  const placement = lead
    ? `${files.unsure ? 'The research is unsure where the change belongs; it ranks' : 'The research points to'} ${listing(where)}${files.unsure ? ' first' : ' as where the change belongs'} (${code(lead.path)}: ${reasonText(lead)})${
        testHome ? `, and the tests go into ${code(testHome)}` : ''
      }.`
    : "The research found no existing code clearly tied to the issue, so the feature starts as new code following the repository's layout."
  return `${solutionLead} ${placement}`
}

function featurePhases(facts: FeatureFacts): Phase[] {
  const { solutionSource, featureLabel, files, research, criteria, reading, commands } = facts
  const solutionSummary = solutionSource
    ? firstSentence(solutionSource, 300)
    : `The goal: ${featureLabel}.`
  return buildPhases({
    files,
    research,
    solution: /[.!?…]$/.test(solutionSummary) ? solutionSummary : `${solutionSummary}.`,
    criteria: criteria.functional,
    identifiers: reading.identifiers,
    checks: commands.checks
  })
}

function featureTesting(facts: FeatureFacts): FeatureTesting {
  const { research, files, reading, subject, testHome, criteria, commands } = facts
  const { orientation } = research
  const framework = orientation.tests.framework
  // The tests' place: where this code's tests are, else the repository's test directories.
  const testPlaces = testHome
    ? [code(posix.dirname(testHome))]
    : orientation.tests.dirs.slice(0, 2).map(code)
  const story = reading.userStory
  const devCommand = orientation.commands.find(command => command.purpose === 'dev')?.command
  const testable = testableCriteria(criteria.functional)
  return {
    overview: `Test at the levels the repository already uses${framework ? `, with ${framework}` : ''}${
      testPlaces.length > 0 ? ` in ${listing(testPlaces)}` : ''
    }: unit tests for ${subject}, an integration test through the entry point users call, then a manual pass over the acceptance criteria${commands.test ? `. ${code(commands.test)} runs the automated tests` : ''}.`,
    unit: [
      ...testable
        .slice(0, 4)
        .map(criterion => `Test that ${lowerFirst(criterion.replace(/[.!]$/, ''))}.`),
      `Edge cases for ${subject}: empty and invalid input, and unchanged results when the feature is not used.`
    ],
    integration: [
      `Exercise the feature end to end through the entry point users call${
        files.code.length > 1
          ? `, so that ${listing(files.code.slice(0, 3).map(file => code(file.path)))} run together`
          : ''
      }.`,
      ...files.tests.map(
        file =>
          `Extend ${code(file.path)} so its existing scenarios also run with the feature in use.`
      )
    ],
    manual: [
      ...(devCommand ? [`Start the project with ${code(devCommand)}.`] : []),
      story
        ? `Act out the user story: check by hand that ${lowerFirst(storyOutcome(story))}, and that this delivers its benefit (“${prose(story.benefit, 200)}”).`
        : `Use the feature the way the issue describes it, starting from a clean checkout.`,
      'Walk through each acceptance criterion below and confirm it, including one invalid input and one case where the feature is not used.'
    ]
  }
}

function docLines(research: ResearchResult, rankedDocs: string[], featureLabel: string): string[] {
  const { docs, agentGuides } = research.orientation
  const lines: string[] = []
  const readme = docs.find(doc => /^readme(\.[a-z]+)?$/i.test(doc.path))
  if (readme) {
    lines.push(
      `${code(readme.path)} - describe ${featureLabel}: what it does, how to use or configure it, with an example.`
    )
  }
  for (const path of rankedDocs) {
    if (path !== readme?.path) lines.push(`${code(path)} - update the parts the feature changes.`)
  }
  const guide = docs.find(doc => doc.path.startsWith('docs/') && !rankedDocs.includes(doc.path))
  if (guide) {
    lines.push(
      `${code(guide.path)} (${prose(guide.title, 80)}) and the rest of ${code('docs/')} - check for pages that describe the behaviour being changed.`
    )
  }
  for (const path of agentGuides.slice(0, 2)) {
    lines.push(
      `${code(path)} - update if the feature changes how the project is built, tested or laid out.`
    )
  }
  if (lines.length === 0) {
    lines.push(
      'The repository has no README or docs/ yet: describe the feature in the pull request, and add a README section if users need to know about it.'
    )
  }
  return lines
}

/** Issue text minus the headings an issue form adds ("Is your feature request related to…"). */
function signalText(issue: IssueText): string {
  const body = issue.body
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split('\n')
    .filter(line => !/^\s*#{1,6}\s/.test(line))
    .join('\n')
  return `${stripTitlePrefix(issue.title)}\n${body}`
}

function featureNotes({ adwId, research, reading }: FeatureFacts): string[] {
  return [
    ...researchNotes(adwId, research, 'the chosen files and phases'),
    reading.userStory
      ? 'The user story is quoted from the issue.'
      : 'The issue has no “As a … I want … so that …” story; the one above is derived from its title and problem.',
    ...(reading.sections.alternatives
      ? [`Alternatives named in the issue: ${sentence(reading.sections.alternatives, 400)}`]
      : [])
  ]
}

export function buildPlanContent(input: ContentInput): PlanContent {
  const facts = featureFacts(input)
  const { issue, research, reading, featureName, featureLabel, files } = facts
  const signals = signalText(issue)
  return {
    featureName,
    userStory: userStoryOf(reading, issue.title, featureName, Boolean(facts.problemSource)),
    problem: featureProblem(facts),
    solution: featureSolution(facts),
    ...relevantFilesData(
      files,
      `Files ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each. Paths are relative to the repository root.`
    ),
    phases: featurePhases(facts),
    testing: featureTesting(facts),
    criteria: facts.criteria.all,
    commands: commandEntries(research),
    security: securityNotes(
      signals,
      files.code.map(file => file.path)
    ),
    performance: performanceNotes(signals),
    docs: docLines(
      research,
      files.docs.map(file => file.path),
      featureLabel
    ),
    notes: featureNotes(facts)
  }
}
