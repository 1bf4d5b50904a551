// Pieces every embedded plan kind shares (feature, bug, chore): the Notes that say where the
// plan came from, the Validation Commands, and a reading of the issue's own sections and lists.
import type { RepoCommand, ResearchResult } from '../../research/types.js'
import { guidanceCommands, guidanceNotes } from './guidance-notes.js'
import { proseLines } from '../../text/issue-text.js'
import { code, prose } from './prose.js'
import { reasonText } from './relevant-files.js'
import { symbolName } from './symbols.js'

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
