// A monorepo made of one real tree: N copies of it side by side (`pkg1/…` … `pkgN/…`) in one git
// repository, committed, so the research lists it as a user's checkout. Built once under the work
// directory and reused. Real copies, not hard links: each copy costs its own reads, as separate
// projects would.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.invalid',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.invalid'
    }
  })

/** The tree of `copies` copies of `base`, as `dir`/x`copies`; built on first use. */
export function copiedTree(base: string, copies: number, dir: string): string {
  const root = join(dir, `x${copies}`)
  const marker = `${root}.built`
  if (existsSync(marker) && existsSync(root)) return root
  const staging = `${root}.partial`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  for (let n = 1; n <= copies; n++) execFileSync('cp', ['-R', base, join(staging, `pkg${n}`)])
  git(staging, ['init', '-q'])
  git(staging, ['add', '-A'])
  git(staging, ['commit', '-q', '--no-verify', '-m', `${copies} copies`])
  rmSync(root, { recursive: true, force: true })
  renameSync(staging, root)
  writeFileSync(marker, `${copies} copies of ${base}\n`)
  return root
}
