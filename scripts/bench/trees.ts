// The tree of an instance's base commit, written once under the work directory and reused.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Instance } from './instances.js'
import { materialise } from './materialise.js'
import { findGitDir } from './mirrors.js'

export async function treeOf(instance: Instance, mirrors: string, work: string): Promise<string> {
  const cacheDir = join(work, instance.repo.replace('/', '+'))
  mkdirSync(cacheDir, { recursive: true })
  const tree = await materialise(findGitDir(mirrors, instance.repo), instance.base_commit, cacheDir)
  return tree.root
}
