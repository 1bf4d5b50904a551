// Dropping and adding what the plan names: files in Relevant Files (tests among them) and the
// lines about them elsewhere, functions and the tasks about them. A line goes when what it is
// about goes (its first code span, or all the files it names); a line that names the dropped
// thing among others keeps its place, with the name taken out of its list when it sits in one.
import { prose } from '../prose.js'
import type { PlanDocument, PlanItem } from './plan-document.js'
import { sameCode } from './targets.js'
import { escapeRegExp } from '../../../text/regex.js'

const MODIFY = 'Existing Files to Modify'
const DROPPED_NOTE = 'the review dropped'
const CREATE = 'New Files to Create'
// Sections whose lines are the issue's requirements or the repository's commands, not the plan's
// choice of code: dropping a file or a function leaves them to the reviewer.
const UNTOUCHED = new Set(['Acceptance Criteria', 'Validation Commands', 'Metadata'])

/** Spans that name code or files: no spaces or operators (`tox -e lint`, `a=1` are not). */
const isObjectSpan = (span: string) => /^[\w./:@-]+(?:\(\))?$/.test(span)
const isPathSpan = (span: string) => /\//.test(span) || /\.[A-Za-z]\w{0,5}$/.test(span)

export interface Dropped {
  /** Lines removed, by the section (last heading) they were in. */
  removed: Map<string, number>
  /** Sections where the name is still written, in a sentence about something else. */
  stillIn: Set<string>
}

function editable(item: PlanItem, notesPrefix: string): boolean {
  return !item.section.some(title => UNTOUCHED.has(title)) && !item.text.includes(notesPrefix)
}

/** Takes `name` out of an enumeration of code spans (`a`, `name` and `b`); undefined if not in one. */
export function withoutInList(line: string, name: string): string | undefined {
  const span = `\`${escapeRegExp(name)}\``
  const patterns = [
    new RegExp(`${span},\\s+(?=\`)`),
    new RegExp(`,?\\s+(?:and|or)\\s+${span}`),
    new RegExp(`,\\s+${span}`),
    new RegExp(`${span}\\s+(?:and|or)\\s+(?=\`)`)
  ]
  for (const pattern of patterns) if (pattern.test(line)) return line.replace(pattern, '')
  return undefined
}

/**
 * Drops what the names stand for: every line about them (its subject, or all the files it names),
 * and the names out of lists elsewhere. `paths` are the dropped files, `code` the dropped functions.
 */
export function dropMentions(
  plan: PlanDocument,
  dropped: { paths: string[]; code: string[] },
  notesPrefix: string
): Dropped {
  const is = (span: string) =>
    dropped.paths.includes(span) || dropped.code.some(name => sameCode(span, name))
  const result: Dropped = { removed: new Map(), stillIn: new Set() }
  const about = plan.items().filter(item => {
    if (!editable(item, notesPrefix)) return false
    const objects = item.spans.filter(isObjectSpan)
    const paths = objects.filter(isPathSpan)
    return (
      (objects.length > 0 && is(objects[0])) ||
      (paths.length > 0 && paths.every(path => dropped.paths.includes(path)))
    )
  })
  for (const item of about) {
    const section = item.section.at(-1) ?? ''
    result.removed.set(section, (result.removed.get(section) ?? 0) + 1)
  }
  // A section is never left empty: its first line says what the review took out of it.
  const names = [...dropped.paths, ...dropped.code].map(name => `\`${name}\``).join(', ')
  const seen = new Set<string>()
  const replaced = new Set<PlanItem>()
  for (const item of about.filter(item => emptiesSection(plan, item, about))) {
    const title = item.section.join(' > ')
    if (seen.has(title)) continue
    seen.add(title)
    plan.replaceLine(item.start, `- None: ${DROPPED_NOTE} ${names}.`)
    replaced.add(item)
  }
  // A replaced item keeps its first line (now the note) and loses the rest.
  plan.remove(about.map(item => (replaced.has(item) ? { ...item, start: item.start + 1 } : item)))
  // Lists of names in the lines that stay: the dropped name leaves the list.
  for (const item of plan.items()) {
    if (!editable(item, notesPrefix)) continue
    for (const span of item.spans.filter(is)) {
      for (let line = item.start; line < item.end; line++) {
        const edited = withoutInList(plan.lines[line], span)
        if (edited !== undefined) plan.replaceLine(line, edited)
      }
    }
  }
  // Where the name is still written (a paragraph, a line about something else, a criterion).
  const ours = (line: string) => line.includes(DROPPED_NOTE) || line.includes(notesPrefix)
  for (const title of plan.sectionsNaming(is, ours)) result.stillIn.add(title)
  return result
}

/** True when removing `items` would leave the section `item` sits in without any text. */
function emptiesSection(plan: PlanDocument, item: PlanItem, items: readonly PlanItem[]): boolean {
  const title = item.section.at(-1)
  const section = title ? plan.section(title) : undefined
  if (!section) return false
  const removed = new Set(
    items.flatMap(other =>
      Array.from({ length: other.end - other.start }, (_, i) => other.start + i)
    )
  )
  for (let line = section.start; line < section.end; line++) {
    if (!removed.has(line) && plan.lines[line].trim() !== '') return false
  }
  return true
}

/** The paths the plan lists to modify or create. */
export function listedFiles(plan: PlanDocument): { modify: string[]; create: string[] } {
  const first = (items: PlanItem[]) =>
    items.map(item => /^\s*[-*+]\s+`([^`]+)`/.exec(item.text)?.[1]).filter((p): p is string => !!p)
  return { modify: first(plan.itemsUnder(MODIFY)), create: first(plan.itemsUnder(CREATE)) }
}

/** Why a file joined the plan: the reviewer's words, as one line of prose. */
export const askedFor = (words: string) => `asked for in review (“${prose(words, 200)}”)`

/** Adds an existing file to modify (a test: to extend), or a new file to create. */
export function addFile(
  plan: PlanDocument,
  file: { path: string; exists: boolean; test: boolean },
  words: string
): 'added' | 'listed' | 'no-section' {
  const { modify, create } = listedFiles(plan)
  if (modify.includes(file.path) || create.includes(file.path)) return 'listed'
  const why = file.test
    ? `${file.exists ? 'Existing tests to extend' : 'New tests'}, ${askedFor(words)}.`
    : `${file.exists ? 'To change' : 'New file'}, ${askedFor(words)}.`
  const added = plan.appendItems(file.exists ? MODIFY : CREATE, [`- \`${file.path}\` - ${why}`])
  if (!added) return 'no-section'
  if (file.test) {
    // The testing plan names where its tests go: the first list under Testing Strategy.
    const testing = plan.section('Testing Strategy', 2)
    const list =
      testing && plan.items().find(item => item.start > testing.start && item.end <= testing.end)
    const heading = list?.section.at(-1)
    if (heading) {
      plan.appendItems(heading, [
        `- ${file.exists ? 'Extend' : 'Write'} \`${file.path}\` with cases for this change, ${askedFor(words)}.`
      ])
    }
  }
  return 'added'
}

/** Adds a task about a function, where the plan's tasks about its file are (else the first tasks). */
export function addFunctionTask(
  plan: PlanDocument,
  symbol: { name: string; path?: string; lines?: string },
  words: string
): boolean {
  const tasks = plan
    .items()
    .filter(item => item.section.some(title => /^(?:Tasks|Step \d+\b.*)$/.test(title)))
  if (tasks.length === 0) return false
  const home = tasks.find(item => symbol.path && item.spans.includes(symbol.path)) ?? tasks[0]
  const where = symbol.path
    ? ` in \`${symbol.path}\`${symbol.lines ? ` (lines ${symbol.lines})` : ''}`
    : ''
  const last = tasks.filter(item => item.section.join('>') === home.section.join('>')).at(-1)!
  plan.insert(last.end, [`- Change \`${symbol.name}\`${where}, ${askedFor(words)}.`])
  if (symbol.path && !listedFiles(plan).modify.includes(symbol.path)) {
    plan.appendItems(MODIFY, [
      `- \`${symbol.path}\` - Holds \`${symbol.name}\`, ${askedFor(words)}.`
    ])
  }
  return true
}
