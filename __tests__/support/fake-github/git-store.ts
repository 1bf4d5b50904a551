import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'

export type FileMap = Record<string, string>

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  path: string
  size?: number
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  message: string
  author: Signature
  committer: Signature
}

export interface Signature {
  name: string
  email: string
  date: string
}

/** One change for `createTree`: set content, point at an object, or delete (`sha: null`). */
export interface TreeChange {
  path: string
  mode?: string
  type?: string
  sha?: string | null
  content?: string
}

export class GitError extends Error {}

const ZERO_DATE = '2026-01-01T00:00:00Z'
const DEFAULT_SIGNATURE: Signature = {
  name: 'Fake GitHub',
  email: 'fake@example.com',
  date: ZERO_DATE
}

/**
 * A real bare repository on disk, driven through the git CLI, so the fake's objects, SHAs,
 * fast-forward checks and tarballs behave exactly like git's.
 */
export class GitStore {
  private constructor(readonly dir: string) {}

  static async create(): Promise<GitStore> {
    const dir = await mkdtemp(join(tmpdir(), 'fake-github-'))
    const store = new GitStore(dir)
    await store.git(['init', '--bare', '--quiet', '--initial-branch=main'])
    return store
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true })
  }

  async git(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['--git-dir', this.dir, ...args], {
        env: {
          PATH: process.env.PATH,
          HOME: this.dir,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          ...env
        },
        stdio: ['pipe', 'pipe', 'pipe']
      })
      const out: Buffer[] = []
      let err = ''
      child.stdout.on('data', chunk => out.push(chunk))
      child.stderr.on('data', chunk => (err += String(chunk)))
      child.on('error', reject)
      child.on('close', code => {
        if (code === 0) resolve(Buffer.concat(out))
        else reject(new GitError(`git ${args.join(' ')}: ${err.trim() || `exit ${code}`}`))
      })
      child.stdin.on('error', () => undefined)
      child.stdin.end(input ?? '')
    })
  }

  private async text(args: string[], input?: string | Buffer, env?: NodeJS.ProcessEnv) {
    return (await this.git(args, input, env)).toString('utf8').trim()
  }

  writeBlob(content: string | Buffer): Promise<string> {
    return this.text(['hash-object', '-w', '--stdin'], content)
  }

  async objectType(sha: string): Promise<string | null> {
    try {
      return await this.text(['cat-file', '-t', sha])
    } catch {
      return null
    }
  }

  /** Resolves a branch name, full ref or SHA to a commit SHA (null when unknown). */
  async resolveCommit(refish: string): Promise<string | null> {
    try {
      return await this.text(['rev-parse', '--verify', '--quiet', `${refish}^{commit}`])
    } catch {
      return null
    }
  }

  async resolveTree(treeish: string): Promise<string | null> {
    try {
      return await this.text(['rev-parse', '--verify', '--quiet', `${treeish}^{tree}`])
    } catch {
      return null
    }
  }

  async readBlob(sha: string): Promise<Buffer> {
    return this.git(['cat-file', 'blob', sha])
  }

  async blobSize(sha: string): Promise<number> {
    return Number(await this.text(['cat-file', '-s', sha]))
  }

  /** Entries of a tree (recursively: files only, with full paths). */
  async listTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-z', '--long', ...(recursive ? ['-r', '-t'] : []), treeish]
    const raw = (await this.git(args)).toString('utf8')
    return raw
      .split('\0')
      .filter(Boolean)
      .map(line => {
        const tab = line.indexOf('\t')
        const [mode, type, sha, size] = line.slice(0, tab).trim().split(/\s+/)
        const entry: TreeEntry = {
          mode: mode!,
          type: type as TreeEntry['type'],
          sha: sha!,
          path: line.slice(tab + 1)
        }
        if (type === 'blob') entry.size = Number(size)
        return entry
      })
  }

  /** Flat map path -> blob entry of every file under a tree. */
  async flatten(treeish: string): Promise<Map<string, TreeEntry>> {
    const files = new Map<string, TreeEntry>()
    for (const entry of await this.listTree(treeish, true)) {
      if (entry.type !== 'tree') files.set(entry.path, entry)
    }
    return files
  }

  /** Builds nested tree objects from a flat path map; returns the root tree SHA. */
  async mktree(files: Map<string, { mode: string; type: string; sha: string }>): Promise<string> {
    const children = new Map<string, Map<string, { mode: string; type: string; sha: string }>>()
    const lines: string[] = []
    for (const [path, entry] of files) {
      const slash = path.indexOf('/')
      if (slash === -1) {
        lines.push(`${entry.mode} ${entry.type} ${entry.sha}\t${path}`)
      } else {
        const dir = path.slice(0, slash)
        if (!children.has(dir)) children.set(dir, new Map())
        children.get(dir)!.set(path.slice(slash + 1), entry)
      }
    }
    for (const [dir, nested] of children) {
      lines.push(`040000 tree ${await this.mktree(nested)}\t${dir}`)
    }
    return this.text(['mktree', '-z'], lines.map(line => `${line}\0`).join(''))
  }

  /** GitHub's POST /git/trees semantics: base tree, inline content, deletions, nested paths. */
  async createTree(changes: TreeChange[], baseTree?: string): Promise<string> {
    const files = baseTree ? await this.flatten(baseTree) : new Map<string, TreeEntry>()
    for (const change of changes) {
      if (change.sha === null) {
        const removed = [...files.keys()].filter(
          path => path === change.path || path.startsWith(`${change.path}/`)
        )
        if (removed.length === 0) throw new GitError(`path ${change.path} does not exist`)
        for (const path of removed) files.delete(path)
        continue
      }
      if (change.type === 'tree' && change.sha) {
        for (const [path] of files) if (path.startsWith(`${change.path}/`)) files.delete(path)
        for (const [path, entry] of await this.flatten(change.sha)) {
          files.set(`${change.path}/${path}`, entry)
        }
        continue
      }
      const sha = change.content !== undefined ? await this.writeBlob(change.content) : change.sha
      if (!sha) throw new GitError(`tree entry ${change.path} needs sha or content`)
      const type = change.type ?? 'blob'
      if (type === 'blob' && (await this.objectType(sha)) !== 'blob') {
        throw new GitError(`${sha} is not a blob`)
      }
      files.set(change.path, {
        mode: change.mode ?? '100644',
        type: type as TreeEntry['type'],
        sha,
        path: change.path
      })
    }
    return this.mktree(files)
  }

  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: Partial<Signature> = {},
    committer: Partial<Signature> = author
  ): Promise<string> {
    const a = { ...DEFAULT_SIGNATURE, ...author }
    const c = { ...DEFAULT_SIGNATURE, ...committer }
    return this.text(['commit-tree', tree, ...parents.flatMap(parent => ['-p', parent])], message, {
      GIT_AUTHOR_NAME: a.name,
      GIT_AUTHOR_EMAIL: a.email,
      GIT_AUTHOR_DATE: a.date,
      GIT_COMMITTER_NAME: c.name,
      GIT_COMMITTER_EMAIL: c.email,
      GIT_COMMITTER_DATE: c.date
    })
  }

  async readCommit(sha: string): Promise<CommitInfo> {
    const format = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00')
    const raw = (await this.git(['show', '-s', `--format=${format}`, `${sha}^{commit}`])).toString(
      'utf8'
    )
    const [hash, tree, parents, an, ae, ad, cn, ce, cd, ...message] = raw.split('\0')
    return {
      sha: hash!,
      tree: tree!,
      parents: parents ? parents.split(' ').filter(Boolean) : [],
      message: message.join('\0').replace(/\n$/, ''),
      author: { name: an!, email: ae!, date: toIsoUtc(ad!) },
      committer: { name: cn!, email: ce!, date: toIsoUtc(cd!) }
    }
  }

  /** Full ref names (refs/heads/...) with their SHAs. */
  async refs(prefix = 'refs/'): Promise<Map<string, string>> {
    const raw = await this.text(['for-each-ref', '--format=%(refname) %(objectname)', prefix])
    const refs = new Map<string, string>()
    for (const line of raw.split('\n').filter(Boolean)) {
      const [name, sha] = line.split(' ')
      refs.set(name!, sha!)
    }
    return refs
  }

  /**
   * Moves a ref atomically: `expectedOld` (SHA, or '' for "must not exist") makes git refuse
   * when someone else moved it first, exactly the compare-and-swap a server needs.
   */
  async updateRef(ref: string, sha: string, expectedOld?: string): Promise<void> {
    const args = ['update-ref', ref, sha]
    if (expectedOld !== undefined) args.push(expectedOld || '0'.repeat(40))
    await this.git(args)
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.git(['merge-base', '--is-ancestor', ancestor, descendant])
      return true
    } catch {
      return false
    }
  }

  async archive(commitSha: string, prefix: string): Promise<Buffer> {
    return this.git(['archive', '--format=tar.gz', `--prefix=${prefix}/`, commitSha])
  }

  /** Commit of `files` on top of `parent` (or a root commit). */
  async commitFiles(
    files: FileMap,
    message: string,
    parent?: string,
    author?: Partial<Signature>,
    removed: string[] = []
  ): Promise<string> {
    const base = parent ? await this.resolveTree(parent) : undefined
    const changes: TreeChange[] = Object.entries(files).map(([path, content]) => ({
      path,
      content
    }))
    for (const path of removed) changes.push({ path, sha: null })
    const tree = await this.createTree(changes, base ?? undefined)
    return this.commitTree(tree, parent ? [parent] : [], message, author)
  }

  async readFiles(commitish: string): Promise<FileMap> {
    const files: FileMap = {}
    for (const [path, entry] of await this.flatten(commitish)) {
      files[path] = (await this.readBlob(entry.sha)).toString('utf8')
    }
    return files
  }

  /** `git rev-list` (newest first); with `path`, only commits touching it, like `git log -- path`. */
  async revList(commitish: string, path?: string): Promise<string[]> {
    const args = ['rev-list', commitish, ...(path ? ['--', path] : [])]
    return (await this.text(args)).split('\n').filter(Boolean)
  }

  /** The tree of merging `theirs` into `ours` (git merge-tree); throws on conflicts. */
  async mergeTree(ours: string, theirs: string): Promise<string> {
    try {
      return (await this.text(['merge-tree', '--write-tree', ours, theirs])).split('\n')[0]!
    } catch (error) {
      throw new GitError(`merging ${theirs} into ${ours} conflicts: ${String(error)}`)
    }
  }

  async mergeBase(a: string, b: string): Promise<string> {
    return this.text(['merge-base', a, b])
  }

  /** `git diff` between two commits, limited to `path` when given. */
  async diff(from: string, to: string, path?: string): Promise<string> {
    const args = ['diff', '--no-color', '--no-renames', from, to, ...(path ? ['--', path] : [])]
    return (await this.git(args)).toString('utf8')
  }

  /** Lines added and removed and files changed between two commits (git diff --numstat). */
  async diffStat(from: string, to: string) {
    const lines = (await this.text(['diff', '--numstat', '--no-renames', from, to]))
      .split('\n')
      .filter(Boolean)
    let additions = 0
    let deletions = 0
    for (const line of lines) {
      const [added, removed] = line.split('\t')
      additions += Number(added) || 0
      deletions += Number(removed) || 0
    }
    return { additions, deletions, changedFiles: lines.length }
  }

  async log(commitish: string): Promise<CommitInfo[]> {
    const shas = (await this.text(['rev-list', '--first-parent', commitish]))
      .split('\n')
      .filter(Boolean)
    return Promise.all(shas.map(sha => this.readCommit(sha)))
  }
}

/** Reads a directory into a FileMap (skips .git), to seed the fake from a fixture repo. */
export async function readDirectoryFiles(root: string): Promise<FileMap> {
  const files: FileMap = {}
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile())
        files[relative(root, full).split(sep).join('/')] = await readFile(full, 'utf8')
    }
  }
  await walk(root)
  return files
}

function toIsoUtc(date: string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
