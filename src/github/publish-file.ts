import { posix } from 'node:path'
import { gitBlobSha } from './git-blob-sha.js'
import { explainGitHubError, githubMessage, hasStatus } from './errors.js'
import type { GitHubRepository } from './repository.js'

export interface PublishFileOptions {
  /** Where a new branch starts. */
  baseBranch: string
  branch: string
  /** Repository-relative path, `/`-separated. */
  path: string
  content: string
  /** Other files in the same directory to delete in the same commit (given repo paths). */
  removePaths?: (path: string) => boolean
  message: string
  /** Tries when another writer moves the branch between our read and our write. */
  maxAttempts?: number
}

export interface PublishFileResult {
  /** About the file: new at this path (new branch, or renamed), changed content, or as it was. */
  operation: 'created' | 'updated' | 'unchanged'
  branch: string
  /** The branch head after publishing. */
  commitSha: string
  removed: string[]
  /** True when this call created the branch. */
  branchCreated: boolean
}

export class PublishConflictError extends Error {
  override name = 'PublishConflictError'
}

interface DirectoryEntry {
  path: string
  sha: string
  type: string
}

/**
 * Puts `content` at `path` on `branch` as ONE commit through the Git Data API, never rewriting
 * history: the commit's parent is the branch head we read, and the ref moves with
 * `force: false`, so commits others pushed to the branch survive; a lost race is re-read and
 * retried.
 *
 * Requests (measured in the tests):
 * - unchanged re-run: 2 reads (branch ref, directory listing), no writes;
 * - re-run with a change: 3 reads (+ head commit for its tree) and 3 writes (tree, commit, ref);
 * - first run: 4 reads (branch ref 404, base ref, listing, base commit) and 3 writes.
 */
export async function publishFile(
  repo: GitHubRepository,
  options: PublishFileOptions
): Promise<PublishFileResult> {
  const { branch, path } = options
  assertRepoPath(path)
  const directory = posix.dirname(path)
  const blobSha = gitBlobSha(options.content)
  const shouldRemove = options.removePaths ?? (() => false)
  const maxAttempts = options.maxAttempts ?? 4

  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const branchHead = await readRef(repo, `heads/${branch}`)
      const parentSha = branchHead ?? (await requireRef(repo, `heads/${options.baseBranch}`))

      const entries = await listDirectory(repo, directory, parentSha)
      const current = entries.find(entry => entry.path === path)
      const stale = entries
        .filter(entry => entry.type === 'file' && entry.path !== path && shouldRemove(entry.path))
        .map(entry => entry.path)
        .sort()

      if (branchHead && current?.sha === blobSha && stale.length === 0) {
        return {
          operation: 'unchanged',
          branch,
          commitSha: branchHead,
          removed: [],
          branchCreated: false
        }
      }

      const commitSha = await writeCommit(repo, parentSha, options, stale)
      const moved = branchHead
        ? await fastForward(repo, branch, commitSha)
        : await createBranch(repo, branch, commitSha)
      if (moved) {
        return {
          operation: current ? 'updated' : 'created',
          branch,
          commitSha,
          removed: stale,
          branchCreated: !branchHead
        }
      }
      // Somebody moved or created the branch meanwhile: our commit is orphaned (harmless) and
      // the next attempt builds on what they wrote.
    }
  } catch (error) {
    throw explainGitHubError(error)
  }
  throw new PublishConflictError(
    `Could not update branch ${branch} of ${repo.fullName}: it kept moving during ` +
      `${maxAttempts} attempts. Run the workflow again.`
  )
}

function assertRepoPath(path: string): void {
  const parts = path.split('/')
  if (path.startsWith('/') || parts.some(part => part === '' || part === '.' || part === '..')) {
    throw new Error(`publishFile: "${path}" is not a normalised repository path`)
  }
}

async function readRef(repo: GitHubRepository, ref: string): Promise<string | null> {
  try {
    const { data } = await repo.octokit.rest.git.getRef({ ...repo.params, ref })
    return data.object.sha
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

async function requireRef(repo: GitHubRepository, ref: string): Promise<string> {
  const sha = await readRef(repo, ref)
  if (sha === null) {
    throw new Error(`Base branch ${ref.replace(/^heads\//, '')} not found in ${repo.fullName}`)
  }
  return sha
}

/** The directory's entries at `commitSha`; a missing directory is empty, not an error. */
async function listDirectory(
  repo: GitHubRepository,
  directory: string,
  commitSha: string
): Promise<DirectoryEntry[]> {
  if (directory === '.') {
    const { data } = await repo.octokit.rest.git.getTree({ ...repo.params, tree_sha: commitSha })
    return data.tree.map(entry => ({
      path: entry.path ?? '',
      sha: entry.sha ?? '',
      type: entry.type === 'blob' ? 'file' : (entry.type ?? '')
    }))
  }
  try {
    const { data } = await repo.octokit.rest.repos.getContent({
      ...repo.params,
      path: directory,
      ref: commitSha
    })
    if (!Array.isArray(data)) {
      throw new Error(`publishFile: ${directory} is a file in ${repo.fullName}, not a directory`)
    }
    return data.map(entry => ({ path: entry.path, sha: entry.sha, type: entry.type }))
  } catch (error) {
    if (hasStatus(error, 404)) return []
    throw error
  }
}

/** One tree (inline content, deletions as `sha: null`) and one commit on top of `parentSha`. */
async function writeCommit(
  repo: GitHubRepository,
  parentSha: string,
  options: PublishFileOptions,
  stale: string[]
): Promise<string> {
  const { data: parent } = await repo.octokit.rest.git.getCommit({
    ...repo.params,
    commit_sha: parentSha
  })
  const { data: tree } = await repo.octokit.rest.git.createTree({
    ...repo.params,
    base_tree: parent.tree.sha,
    tree: [
      { path: options.path, mode: '100644', type: 'blob', content: options.content },
      ...stale.map(path => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null }))
    ]
  })
  const { data: commit } = await repo.octokit.rest.git.createCommit({
    ...repo.params,
    message: options.message,
    tree: tree.sha,
    parents: [parentSha]
  })
  return commit.sha
}

/** False when the branch moved since we read it (GitHub: 422 "Update is not a fast forward"). */
async function fastForward(repo: GitHubRepository, branch: string, sha: string): Promise<boolean> {
  try {
    await repo.octokit.rest.git.updateRef({
      ...repo.params,
      ref: `heads/${branch}`,
      sha,
      force: false
    })
    return true
  } catch (error) {
    if (hasStatus(error, 422) && /fast.?forward/i.test(githubMessage(error))) return false
    throw error
  }
}

/**
 * False when another run created the branch first (422 "Reference already exists"). A create
 * retried after a gateway error meets the branch its first attempt made: that is ours.
 */
async function createBranch(repo: GitHubRepository, branch: string, sha: string): Promise<boolean> {
  try {
    await repo.octokit.rest.git.createRef({ ...repo.params, ref: `refs/heads/${branch}`, sha })
    return true
  } catch (error) {
    if (hasStatus(error, 422) && /already exists/i.test(githubMessage(error))) {
      return (await readRef(repo, `heads/${branch}`)) === sha
    }
    throw error
  }
}
