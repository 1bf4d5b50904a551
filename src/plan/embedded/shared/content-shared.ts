// Pieces every embedded plan kind shares (feature, bug, chore): the plan's name, the files and
// commands it works from, the Notes that say where the plan came from, the Validation Commands,
// and a reading of the issue's own sections and lists.
import type {
  RankedFile,
  RankedSymbol,
  RepoCommand,
  ResearchResult
} from '../../../research/types.js'
import type { IssueText } from '../../types.js'
import { stripTitlePrefix } from '../../format/naming.js'
import { guidanceCommands, guidanceNotes } from './guidance-notes.js'
import { proseLines } from '../../../text/issue-text.js'
import { capitalise, code, escapeAngles, listing, prose } from '../prose.js'
import { reasonText, type FileEntry, type RelevantFiles } from './relevant-files.js'
import { symbolName, symbolsOf } from './symbols.js'

export interface ContentInput {
  adwId: string
  issue: IssueText
  research: ResearchResult
  root: string
  descriptiveName: string
}

/** `[Feature] Add x`, `feat(ui): x`, `Bug: x` -> `Add x`, `x`; `fallback` when nothing is left. */
export function featureNameFrom(
  title: string,
  body: string,
  fallback = 'Untitled feature'
): string {
  const cleaned = stripTitlePrefix(title).replace(/[.!?\s]+$/, '')
  const firstLine = body
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split('\n')
    .find(line => /\w/.test(line))
  const name = prose(cleaned, 100) || prose(firstLine ?? '', 100)
  return name ? capitalise(name) : fallback
}

export interface CommandEntry {
  command: string
  description: string
}

const VALIDATION_ORDER = ['test', 'lint', 'typecheck', 'format', 'build']

export function validationCommands(commands: RepoCommand[]): RepoCommand[] {
  return (
    commands
      .filter(command => VALIDATION_ORDER.includes(command.purpose))
      .sort((a, b) => VALIDATION_ORDER.indexOf(a.purpose) - VALIDATION_ORDER.indexOf(b.purpose))
      // A repository with one test env per interpreter would fill the list with near-copies:
      // two commands per purpose say what to run without repeating it.
      .filter(
        (command, index, sorted) =>
          sorted.slice(0, index).filter(c => c.purpose === command.purpose).length < 2
      )
      .slice(0, 6)
  )
}

/** The repository's check commands, then the ones its maintainers' guides name. */
export function commandEntries(research: ResearchResult): CommandEntry[] {
  const { orientation } = research
  const declared = validationCommands(orientation.commands)
  return [
    ...declared.map(command => ({
      command: command.command,
      description: prose(command.description, 120) || command.purpose
    })),
    ...guidanceCommands(
      orientation.guidance,
      declared.map(command => command.command)
    )
  ]
}

/** The repository's commands a plan's steps name. */
export interface PlanCommands {
  /** The first test command, the one a step runs the new test with. */
  test?: string
  /** The test, lint and typecheck commands, in that order: what must pass before the pull request. */
  checks: string[]
}

export function planCommands(research: ResearchResult): PlanCommands {
  const declared = validationCommands(research.orientation.commands)
  return {
    test: declared.find(command => command.purpose === 'test')?.command,
    checks: declared
      .filter(command => ['test', 'lint', 'typecheck'].includes(command.purpose))
      .map(command => command.command)
  }
}

/** The task every plan ends its work with. */
export function runChecksTask(checks: string[]): string {
  return checks.length > 0
    ? `Run ${listing(checks.map(code))} and fix everything they report.`
    : "Run the project's tests and linters and fix everything they report."
}

/** Where the work starts: the lead file's best symbol, and how a sentence names the place. */
export interface LeadPlace {
  symbol?: RankedSymbol
  /** "`Class.method` in `path`", else "`path`"; undefined without a lead file. */
  reference?: string
}

export function leadPlace(research: ResearchResult, lead: RankedFile | undefined): LeadPlace {
  const symbol = lead ? symbolsOf(research, lead.path, 1)[0] : undefined
  const reference = symbol
    ? `${code(symbolName(symbol))} in ${code(lead!.path)}`
    : lead
      ? code(lead.path)
      : undefined
  return { symbol, reference }
}

/** Where the work's tests go: the existing tests of the code, else a new file. */
export function testHomeOf(files: RelevantFiles): string | undefined {
  return files.existingTest ?? files.newTest
}

/** The Relevant Files section: the same lists for every kind, each kind with its own intro. */
export interface RelevantFilesData {
  relevantFilesIntro: string
  filesToModify: FileEntry[]
  /** Other candidates, in one line ('' when there are none). */
  alsoConsidered: string
  filesToCreate: FileEntry[]
}

export function relevantFilesData(files: RelevantFiles, intro: string): RelevantFilesData {
  return {
    relevantFilesIntro: intro,
    filesToModify: files.toModify,
    alsoConsidered: files.alsoConsidered ?? '',
    filesToCreate: files.toCreate
  }
}

/**
 * What the repository's history says: past changes like this one (short hash and subject, the
 * files they touched), and the files that usually change with the lead file besides its tests.
 */
function historyNotes(research: ResearchResult): string[] {
  const history = research.history
  if (!history) return []
  const notes: string[] = []
  if (history.similar.length > 0)
    notes.push(
      `Similar past changes: ${history.similar
        .map(
          change =>
            `${code(change.sha.slice(0, 7))} *${escapeAngles(change.subject)}* (${change.files
              .slice(0, 4)
              .map(code)
              .join(', ')}${change.files.length > 4 ? ', …' : ''})`
        )
        .join('; ')}.`
    )
  const companions = history.companions
  if (companions.length > 0)
    notes.push(
      `In the history, ${code(companions[0].with)} usually changes together with ${companions
        .map(item => `${code(item.path)} (${item.together} of its last ${item.of} commits)`)
        .join(', ')}: check whether this change needs them too.`
    )
  return notes
}

/** The Notes an embedded plan opens with: where it came from, the stack, the evidence. */
export function researchNotes(adwId: string, research: ResearchResult, review: string): string[] {
  const { stack, guidance } = research.orientation
  return [
    `This plan was written by the embedded template planner, without an LLM: it is built from the text of issue #${adwId} and a static research of ${research.fileCount} files, so review ${review} before building.`,
    ...(stack.length > 0
      ? [
          `Stack detected: ${stack
            .slice(0, 8)
            .map(item => prose(item, 40))
            .join(', ')}.`
        ]
      : []),
    ...guidanceNotes(guidance),
    ...historyNotes(research),
    // The research's evidence where in the code: its best symbols (the files are listed above).
    ...research.symbols
      .slice(0, 3)
      .map(
        symbol =>
          `Research evidence for ${code(symbolName(symbol))} in ${code(symbol.path)} (score ${symbol.score}): ${symbol.reasons.join('; ')}.`
      ),
    ...(research.symbols.length === 0
      ? research.files
          .slice(0, 3)
          .map(
            file =>
              `Research evidence for ${code(file.path)} (${file.kind}, score ${file.score}): ${reasonText(file)}.`
          )
      : [])
  ]
}

export interface IssueSection {
  /** The heading's text without `#`, `**` or a trailing colon; '' for text before any heading. */
  title: string
  /** Its lines, fenced code blanked out (see `proseLines`). */
  lines: string[]
}

// A line that is only a label: `### Steps to reproduce`, `**Expected behavior**`, `Actual:`.
const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/
const BOLD_LABEL = /^\s*\*\*([^*]{1,60}?):?\*\*:?\s*$/
const COLON_LABEL = /^\s*([A-Z][\w '’/-]{2,40}):\s*$/

/** The issue body cut at its headings (issue forms write `###`, people write `**Label**`). */
export function issueSections(body: string): IssueSection[] {
  const sections: IssueSection[] = [{ title: '', lines: [] }]
  for (const line of proseLines(body)) {
    const label = HEADING.exec(line) ?? BOLD_LABEL.exec(line) ?? COLON_LABEL.exec(line)
    if (label) {
      sections.push({ title: label[1].replace(/[:?]+$/, '').trim(), lines: [] })
      continue
    }
    sections[sections.length - 1].lines.push(line)
  }
  return sections
}

/** The first section whose title matches, or undefined. Empty form answers ("_No response_") count as absent. */
export function sectionMatching(
  sections: IssueSection[],
  pattern: RegExp
): IssueSection | undefined {
  return sections.find(
    section =>
      pattern.test(section.title) &&
      !/^_?no response_?$/i.test(section.lines.join(' ').trim()) &&
      section.lines.some(line => /\w/.test(line))
  )
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.+)$/
const NUMBERED_ITEM = /^\s*\d{1,3}[.)]\s+(.+)$/

/** List items (bulleted, numbered or checklist) of some lines, each flattened to one line. */
export function listItems(lines: string[], numberedOnly = false): string[] {
  const pattern = numberedOnly ? NUMBERED_ITEM : LIST_ITEM
  return lines
    .map(line => pattern.exec(line)?.[1])
    .filter((item): item is string => item !== undefined)
    .map(item => prose(item, 300))
    .filter(Boolean)
}

/** The section's prose (not its list items) as one line, or '' when it has none. */
export function sectionProse(section: IssueSection | undefined, max = 1200): string {
  if (!section) return ''
  return prose(section.lines.filter(line => !LIST_ITEM.test(line)).join('\n'), max)
}

/** One `### Step {n}: {name}` of a bug or chore plan, with its tasks as bullets. */
export interface Step {
  name: string
  tasks: string[]
}

/** The step a bug or chore plan ends with: the repository's checks, then any last `tasks`. */
export function validationStep(checks: string[], ...tasks: string[]): Step {
  return { name: 'Run the validation commands', tasks: [runChecksTask(checks), ...tasks] }
}
