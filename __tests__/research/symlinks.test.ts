import { describe, expect, it } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { research } from '../../src/research/index.js'
import { git, tempRepos } from '../support/git-repo.js'

const { tree } = tempRepos()

describe('symlinks', () => {
  it('are never read through, so nothing outside the repository reaches the research', async () => {
    const outside = tree({ 'secret.py': 'class SecretTokenHolder:\n    pass\n' })
    const root = tree({ 'app.py': 'def main():\n    pass\n' })
    symlinkSync(join(outside, 'secret.py'), join(root, 'linked.py'))
    git(root, 'init', '-q')
    git(root, 'add', '-A')
    git(root, 'commit', '-q', '-m', 'with a link')

    const result = await research({ root, title: 'SecretTokenHolder is broken', body: '' })

    expect(result.files.map(file => file.path)).not.toContain('linked.py')
  })
})
