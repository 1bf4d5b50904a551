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
  ms: number
  /** The ranked files and functions (`path:name`), best first, for reading a run afterwards. */
  files?: string[]
  functions?: string[]
}

export function scoreResearch(
  files: readonly string[],
  symbols: readonly RankedSymbolLike[],
  gold: { files: readonly string[]; functions: readonly GoldFunction[] },
  ms: number
): ResearchScore {
  return {
    fileRank: firstGoldRank(files, gold.files),
    functionRank: firstGoldFunctionRank(symbols, gold.functions),
    ms,
    files: [...files],
    functions: symbols.map(symbol => `${symbol.path}:${symbol.name}`)
  }
}
