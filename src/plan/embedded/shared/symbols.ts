// Where in a file the change goes, as the research ranked it: the functions and classes of each
// listed file, named the way a reviewer searches for them (`Class.method`, lines 10–42).
import type { RankedFile, RankedSymbol, ResearchResult } from '../../../research/types.js'
import { code, listing } from '../prose.js'

/** `Class.method`, or the bare name of a top-level definition. */
export function symbolName(symbol: RankedSymbol): string {
  return symbol.className ? `${symbol.className}.${symbol.name}` : symbol.name
}

/** `` `Class.method` (lines 10–42) ``. */
export function symbolPlace(symbol: RankedSymbol): string {
  const span =
    symbol.startLine === symbol.endLine
      ? `line ${symbol.startLine}`
      : `lines ${symbol.startLine}–${symbol.endLine}`
  return `${code(symbolName(symbol))} (${span})`
}

/**
 * The symbols of one file worth naming, strongest first: those at least half as strong as the
 * file's best, and never a class together with one of its own methods.
 */
export function symbolsOf(research: ResearchResult, path: string, max = 2): RankedSymbol[] {
  const own = research.symbols.filter(symbol => symbol.path === path)
  if (own.length === 0) return []
  const floor = own[0].score / 2
  const chosen: RankedSymbol[] = []
  for (const symbol of own) {
    if (chosen.length >= max || symbol.score < floor) break
    const nested = chosen.some(
      other =>
        (other.kind === 'class' && symbol.className === other.name) ||
        (symbol.kind === 'class' && other.className === symbol.name)
    )
    if (!nested) chosen.push(symbol)
  }
  return chosen
}

/** Identifiers the research saw defined in the file: reasons read "defines `A`, `B`". */
export function definedNames(file: RankedFile): string[] {
  return file.reasons
    .filter(reason => /^defines\b/.test(reason))
    .flatMap(reason => [...reason.matchAll(/`([^`]+)`/g)].map(m => m[1]))
}

/** ` (`A`, `B`)`: the file's symbols, or the names the research saw it define; '' for none. */
export function namesIn(research: ResearchResult, file: RankedFile): string {
  const symbols = symbolsOf(research, file.path).map(symbol => symbolName(symbol))
  const names = symbols.length > 0 ? symbols : definedNames(file).slice(0, 2)
  return names.length > 0 ? ` (${names.map(code).join(', ')})` : ''
}

/** ` in `A` (lines 3–9) and `B` (lines 12–30)`: where in the file, for its bullet; '' for none. */
export function placesIn(research: ResearchResult, file: RankedFile): string {
  const symbols = symbolsOf(research, file.path)
  if (symbols.length > 0) return ` in ${listing(symbols.map(symbolPlace))}`
  const names = definedNames(file).slice(0, 2)
  return names.length > 0 ? ` around ${names.map(code).join(' and ')}` : ''
}

// Evidence that points at a file directly (the issue names, quotes or traces it), as opposed to
// term statistics and path words, which only make a file likely.
const DIRECT =
  /traceback|quoted|named in the issue|defines `|points at line|location|holds the (?:line|message)/

/** Whether the research has direct evidence for a file or for its best symbol. */
export function hasDirectEvidence(research: ResearchResult, file: RankedFile): boolean {
  if (file.reasons.some(reason => DIRECT.test(reason))) return true
  return symbolsOf(research, file.path, 1).some(symbol =>
    symbol.reasons.some(reason => DIRECT.test(reason))
  )
}
