// Turning untrusted issue text into one line of plan prose. A plan section must stay a section:
// the text cannot open a heading, list, quote, fence or HTML block, and cannot look like a
// `<placeholder>` to the validator, while code spans keep their exact content.

const CODE_SPAN = /(`+)[\s\S]*?\1/g

/** Markdown structure at the start of a line: heading, quote, list item, task box, fence, rule. */
const LINE_STRUCTURE = /^\s*(?:#{1,6}(?=\s|$)|(?:>\s?)+|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)/

/** Outside code spans, `<` becomes `&lt;`: it reads the same, but opens no tag or placeholder. */
export function escapeAngles(text: string): string {
  let out = ''
  let last = 0
  for (const span of text.matchAll(CODE_SPAN)) {
    out += text.slice(last, span.index).replace(/</g, '&lt;') + span[0]
    last = span.index + span[0].length
  }
  return out + text.slice(last).replace(/</g, '&lt;')
}

/** Whatever still could start a block once the text is one line (`1. x`, `=== x`, ```` ```x ````). */
function neutraliseStart(line: string): string {
  if (/^(?:[#>+=|~]|[-*_](?=[\s*_-])|`{3})/.test(line)) return `\\${line}`
  return line.replace(/^(\d{1,9})([.)])(\s)/, '$1\\$2$3')
}

/**
 * One line of Markdown prose from untrusted text: list, quote and heading markers of each line
 * dropped (they are structure, not content), whitespace folded, shortened at a word boundary.
 */
export function prose(text: string, max = 600): string {
  let line = text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split(/\r\n?|\n/)
    .map(part => part.replace(LINE_STRUCTURE, '').trim())
    .filter(part => part !== '' && !/^(?:[-*_=]\s*){3,}$/.test(part))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (line.length > max) line = `${line.slice(0, max).replace(/\s+\S*$/, '')}…`
  // A backtick left unpaired (in the issue, or by the cut) would pair with a code span of the
  // sentence this text goes into and turn the rest inside out: drop it.
  while ((line.replace(CODE_SPAN, '').match(/`/g) ?? []).length > 0) {
    line = line.replace(/`+(?=[^`]*$)/, '')
  }
  return neutraliseStart(escapeAngles(line))
}

/** Prose ending with a full stop (or its own terminal punctuation). */
export function sentence(text: string, max?: number): string {
  const line = prose(text, max)
  return line === '' || /[.!?…:]$/.test(line) ? line : `${line}.`
}

export function firstSentence(text: string, max?: number): string {
  return prose(text, max).split(/(?<=[.!?])\s+(?=[A-Z`"'(])/)[0] ?? ''
}

export function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text
}

/** Lowers an ordinary first word but keeps acronyms and names ("API", "GitHub") as written. */
export function lowerFirst(text: string): string {
  return /^[A-Z](?:[a-z]|\s|$)/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text)
    ? text[0].toLowerCase() + text.slice(1)
    : text
}

export function withArticle(role: string): string {
  if (/^(a|an|the|my|our|every|any)\s/i.test(role)) return role
  // By sound, roughly: "an admin", "an editor", but "a user", "a unicorn", "a European".
  const vowelSound =
    /^(?:[aio]|e(?!u)|u(?!s|ni|ti|ro|ku))/i.test(role) || /^(?:hour|honest)/i.test(role)
  return `${vowelSound ? 'an' : 'a'} ${role}`
}

/** "x", "x and y", "x, y and z". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``
}

/** Code as written, backticks included: the span's fence is longer than any run inside it. */
export function verbatim(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^`|`$/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
