// A small, fence-aware reading of Markdown: enough to find a plan's headings and sections
// without being fooled by `## Heading` lines quoted inside code blocks (an issue body can hold them).

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

/** Opening fence per CommonMark: up to 3 spaces, then 3+ backticks or tildes. */
function openingFence(line: string): string | undefined {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
  if (!match) return undefined
  // A backtick fence's info string may not contain backticks.
  if (match[1][0] === '`' && match[2].includes('`')) return undefined
  return match[1]
}

export function closesFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
  return Boolean(match && match[1][0] === fence[0] && match[1].length >= fence.length)
}

export function outline(markdown: string): Outline {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const headings: Heading[] = []
  const inFence: boolean[] = []
  let fence: string | undefined
  lines.forEach((line, index) => {
    if (fence) {
      inFence.push(true)
      if (closesFence(line, fence)) fence = undefined
      return
    }
    const opening = openingFence(line)
    if (opening) {
      fence = opening
      inFence.push(true)
      return
    }
    inFence.push(false)
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
