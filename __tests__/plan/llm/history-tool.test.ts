// The repository's history as a model tool: read-only, HEAD's ancestors only, through the same
// guard as the other tools, with commit messages cleaned like issue text.
import { describe, expect, it } from '@jest/globals'
import { createRepoTools } from '../../../src/plan/llm/repo-tools.js'
import { git, tempRepos, writeTree } from '../../support/git-repo.js'

const temp = tempRepos()

function commit(repo: string, files: Record<string, string>, message: string): string {
  writeTree(files, repo)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
  return git(repo, 'rev-parse', 'HEAD').trim()
}

function askerFor(root: string) {
  const { tools, calls } = createRepoTools(root)
  const ask = (input: unknown) =>
    (tools.git_history.execute as (input: unknown, options: unknown) => Promise<string>)(input, {
      toolCallId: 'x',
      messages: []
    })
  return { ask, calls }
}

describe('git_history tool', () => {
  const repo = temp.gitRepo({ 'src/retry.py': 'def retry(): pass\n' })
  const fix = commit(
    repo,
    {
      'src/retry.py': 'def retry(n=3): pass\n',
      'tests/test_retry.py': 'def test(): pass\n',
      '.env': 'TOKEN=x\n'
    },
    'Retry three times\u202e by default (#42)\n\nThe delivery gave up after one attempt.'
  )
  git(repo, 'checkout', '-q', '-b', 'elsewhere')
  const unreachable = commit(repo, { 'src/other.py': 'x = 1\n' }, 'Not on HEAD')
  git(repo, 'checkout', '-q', 'main')

  it('lists the recent commits of a path', async () => {
    const { ask } = askerFor(repo)
    const answer = await ask({ path: 'src/retry.py' })
    expect(answer).toMatch(/The last 2 commits that touched src\/retry\.py/)
    expect(answer).toContain(`${fix.slice(0, 7)}`)
    expect(answer).toContain('Retry three times by default (#42)')
  })

  it('shows a commit’s message and files, without secret-looking names', async () => {
    const { ask } = askerFor(repo)
    const answer = await ask({ commit: fix.slice(0, 10) })
    expect(answer).toContain(`commit ${fix}`)
    expect(answer).toContain('The delivery gave up after one attempt.')
    expect(answer).not.toContain('\u202e')
    expect(answer).toContain('M src/retry.py')
    expect(answer).toContain('A tests/test_retry.py')
    expect(answer).not.toContain('.env')
  })

  it('refuses what HEAD cannot reach, paths out of the repository and git internals', async () => {
    const { ask, calls } = askerFor(repo)
    expect(await ask({ commit: unreachable })).toMatch(
      /^Refused: .* is not a commit of this checkout's history/
    )
    expect(await ask({ commit: '--all' })).toMatch(/^Refused:/)
    expect(await ask({ path: '../' })).toMatch(/^Refused: .*\.\./)
    expect(await ask({ path: '.git/config' })).toMatch(/^Refused: .*\.git/)
    expect(calls.every(call => call.refused)).toBe(true)
  })

  it('says there is no history outside a git checkout', async () => {
    const { ask } = askerFor(temp.tree({ 'a.py': 'x = 1\n' }))
    expect(await ask({ path: '.' })).toMatch(/^No history/)
  })
})
