// The documents an engineer reads before planning: README, agent guides, then docs/.
import type { DocRef } from '../types.js'
import { clip, readText } from '../tree/read-text.js'

const agentGuideNames = [
  'CLAUDE.md',
  'AGENTS.md',
  '.github/copilot-instructions.md',
  'GEMINI.md',
  '.cursorrules'
]

export function agentGuides(files: readonly string[]): string[] {
  const present = new Set(files)
  return agentGuideNames.filter(name => present.has(name))
}

function docPriority(path: string): number {
  const lower = path.toLowerCase()
  if (/^readme(?:\.[a-z]+)?$/.test(lower)) return 0
  if (agentGuideNames.some(name => name.toLowerCase() === lower)) return 1
  if (/^(?:contributing|development|hacking)(?:\.[a-z]+)?$/.test(lower)) return 2
  if (/^docs?\/(?:index|readme)\.(?:md|rst)$/.test(lower)) return 3
  if (/^docs?\/[^/]+\.(?:md|rst)$/.test(lower)) return 4
  if (/^docs?\/.+\.(?:md|rst)$/.test(lower)) return 5
  return -1
}

/** First heading: Markdown `#`, setext or reStructuredText underline. */
export function titleOf(text: string, fallback: string): string {
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const line = lines[i].trim()
    const atx = /^#{1,6}\s+(.+?)\s*#*$/.exec(line)
    if (atx) return clip(atx[1].replace(/[*_`]/g, ''), 120)
    const under = (lines[i + 1] ?? '').trim()
    if (line !== '' && /^(?:={3,}|-{3,}|~{3,}|\*{3,})$/.test(under) && !/^[=\-~*]+$/.test(line))
      return clip(line, 120)
  }
  return fallback
}

/** The first paragraph of prose: no headings, badges, HTML, directives or code. */
export function summaryOf(text: string, max = 300): string {
  const paragraphs = text.split(/\r?\n\s*\r?\n/)
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(
        line =>
          line !== '' &&
          !/^(?:#|<|!\[|\[!\[|\.\.|```|~~~|\||-{3,}|={3,}|~{3,}|\*{3,}|:[a-z]+:)/.test(line)
      )
    const prose = lines.join(' ')
    // A paragraph of links or a single short label is not a summary.
    if (prose.length >= 40 && /[a-z]{3,}\s+[a-z]{2,}/i.test(prose))
      return clip(prose.replace(/[*_`]/g, ''), max)
  }
  return ''
}

export function findDocs(root: string, files: readonly string[], limit = 12): DocRef[] {
  const candidates = files
    .map(path => ({ path, priority: docPriority(path) }))
    .filter(item => item.priority >= 0)
    .sort(
      (a, b) =>
        a.priority - b.priority ||
        a.path.split('/').length - b.path.split('/').length ||
        a.path.localeCompare(b.path)
    )
    .slice(0, limit)
  return candidates.map(({ path }) => {
    const text = readText(root, path, 16 * 1024) ?? ''
    const name = path.slice(path.lastIndexOf('/') + 1)
    return { path, title: titleOf(text, name), summary: summaryOf(text) }
  })
}
