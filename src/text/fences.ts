// Markdown's fenced code blocks, read one way for every reader of issue text, guides and plans
// (CommonMark's rules): a block opens on three or more backticks or tildes indented at most
// three spaces, and closes on a line holding only a run of the same character, at least as long.

export type FenceRole = 'outside' | 'open' | 'inside' | 'close'

export interface FenceBlock {
  /** The info string's first word, lower-case (`python`, `json`; '' when none). */
  info: string
  /** The index of the block's first line after its opening marker. */
  first: number
  /** The index of its closing marker, or the number of lines when it is never closed. */
  end: number
}

export type FencedLine =
  { role: 'outside' } | { role: Exclude<FenceRole, 'outside'>; block: FenceBlock }

const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/
const CLOSING = /^ {0,3}(`{3,}|~{3,})\s*$/

/** The marker a line opens a block with; a backtick fence's info string may hold no backtick. */
function openingMarker(line: string): { marker: string; info: string } | undefined {
  const match = OPENING.exec(line)
  if (!match || (match[1][0] === '`' && match[2].includes('`'))) return undefined
  return { marker: match[1], info: (/^\s*([\w+-]*)/.exec(match[2])?.[1] ?? '').toLowerCase() }
}

export function closesFence(line: string, marker: string): boolean {
  const match = CLOSING.exec(line)
  return Boolean(match && match[1][0] === marker[0] && match[1].length >= marker.length)
}

export function readFences(lines: readonly string[]): FencedLine[] {
  const out: FencedLine[] = []
  for (let index = 0; index < lines.length; index++) {
    const opening = openingMarker(lines[index])
    if (!opening) {
      out.push({ role: 'outside' })
      continue
    }
    let end = index + 1
    while (end < lines.length && !closesFence(lines[end], opening.marker)) end++
    const block = { info: opening.info, first: index + 1, end }
    out.push({ role: 'open', block })
    for (let inside = index + 1; inside < end; inside++) out.push({ role: 'inside', block })
    if (end < lines.length) out.push({ role: 'close', block })
    index = end
  }
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
