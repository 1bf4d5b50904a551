// The research step: lists the tree, reads what an engineer would read first (orientation),
// and ranks the files the issue is most likely about.
import { readBehaviours } from './behaviours.js'
import { exclusionFor } from './classify.js'
import { readIssueSignals } from './issue-signals.js'
import { listRepositoryFiles } from './list-files.js'
import { orient } from './orientation/index.js'
import { findCoveringTests } from './covering-tests.js'
import { readQuotedCode } from './quoted-code.js'
import { defaultRankOptions, rankFiles } from './rank.js'
import { defaultSymbolOptions, outlineFiles, rankSymbols } from './rank-symbols.js'
import type { ResearchQuery, ResearchResult } from './types.js'

export { listRepositoryFiles } from './list-files.js'
export type * from './types.js'

export async function research(query: ResearchQuery): Promise<ResearchResult> {
  const started = performance.now()
  const skip = new Set(query.skip)
  const all = (await listRepositoryFiles(query.root)).filter(path => !skip.has(path))
  const rankable = all.filter(path => exclusionFor(path) === undefined)
  const signals = readIssueSignals(query.title, query.body)
  const quotes = readQuotedCode(query.title, query.body)
  const ranking = rankFiles(query.root, rankable, signals, quotes, {
    ...defaultRankOptions,
    top: query.top ?? defaultRankOptions.top
  })
  const { files, fileCount } = ranking
  // Only now does the parser load, for the few best-ranked files (and those the issue pins).
  const outlined = await outlineFiles(query.root, ranking, defaultSymbolOptions)
  const symbols = rankSymbols(outlined, ranking, signals, readBehaviours(query.title, query.body))
  const orientation = orient(query.root, all, { contextFile: query.contextFile })
  // The tests of the best-ranked code files: those the ranking put first, not files pinned only.
  const subjects = outlined.filter(file => file.prior >= 0.3).slice(0, 3)
  const tests = findCoveringTests(query.root, orientation.tests.files, subjects, symbols)
  return {
    files,
    symbols,
    tests,
    orientation,
    fileCount,
    elapsedMs: Math.round(performance.now() - started)
  }
}
