// A plan as the embedded revision edits it: its lines, its sections and its list items, with the
// code each item names. Edits are line-level and leave every line they do not touch as it was,
// so the edits people made by hand survive a revision. Fence-aware: the issue quoted in Metadata
// and code blocks are never read as items.
import { outline, type Outline } from '../../format/markdown.js'

export interface PlanItem {
  /** Zero-based lines [start, end): the item's line and its indented continuation lines. */
  start: number
  end: number
  text: string
  /** Titles of the headings the item sits under, outermost first (`Relevant Files`, …). */
  section: string[]
  /** The code spans it holds, in order: paths, functions, commands. */
  spans: string[]
}

const ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/

/** The code spans of a line of Markdown, without their backticks. */
export function spansOf(text: string): string[] {
  return [...text.matchAll(/(`+)([^`\n]+?)\1/g)].map(match => match[2].trim())
}

export class PlanDocument {
  lines: string[]
  private read: Outline | undefined

  constructor(markdown: string) {
    this.lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  }

  toString(): string {
    return this.lines.join('\n')
  }

  private get doc(): Outline {
    this.read ??= outline(this.lines.join('\n'))
    return this.read
  }

  /** [start, end) of the section under the first heading titled `title`, heading excluded. */
  section(
    title: string,
    level?: number
  ): { heading: number; start: number; end: number } | undefined {
    const { headings } = this.doc
    const found = headings.find(h => h.text === title && (level === undefined || h.level === level))
    if (!found) return undefined
    const next = headings.find(h => h.line > found.line && h.level <= found.level)
    return { heading: found.line, start: found.line + 1, end: next ? next.line : this.lines.length }
  }

  /** Every list item outside Metadata and code, with its section path. */
  items(): PlanItem[] {
    const { lines, headings, inFence } = this.doc
    const items: PlanItem[] = []
    const path: string[] = []
    let heading = 0
    for (let index = 0; index < lines.length; index++) {
      while (heading < headings.length && headings[heading].line <= index) {
        const { level, text } = headings[heading++]
        path.length = Math.max(0, level - 1)
        path[level - 1] = text
      }
      const marker = inFence[index] ? null : ITEM.exec(lines[index])
      if (!marker || path[1] === 'Metadata') continue
      const indent = marker[1].length
      // Its continuation: the lines indented under it (a fenced block included), up to a blank line.
      const continues = (line: number) =>
        lines[line].trim() !== '' &&
        !headings.some(h => h.line === line) &&
        (inFence[line] || /^\s*/.exec(lines[line])![0].length > indent)
      let end = index + 1
      while (end < lines.length && continues(end)) end++
      const text = lines.slice(index, end).join('\n')
      items.push({ start: index, end, text, section: path.filter(Boolean), spans: spansOf(text) })
    }
    return items
  }

  /**
   * The sections (their last heading) whose lines, outside Metadata and code, hold one of the
   * code spans `is` accepts, leaving out the lines `skip` accepts.
   */
  sectionsNaming(is: (span: string) => boolean, skip: (line: string) => boolean): string[] {
    const { lines, headings, inFence } = this.doc
    const found = new Set<string>()
    let current: string[] = []
    lines.forEach((line, index) => {
      const heading = headings.find(h => h.line === index)
      if (heading) current = [...current.slice(0, heading.level - 1), heading.text]
      else if (!inFence[index] && current[1] !== 'Metadata' && !skip(line)) {
        if (spansOf(line).some(is)) found.add(current.at(-1) ?? '')
      }
    })
    return [...found]
  }

  /** Items under a heading (at any depth below it). */
  itemsUnder(title: string): PlanItem[] {
    return this.items().filter(item => item.section.includes(title))
  }

  /** Removes the lines of these items. */
  remove(items: readonly PlanItem[]): void {
    const gone = new Set(items.flatMap(item => range(item.start, item.end)))
    this.lines = this.lines.filter((_, index) => !gone.has(index))
    this.read = undefined
  }

  /** Replaces one line. */
  replaceLine(index: number, text: string): void {
    this.lines[index] = text
    this.read = undefined
  }

  /** Inserts lines before line `index`. */
  insert(index: number, added: readonly string[]): void {
    this.lines.splice(index, 0, ...added)
    this.read = undefined
  }

  /**
   * Appends items to the list of a section: after its last item, else after its text. A section
   * that only says it has nothing ("- None.", "No new files are needed…") loses that line.
   */
  appendItems(title: string, added: readonly string[]): boolean {
    const section = this.section(title)
    if (!section) return false
    const inside = this.items().filter(
      item => item.start >= section.start && item.end <= section.end
    )
    const empty = inside.filter(item => isNothingItem(item.text))
    if (empty.length === inside.length && empty.length > 0) {
      this.remove(empty)
      return this.appendItems(title, added)
    }
    let at = inside.length > 0 ? inside[inside.length - 1].end : section.end
    if (inside.length === 0) while (at > section.start && this.lines[at - 1].trim() === '') at--
    this.insert(at, added)
    return true
  }
}

const range = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, i) => start + i)

/** "- None.", "- No new files are needed: …": the line a template writes for an empty list. */
function isNothingItem(text: string): boolean {
  return /^\s*[-*+]\s+(?:none\b|no (?:new |existing )?(?:files?|tests?|changes?)\b)/i.test(text)
}
