// The research step: lists the tree, reads what an engineer would read first (orientation),
// and ranks the files the issue is most likely about.
import { exclusionFor } from './classify.js'
import { readIssueSignals } from './issue-signals.js'
import { listRepositoryFiles } from './list-files.js'
import { orient } from './orientation/index.js'
import { defaultRankOptions, rankFiles } from './rank.js'
import type { ResearchQuery, ResearchResult } from './types.js'

export { listRepositoryFiles } from './list-files.js'
export type * from './types.js'

export async function research(query: ResearchQuery): Promise<ResearchResult> {
  const started = performance.now()
  const all = await listRepositoryFiles(query.root)
  const rankable = all.filter(path => exclusionFor(path) === undefined)
  const signals = readIssueSignals(query.title, query.body)
  const { files, fileCount } = rankFiles(query.root, rankable, signals, {
    ...defaultRankOptions,
    top: query.top ?? defaultRankOptions.top
  })
  const orientation = orient(query.root, all, { contextFile: query.contextFile })
  return {
    files,
    orientation,
    fileCount,
    elapsedMs: Math.round(performance.now() - started)
  }
}
