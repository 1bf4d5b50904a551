// The embedded planner's thinking: every section of the plan, drawn from what the issue says and
// what the research found. Issue text enters here only as data, flattened to one-line prose.
import type { RankedFile, ResearchResult } from '../../../research/types.js'
import type { IssueText } from '../../types.js'
import { readIssue, type IssueReading } from '../../../text/issue-text.js'
import { securityNotes, performanceNotes } from './considerations.js'
import { buildPhases, type Phase } from './phases.js'
import { code, firstSentence, listing, lowerFirst, prose, sentence, verbatim } from '../prose.js'
import { posix } from 'node:path'
import { apiSketch, type ApiSketch } from '../request/api-sketch.js'
import { docLines } from './feature-docs.js'
import { envReadingIn, withEnvPlaces } from './env-home.js'
import { withFlagHomes } from './flag-homes.js'
import { readFeatureRequest, type FeatureRequest } from './feature-request.js'
import { issueSentences, knownIn } from './feature-sources.js'
import { chooseRelevantFiles, reasonText, type RelevantFiles } from '../shared/relevant-files.js'
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
} from '../shared/content-shared.js'
import { namesIn } from '../shared/symbols.js'
import { criteriaOf, testableCriteria, type Criteria } from './feature-criteria.js'
import { storyOutcome, userStoryOf } from './user-story.js'

export type { FileEntry } from '../shared/relevant-files.js'
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
  /** The request read into its parts, chatter left out. */
  request: FeatureRequest
  /** The interface the issue sketches that the code does not have yet. */
  api: ApiSketch
  /** The first listed file, where the change most likely belongs. */
  lead?: RankedFile
  /** What the unit tests exercise: the lead's best symbol, the lead file, or the new module. */
  subject: string
  /** Where the feature's tests go. */
  testHome?: string
  criteria: Criteria
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
  const request = readFeatureRequest(issue.title, reading)
  // The code the research ranked, not only the files listed: a name may live next door.
  const ranked = research.files.filter(file => file.kind === 'code').map(file => file.path)
  const api = withFlagHomes(
    placedEnv(
      apiSketch(issue.title, reading, request.proposalSource, knownIn(root, ranked)),
      root,
      ranked
    ),
    issue.title,
    root
  )
  const lead = files.code[0]
  const testHome = testHomeOf(files)
  return {
    adwId,
    issue,
    research,
    reading,
    featureName,
    featureLabel,
    files,
    commands,
    request,
    api,
    lead,
    subject: leadPlace(research, lead).reference ?? 'the new module',
    testHome,
    criteria: criteriaOf({
      title: issue.title,
      reading,
      request,
      api,
      featureLabel,
      newTest: files.newTest,
      testCommand: commands.test
    })
  }
}

/** The sketch's environment variables placed in the tree, when it names any (the walk costs). */
function placedEnv(api: ApiSketch, root: string, ranked: string[]): ApiSketch {
  const env = [...api.variables, ...api.existing].filter(item => item.kind === 'env')
  if (env.length === 0) return api
  return withEnvPlaces(
    api,
    envReadingIn(
      root,
      env.map(item => item.name),
      ranked
    )
  )
}

/** Sentences joined up to a length, whole sentences only. */
function firstSentences(sentences: string[], max: number): string {
  const kept: string[] = []
  for (const text of sentences) {
    const line = sentence(text, max)
    if (!line) continue
    if (kept.length > 0 && [...kept, line].join(' ').length > max) break
    kept.push(line)
  }
  return kept.join(' ')
}

function featureProblem({ request, adwId, featureLabel, reading }: FeatureFacts): string {
  // The problem's sentences can all be chatter or markup: then the plan says what it knows.
  const shown =
    reading.code.length > 0 ? 'shows it in code rather than words' : 'gives no further description'
  return (
    firstSentences(request.problem, 900) ||
    `Issue #${adwId} asks for ${featureLabel}, which the project does not offer yet; the issue ${shown}, so the scope below is inferred from its title${reading.code.length > 0 ? ', its examples' : ''} and the code.`
  )
}

/** The proposal as work: the issue's own, else its request restated, else a default. */
function proposalLead(facts: FeatureFacts): string {
  const { request, featureLabel, reading } = facts
  const ask = request.ask
  const work = ask?.imperative ?? ask?.statement
  const asked = work && sentence(`${work}${ask?.purpose ? `, so that ${ask.purpose}` : ''}`, 400)
  // The body's proposal says how; when it asks for nothing itself, the title's request leads it.
  const proposed = firstSentences(request.proposal, 700)
  if (proposed) return request.asks.length > 0 || !asked ? proposed : `${asked} ${proposed}`
  if (asked) return asked
  return `Build ${featureLabel} into the existing code rather than alongside it${
    reading.userStory ? `, so that ${prose(reading.userStory.benefit, 200)}` : ''
  }.`
}

/** The issue's proposal (or a default one), then where the research says the change belongs. */
function featureSolution(facts: FeatureFacts): string {
  const { files, research, lead, testHome, api } = facts
  const sketch = api.example ? ` The issue sketches its use: ${verbatim(api.example)}.` : ''
  const solutionLead = `${proposalLead(facts)}${sketch}`
  const where = files.code.slice(0, 3).map(file => `${code(file.path)}${namesIn(research, file)}`)
  const placement = lead
    ? `${files.unsure ? 'The research is unsure where the change belongs; it ranks' : 'The research points to'} ${listing(where)}${files.unsure ? ' first' : ' as where the change belongs'} (${code(lead.path)}: ${reasonText(lead)})${
        testHome ? `, and the tests go into ${code(testHome)}` : ''
      }.`
    : "The research found no existing code clearly tied to the issue, so the feature starts as new code following the repository's layout."
  return `${solutionLead} ${placement}`
}

function featurePhases(facts: FeatureFacts): Phase[] {
  const { featureLabel, files, research, criteria, reading, commands, api, testHome } = facts
  const proposal = proposalLead(facts)
  const solutionSummary = proposal ? firstSentence(proposal, 300) : `The goal: ${featureLabel}.`
  return buildPhases({
    title: facts.issue.title,
    api,
    testHome,
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
        : testable[0]
          ? `Use the feature as a user would, from a clean checkout, and check by hand that ${lowerFirst(testable[0])}.`
          : `Use the feature the way the issue describes it, starting from a clean checkout.`,
      'Walk through each acceptance criterion below and confirm it, including one invalid input and one case where the feature is not used.'
    ]
  }
}

function featureNotes({ adwId, research, reading, request }: FeatureFacts): string[] {
  return [
    ...researchNotes(adwId, research, 'the chosen files and phases'),
    reading.userStory
      ? 'The user story is quoted from the issue.'
      : 'The issue tells no “As a … I want … so that …” story; the one above is built from what it asks for and the problem it describes.',
    ...(request.alternatives.length > 0
      ? [`Alternatives the issue considered: ${firstSentences(request.alternatives, 400)}`]
      : []),
    ...(request.cons.length > 0
      ? [`Drawbacks the issue names: ${firstSentences(request.cons, 400)}`]
      : []),
    ...(request.speculation.length > 0
      ? [
          `What the issue supposes about the implementation, to confirm in the code: ${firstSentences(request.speculation, 400)}`
        ]
      : [])
  ]
}

/** What the documentation would mention: the sketched names, their owners, the issue's identifiers. */
function docNames({ api, reading }: FeatureFacts): string[] {
  return [
    ...new Set([
      ...[...api.items, ...api.variables].flatMap(item => [
        item.name,
        ...(item.owner ? [item.owner] : [])
      ]),
      ...reading.identifiers.slice(0, 4)
    ])
  ]
}

// Words too general to find a README section by ("Add support for X": "support" is in every README).
const GENERAL_WORDS =
  /^(?:add|allow|support|option|options|feature|request|make|enable|disable|provide|using|with|from|into|when|should|would|could|have|more|less|some|this|that|default)$/i

function featureWords(featureName: string): string[] {
  return (featureName.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? []).filter(
    word => !GENERAL_WORDS.test(word)
  )
}

export function buildPlanContent(input: ContentInput): PlanContent {
  const facts = featureFacts(input)
  const { issue, research, reading, featureName, featureLabel, files, request } = facts
  const considered = {
    sentences: issueSentences(issue.title, reading),
    files: files.code.map(file => file.path)
  }
  return {
    featureName,
    userStory: userStoryOf(
      reading,
      request,
      `${issue.title}\n${issue.body}`,
      // A command-line user asks, whether the flags are new or the code's own.
      [...facts.api.items, ...facts.api.existing].some(item => item.kind === 'flag')
    ),
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
    security: securityNotes(considered),
    performance: performanceNotes(considered),
    docs: docLines({
      research,
      root: input.root,
      rankedDocs: files.docs.map(file => file.path),
      featureLabel,
      names: docNames(facts),
      words: featureWords(featureName)
    }),
    notes: featureNotes(facts)
  }
}
