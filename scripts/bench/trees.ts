// The tree of an instance's base commit, written once under the work directory and reused, with
// the history a clone at that commit carries (checkout-history.ts).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { attachHistory } from './checkout-history.js'
import type { Instance } from './instances.js'
import { materialise } from './materialise.js'
import { findGitDir } from './mirrors.js'

export async function treeOf(instance: Instance, mirrors: string, work: string): Promise<string> {
  const cacheDir = join(work, instance.repo.replace('/', '+'))
  mkdirSync(cacheDir, { recursive: true })
  const gitDir = findGitDir(mirrors, instance.repo)
  const tree = await materialise(gitDir, instance.base_commit, cacheDir)
  attachHistory(gitDir, instance.base_commit, tree.root)
  return tree.root
}
