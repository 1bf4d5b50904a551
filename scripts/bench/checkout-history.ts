// Gives a materialised tree the history a user's clone has at the base commit, so the
// research can read `git log` as it would on a real checkout: a `.git` whose object store borrows
// the mirror's (an alternate: nothing is copied), whose only ref is a detached HEAD at the base
// commit, and whose index lists exactly the files the tree holds. The commits after the base sit
// in the borrowed store, but no ref reaches them: the history ends where the issue was filed.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

function git(root: string, args: string[], input?: string): string {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 512 * 1024 * 1024
  })
}

/** Adds the history to `root` (the tree of `commit` written out of `gitDir`), once. */
export function attachHistory(gitDir: string, commit: string, root: string): void {
  const marker = `${root}.history`
  if (existsSync(marker) && existsSync(join(root, '.git', 'HEAD'))) return
  git(root, ['init', '--quiet', '--template='])
  mkdirSync(join(root, '.git', 'objects', 'info'), { recursive: true })
  writeFileSync(
    join(root, '.git', 'objects', 'info', 'alternates'),
    `${resolve(gitDir, 'objects')}\n`
  )
  // Detached, as a CI checkout of a commit is; no branch, so no other ref can exist.
  writeFileSync(join(root, '.git', 'HEAD'), `${commit}\n`)
  git(root, ['config', 'gc.auto', '0'])
  git(root, ['read-tree', commit])
  // Symlinks, submodules and blobs the snapshot lacks were not written out: the index forgets them.
  const absent = git(root, ['ls-files', '-z'])
    .split('\0')
    .filter(path => path !== '' && !existsSync(join(root, path)))
  if (absent.length > 0)
    git(root, ['update-index', '--force-remove', '-z', '--stdin'], `${absent.join('\0')}\0`)
  writeFileSync(marker, `${commit}\n`)
}
