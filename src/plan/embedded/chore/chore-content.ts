// Every section of a chore plan, for the embedded planner: maintenance with a clear scope (the
// issue's own lists when it has them), the files the research ties to it, and steps that end in
// the repository's checks. Issue text is data, flattened to one-line prose.
import type { ResearchResult } from '../../../research/types.js'
import {
  commandEntries,
  featureNameFrom,
  issueSections,
  listItems,
  planCommands,
  relevantFilesData,
  researchNotes,
  sectionMatching,
  sectionProse,
  validationStep,
  type CommandEntry,
  type ContentInput,
  type IssueSection,
  type RelevantFilesData,
  type Step
} from '../shared/content-shared.js'
import { isFirstPerson, plainProse } from '../../../text/chatter.js'
import { partOfHeading } from '../../../text/issue-parts.js'
import { readIssue, type IssueReading } from '../../../text/issue-text.js'
import type { FileSelection } from '../shared/code-selection.js'
import { areaName, areaOf } from '../shared/areas.js'
import { code, listing, prose, sentence } from '../prose.js'
import {
  chooseRelevantFiles,
  type FileWording,
  type RelevantFiles
} from '../shared/relevant-files.js'
import { namesIn } from '../shared/symbols.js'

export interface ChoreContent extends RelevantFilesData {
  choreName: string
  description: string
  scope: { in: string[]; out: string[] }
  steps: Step[]
  commands: CommandEntry[]
  notes: string[]
}

// A chore changes what exists: it gets no new test file of its own.
export const choreWording: FileWording = {
  lead: (subject, evidence) => `Main change of the chore${subject} (evidence: ${evidence}).`,
  follow: (subject, evidence) =>
    `Update alongside the main change${subject} so that the code stays consistent (evidence: ${evidence}).`,
  config: evidence =>
    `Update the settings, scripts or dependencies the chore touches (evidence: ${evidence}).`,
  test: evidence =>
    `Existing tests of this code: keep them passing, and adjust them only where the chore changes what they check (evidence: ${evidence}).`,
  doc: evidence => `Update where it describes what the chore changes (evidence: ${evidence}).`,
  existingTest: 'Tests named after this chore already live here: update them with the change.'
}

/** A chore may span a few files, each supported by the evidence. */
const choreSelection: FileSelection = { share: 0.4, max: 4, docs: 2, tests: 2 }

const DESCRIPTION = /^(description|summary|what|details|chore|task|context|background)$/i
const MOTIVATION = /^(why|motivation|reason|rationale)$/i
const IN_SCOPE = /^((?:in )?scope|tasks?|to ?do|todos?|checklist|steps|plan|changes)$/i
const OUT_OF_SCOPE = /^(out of scope|not in scope|non-?goals|excluded|not included)$/i

/** What every section of a chore plan is drawn from: the issue's own sections and the research's files. */
interface ChoreFacts {
  adwId: string
  research: ResearchResult
  reading: IssueReading
  sections: IssueSection[]
  /** The issue's "out of scope" section, if it has one. */
  outSection?: IssueSection
  choreName: string
  /** The name in quotes, as sentences cite it. */
  choreLabel: string
  files: RelevantFiles
  checks: string[]
}

function choreFacts(input: ContentInput): ChoreFacts {
  const { adwId, issue, research, root } = input
  const sections = issueSections(issue.body)
  const choreName = featureNameFrom(issue.title, issue.body, 'Untitled chore')
  const choreLabel = `“${choreName}”`
  return {
    adwId,
    research,
    reading: readIssue(issue.body),
    sections,
    outSection: sectionMatching(sections, OUT_OF_SCOPE),
    choreName,
    choreLabel,
    files: chooseRelevantFiles(research, root, input.descriptiveName, choreLabel, choreWording, {
      selection: choreSelection
    }),
    checks: planCommands(research).checks
  }
}

/** What the chore is and why: the issue's description and motivation sections, else its prose. */
function choreDescription({ sections, reading, adwId, choreLabel }: ChoreFacts): string {
  // The issue's words without their chatter (thanks, offers, hedges), its "I" as the users'.
  const described = plainProse(
    sectionProse(sectionMatching(sections, DESCRIPTION)) ||
      sectionProse(sections[0]) ||
      prose(reading.paragraphs[0] ?? '', 1200)
  )
  const motivation = plainProse(sectionProse(sectionMatching(sections, MOTIVATION), 600))
  return (
    [described, motivation]
      .filter(Boolean)
      .map(text => sentence(text))
      .join(' ') ||
    `Issue #${adwId} asks for the chore ${choreLabel}; it gives no further description, so the scope below is inferred from its title and the code.`
  )
}

interface ChoreScope {
  in: string[]
  out: string[]
  /** The scope is the issue's own list, not derived from the research. */
  quoted: boolean
}

function choreScope({ sections, outSection, files, choreName }: ChoreFacts): ChoreScope {
  // In scope: the issue's own list under a scope or task heading, else its checklists and
  // bullets (those under "out of scope" excepted), else what the research ties to the chore.
  const inSection = sectionMatching(sections, IN_SCOPE)
  let inScope = inSection ? listItems(inSection.lines) : []
  if (inScope.length === 0) {
    // The form's own questions (prerequisites, versions, a code of conduct) are no scope.
    const own = sections.filter(
      section => section !== outSection && partOfHeading(section.title) !== 'aside'
    )
    inScope = listItems(own.flatMap(s => s.lines))
  }
  // “I have searched the issues”: a box about the reporter, never work to do.
  inScope = inScope.filter(item => !isFirstPerson(item))
  const quoted = inScope.length > 0
  if (!quoted) {
    inScope = [
      files.code.length > 0
        ? `${choreName} in ${listing(files.code.slice(0, 3).map(file => code(file.path)))}`
        : choreName,
      'Every reference to what the chore changes (imports, configuration, scripts, documentation), kept consistent'
    ]
  }
  const outItems = outSection ? listItems(outSection.lines) : []
  return {
    in: [...new Set(inScope.map(item => sentence(item, 300)))].slice(0, 12),
    out:
      outItems.length > 0
        ? outItems.map(item => sentence(item, 300))
        : [
            'Changes to behaviour users can see: the chore leaves features and public interfaces as they are.',
            'Refactors or clean-ups beyond the files listed under Relevant Files; note any found along the way in a follow-up issue.'
          ],
    quoted
  }
}

function makeChangeStep({ files, research, choreLabel }: ChoreFacts, scope: ChoreScope): Step {
  const areas = [
    ...new Set(files.code.filter(file => file.kind === 'code').map(file => areaOf(file.path)))
  ].map(areaName)
  return {
    name: areas.length > 0 ? `Make the change in ${listing(areas.slice(0, 2))}` : 'Make the change',
    tasks: [
      ...(scope.quoted ? scope.in.slice(0, 8).map(item => `Do: ${item}`) : []),
      ...files.code.map(file =>
        file.kind === 'config'
          ? `Update ${code(file.path)} for the settings, scripts or dependencies the chore touches.`
          : `Update ${code(file.path)}${namesIn(research, file)} for the chore, keeping its behaviour unchanged.`
      ),
      ...(files.code.length === 0 && !scope.quoted
        ? [`Carry out ${choreLabel} where the issue and the README place it.`]
        : [])
    ]
  }
}

function keepConsistentStep({ files, reading, outSection }: ChoreFacts): Step {
  // Names the issue puts out of scope are not references to chase.
  const excluded = outSection?.lines.join('\n') ?? ''
  const mentioned = reading.identifiers
    .filter(name => !excluded.includes(`\`${name}\``))
    .slice(0, 4)
  return {
    name: 'Keep references, tests and documentation consistent',
    tasks: [
      mentioned.length > 0
        ? `Search the repository for ${listing(mentioned.map(code))} and update every remaining reference consistently.`
        : 'Search the repository for other references to what the chore changes (imports, configuration, scripts, documentation) and update them consistently.',
      ...files.tests.map(
        file =>
          `Adjust ${code(file.path)} only where the chore changes what it checks; it must keep passing.`
      ),
      ...files.toModify
        .filter(entry => !files.code.some(file => file.path === entry.path))
        .filter(entry => !files.tests.some(file => file.path === entry.path))
        .filter(entry => !files.docs.some(file => file.path === entry.path))
        .map(entry => `Update ${code(entry.path)} with the change.`),
      ...files.docs.map(
        file => `Update ${code(file.path)} where it describes what the chore changes.`
      )
    ]
  }
}

function choreNotes({ adwId, research }: ChoreFacts, scope: ChoreScope): string[] {
  return [
    ...researchNotes(adwId, research, 'the scope and the chosen files'),
    scope.quoted
      ? 'The scope is taken from the lists in the issue.'
      : 'The issue lists no scope; the one above is derived from its title and the research: confirm it before starting.'
  ]
}

export function buildChoreContent(input: ContentInput): ChoreContent {
  const facts = choreFacts(input)
  const { research, files } = facts
  const scope = choreScope(facts)
  return {
    choreName: facts.choreName,
    description: choreDescription(facts),
    scope: { in: scope.in, out: scope.out },
    ...relevantFilesData(
      files,
      `Use these files to complete the chore. They are ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each; paths are relative to the repository root.`
    ),
    steps: [
      makeChangeStep(facts, scope),
      keepConsistentStep(facts),
      validationStep(
        facts.checks,
        'Review the diff before opening the pull request: nothing outside the scope above has changed.'
      )
    ],
    commands: commandEntries(research),
    notes: choreNotes(facts, scope)
  }
}
