import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listRepositoryFiles } from '../../src/research/index.js'
import { tempRepos, writeTree } from '../support/git-repo.js'

const { gitRepo, tree } = tempRepos()

describe('listRepositoryFiles', () => {
  it('lists tracked and untracked files of a git checkout but not ignored ones', async () => {
    const root = gitRepo({
      '.gitignore': 'ignored/\n*.log\n',
      'src/app.py': 'print(1)\n',
      'README.md': '# App\n'
    })
    writeFileSync(join(root, 'new_module.py'), 'x = 1\n')
    writeTree({ 'ignored/secret.txt': 'x', 'debug.log': 'x' }, root)

    const files = await listRepositoryFiles(root)

    expect(files).toEqual(['.gitignore', 'README.md', 'new_module.py', 'src/app.py'])
  })

  it('walks a tree that is not a git checkout, honouring its .gitignore and skipping .git', async () => {
    const root = tree({
      '.gitignore': '# build output\n/out/\n*.tmp\n!keep.tmp\ndocs/**/draft.md\n',
      'pkg/mod.py': 'x = 1\n',
      'out/bundle.js': 'x',
      'pkg/out/kept.py': 'anchored patterns only match at the top',
      'a.tmp': 'x',
      'keep.tmp': 'x',
      'docs/guide/draft.md': 'x',
      'docs/guide/final.md': 'x',
      '.git/config': 'not a repository, just a directory',
      'node_modules/dep/index.js': 'x'
    })

    const files = await listRepositoryFiles(root)

    expect(files).toEqual([
      '.gitignore',
      'docs/guide/final.md',
      'keep.tmp',
      'pkg/mod.py',
      'pkg/out/kept.py'
    ])
  })
})
