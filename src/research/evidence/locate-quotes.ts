// Finds the quoted code in the repository: which files hold each quoted line or message,
// and on which line. Only files that hold every word of a quote are read again, so the search
// costs a few reads whatever the size of the tree.
import { join } from 'node:path'
import type { QuotedCode } from '../issue/quoted-code.js'
import { HeadReader } from '../tree/read-file.js'
import type { Scan } from '../scan/scan-files.js'
import type { TermTable } from '../scan/term-table.js'
import { subwords } from '../issue/terms.js'

export interface QuoteHit {
  /** Index of the file in the ranked listing. */
  file: number
  /** 1-based line where the quote starts. */
  line: number
  quote: QuotedCode
  /** How many files hold this quote: a line every file has says nothing. */
  holders: number
}

/** Files read per quote, at most. */
const MAX_CANDIDATES = 40
/** A quote held by more files than this is boilerplate. */
const MAX_HOLDERS = 4

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The terms of a quote that the scan counted, so that candidate files can be picked by them. */
function quoteTerms(quote: QuotedCode, table: TermTable): number[] {
  const ids = new Set<number>()
  for (const part of subwords(quote.text)) {
    const id = table.lookup.get(part)
    if (id !== undefined) ids.add(id)
  }
  return [...ids]
}

/**
 * Files holding every one of `terms`, those holding them most often first: code files only, or
 * with `anyKind` tests and examples too.
 */
function candidatesFor(terms: number[], scan: Scan, anyKind: boolean): number[] {
  if (terms.length === 0) return []
  const wanted = new Set(terms)
  const found: { file: number; count: number }[] = []
  scan.fileTerms.forEach((pairs, file) => {
    if (!pairs || pairs.length < terms.length * 2) return
    if (!anyKind && scan.kinds[file] !== 'code') return
    let held = 0
    let count = 0
    for (let p = 0; p < pairs.length; p += 2) {
      if (!wanted.has(pairs[p])) continue
      held++
      count += pairs[p + 1]
    }
    if (held === terms.length) found.push({ file, count })
  })
  return found
    .sort((a, b) => b.count - a.count || a.file - b.file)
    .slice(0, MAX_CANDIDATES)
    .map(item => item.file)
}

/**
 * Parts of a message to look for, longest first: the whole message, then ever shorter runs of
 * words from its start and from its end. A message built with values (`f"Use {x} instead"`)
 * matches by the part before or after the value.
 */
export function messageFragments(message: string): string[] {
  const words = message.split(' ')
  const fragments = [message]
  for (let n = words.length - 1; n >= 3; n--) {
    fragments.push(words.slice(0, n).join(' '), words.slice(words.length - n).join(' '))
  }
  return [...new Set(fragments)].filter(fragment => fragment.length >= 15)
}

/**
 * Whether any fragment can be in `text`: every fragment starts with the shortest start fragment
 * or ends with the shortest end fragment, so two searches rule most files out.
 */
function mayHoldMessage(text: string, fragments: readonly string[]): boolean {
  const shortest = fragments.slice(-2)
  return shortest.some(fragment => text.includes(fragment)) || text.includes(fragments[0])
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The 1-based line of `text` that holds the quote, or undefined. */
export function findQuote(
  text: string,
  quote: QuotedCode,
  fragments: string[]
): number | undefined {
  if (quote.kind === 'message') {
    if (!mayHoldMessage(text, fragments)) return undefined
    for (const fragment of fragments) {
      const at = text.indexOf(fragment)
      if (at >= 0) return lineOf(text, at)
    }
    return undefined
  }
  // A code line matches a whole source line (whitespace folded), or sits inside a longer one.
  const anchor = quote.text.split(' ').sort((a, b) => b.length - a.length)[0]
  if (!text.includes(anchor)) return undefined
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(anchor)) continue
    const line = fold(lines[i])
    if (line === quote.text || (quote.text.length >= 24 && line.includes(quote.text))) return i + 1
  }
  return undefined
}

export function locateQuotes(
  root: string,
  paths: readonly string[],
  scan: Scan,
  table: TermTable,
  quotes: readonly QuotedCode[],
  capBytes: number
): QuoteHit[] {
  const reader = new HeadReader(capBytes)
  const texts = new Map<number, string | undefined>()
  const read = (file: number) => {
    if (!texts.has(file)) texts.set(file, reader.read(join(root, paths[file]))?.text)
    return texts.get(file)
  }
  const hits: QuoteHit[] = []
  for (const quote of quotes) {
    const fragments = quote.kind === 'message' ? messageFragments(quote.text) : []
    // A line of code the tests repeat (`ds = Dataset()`) is how the library is used, not where
    // it breaks: its holders are counted in every file. A message the tests check stays evidence.
    const anyKind = quote.kind === 'code'
    const found: { file: number; line: number }[] = []
    let holders = 0
    for (const file of candidatesFor(quoteTerms(quote, table), scan, anyKind)) {
      const text = read(file)
      const line = text === undefined ? undefined : findQuote(text, quote, fragments)
      if (line === undefined) continue
      holders++
      if (scan.kinds[file] === 'code') found.push({ file, line })
      if (holders > MAX_HOLDERS) break
    }
    if (found.length === 0 || holders > MAX_HOLDERS) continue
    for (const item of found) hits.push({ ...item, quote, holders: found.length })
  }
  return hits
}
