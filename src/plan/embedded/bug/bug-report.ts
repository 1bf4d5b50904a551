// What a bug report says, read the way a maintainer triages it: the description, expected and
// actual behaviour (as sections or as inline `Expected:` labels), the error it ends with, the
// environment, a proposed fix, and the steps to reproduce. Issue text is data, flattened to
// one-line prose.
import { plainProse } from '../../../text/chatter.js'
import { readIssue } from '../../../text/issue-text.js'
import {
  issueSections,
  listItems,
  sectionMatching,
  sectionProse,
  type IssueSection
} from '../shared/content-shared.js'
import { code, prose, sentence } from '../prose.js'
import { readReproducer, type Reproducer } from './reproducer.js'

export interface BugReport {
  /** The story, as prose ('' when the issue tells none). */
  described: string
  expected: string
  actual: string
  /** The last error line of the body (`ValueError: …`), if any. */
  error?: string
  /** `Actual:` is followed by a quoted log that ends with the error. */
  actualIsError: boolean
  environment: string
  /** A fix the reporter proposes. */
  fix: string
  /** The report's own steps to reproduce, each one line; empty when it lists none. */
  steps: string[]
  /** The code the report runs: its shell session's commands and its program's failing call. */
  reproducer: Reproducer
  /** A call of the report's own code that exercises the project (`pvlib.iam.physical(aoi=100)`), if any. */
  snippet?: string
  /** The report quotes code in a block. */
  hasCode: boolean
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

export function withoutStop(text: string): string {
  return text.replace(/[.!]+$/, '')
}

/**
 * `projectNames`: the names the project is imported and run by, to tell the report's own
 * reproducer from code that only shows another library's behaviour.
 */
export function readBugReport(body: string, projectNames: readonly string[] = []): BugReport {
  const reading = readIssue(body)
  const subjects = reading.identifiers.flatMap(name => name.split('.'))
  const reproducer = readReproducer(reading.code, projectNames, subjects)
  const sections = issueSections(body)
  const expected = reportedBehaviour(sections, EXPECTED).text
  const reportedActual = reportedBehaviour(sections, ACTUAL)
  const actual = reportedActual.text
  const error = reportedError(body)
  // The description tells the story; expected and actual behaviour are listed under it.
  const story = sections.map(item => ({
    ...item,
    lines: item.lines.filter(line => !opensWithBehaviour(line))
  }))
  const reproduceSection = sectionMatching(sections, REPRODUCE)
  let steps = reproduceSection ? listItems(reproduceSection.lines) : []
  if (steps.length === 0 && reproduceSection) {
    const text = sectionProse(reproduceSection, 300)
    if (text) steps = [text]
  }
  if (steps.length === 0)
    steps = listItems(
      sections.flatMap(section => section.lines),
      true
    )
  return {
    // The story without its chatter (thanks, offers, hedges), the reporter's "I" as the users'.
    described: plainProse(
      sectionProse(sectionMatching(story, DESCRIPTION)) ||
        sectionProse(story[0]) ||
        prose(reading.paragraphs[0] ?? '', 1200)
    ),
    expected,
    actual,
    ...(error ? { error } : {}),
    // `Actual:` followed by a quoted log: the error it ends with is the actual behaviour.
    actualIsError: !actual && reportedActual.follows && error !== undefined,
    environment: sectionText(sectionMatching(sections, ENVIRONMENT), 300),
    fix: sectionProse(sectionMatching(sections, FIX)),
    steps: steps.slice(0, 8).map(step => sentence(prose(step, 240))),
    reproducer,
    ...(reproducer.snippet ? { snippet: reproducer.snippet } : {}),
    hasCode: /^ {0,3}(?:`{3,}|~{3,})/m.test(body)
  }
}

/** The report's facts as the plan lists them under its description. */
export function reportFacts(report: BugReport): string[] {
  const { expected, actual, error, actualIsError, environment } = report
  return [
    ...(expected ? [`Expected behaviour: ${sentence(expected)}`] : []),
    ...(actual ? [`Actual behaviour: ${sentence(actual)}`] : []),
    ...(error && actualIsError ? [`Actual behaviour: it fails with ${code(error)}.`] : []),
    ...(error && !actualIsError ? [`Error reported: ${code(error)}.`] : []),
    ...(environment ? [`Environment: ${sentence(environment)}`] : [])
  ]
}
