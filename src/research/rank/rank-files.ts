// Ranks the files of a tree for an issue. Evidence, strongest first: paths and traceback
// frames quoted in the issue, dotted module references, definitions of the names the issue
// uses, file and directory names that match its words, and BM25 over identifier parts.
import {
  addDefinitionEvidence,
  addQualifiedNameEvidence,
  addTermEvidence
} from '../evidence/content-evidence.js'
import type { IssueSignals } from '../issue/issue-signals.js'
import {
  addCompoundNameEvidence,
  addDottedModuleEvidence,
  addNameEvidence,
  addQuotedPathEvidence
} from '../evidence/name-evidence.js'
import { locateQuotes } from '../evidence/locate-quotes.js'
import { buildPathIndex } from '../tree/path-index.js'
import { collectPins, type Pin } from '../evidence/pins.js'
import type { Manifests } from '../tree/manifests.js'
import { pathPriors } from '../tree/path-priors.js'
import { projectNames } from '../tree/project-names.js'
import { addQuoteEvidence } from '../evidence/quote-evidence.js'
import type { QuotedCode } from '../issue/quoted-code.js'
import { scanFiles, type Scan, type ScanOptions } from '../scan/scan-files.js'
import { Scoreboard } from '../evidence/scoreboard.js'
import { buildTermTable, type TermTable } from '../scan/term-table.js'
import type { RankedFile } from '../types.js'

export interface RankOptions extends ScanOptions {
  top: number
}

export const defaultRankOptions: RankOptions = {
  capBytes: 256 * 1024,
  dataCapBytes: 16 * 1024,
  top: 10
}

export interface FileRanking {
  files: RankedFile[]
  fileCount: number
  /** Line-level evidence (frames, quoted locations, quotes found in the code) for the symbols. */
  pins: Pin[]
  /** The issue's terms and their statistics over the tree, to rank definitions by the same terms. */
  table: TermTable
  scan: Scan
}

export async function rankFiles(
  manifests: Manifests,
  paths: readonly string[],
  signals: IssueSignals,
  quotes: readonly QuotedCode[],
  options: RankOptions = defaultRankOptions
): Promise<FileRanking> {
  const { root } = manifests
  const table = buildTermTable(signals)
  const names = [...signals.identifiers.keys()]
  const nameIndex = new Map(names.map((name, i) => [name, i]))
  const scan = await scanFiles(root, paths, table, nameIndex, options)
  const index = buildPathIndex(paths)
  const hits = locateQuotes(root, paths, scan, table, quotes, options.capBytes)

  const board = new Scoreboard()
  addTermEvidence(board, scan, table, signals)
  const frameFiles = addQuotedPathEvidence(board, index, signals)
  addDefinitionEvidence(board, scan, names, signals, frameFiles)
  addQualifiedNameEvidence(board, scan, nameIndex, signals)
  const project = projectNames(paths, manifests)
  addDottedModuleEvidence(board, index, signals, project)
  addNameEvidence(board, index, signals, project)
  addCompoundNameEvidence(board, index, signals)
  addQuoteEvidence(board, hits)

  const priors = pathPriors(paths)
  const files = board.rank(paths, scan.kinds, file => scan.alive[file] === 1, options.top, priors)
  const pins = collectPins(index, signals, hits).filter(pin => {
    const file = index.paths.indexOf(pin.path)
    return file >= 0 && scan.alive[file] === 1
  })
  return { files, fileCount: scan.fileCount, pins, table, scan }
}
