import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { requestStats } from '../../src/github/client.js'
import { gitBlobSha } from '../../src/github/git-blob-sha.js'
import { publishFile, type PublishFileOptions } from '../../src/github/publish-file.js'
import { startHarness, type Harness } from './harness.js'

const R = '/repos/octo-org/octo-repo'
const BRANCH = 'adw/feature-7'

const plan = (path: string, content: string): PublishFileOptions => ({
  baseBranch: 'main',
  branch: BRANCH,
  path,
  content,
  message: `Plan for #7: ${path}`,
  removePaths: candidate => /^specs\/feature-7-.*\.md$/.test(candidate)
})

let h: Harness

beforeEach(async () => {
  h = await startHarness({
    files: {
      'README.md': '# demo\n',
      'src/app.ts': 'export const app = 1\n',
      'specs/feature-3-other.md': '# Feature: other\n'
    }
  })
})

afterEach(async () => {
  expect(h.fake.validationFailures).toEqual([])
  await h.fake.stop()
})

describe('publishFile', () => {
  it('creates the branch from the base with one commit holding the file', async () => {
    const mainHead = await h.fake.branchHead('main')
    const result = await publishFile(
      h.repo,
      plan('specs/feature-7-dark-mode.md', '# Feature: dark mode\n')
    )

    expect(result).toMatchObject({
      operation: 'created',
      branch: BRANCH,
      removed: [],
      branchCreated: true
    })
    expect(result.commitSha).toBe(await h.fake.branchHead(BRANCH))
    const history = await h.fake.history(BRANCH)
    expect(history).toHaveLength(2)
    expect(history[0]!.parents).toEqual([mainHead])
    expect(history[0]!.message).toBe('Plan for #7: specs/feature-7-dark-mode.md')
    expect(await h.fake.readFiles(BRANCH)).toEqual({
      'README.md': '# demo\n',
      'src/app.ts': 'export const app = 1\n',
      'specs/feature-3-other.md': '# Feature: other\n',
      'specs/feature-7-dark-mode.md': '# Feature: dark mode\n'
    })
    expect(await h.fake.branchHead('main')).toBe(mainHead)
    // 4 reads + 3 writes, as documented on publishFile.
    expect(h.fake.requestLines()).toEqual([
      `GET ${R}/git/ref/heads/${BRANCH}`,
      `GET ${R}/git/ref/heads/main`,
      `GET ${R}/contents/specs`,
      `GET ${R}/git/commits/${mainHead}`,
      `POST ${R}/git/trees`,
      `POST ${R}/git/commits`,
      `POST ${R}/git/refs`
    ])
    expect(
      h.fake.requests.find(r => r.method === 'POST' && r.path.endsWith('/git/refs'))?.body
    ).toEqual({
      ref: `refs/heads/${BRANCH}`,
      sha: result.commitSha
    })
    expect(requestStats(h.octokit)).toEqual({ total: 7, writes: 3 })
  })

  it('makes no write request when the branch already holds exactly this content', async () => {
    const first = await publishFile(
      h.repo,
      plan('specs/feature-7-dark-mode.md', '# Feature: dark mode\n')
    )
    h.fake.clearRequests()

    const again = await publishFile(
      h.repo,
      plan('specs/feature-7-dark-mode.md', '# Feature: dark mode\n')
    )

    expect(again).toEqual({
      operation: 'unchanged',
      branch: BRANCH,
      commitSha: first.commitSha,
      removed: [],
      branchCreated: false
    })
    expect(h.fake.writeRequests()).toEqual([])
    expect(h.fake.requestLines()).toEqual([
      `GET ${R}/git/ref/heads/${BRANCH}`,
      `GET ${R}/contents/specs`
    ])
    expect(h.fake.requests[1]!.query).toEqual({ ref: first.commitSha })
  })

  it('fast-forwards the branch with one commit when the content changes', async () => {
    const first = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v1\n'))
    h.fake.clearRequests()

    const second = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v2\n'))

    expect(second.operation).toBe('updated')
    const history = await h.fake.history(BRANCH)
    expect(history[0]!.sha).toBe(second.commitSha)
    expect(history[0]!.parents).toEqual([first.commitSha])
    expect(await h.fake.readFile(BRANCH, 'specs/feature-7-dark-mode.md')).toBe('v2\n')
    expect(h.fake.requestLines()).toEqual([
      `GET ${R}/git/ref/heads/${BRANCH}`,
      `GET ${R}/contents/specs`,
      `GET ${R}/git/commits/${first.commitSha}`,
      `POST ${R}/git/trees`,
      `POST ${R}/git/commits`,
      `PATCH ${R}/git/refs/heads/${BRANCH}`
    ])
    expect(h.fake.writeRequests().at(-1)!.body).toEqual({ sha: second.commitSha, force: false })
  })

  it('removes the issue’s older plan in the same commit when the name changes', async () => {
    await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'old name\n'))

    const renamed = await publishFile(
      h.repo,
      plan('specs/feature-7-theme-switcher.md', 'new name\n')
    )

    expect(renamed).toMatchObject({
      operation: 'created',
      removed: ['specs/feature-7-dark-mode.md']
    })
    const files = await h.fake.readFiles(BRANCH)
    expect(
      Object.keys(files)
        .filter(path => path.startsWith('specs/'))
        .sort()
    ).toEqual(['specs/feature-3-other.md', 'specs/feature-7-theme-switcher.md'])
    const history = await h.fake.history(BRANCH)
    expect(history).toHaveLength(3) // initial, first plan, one rename commit
  })

  it('keeps a commit somebody pushed to the branch and builds on top of it', async () => {
    await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v1\n'))
    const human = await h.fake.pushCommit(BRANCH, { 'notes.md': 'reviewer notes\n' }, 'Add notes')

    const result = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v2\n'))

    const history = await h.fake.history(BRANCH)
    expect(history[0]!.sha).toBe(result.commitSha)
    expect(history[0]!.parents).toEqual([human])
    expect(await h.fake.readFile(BRANCH, 'notes.md')).toBe('reviewer notes\n')
    expect(h.fake.writeRequests().some(r => (r.body as { force?: boolean }).force === true)).toBe(
      false
    )
  })

  it('retries on top of a commit pushed between its read and its write', async () => {
    await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v1\n'))
    // The first ref update loses the race: GitHub answers as for a moved branch, and a human
    // commit really lands at that moment.
    h.fake.inject({
      method: 'PATCH',
      path: `${R}/git/refs/heads/${BRANCH}`,
      status: 422,
      body: { message: 'Update is not a fast forward', documentation_url: 'x', status: '422' }
    })
    const pushed = await h.fake.pushCommit(BRANCH, { 'human.txt': 'hi\n' }, 'human')

    const result = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v2\n'))

    expect(result.operation).toBe('updated')
    const history = await h.fake.history(BRANCH)
    expect(history[0]!.parents).toEqual([pushed])
    expect(h.fake.writeRequests().filter(r => r.method === 'PATCH')).toHaveLength(2)
  })

  it('converges when two runs publish at the same time: one branch, nothing rewound', async () => {
    const [a, b] = await Promise.all([
      publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'from run A\n')),
      publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'from run B\n'))
    ])

    expect(await h.fake.branches()).toEqual(['adw/feature-7', 'main'])
    const head = await h.fake.branchHead(BRANCH)
    const history = (await h.fake.history(BRANCH)).map(commit => commit.sha)
    // Both commits made it into first-parent history: the later one built on the earlier.
    expect(history).toContain(a.commitSha)
    expect(history).toContain(b.commitSha)
    expect([a.commitSha, b.commitSha]).toContain(head)
    expect(h.fake.requests.filter(r => r.status === 422).length).toBeGreaterThanOrEqual(1)
  })

  it('treats a concurrently created branch like an existing one', async () => {
    const other = await h.fake.pushCommit(BRANCH, { 'x.txt': 'x\n' }, 'someone else')
    h.fake.inject({ method: 'GET', path: `${R}/git/ref/heads/${BRANCH}`, status: 404 })

    const result = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v1\n'))

    expect(result.operation).toBe('created')
    expect((await h.fake.history(BRANCH))[0]!.parents).toEqual([other])
    expect(h.fake.requests.filter(r => r.status === 422).map(r => r.path)).toEqual([
      `${R}/git/refs`
    ])
  })

  it('takes the branch as its own when a retried create finds what its first attempt made', async () => {
    h.fake.inject({ method: 'POST', path: `${R}/git/refs`, status: 502, afterWrite: true })

    const result = await publishFile(h.repo, plan('specs/feature-7-x.md', '# Feature: x\n'))

    expect(result).toMatchObject({ operation: 'created', branchCreated: true })
    expect(await h.fake.branchHead(BRANCH)).toBe(result.commitSha)
    expect(h.fake.requests.filter(r => r.path === `${R}/git/refs`).map(r => r.status)).toEqual([
      502, 422
    ])
  })

  it('retries a 5xx and then succeeds', async () => {
    h.fake.inject({ method: 'POST', path: `${R}/git/trees`, status: 502, times: 2 })

    const result = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v1\n'))

    expect(result.operation).toBe('created')
    expect(h.fake.requests.filter(r => r.path === `${R}/git/trees`).map(r => r.status)).toEqual([
      502, 502, 201
    ])
    expect(requestStats(h.octokit).total).toBe(9)
  })

  it('waits out a secondary rate limit (retry-after) and continues', async () => {
    h.fake.inject({
      method: 'POST',
      path: `${R}/git/commits`,
      status: 403,
      headers: { 'retry-after': '2' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403'
      }
    })
    const started = Date.now()

    const result = await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'v1\n'))

    expect(result.operation).toBe('created')
    expect(h.fake.requests.filter(r => r.path === `${R}/git/commits`).map(r => r.status)).toEqual([
      403, 201
    ])
    // retry-after 2s scaled by 0.001: the wait happened but stayed short.
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reads the stored blob SHA the same way git does', async () => {
    await publishFile(h.repo, plan('specs/feature-7-dark-mode.md', 'héllo ✓\n'))
    const listing = await h.octokit.rest.repos.getContent({
      owner: 'octo-org',
      repo: 'octo-repo',
      path: 'specs/feature-7-dark-mode.md',
      ref: BRANCH
    })
    expect((listing.data as { sha: string }).sha).toBe(gitBlobSha('héllo ✓\n'))
  })

  it('rejects a path that could leave the repository', async () => {
    await expect(publishFile(h.repo, plan('specs/../../etc/passwd', 'x'))).rejects.toThrow(
      /not a normalised repository path/
    )
    expect(h.fake.requests).toEqual([])
  })
})
