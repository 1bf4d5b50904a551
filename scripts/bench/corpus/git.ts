// The few git reads the corpus builder makes on a (bare) mirror of a repository.
import { execFileSync } from 'node:child_process'

export function git(gitDir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
}

export function firstParent(gitDir: string, commit: string): string {
  return git(gitDir, 'rev-parse', `${commit}^1`).trim()
}

export interface NameStatus {
  modified: string[]
  added: string[]
  deleted: string[]
}

/** What the change did to each file; a rename is the old path deleted and the new one added. */
export function changedFiles(gitDir: string, base: string, commit: string): NameStatus {
  const out: NameStatus = { modified: [], added: [], deleted: [] }
  const records = git(gitDir, 'diff', '--name-status', '-z', '-M', base, commit).split('\0')
  for (let i = 0; i < records.length - 1;) {
    const status = records[i++]
    if (status.startsWith('R') || status.startsWith('C')) {
      const [from, to] = [records[i++], records[i++]]
      if (status.startsWith('R')) out.deleted.push(from)
      out.added.push(to)
    } else if (status === 'A') out.added.push(records[i++])
    else if (status === 'D') out.deleted.push(records[i++])
    else out.modified.push(records[i++])
  }
  for (const list of Object.values(out)) list.sort()
  return out
}

export interface Hunk {
  /** 1-based first line and line count on each side; a count of 0 is a pure insertion or removal. */
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
}

/** The hunks of the change to `path`, without context lines. */
export function hunks(gitDir: string, base: string, commit: string, path: string): Hunk[] {
  const diff = git(gitDir, 'diff', '-U0', '--no-color', base, commit, '--', path)
  return [...diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)].map(m => ({
    oldStart: Number(m[1]),
    oldCount: m[2] === undefined ? 1 : Number(m[2]),
    newStart: Number(m[3]),
    newCount: m[4] === undefined ? 1 : Number(m[4])
  }))
}

export function fileAt(gitDir: string, commit: string, path: string): string {
  return git(gitDir, 'show', `${commit}:${path}`)
}

export function fileCount(gitDir: string, commit: string): number {
  return git(gitDir, 'ls-tree', '-r', '--name-only', '-z', commit).split('\0').length - 1
}
