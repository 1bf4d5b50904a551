// Lists the files of a repository tree: what git tracks (plus untracked files git would not
// ignore) in a checkout, or a directory walk honouring the top-level .gitignore elsewhere.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { isIgnored, parseGitignore, type GitignoreRules } from './gitignore.js'

const run = promisify(execFile)

/** Never descended into by the walk: repository metadata and dependency trees. */
const skippedWalkDirs = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__'])

async function gitListing(root: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await run(
      'git',
      ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }
    )
    // `--cached --others` can name a path twice (e.g. during a merge); keep one of each.
    return [...new Set(stdout.split('\0').filter(path => path !== ''))]
  } catch {
    return undefined
  }
}

/**
 * A `.git` in the root or above it: only then is asking git worth a process. Outside a work
 * tree (in a `.git` directory, say) `ls-files` fails, and the tree is walked.
 */
function hasGitAbove(root: string): boolean {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true
    if (dirname(dir) === dir) return false
  }
}

function readRules(root: string): GitignoreRules {
  try {
    return parseGitignore(readFileSync(join(root, '.gitignore'), 'utf8'))
  } catch {
    return parseGitignore('')
  }
}

function walkListing(root: string): string[] {
  const rules = readRules(root)
  const files: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    let entries
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
      // Symlinks are neither followed nor listed: they could lead out of the tree.
      if (entry.isDirectory()) {
        if (!skippedWalkDirs.has(entry.name) && !isIgnored(rules, rel, true)) pending.push(rel)
      } else if (entry.isFile() && !isIgnored(rules, rel, false)) files.push(rel)
    }
  }
  return files
}

/**
 * Every file of the tree at `root`, as sorted POSIX paths relative to it. Nothing is
 * filtered here beyond what git (or the .gitignore) ignores; see classify.ts for that.
 */
export async function listRepositoryFiles(root: string): Promise<string[]> {
  const listed = hasGitAbove(root) ? await gitListing(root) : undefined
  // An empty listing means the tree sits untracked (or ignored) inside another checkout.
  const files = listed && listed.length > 0 ? listed : walkListing(root)
  return files.sort()
}
