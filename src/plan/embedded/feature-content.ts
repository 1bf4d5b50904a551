// The embedded planner's thinking: every section of the plan, drawn from what the issue says and
// what the research found. Issue text enters here only as data, flattened to one-line prose.
import type { ResearchResult } from '../../research/types.js'
import type { IssueText } from '../types.js'
import {
  parseUserStory,
  readIssue,
  type IssueReading,
  type UserStory
} from '../../text/issue-text.js'
import { securityNotes, performanceNotes } from './considerations.js'
import { stripTitlePrefix } from '../format/naming.js'
import { buildPhases, type Phase } from './phases.js'
import {
  capitalise,
  code,
  firstSentence,
  listing,
  lowerFirst,
  prose,
  sentence,
  withArticle
} from './prose.js'
import { posix } from 'node:path'
import { chooseRelevantFiles, reasonText, type FileEntry } from './relevant-files.js'
import {
  commandEntries,
  featureNameFrom,
  researchNotes,
  validationCommands,
  type ContentInput
} from './content-shared.js'
import { namesIn, symbolName, symbolsOf } from './symbols.js'

export type { FileEntry } from './relevant-files.js'
export type { Phase } from './phases.js'

export interface PlanContent {
  featureName: string
  userStory: string
  problem: string
  solution: string
  relevantFilesIntro: string
  filesToModify: FileEntry[]
  /** Other candidates, in one line ('' when there are none). */
  alsoConsidered: string
  filesToCreate: FileEntry[]
  phases: Phase[]
  testing: { overview: string; unit: string[]; integration: string[]; manual: string[] }
  criteria: string[]
  commands: Array<{ command: string; description: string }>
  security: string[]
  performance: string[]
  docs: string[]
  notes: string[]
}

/** "A shopper is able to apply a code" / "A CI maintainer gets machine-readable output". */
function storyOutcome(story: UserStory): string {
  const who = capitalise(withArticle(prose(story.role, 80)))
  const goal = prose(story.goal, 200)
  return /^to\s/i.test(goal) ? `${who} is able ${goal}` : `${who} gets ${goal}`
}

// People an issue usually speaks for; the first one named becomes the story's role.
const ROLES =
  /\b(maintainer|admin|administrator|user|developer|contributor|reviewer|customer|operator|author|owner|accountant|manager|editor|visitor|shopper|player|teacher|student)s?\b/i
// A title that starts with one of these is a verb phrase: "I want to <title>".
const VERB_START =
  /^(add|allow|let|support|show|enable|make|provide|create|use|export|import|display|send|build|improve|remove|introduce|implement|track|notify|sync|cache|expose|accept|choose|switch|run|generate|validate|detect|warn|log|store|save|load|open|close|filter|sort|search|group|limit|retry|skip|keep|report|link|render|print|write|read|publish|post|update|delete|rename|move|copy|merge|split|convert|stream|paginate|schedule|configure|customi[sz]e|localise|localize|translate)\b/i

function userStoryOf(
  reading: IssueReading,
  title: string,
  featureName: string,
  hasProblem: boolean
): string {
  const story = reading.userStory
  if (story) {
    return `As ${withArticle(prose(story.role, 80))}, I want ${prose(story.goal, 200)} so that ${prose(story.benefit, 200)}.`
  }
  // No story in the issue: build one from the title, and say where its "why" is written.
  const role = (ROLES.exec(title) ?? ROLES.exec(reading.paragraphs.join(' ')))?.[1].toLowerCase()
  const who = withArticle(role ?? 'user of this project')
  const goal = VERB_START.test(featureName)
    ? `to ${lowerFirst(featureName)}`
    : `${featureName.split(' ').length <= 6 ? lowerFirst(featureName) : `“${featureName}”`}`
  const why = hasProblem
    ? 'the problem described below goes away'
    : 'the project does what the issue asks'
  return `As ${who}, I want ${goal} so that ${why}.`
}

// Criteria about the documentation: checked by reading the docs, not by a unit test.
const DOCUMENTATION = /\b(?:document(?:ed|ation|s)?|docs?|readme|changelog|quickstart|guide)\b/i

// How requests open ("It would be nice if …"): a criterion states the outcome without the wish.
const WISH =
  /^(?:it would be (?:nice|great|good|helpful|useful) (?:if|to)|i(?:'d| would) (?:like|love)(?: it if| to)?|we could|maybe|perhaps|ideally,?|please)\s+/i

interface Criteria {
  /** What the plan lists: the issue's own criteria, completed to a useful minimum. */
  all: string[]
  /** Criteria about the feature itself (not the generic "tests pass" ones): tests and tasks use these. */
  functional: string[]
}

function criteriaOf(
  reading: IssueReading,
  solution: string | undefined,
  newTest: string | undefined,
  testCommand: string | undefined
): Criteria {
  const fromIssue = [
    ...new Set([...reading.checklist, ...reading.requirements].map(item => prose(item, 240)))
  ].filter(Boolean)
  if (fromIssue.length >= 3) return { all: fromIssue.slice(0, 12), functional: fromIssue }
  // Too few stated criteria: derive the rest from the story and the solution, as a reviewer would.
  const functional = [...fromIssue]
  const derived = [
    ...(reading.userStory ? [storyOutcome(reading.userStory)] : []),
    ...(solution ? [capitalise(firstSentence(solution, 240).replace(WISH, ''))] : [])
  ]
  for (const item of derived) {
    const line = item.replace(/[.]$/, '')
    if (line && !functional.includes(line)) functional.push(line)
  }
  if (functional.length === 0) functional.push('The feature behaves as the issue describes')
  const all = [
    ...functional,
    `The new behaviour is covered by automated tests${newTest ? ` in ${code(newTest)}` : ''}`,
    `Existing behaviour is unchanged and the existing tests pass${testCommand ? ` (${code(testCommand)})` : ''}`
  ]
  return { all, functional }
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

export function buildPlanContent(input: ContentInput): PlanContent {
  const { adwId, issue, research, root } = input
  const reading = readIssue(issue.body)
  const featureName = featureNameFrom(issue.title, issue.body)
  const featureLabel = `“${featureName}”`
  const { orientation } = research
  const files = chooseRelevantFiles(research, root, input.descriptiveName, featureLabel)
  const commands = validationCommands(orientation.commands)
  const testCommand = commands.find(command => command.purpose === 'test')?.command
  const checks = commands
    .filter(command => ['test', 'lint', 'typecheck'].includes(command.purpose))
    .map(command => command.command)

  // Problem and solution: the issue's own sections when it has them, else its loose prose
  // (the story and bare requirement sentences are shown elsewhere, not repeated here).
  const loose = reading.looseParagraphs.filter(
    text => !parseUserStory(text) && !/^[^.!?]*\b(must|should|shall)\b[^.!?]*[.!?]?$/i.test(text)
  )
  const problemSource = reading.sections.problem ?? loose[0]
  // A source can be all markup (`===`, `---`) and give no prose: then it says nothing either.
  const problem =
    (problemSource && sentence(problemSource, 1200)) ||
    `Issue #${adwId} asks for ${featureLabel}, which the project does not offer yet; the issue gives no further description, so the scope below is inferred from its title and the code.`
  const solutionSource =
    reading.sections.solution ??
    (loose.slice(reading.sections.problem ? 0 : 1, 3).join(' ') || undefined)
  const solutionLead =
    (solutionSource && sentence(solutionSource, 1200)) ||
    `Build ${featureLabel} into the existing code rather than alongside it${
      reading.userStory ? `, so that ${prose(reading.userStory.benefit, 200)}` : ''
    }.`
  const lead = files.code[0]
  const testHome = files.existingTest ?? files.newTest
  const where = files.code.slice(0, 3).map(file => `${code(file.path)}${namesIn(research, file)}`)
  const placement = lead
    ? `${files.unsure ? 'The research is unsure where the change belongs; it ranks' : 'The research points to'} ${listing(where)}${files.unsure ? ' first' : ' as where the change belongs'} (${code(lead.path)}: ${reasonText(lead)})${
        testHome ? `, and the tests go into ${code(testHome)}` : ''
      }.`
    : "The research found no existing code clearly tied to the issue, so the feature starts as new code following the repository's layout."
  const solution = `${solutionLead} ${placement}`

  const criteria = criteriaOf(reading, solutionSource, files.newTest, testCommand)
  const solutionSummary = solutionSource
    ? firstSentence(solutionSource, 300)
    : `The goal: ${featureLabel}.`
  const phases = buildPhases({
    files,
    research,
    solution: /[.!?…]$/.test(solutionSummary) ? solutionSummary : `${solutionSummary}.`,
    criteria: criteria.functional,
    identifiers: reading.identifiers,
    checks
  })

  const framework = orientation.tests.framework
  // The tests' place: where this code's tests are, else the repository's test directories.
  const testPlaces = testHome
    ? [code(posix.dirname(testHome))]
    : orientation.tests.dirs.slice(0, 2).map(code)
  const leadSymbol = lead ? symbolsOf(research, lead.path, 1)[0] : undefined
  const subject = leadSymbol
    ? `${code(symbolName(leadSymbol))} in ${code(lead!.path)}`
    : lead
      ? code(lead.path)
      : 'the new module'
  const story = reading.userStory
  const devCommand = orientation.commands.find(command => command.purpose === 'dev')?.command
  // A criterion about documentation is checked by reading the docs, not by a unit test.
  const testable = criteria.functional.filter(criterion => !DOCUMENTATION.test(criterion))
  const testing = {
    overview: `Test at the levels the repository already uses${framework ? `, with ${framework}` : ''}${
      testPlaces.length > 0 ? ` in ${listing(testPlaces)}` : ''
    }: unit tests for ${subject}, an integration test through the entry point users call, then a manual pass over the acceptance criteria${testCommand ? `. ${code(testCommand)} runs the automated tests` : ''}.`,
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

  const signals = signalText(issue)
  const notes = [
    ...researchNotes(adwId, research, 'the chosen files and phases'),
    story
      ? 'The user story is quoted from the issue.'
      : 'The issue has no “As a … I want … so that …” story; the one above is derived from its title and problem.',
    ...(reading.sections.alternatives
      ? [`Alternatives named in the issue: ${sentence(reading.sections.alternatives, 400)}`]
      : [])
  ]

  return {
    featureName,
    userStory: userStoryOf(reading, issue.title, featureName, Boolean(problemSource)),
    problem,
    solution,
    relevantFilesIntro: `Files ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each. Paths are relative to the repository root.`,
    filesToModify: files.toModify,
    alsoConsidered: files.alsoConsidered ?? '',
    filesToCreate: files.toCreate,
    phases,
    testing,
    criteria: criteria.all,
    commands: commandEntries(input.research),
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
    notes
  }
}
