// The code graph as a model tool: "who calls X", "what does X call", "where is Y read". The
// files come through the same guard as the other tools (no escapes, no git internals, no
// secret-looking files) and the same limits on what one call may read.
import {
  askGraph,
  defaultQueryLimits,
  type GraphQuestion,
  type QueryLimits
} from '../../research/graph/queries.js'
import { filesUnder, readToolFile, type SearchLimits } from './code-search.js'
import type { RepoRoot } from './repo-path.js'

export async function answerGraphQuestion(
  root: RepoRoot,
  question: GraphQuestion,
  name: string,
  pathPrefix: string,
  limits: SearchLimits
): Promise<string> {
  if (!['callers', 'callees', 'references'].includes(question))
    return 'Refused: the question must be "callers", "callees" or "references".'
  const guarded = root.resolve(pathPrefix)
  if (!guarded.ok) return guarded.refusal
  const queryLimits: QueryLimits = {
    maxFilesRead: limits.maxFiles,
    maxBytes: limits.maxTotalBytes,
    maxFilesParsed: defaultQueryLimits.maxFilesParsed,
    maxResults: limits.maxResults
  }
  return askGraph(
    question,
    name,
    {
      paths: () => filesUnder(root, guarded),
      read: path => readToolFile(root, path, limits.maxFileBytes)?.toString('utf8')
    },
    queryLimits
  )
}
