import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { bm25Rank } from '../../scripts/bench/bm25.js'
import { attachHistory } from '../../scripts/bench/checkout-history.js'
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

describe('attachHistory', () => {
  it('gives the tree its history up to the base commit and no commit after it, --all included', async () => {
    const repo = temp.gitRepo({ 'pkg/a.py': 'one\n' })
    const first = git(repo, 'rev-parse', 'HEAD').trim()
    writeTree({ 'pkg/a.py': 'two\n', 'link-target.txt': 'x\n' }, repo)
    // The materialised tree leaves symlinks out: so must the index.
    symlinkSync('link-target.txt', join(repo, 'link'))
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'the base')
    const base = git(repo, 'rev-parse', 'HEAD').trim()
    writeTree({ 'pkg/a.py': 'three\n' }, repo)
    git(repo, 'commit', '-q', '-am', 'after the issue')
    const later = git(repo, 'rev-parse', 'HEAD').trim()
    git(repo, 'branch', 'feature', later)
    git(repo, 'tag', 'v9', later)
    const mirror = temp.dir('bench-mirror-')
    git(mirror, 'clone', '-q', '--mirror', repo, 'repo.git')
    const gitDir = join(mirror, 'repo.git')
    const tree = await materialise(gitDir, base, temp.dir('bench-cache-'))

    attachHistory(gitDir, base, tree.root)

    expect(git(tree.root, 'rev-parse', 'HEAD').trim()).toBe(base)
    const reachable = git(tree.root, 'rev-list', '--all', '--reflog').trim().split('\n')
    expect(reachable.sort()).toEqual([first, base].sort())
    expect(git(tree.root, 'log', '--all', '--format=%s')).not.toContain('after the issue')
    expect(git(tree.root, 'for-each-ref').trim()).toBe('')
    // The index lists the files written out, so the research lists what a clone lists.
    expect(git(tree.root, 'ls-files').trim().split('\n').sort()).toEqual([
      'link-target.txt',
      'pkg/a.py'
    ])
    expect(git(tree.root, 'ls-files', '--others').trim()).toBe('')
    // Once: a second call changes nothing.
    attachHistory(gitDir, base, tree.root)
    expect(git(tree.root, 'rev-parse', 'HEAD').trim()).toBe(base)
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
