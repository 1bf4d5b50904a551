// Writes that only inform: the 👀 that acknowledges a command, the reply to it, the tracking
// comment's refresh and the pull request's summary once a revision is committed. None of them
// decides a run. When GitHub refuses one (a token without `issues: write`, a 5xx that outlasts
// the retries, a GraphQL error on a review's reaction), the log and the job summary say what
// could not be written, and the run goes on: the revision happens, the commit stands.
import type { ActionRun } from '../context.js'
import { explainGitHubError } from '../../github/errors.js'

/**
 * Runs `write`; on failure warns `${what}: <reason>` (in the log and the job summary) instead
 * of failing the run. True when the write went through.
 */
export async function courtesyWrite(
  run: ActionRun,
  what: string,
  write: () => Promise<unknown>
): Promise<boolean> {
  try {
    await write()
    return true
  } catch (error) {
    // GraphQL errors come as a multi-line list; a warning is one line.
    const reason = explainGitHubError(error).message.replace(/\s+/g, ' ').trim()
    run.warn(`${what}: ${reason}`)
    return false
  }
}
