// Scores a research result against the change that was merged: the rank of the first gold file
// among the ranked files, and of the first changed function among the ranked symbols.
import type { GoldFunction } from './corpus/types.js'
import { firstGoldRank } from './metrics.js'

export interface RankedSymbolLike {
  path: string
  name: string
}

/** 1-based rank of the first symbol that is a gold function (same file, same name). */
export function firstGoldFunctionRank(
  symbols: readonly RankedSymbolLike[],
  gold: readonly GoldFunction[]
): number | undefined {
  const index = symbols.findIndex(symbol =>
    gold.some(fn => fn.file === symbol.path && fn.name === symbol.name)
  )
  return index < 0 ? undefined : index + 1
}

export interface ResearchScore {
  fileRank?: number
  functionRank?: number
  /** Rank of the first existing test the change extended among the research's tests. */
  testRank?: number
  ms: number
  /** The ranked files and functions (`path:name`), best first, for reading a run afterwards. */
  files?: string[]
  functions?: string[]
}

export function scoreResearch(
  files: readonly string[],
  symbols: readonly RankedSymbolLike[],
  gold: { files: readonly string[]; functions: readonly GoldFunction[]; tests?: readonly string[] },
  ms: number,
  tests: readonly string[] = []
): ResearchScore {
  // A test file tests several code files: its first place counts.
  const distinct = [...new Set(tests)]
  return {
    fileRank: firstGoldRank(files, gold.files),
    functionRank: firstGoldFunctionRank(symbols, gold.functions),
    ...(gold.tests && gold.tests.length > 0
      ? { testRank: firstGoldRank(distinct, gold.tests) }
      : {}),
    ms,
    files: [...files],
    functions: symbols.map(symbol => `${symbol.path}:${symbol.name}`)
  }
}
