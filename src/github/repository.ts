import { spawn } from 'node:child_process'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Octokit } from './client.js'
import { explainGitHubError } from './errors.js'

export interface RepositoryRef {
  owner: string
  repo: string
}

export interface Issue {
  number: number
  title: string
  body: string
  htmlUrl: string
  labels: string[]
  state: 'open' | 'closed'
  locked: boolean
  /** The issues API also serves pull requests; the action must not plan for those. */
  isPullRequest: boolean
  user: string | null
}

/** One repository on GitHub, reached through a shared Octokit client. */
export class GitHubRepository {
  readonly owner: string
  readonly repo: string

  constructor(
    readonly octokit: Octokit,
    { owner, repo }: RepositoryRef
  ) {
    this.owner = owner
    this.repo = repo
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  /** Owner and repo, ready to spread into Octokit parameters. */
  get params(): RepositoryRef {
    return { owner: this.owner, repo: this.repo }
  }

  async getIssue(issueNumber: number): Promise<Issue> {
    try {
      const { data } = await this.octokit.rest.issues.get({
        ...this.params,
        issue_number: issueNumber
      })
      return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        htmlUrl: data.html_url,
        labels: data.labels
          .map(label => (typeof label === 'string' ? label : (label.name ?? '')))
          .filter(name => name !== ''),
        state: data.state === 'closed' ? 'closed' : 'open',
        locked: data.locked,
        isPullRequest: data.pull_request != null,
        user: data.user?.login ?? null
      }
    } catch (error) {
      throw explainGitHubError(error)
    }
  }

  async defaultBranch(): Promise<string> {
    try {
      const { data } = await this.octokit.rest.repos.get({ ...this.params })
      return data.default_branch
    } catch (error) {
      throw explainGitHubError(error)
    }
  }

  /**
   * Downloads `ref` as one gzipped tarball (one API request, no clone) and unpacks it into a new
   * directory under `destDir` (a temporary directory when omitted). Returns the directory that
   * holds the repository's files: GitHub's `owner-repo-sha/` top folder is stripped.
   */
  async downloadTarball(ref: string, destDir?: string): Promise<string> {
    let archive: Buffer
    try {
      const response = await this.octokit.rest.repos.downloadTarballArchive({ ...this.params, ref })
      archive = Buffer.from(response.data as ArrayBuffer)
    } catch (error) {
      throw explainGitHubError(error)
    }
    const target = destDir
      ? await mkdir(destDir, { recursive: true }).then(() => destDir)
      : await mkdtemp(join(tmpdir(), 'adw-tree-'))
    await extractTarGz(archive, target)
    return target
  }
}

function extractTarGz(archive: Buffer, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // --no-same-owner/permissions: the archive's owners and modes must not leak onto the runner.
    const tar = spawn(
      'tar',
      [
        '-xzf',
        '-',
        '-C',
        target,
        '--strip-components=1',
        '--no-same-owner',
        '--no-same-permissions'
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] }
    )
    let stderr = ''
    tar.stderr.on('data', chunk => (stderr += String(chunk)))
    tar.on('error', reject)
    tar.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`tar exited with ${code}: ${stderr.trim()}`))
    )
    tar.stdin.on('error', reject)
    tar.stdin.end(archive)
  })
}
