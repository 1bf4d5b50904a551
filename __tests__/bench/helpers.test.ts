import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bm25Rank } from '../../scripts/bench/bm25.js'
import { materialise } from '../../scripts/bench/materialise.js'
import { accuracyAt, firstGoldRank, median } from '../../scripts/bench/metrics.js'
import { findGitDir } from '../../scripts/bench/mirrors.js'
import { git, tempRepos, writeTree } from '../support/git-repo.js'

const temp = tempRepos()

describe('materialise', () => {
  it('writes the tree of an older commit and reuses it on the next call', async () => {
    const repo = temp.gitRepo({ 'pkg/a.py': 'old\n', 'README.md': '# r\n' })
    const first = git(repo, 'rev-parse', 'HEAD').trim()
    writeTree({ 'pkg/a.py': 'new\n', 'pkg/b.py': 'added later\n' }, repo)
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'second')
    const cache = temp.dir('bench-cache-')

    const tree = await materialise(join(repo, '.git'), first, cache)

    expect(tree.reused).toBe(false)
    expect(readFileSync(join(tree.root, 'pkg/a.py'), 'utf8')).toBe('old\n')
    expect(existsSync(join(tree.root, 'pkg/b.py'))).toBe(false)
    expect((await materialise(join(repo, '.git'), first, cache)).reused).toBe(true)
  })
})

describe('findGitDir', () => {
  it('finds owner+name/repo under the mirrors directory', () => {
    const mirrors = temp.tree({ 'acme+widgets/repo/HEAD': 'ref: refs/heads/main\n' })
    writeTree({ 'acme+widgets/repo/objects/.keep': '' }, mirrors)
    expect(findGitDir(mirrors, 'acme/widgets')).toBe(join(mirrors, 'acme+widgets/repo'))
    expect(() => findGitDir(mirrors, 'acme/other')).toThrow(/no git directory/)
  })
})

describe('metrics', () => {
  it('computes the first gold rank, accuracy at k and medians', () => {
    expect(firstGoldRank(['a', 'b', 'c'], ['c', 'b'])).toBe(2)
    expect(firstGoldRank(['a'], ['z'])).toBeUndefined()
    expect(accuracyAt([1, 3, undefined, 6], 5)).toBe(0.5)
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('bm25Rank', () => {
  it('ranks by rare shared identifier parts and skips binaries', () => {
    const root = temp.tree({
      'a.py': 'def parse_timezone(value):\n    return value\n',
      'b.py': 'def load(value):\n    return value\n',
      'c.bin': Buffer.from([0, 1, 2, 0x74, 0x69, 0x6d, 0x65, 0x7a, 0x6f, 0x6e, 0x65])
    })
    expect(bm25Rank(root, 'Timezone parsing fails', 5)).toEqual(['a.py'])
  })
})
