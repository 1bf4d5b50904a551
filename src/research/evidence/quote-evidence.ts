// Evidence from quoted code found in the files: the file that holds the message an issue quotes,
// or the line of code it quotes, is where that text lives.
import type { QuoteHit } from './locate-quotes.js'
import type { Scoreboard } from './scoreboard.js'

function shown(text: string): string {
  const clipped = text.length > 60 ? `${text.slice(0, 57)}…` : text
  return clipped.replace(/`/g, "'")
}

export function addQuoteEvidence(board: Scoreboard, hits: readonly QuoteHit[]): void {
  for (const hit of hits) {
    // A message is a string someone wrote once; a line of code may recur in similar places.
    const strength = (hit.quote.kind === 'message' ? 6 : 4.5) * (hit.quote.script ? 0.5 : 1)
    const reason =
      hit.quote.kind === 'message'
        ? `holds the message quoted in the issue (line ${hit.line}): “${shown(hit.quote.text)}”`
        : `holds the line quoted in the issue (line ${hit.line}): \`${shown(hit.quote.text)}\``
    board.add(hit.file, strength / hit.holders, reason)
  }
}
