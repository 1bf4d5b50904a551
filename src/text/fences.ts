// Markdown's fenced code blocks, read one way for every reader of issue text, guides and plans:
// where the parser (markdown.ts) finds them, as GitHub shows them. A block opens on three or more
// backticks or tildes and closes on a run of the same character at least as long; it may stand
// in a list item or a quote. Indented code is not fenced: readers that want it ask the parser.
import { fenceMarker, linesOf, parseMarkdown, walk } from './markdown.js'

export type FenceRole = 'outside' | 'open' | 'inside' | 'close'

export interface FenceBlock {
  /** The info string's first word, lower-case (`python`, `json`; '' when none). */
  info: string
  /** The index of the block's first line after its opening marker. */
  first: number
  /** The index of its closing marker, or the line after its last when it is never closed. */
  end: number
}

export type FencedLine =
  { role: 'outside' } | { role: Exclude<FenceRole, 'outside'>; block: FenceBlock }

/** The info string's first word, as readers compare it (`c++`, `python3`, `js`). */
function infoWord(lang: string | null | undefined): string {
  return (/^[\w+-]*/.exec(lang ?? '')?.[0] ?? '').toLowerCase()
}

/** Whether `line` closes a block opened with `marker` (its container's `>` and indent aside). */
function closes(line: string, marker: string): boolean {
  const run = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(line)?.[1]
  return run !== undefined && run[0] === marker[0] && run.length >= marker.length
}

export function readFences(lines: readonly string[]): FencedLine[] {
  const source = lines.join('\n')
  const out: FencedLine[] = lines.map(() => ({ role: 'outside' }))
  walk(parseMarkdown(source), node => {
    if (node.type !== 'code') return
    const marker = fenceMarker(source, node.position?.start.offset ?? -1)
    if (!marker) return false
    const { first, last } = linesOf(node)
    const closed = last > first && closes(lines[last], marker)
    const block: FenceBlock = {
      info: infoWord(node.lang),
      first: first + 1,
      end: closed ? last : Math.min(last + 1, lines.length)
    }
    out[first] = { role: 'open', block }
    for (let inside = first + 1; inside < block.end; inside++)
      out[inside] = { role: 'inside', block }
    if (closed) out[last] = { role: 'close', block }
    return false
  })
  return out
}

/** The lines inside a block, its markers left out. */
export function blockLines(lines: readonly string[], block: FenceBlock): readonly string[] {
  return lines.slice(block.first, block.end)
}

/** Where each line stands in fenced code: a fence marker, inside a block, or outside. */
export type FencePlace = 'marker' | 'inside' | 'outside'

export function fencePlaces(lines: readonly string[]): FencePlace[] {
  return readFences(lines).map(({ role }) =>
    role === 'open' || role === 'close' ? 'marker' : role
  )
}
