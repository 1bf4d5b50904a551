// The repository's history as a model tool: the recent commits of a path, or one commit's
// message and files. Read-only, HEAD's ancestors only, bounded (research/history/commit-queries),
// the path through the same guard as the other tools; commit messages reach the model cleaned
// like issue text, and secret-looking file names are withheld as the file tools refuse them.
import { jsonSchema } from 'ai'
import {
  commitDetails,
  defaultHistoryQueryLimits,
  recentCommitsOf
} from '../../research/history/commit-queries.js'
import { isSecretLooking, type RepoRoot } from './repo-path.js'

export interface HistoryQuestion {
  path?: string
  commit?: string
}

export const historyToolDescription =
  "Ask the repository's git history (read-only, this checkout's HEAD and its ancestors): with `path`, the recent commits that touched it (hash, date, subject); with `commit` (a hash from such a list), that commit's message and the files it changed. How past changes like this one were made, and which files and tests changed together."

export const historyInputSchema = jsonSchema<HistoryQuestion>({
  type: 'object',
  properties: {
    path: {
      type: 'string',
      description:
        'A file or directory whose recent commits to list, relative to the repository root.'
    },
    commit: { type: 'string', description: 'A commit hash (7 to 40 hex digits) to show.' }
  },
  additionalProperties: false
})

const hidden = (path: string) => path.split('/').some(isSecretLooking)

export async function answerHistoryQuestion(
  root: RepoRoot,
  question: HistoryQuestion
): Promise<string> {
  try {
    if (question.commit !== undefined) {
      const commit = question.commit.trim()
      const details = await commitDetails(root.real, commit)
      if (!details)
        return `Refused: ${JSON.stringify(commit)} is not a commit of this checkout's history (give a hash from a path's recent commits).`
      const files = details.files.filter(file => !hidden(file.path))
      return [
        `commit ${details.sha} (${details.date})`,
        details.message,
        '',
        `Files (${files.length + details.moreFiles}):`,
        ...files.map(file => `${file.status} ${file.path}`),
        ...(details.moreFiles > 0 ? [`… and ${details.moreFiles} more`] : [])
      ].join('\n')
    }
    const guarded = root.resolve(question.path ?? '.')
    if (!guarded.ok) return guarded.refusal
    const commits = await recentCommitsOf(root.real, guarded.relative)
    if (commits.length === 0)
      return `No commit in the history this checkout holds touched ${JSON.stringify(guarded.relative)}.`
    return [
      `The last ${commits.length} commits that touched ${guarded.relative} (newest first; at most ${defaultHistoryQueryLimits.commits}):`,
      ...commits
    ].join('\n')
  } catch {
    return 'No history: the repository is not a git checkout, or git could not read it.'
  }
}
