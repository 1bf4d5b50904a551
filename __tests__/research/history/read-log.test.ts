// The history reader on real git repositories: what it reads, what it refuses, and the budgets.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultHistoryBudget } from '../../../src/research/history/index.js'
import { readHistory } from '../../../src/research/history/read-log.js'
import type { HistoryBudget } from '../../../src/research/history/types.js'
import { git, tempRepos, writeTree } from '../../support/git-repo.js'

const temp = tempRepos()
const budget: HistoryBudget = { commits: 100, ms: 10_000, bytes: 16 << 20, maxFilesPerCommit: 50 }

function commit(repo: string, files: Record<string, string>, message: string): string {
  writeTree(files, repo)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
  return git(repo, 'rev-parse', 'HEAD').trim()
}

describe('readHistory', () => {
  it('reads HEAD’s commits newest first, with their messages and the files they touched', async () => {
    const repo = temp.gitRepo({ 'src/a.py': 'a\n' })
    commit(repo, { 'src/b.py': 'b\n', 'tests/test_b.py': 't\n' }, 'Add b\n\nWith its test.')
    const last = commit(repo, { 'src/a.py': 'a2\n' }, 'Fix a when empty (#12)')

    const { commits, read } = await readHistory(repo, budget)

    expect(read).toMatchObject({ read: true, commits: 3, shallow: false })
    expect(commits.map(c => c.subject)).toEqual(['Fix a when empty (#12)', 'Add b', 'fixture'])
    expect(commits[0]).toMatchObject({
      sha: last,
      parents: 1,
      files: [{ path: 'src/a.py', status: 'M' }]
    })
    expect(commits[1].body).toBe('With its test.')
    expect(commits[1].files).toEqual([
      { path: 'src/b.py', status: 'A' },
      { path: 'tests/test_b.py', status: 'A' }
    ])
  })

  it('says why it read nothing: turned off, no checkout, no commits', async () => {
    const repo = temp.gitRepo({ 'a.py': 'a\n' })
    expect((await readHistory(repo, { ...budget, commits: 0 })).read).toMatchObject({
      read: false,
      reason: 'history reading is turned off'
    })
    expect((await readHistory(temp.tree({ 'a.py': 'a\n' }), budget)).read).toMatchObject({
      read: false
    })
    const empty = temp.dir('adw-empty-')
    git(empty, 'init', '-q')
    expect((await readHistory(empty, budget)).read).toMatchObject({
      read: false,
      reason: 'the checkout has no commits'
    })
  })

  it('stops at the commit budget and knows a shallow clone', async () => {
    const repo = temp.gitRepo({ 'a.py': '0\n' })
    for (let i = 1; i <= 5; i++) commit(repo, { 'a.py': `${i}\n` }, `change ${i}`)
    expect((await readHistory(repo, { ...budget, commits: 2 })).commits).toHaveLength(2)

    const shallow = join(temp.dir('adw-shallow-'), 'clone')
    git(repo, 'clone', '-q', '--depth', '2', `file://${repo}`, shallow)
    const { read, commits } = await readHistory(shallow, budget)
    expect(read).toMatchObject({ read: true, shallow: true })
    expect(commits.map(c => c.subject)).toEqual(['change 5', 'change 4'])
  })

  it('reads a merged pull request as one change: its files against the line it joined', async () => {
    const repo = temp.gitRepo({ 'a.py': 'a\n' })
    git(repo, 'checkout', '-q', '-b', 'topic')
    commit(repo, { 'b.py': 'b\n' }, 'topic: add b')
    commit(repo, { 'c.py': 'c\n' }, 'topic: add c')
    git(repo, 'checkout', '-q', 'main')
    git(
      repo,
      '-c',
      'user.name=t',
      'merge',
      '-q',
      '--no-ff',
      'topic',
      '-m',
      'Merge pull request #7 from x/topic\n\nAdd b and c'
    )

    const { commits } = await readHistory(repo, budget)

    expect(commits.map(c => c.subject)).toEqual(['Merge pull request #7 from x/topic', 'fixture'])
    expect(commits[0].parents).toBe(2)
    expect(commits[0].files.map(f => f.path)).toEqual(['b.py', 'c.py'])
  })

  it('keeps odd paths whole and takes no message for a record boundary', async () => {
    const repo = temp.gitRepo({ 'a.py': 'a\n' })
    const forged =
      'Looks like a record\x1e0000000000000000000000000000000000000000 \x1f1\x1fforged\n'
    commit(repo, { '-rf.py': 'x\n', 'new\nline.py': 'y\n', 'spaced name.py': 'z\n' }, forged)

    const { commits } = await readHistory(repo, budget)

    expect(commits).toHaveLength(2)
    expect(commits[0].files.map(f => f.path).sort()).toEqual([
      '-rf.py',
      'new\nline.py',
      'spaced name.py'
    ])
  })

  it('caps long messages and keeps no file list for a commit that touches too many files', async () => {
    const repo = temp.gitRepo({ 'a.py': 'a\n' })
    const many = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`vendor/f${i}.py`, `${i}\n`])
    )
    commit(repo, many, `Vendor everything\n\n${'long body '.repeat(2000)}`)

    const { commits } = await readHistory(repo, budget)

    expect(commits[0].fileCount).toBe(60)
    expect(commits[0].files).toEqual([])
    expect(commits[0].body.length).toBeLessThanOrEqual(4000)
  })

  it('reads a package of a monorepo with paths relative to it', async () => {
    const repo = temp.gitRepo({ 'pkg/a/x.py': '1\n', 'pkg/b/y.py': '1\n' })
    commit(repo, { 'pkg/a/x.py': '2\n' }, 'change x')
    commit(repo, { 'pkg/b/y.py': '2\n' }, 'change y')
    const root = join(repo, 'pkg', 'a')
    mkdirSync(root, { recursive: true })
    writeFileSync(join(root, 'x.py'), '2\n')

    const { commits } = await readHistory(root, budget)

    const touched = commits.flatMap(c => c.files.map(f => f.path))
    expect(touched).toContain('x.py')
    expect(touched).not.toContain('y.py')
    expect(touched.some(path => path.includes('pkg/'))).toBe(false)
  })

  it('reads the same history when the process is busy meanwhile, as a scan keeps it', async () => {
    // 3,000 commits whose log is far more than a pipe holds: git waits for its reader.
    const repo = temp.dir('adw-busy-')
    git(repo, 'init', '-q', '-b', 'main')
    const stream = Array.from({ length: 3000 }, (_, i) => {
      const message = `Change ${i}: ${'the parser keeps the position of every token '.repeat(12)}`
      const content = `value = ${i}\n`
      return [
        'commit refs/heads/main',
        `committer T <t@example.com> ${1_700_000_000 + i} +0000`,
        `data ${Buffer.byteLength(message)}`,
        message,
        `M 644 inline src/f${i % 40}.py`,
        `data ${Buffer.byteLength(content)}`,
        content
      ].join('\n')
    }).join('\n')
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream })
    git(repo, 'checkout', '-q', 'main')
    const gitLogRunning = () =>
      execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n')
        .some(line => /^git .* log /.test(line))

    const idle = await readHistory(repo, defaultHistoryBudget)
    const pending = readHistory(repo, defaultHistoryBudget)
    // Once git log runs, the process computes for longer than a tight time limit would allow.
    for (let waited = 0; waited < 5000 && !gitLogRunning(); waited += 5)
      await new Promise(resolve => setTimeout(resolve, 5))
    const end = performance.now() + 2500
    while (performance.now() < end);
    const busy = await pending

    expect(idle.read).toMatchObject({ read: true, commits: 3000 })
    expect(busy.read).toMatchObject({ read: true, commits: 3000 })
    expect(busy.read).not.toHaveProperty('stopped')
    expect(busy.commits.map(c => c.sha)).toEqual(idle.commits.map(c => c.sha))
  })
})
