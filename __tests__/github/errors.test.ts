import { afterEach, describe, expect, it } from '@jest/globals'
import { createOctokit } from '../../src/github/client.js'
import {
  explainGitHubError,
  GitHubApiError,
  permissionFor,
  PullRequestsNotPermittedError
} from '../../src/github/errors.js'
import { publishFile } from '../../src/github/publish-file.js'
import { GitHubRepository } from '../../src/github/repository.js'
import { silentLogger } from '../../src/log/logger.js'
import { startHarness, type Harness } from './harness.js'

const R = '/repos/octo-org/octo-repo'
let h: Harness | undefined

afterEach(async () => {
  await h?.fake.stop()
  h = undefined
})

describe('permissionFor', () => {
  it.each([
    ['POST', `${R}/git/refs`, 'contents: write'],
    ['PATCH', `${R}/git/refs/heads/x`, 'contents: write'],
    ['POST', `${R}/git/trees`, 'contents: write'],
    ['GET', `${R}/contents/specs`, 'contents: read'],
    ['POST', `${R}/pulls`, 'pull-requests: write'],
    ['PATCH', `${R}/pulls/3`, 'pull-requests: write'],
    ['POST', `${R}/issues/7/comments`, 'issues: write'],
    ['PATCH', `${R}/issues/comments/9`, 'issues: write'],
    ['GET', `${R}/issues/7`, 'issues: read']
  ])('%s %s needs %s', (method, path, permission) => {
    expect(permissionFor(method, path)).toBe(permission)
  })
})

describe('explainGitHubError (against the fake)', () => {
  it('says the token was rejected on 401, without echoing the token', async () => {
    h = await startHarness()
    const secret = 'ghp_wrongwrongwrongwrongwrongwrongwrong'
    const octokit = createOctokit({ token: secret, baseUrl: h.fake.url, log: silentLogger })
    const repo = new GitHubRepository(octokit, { owner: 'octo-org', repo: 'octo-repo' })

    const error = await repo.getIssue(1).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).status).toBe(401)
    expect((error as Error).message).toMatch(
      /^GET \/repos\/octo-org\/octo-repo\/issues\/1 failed \(401 Bad credentials\): the token was rejected/
    )
    expect(JSON.stringify(error)).not.toContain(secret)
    expect((error as Error).message).not.toContain(secret)
  })

  it('names contents: write when a ref cannot be created', async () => {
    h = await startHarness()
    h.fake.inject({ method: 'POST', path: `${R}/git/refs`, status: 403 })

    const error = await publishFile(h.repo, {
      baseBranch: 'main',
      branch: 'adw/feature-1',
      path: 'specs/feature-1-x.md',
      content: 'x\n',
      message: 'plan'
    }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error).toMatchObject({ status: 403, permission: 'contents: write' })
    expect((error as Error).message).toContain(
      'POST /repos/octo-org/octo-repo/git/refs failed (403'
    )
    expect((error as Error).message).toContain('`contents: write`')
  })

  it('reports a rate limit that outlasted the retries as such, not as a permission problem', async () => {
    h = await startHarness()
    h.fake.inject({
      path: `${R}/issues/1`,
      status: 403,
      times: 10,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' },
      body: {
        message: 'API rate limit exceeded for installation.',
        documentation_url: 'x',
        status: '403'
      }
    })
    h.fake.seedIssue({ number: 1, title: 't' })

    const error = await h.repo.getIssue(1).catch((caught: unknown) => caught)

    expect((error as Error).message).toMatch(/rate limit held after the retries/)
    // The first try plus the client's two rate-limit retries.
    expect(h.fake.requests).toHaveLength(3)
  })

  it('maps the Actions pull request refusal to its own error type', () => {
    const refusal = Object.assign(new Error('boom'), {
      status: 403,
      request: { method: 'POST', url: 'https://ghe.example.com/api/v3/repos/o/r/pulls' },
      response: {
        data: { message: 'GitHub Actions is not permitted to create or approve pull requests.' }
      }
    })
    const error = explainGitHubError(refusal)
    expect(error).toBeInstanceOf(PullRequestsNotPermittedError)
    expect(error.message).toContain('POST /repos/o/r/pulls')
  })

  it('leaves errors that are not HTTP errors alone', () => {
    const plain = new Error('disk full')
    expect(explainGitHubError(plain)).toBe(plain)
  })
})
