// Turns a model's answer into the plan document: unwraps a code fence or a preamble, puts the
// exact Metadata section in, and reads the plan's name back out of its title line.

import { findHeading, outline } from '../format/markdown.js'

// The title line of any plan kind: a model asked for a bug plan may still answer `# Feature:`,
// and the validator, not the extraction, is the one to say so.
const titleLine = /^# (?:Feature|Bug|Chore):[ \t]*(.*)$/m
const fenceLine = /^(`{3,}|~{3,})/

/** The plan Markdown inside a model answer, or '' when there is none. */
export function extractPlanMarkdown(answer: string): string {
  let text = answer.replace(/\r\n/g, '\n').trim()
  const wrapped = /^(`{3,}|~{3,})[ \t]*(?:md|markdown)?[ \t]*\n([\s\S]*?)\n\1[ \t]*$/.exec(text)
  if (wrapped) text = wrapped[2].trim()

  const start = text.search(titleLine)
  if (start < 0) return ''
  if (start > 0) {
    // A preamble ("Here is the plan:") and perhaps an opening fence precede the plan; the
    // closing fence then dangles at the end, leaving an odd number of fence lines.
    text = text.slice(start)
    const lines = text.split('\n')
    const fences = lines.filter(line => fenceLine.test(line)).length
    if (fences % 2 === 1 && fenceLine.test(lines.at(-1)?.trim() ?? '')) lines.pop()
    text = lines.join('\n').trim()
  }
  return `${text}\n`
}

/** The name after `# Feature:` / `# Bug:` / `# Chore:`, or '' when the line is missing. */
export function featureNameOf(markdown: string): string {
  return titleLine.exec(markdown)?.[1].trim() ?? ''
}

/**
 * Line range [start, end) of a level-2 section, heading line included. Fence-aware: a
 * `## Notes` line quoted inside the Metadata's fenced issue body is not a heading.
 */
function sectionLines(
  lines: string[],
  heading: string
): { start: number; end: number } | undefined {
  const doc = outline(lines.join('\n'))
  const found = findHeading(doc, heading, 2)
  if (!found) return undefined
  const next = doc.headings.find(h => h.line > found.line && h.level <= 2)
  return { start: found.line, end: next ? next.line : lines.length }
}

function trimBlankEnd(lines: string[]): string[] {
  const out = [...lines]
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop()
  return out
}

/**
 * Replaces the `## Metadata` section with `section` (the heading and its lines). Without one,
 * it goes right after the title line, where every Plan Format puts it.
 */
export function replaceMetadata(markdown: string, section: string): string {
  const lines = markdown.split('\n')
  const block = [...section.trim().split('\n'), '']
  const found = sectionLines(lines, 'Metadata')
  if (found) {
    return [...lines.slice(0, found.start), ...block, ...lines.slice(found.end)].join('\n')
  }
  const title = lines.findIndex(line => titleLine.test(line))
  if (title < 0) return markdown
  let rest = title + 1
  while (rest < lines.length && lines[rest].trim() === '') rest++
  return [...lines.slice(0, title + 1), '', ...block, ...lines.slice(rest)].join('\n')
}

/** Appends a line at the end of the `## Notes` section (adding the section if it is missing). */
export function appendToNotes(markdown: string, line: string): string {
  const lines = markdown.split('\n')
  const found = sectionLines(lines, 'Notes')
  if (!found) return `${markdown.trimEnd()}\n\n## Notes\n${line}\n`
  const notes = trimBlankEnd(lines.slice(found.start, found.end))
  const after = lines.slice(found.end)
  const tail = after.length > 0 ? ['', ...after] : ['']
  return [...lines.slice(0, found.start), ...notes, line, ...tail].join('\n')
}
