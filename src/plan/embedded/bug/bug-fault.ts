// Where a bug's fault lives, from the strongest evidence the research has: the traceback's frames
// (innermost first), the line or message the issue quotes, else the best-ranked code, said as
// plainly unsure when nothing pins it.
import { looksLikeTestFile } from '../../../research/covering/test-files.js'
import type { RankedFile, RankedSymbol, ResearchResult } from '../../../research/types.js'
import { code, listing } from '../prose.js'
import { reasonText } from '../shared/relevant-files.js'
import { namesIn, symbolName, symbolPlace, symbolsOf } from '../shared/symbols.js'

/** Files named as traceback frames, innermost first: the research gives each frame's depth. */
export function frameFiles(files: RankedFile[]): RankedFile[] {
  const frames = files.filter(file => file.reasons.some(reason => /traceback/.test(reason)))
  return frames.sort(
    (a, b) =>
      Number(b.reasons.some(r => /innermost/.test(r))) -
      Number(a.reasons.some(r => /innermost/.test(r)))
  )
}

/** The symbol's strongest direct evidence, for a sentence ("innermost project frame … (line 9)"). */
export function pinnedBy(symbol: RankedSymbol): string | undefined {
  return symbol.reasons.find(reason =>
    /traceback|quoted|named in the issue|points at line/.test(reason)
  )
}

/** "`Class.method` in `path` (lines 3–9)", or "`path`" when the research has no symbol there. */
export function faultPlace(lead: RankedFile, symbol: RankedSymbol | undefined): string {
  return symbol
    ? `${code(symbolName(symbol))} in ${code(lead.path)} (lines ${symbol.startLine}–${symbol.endLine})`
    : code(lead.path)
}

/** Where the fault is, in one sentence, from the strongest evidence the research has. */
export function faultSummary(
  research: ResearchResult,
  lead: RankedFile | undefined,
  symbol: RankedSymbol | undefined,
  frames: RankedFile[],
  error: string | undefined,
  unsure: boolean
): string {
  const innermost = frames[0]
  const outer = frames.slice(1, 4).map(file => code(file.path))
  if (innermost) {
    const framed = symbolsOf(research, innermost.path, 3).find(item =>
      item.reasons.some(reason => /innermost/.test(reason))
    )
    const at = framed ? `, in ${symbolPlace(framed)}` : namesIn(research, innermost)
    return `The traceback quoted in the issue${error ? ` (${code(error)})` : ''} ends in this repository at ${code(innermost.path)}${at}: that is where the failure surfaces.${outer.length > 0 ? ` On its way it passes through ${listing(outer)}; the fault may sit in one of those if it hands bad state down.` : ''}`
  }
  if (!lead) {
    return 'Neither a traceback nor the research points to specific code: reproduce the bug first and follow the failing path through the code.'
  }
  const place = faultPlace(lead, symbol)
  const why = symbol ? pinnedBy(symbol) : undefined
  if (!unsure && why) return `${place} is where the issue points: ${why}.`
  return `The research is unsure where the fault lives: no traceback, quoted line or message pins it, and ${place} ranks first by ${symbol ? symbol.reasons.slice(0, 2).join('; ') : reasonText(lead)}. Confirm the cause with the regression test before changing code.`
}

/**
 * The candidates for the root cause: the best symbols, else the best files. A test the issue
 * points into (a failing test's frame) shows the failure; it is not where the fault lives.
 */
export function causeCandidates(research: ResearchResult, files: RankedFile[]): string[] {
  const tests = new Set(research.files.filter(file => file.kind === 'test').map(file => file.path))
  const symbols = research.symbols
    .filter(symbol => !tests.has(symbol.path) && !looksLikeTestFile(symbol.path))
    .slice(0, 4)
  if (symbols.length > 0)
    return symbols.map(
      symbol =>
        `${symbolPlace(symbol)} in ${code(symbol.path)}: ${symbol.reasons.slice(0, 3).join('; ')}.`
    )
  return files
    .slice(0, 4)
    .map(file => `${code(file.path)}${namesIn(research, file)}: ${reasonText(file)}.`)
}
