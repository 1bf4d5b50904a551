// One file read and rewritten through the contents API: two requests for a revision, where the
// Git Data API needs six. The write names the blob it replaces, so a file someone else changed
// since the read is never overwritten: GitHub refuses, and the caller reads again.
import { explainGitHubError, hasStatus } from './errors.js'
import type { GitHubRepository } from './repository.js'

export interface RepositoryFile {
  path: string
  text: string
  /** Blob sha: the version a write must replace. */
  sha: string
}

/** The file made a newer commit than the one the caller read. */
export class FileChangedError extends Error {
  override name = 'FileChangedError'
}

/** The file at `path` on `ref`, or undefined when there is none. One request. */
export async function readFile(
  repo: GitHubRepository,
  path: string,
  ref: string
): Promise<RepositoryFile | undefined> {
  try {
    const { data } = await repo.octokit.rest.repos.getContent({ ...repo.params, path, ref })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
    return {
      path: data.path,
      text: Buffer.from(data.content, 'base64').toString('utf8'),
      sha: data.sha
    }
  } catch (error) {
    if (hasStatus(error, 404)) return undefined
    throw explainGitHubError(error)
  }
}

/** File names in a directory on `ref` (empty when the directory does not exist). One request. */
export async function listDirectory(
  repo: GitHubRepository,
  path: string,
  ref: string
): Promise<string[]> {
  try {
    const { data } = await repo.octokit.rest.repos.getContent({ ...repo.params, path, ref })
    return Array.isArray(data)
      ? data.filter(entry => entry.type === 'file').map(entry => entry.path)
      : []
  } catch (error) {
    if (hasStatus(error, 404)) return []
    throw explainGitHubError(error)
  }
}

export interface FileCommit {
  sha: string
  url: string
}

/**
 * Commits `text` at `path` on `branch`, on top of the branch head (never a force push), replacing
 * the blob `replaces`. No author or committer is sent, so GitHub signs the commit for an app
 * token. Throws FileChangedError when the file changed since it was read. One request.
 */
export async function writeFile(
  repo: GitHubRepository,
  options: { branch: string; path: string; text: string; replaces: string; message: string }
): Promise<FileCommit> {
  try {
    const { data } = await repo.octokit.rest.repos.createOrUpdateFileContents({
      ...repo.params,
      path: options.path,
      branch: options.branch,
      message: options.message,
      content: Buffer.from(options.text, 'utf8').toString('base64'),
      sha: options.replaces
    })
    return { sha: data.commit.sha ?? '', url: data.commit.html_url ?? '' }
  } catch (error) {
    if (hasStatus(error, 409)) {
      throw new FileChangedError(`${options.path} changed on ${options.branch} since it was read`)
    }
    throw explainGitHubError(error)
  }
}
