// Issue prose cut into sentences, with what must not be read as words kept aside: a code span
// (`max_errors=1`), a link's address and a bare URL carry dots, question marks and words such as
// "maybe" that are the code's or the address's, not the reporter's.

const PROTECTED = /(`+)[\s\S]*?\1|\]\([^)\s]*\)|\bhttps?:\/\/[^\s)>\]]*[^\s)>\].,;:!?'"]/g

/** A text whose code spans and addresses are replaced by inert tokens, and the way back. */
export interface Masked {
  text: string
  restore: (text: string) => string
}

// Private-use characters: no issue text means them, no pattern of ours matches them.
const OPEN = '\uE000'
const CLOSE = '\uE001'

export function mask(text: string): Masked {
  const kept: string[] = []
  const masked = text.replace(PROTECTED, span => `${OPEN}${kept.push(span) - 1}${CLOSE}`)
  return {
    text: masked,
    restore: out =>
      out.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, index) => kept[Number(index)])
  }
}

/** True when the text, once masked, holds a token of protected content (code or an address). */
export function hasProtected(masked: string): boolean {
  return masked.includes(OPEN)
}

/** Only the words: code spans and addresses removed (for tests on wording). */
export function wordsOf(text: string): string {
  return text.replace(PROTECTED, ' ').replace(/\s+/g, ' ').trim()
}

// After `.`, `!` or `?` and before what can open a sentence; not after "e.g." or "etc.".
const SENTENCE_END =
  /(?<!\b(?:[Ee]\.[Gg]|[Ii]\.[Ee]|etc|vs|cf|approx|incl|esp|resp|[Nn]o|Mr|Dr)\.)(?<=[.!?]["')]?)\s+(?=[A-Z"'(\uE000*_[]|\d+[.)]\s)/

/**
 * Sentences of some prose: cut at blank lines and list items, and after `.`, `!`, `?` (or `:` before a capital) that
 * end a sentence, never inside code or an address; whitespace folded.
 */
export function sentencesOf(text: string): string[] {
  // A blank line or a list item ends a sentence whether or not it has its stop.
  const blocks = text.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d{1,3}[.)])\s)/)
  return blocks.flatMap(block => {
    const { text: masked, restore } = mask(
      block
        .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
        .replace(/\s+/g, ' ')
        .trim()
    )
    return (
      masked
        .split(SENTENCE_END)
        // A comma splice into a wish ("…since 5.3, It would be nice if …") is two sentences.
        .flatMap(part => part.split(/,\s+(?=(?:It would|It'd|I would|I'd|We could|We should)\b)/))
        .map(part => restore(part).trim())
        .filter(Boolean)
    )
  })
}
