// Reading and editing a plan's own sections: its title line, the Metadata section that holds the
// issue verbatim, and Notes. Fence-aware, so headings quoted inside the issue body are left alone.
import { findHeading, outline } from './markdown.js'
import { formatPrompt } from './plan-format.js'

// The title line of any plan kind: a model asked for a bug plan may still answer `# Feature:`,
// and the validator, not the extraction, is the one to say so.
export const titleLine = /^# (?:Feature|Bug|Chore):[ \t]*(.*)$/m

/** The Metadata section every plan carries: the issue number and its body verbatim. */
export function metadataSection(adwId: string, prompt: string): string {
  return `## Metadata\nadw_id: \`${adwId}\`\n${formatPrompt(prompt)}`
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
