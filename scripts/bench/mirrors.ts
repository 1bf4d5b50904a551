// Finds the git directory of `owner/name` under the mirrors directory, which holds one
// `owner+name` directory per repository, itself a git directory or holding one (`repo/`).
import { existsSync } from 'node:fs'
import { join } from 'node:path'

function isGitDir(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))
}

export function findGitDir(mirrors: string, repo: string): string {
  const base = join(mirrors, repo.replace('/', '+'))
  for (const candidate of [base, join(base, 'repo'), join(base, '.git'), join(base, 'repo.git')]) {
    if (isGitDir(candidate)) return candidate
  }
  throw new Error(`no git directory for ${repo} under ${mirrors} (looked for ${base}[/repo])`)
}
