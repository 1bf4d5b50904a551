// The code graph as a model tool: "who calls X", "what does X call", "where is Y read". The
// files come through the same guard as the other tools (no escapes, no git internals, no
// secret-looking files) and the same limits on what one call may read.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { askGraph, type GraphQuestion, type QueryLimits } from '../../research/graph/queries.js'
import { walk, type SearchLimits } from './code-search.js'
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
    maxFilesParsed: 40,
    maxResults: limits.maxResults
  }
  return askGraph(
    question,
    name,
    {
      paths: () => walk(root, guarded.relative),
      read: path => {
        try {
          const content = readFileSync(join(root.real, path))
          return content.length > limits.maxFileBytes || content.includes(0)
            ? undefined
            : content.toString('utf8')
        } catch {
          return undefined
        }
      }
    },
    queryLimits
  )
}
