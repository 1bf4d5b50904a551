// A small, fence-aware reading of Markdown: enough to find a plan's headings and sections
// without being fooled by `## Heading` lines quoted inside code blocks (an issue body can hold them).
import { readFences } from '../../text/fences.js'

export interface Heading {
  level: number
  text: string
  /** Zero-based line index of the heading. */
  line: number
}

export interface Outline {
  lines: string[]
  headings: Heading[]
  /** For each line, whether it lies inside a fenced code block (fence lines included). */
  inFence: boolean[]
}

export function outline(markdown: string): Outline {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const fences = readFences(lines)
  const headings: Heading[] = []
  const inFence = fences.map(fence => fence.role !== 'outside')
  lines.forEach((line, index) => {
    if (inFence[index]) return
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (heading) headings.push({ level: heading[1].length, text: heading[2].trim(), line: index })
  })
  return { lines, headings, inFence }
}

/** The lines between a heading and the next heading of any level. */
export function sectionBody(doc: Outline, heading: Heading): string[] {
  const next = doc.headings.find(candidate => candidate.line > heading.line)
  return doc.lines.slice(heading.line + 1, next ? next.line : doc.lines.length)
}

/** The lines under a heading up to the next heading of the same or a higher level. */
export function sectionTree(doc: Outline, heading: Heading): string[] {
  const next = doc.headings.find(
    candidate => candidate.line > heading.line && candidate.level <= heading.level
  )
  return doc.lines.slice(heading.line + 1, next ? next.line : doc.lines.length)
}

export function findHeading(doc: Outline, text: string, level?: number): Heading | undefined {
  return doc.headings.find(
    heading => heading.text === text && (level === undefined || heading.level === level)
  )
}

/** Paths written as `` `path` `` at the start of bullet items. */
export function bulletPaths(lines: string[]): string[] {
  return lines
    .map(line => /^\s*[-*+]\s+`([^`]+)`/.exec(line)?.[1]?.trim())
    .filter((path): path is string => Boolean(path))
}
