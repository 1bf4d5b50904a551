// Builds small repositories in temp dirs for the tests: files from a map, and
// optionally a real git repository with one commit.
import { afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export type FileMap = Record<string, string | Buffer>

export function writeTree(files: FileMap, root = mkdtempSync(join(tmpdir(), 'adw-repo-'))): string {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return root
}

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: root,
    encoding: 'utf8'
  })
}

/** A git repository holding `files` in one commit. */
export function gitRepo(files: FileMap): string {
  const root = writeTree(files)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'fixture')
  return root
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

/**
 * Temp directories for one test file, all removed after its tests have run. Call it at the top
 * level of the file (or inside a `describe`, to remove them when that block is done).
 */
export function tempRepos(): {
  gitRepo(files: FileMap): string
  tree(files: FileMap): string
  dir(prefix: string): string
} {
  const roots: string[] = []
  afterAll(() => roots.forEach(removeTree))
  const keep = (root: string): string => {
    roots.push(root)
    return root
  }
  return {
    gitRepo: files => keep(gitRepo(files)),
    tree: files => keep(writeTree(files)),
    dir: prefix => keep(mkdtempSync(join(tmpdir(), prefix)))
  }
}
