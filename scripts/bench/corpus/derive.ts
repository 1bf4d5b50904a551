// Derives what an instance's change did from the repository itself: the base commit, the files
// modified, added and deleted, which of them are code, tests or docs, and the functions touched.
import { isCodePath, isTestPath } from '../paths.js'
import { goldFunctions } from './functions.js'
import { changedFiles, fileCount, firstParent } from './git.js'
import type { Derived } from './types.js'

export async function derive(gitDir: string, fixCommit: string): Promise<Derived> {
  const base = firstParent(gitDir, fixCommit)
  const { modified, added, deleted } = changedFiles(gitDir, base, fixCommit)
  const gold_files = modified.filter(isCodePath)
  return {
    base_commit: base,
    tree_files: fileCount(gitDir, base),
    modified,
    added,
    deleted,
    gold_files,
    gold_tests: modified.filter(isTestPath),
    tests_added: added.filter(isTestPath),
    code_added: added.filter(isCodePath),
    gold_functions: await goldFunctions(gitDir, base, fixCommit, gold_files)
  }
}
