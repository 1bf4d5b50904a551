// Ranks the files of a tree for an issue. Evidence, strongest first: paths and traceback
// frames quoted in the issue, dotted module references, definitions of the names the issue
// uses, file and directory names that match its words, and BM25 over identifier parts.
import {
  addDefinitionEvidence,
  addQualifiedNameEvidence,
  addTermEvidence
} from './content-evidence.js'
import type { IssueSignals } from './issue-signals.js'
import { addDottedModuleEvidence, addNameEvidence, addQuotedPathEvidence } from './name-evidence.js'
import { buildPathIndex } from './path-index.js'
import { scanFiles, type ScanOptions } from './scan-files.js'
import { Scoreboard } from './scoreboard.js'
import { buildTermTable } from './term-table.js'
import type { RankedFile } from './types.js'

export interface RankOptions extends ScanOptions {
  top: number
}

export const defaultRankOptions: RankOptions = {
  capBytes: 256 * 1024,
  dataCapBytes: 16 * 1024,
  top: 10
}

export function rankFiles(
  root: string,
  paths: readonly string[],
  signals: IssueSignals,
  options: RankOptions = defaultRankOptions
): { files: RankedFile[]; fileCount: number } {
  const table = buildTermTable(signals)
  const names = [...signals.identifiers.keys()]
  const nameIndex = new Map(names.map((name, i) => [name, i]))
  const scan = scanFiles(root, paths, table, nameIndex, options)
  const index = buildPathIndex(paths)

  const board = new Scoreboard()
  addTermEvidence(board, scan, table, signals)
  addDefinitionEvidence(board, scan, names, signals)
  addQualifiedNameEvidence(board, scan, nameIndex, signals)
  addQuotedPathEvidence(board, index, signals)
  addDottedModuleEvidence(board, index, signals)
  addNameEvidence(board, index, signals)

  const files = board.rank(paths, scan.kinds, file => scan.alive[file] === 1, options.top)
  return { files, fileCount: scan.fileCount }
}
