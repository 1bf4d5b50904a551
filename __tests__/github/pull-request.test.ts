import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { PullRequestsNotPermittedError } from '../../src/github/errors.js'
import { findOrCreatePullRequest } from '../../src/github/pull-request.js'
import { startHarness, type Harness } from './harness.js'

const R = '/repos/octo-org/octo-repo'
const BRANCH = 'adw/feature-7'
const pr = { head: BRANCH, base: 'main', title: 'Plan: dark mode (#7)', body: 'Refs #7' }

let h: Harness

beforeEach(async () => {
  h = await startHarness()
  await h.fake.pushCommit(BRANCH, { 'specs/feature-7-dark-mode.md': '# plan\n' }, 'plan')
  h.fake.clearRequests()
})

afterEach(async () => {
  expect(h.fake.validationFailures).toEqual([])
  await h.fake.stop()
})

describe('findOrCreatePullRequest', () => {
  it('opens a pull request when none is open from the branch', async () => {
    const result = await findOrCreatePullRequest(h.repo, { ...pr, draft: true })

    expect(result).toEqual({
      number: 1,
      url: 'https://github.com/octo-org/octo-repo/pull/1',
      operation: 'created'
    })
    expect(h.fake.openPulls()).toMatchObject([
      { number: 1, head: BRANCH, base: 'main', title: pr.title, body: pr.body, draft: true }
    ])
    expect(h.fake.requestLines()).toEqual([`GET ${R}/pulls`, `POST ${R}/pulls`])
    expect(h.fake.requests[0]!.query).toMatchObject({ head: `octo-org:${BRANCH}`, state: 'open' })
  })

  it('skips the look-up on a head branch this run just created', async () => {
    const result = await findOrCreatePullRequest(h.repo, { ...pr, headIsNew: true })

    expect(result).toMatchObject({ number: 1, operation: 'created' })
    expect(h.fake.requestLines()).toEqual([`POST ${R}/pulls`])
  })

  it('a new head that another run already opened a pull request for still ends with one', async () => {
    await findOrCreatePullRequest(h.repo, pr)
    h.fake.clearRequests()

    const raced = await findOrCreatePullRequest(h.repo, { ...pr, headIsNew: true })

    expect(raced).toMatchObject({ number: 1, operation: 'unchanged' })
    expect(h.fake.openPulls()).toHaveLength(1)
  })

  it('a create that GitHub performed before answering 502 is reported as created', async () => {
    h.fake.inject({ method: 'POST', path: `${R}/pulls`, status: 502, afterWrite: true })

    const result = await findOrCreatePullRequest(h.repo, { ...pr, headIsNew: true })

    expect(result).toMatchObject({ number: 1, operation: 'created' })
    expect(h.fake.openPulls()).toHaveLength(1)
    expect(h.fake.requests.map(r => `${r.method} ${r.status}`)).toEqual([
      'POST 502',
      'POST 422',
      'GET 200'
    ])
  })

  it('finds the open pull request again and leaves it alone when nothing changed', async () => {
    await findOrCreatePullRequest(h.repo, pr)
    h.fake.clearRequests()

    const again = await findOrCreatePullRequest(h.repo, pr)

    expect(again).toMatchObject({ number: 1, operation: 'unchanged' })
    expect(h.fake.requestLines()).toEqual([`GET ${R}/pulls`])
    expect(h.fake.openPulls()).toHaveLength(1)
  })

  it('updates title and body in place when they differ', async () => {
    await findOrCreatePullRequest(h.repo, pr)
    h.fake.clearRequests()

    const updated = await findOrCreatePullRequest(h.repo, {
      ...pr,
      title: 'Plan: theme switcher (#7)'
    })

    expect(updated).toMatchObject({ number: 1, operation: 'updated' })
    expect(h.fake.openPulls()).toMatchObject([{ number: 1, title: 'Plan: theme switcher (#7)' }])
    expect(h.fake.requestLines()).toEqual([`GET ${R}/pulls`, `PATCH ${R}/pulls/1`])
  })

  it('ignores closed pull requests and pull requests from other branches', async () => {
    await h.fake.pushCommit('other', { 'x.md': 'x\n' })
    h.fake.addPull({ title: 'other', body: null, head: 'other', base: 'main', draft: false })
    const closed = h.fake.addPull({
      title: 'old',
      body: null,
      head: BRANCH,
      base: 'main',
      draft: false
    })
    closed.state = 'closed'

    const result = await findOrCreatePullRequest(h.repo, pr)

    expect(result.operation).toBe('created')
    expect(
      h.fake
        .openPulls()
        .map(pull => pull.head)
        .sort()
    ).toEqual([BRANCH, 'other'])
  })

  it('returns the pull request another run opened between look-up and create', async () => {
    h.fake.inject({ method: 'GET', path: `${R}/pulls`, status: 200, body: [] })
    const raced = h.fake.addPull({ ...pr, body: 'Refs #7', draft: false })

    const result = await findOrCreatePullRequest(h.repo, pr)

    expect(result).toMatchObject({ number: raced.number, operation: 'unchanged' })
    expect(h.fake.openPulls()).toHaveLength(1)
    expect(h.fake.requests.map(r => `${r.method} ${r.status}`)).toEqual([
      'GET 200',
      'POST 422',
      'GET 200'
    ])
  })

  it('explains that the repository does not let Actions open pull requests', async () => {
    h.fake.inject({
      method: 'POST',
      path: `${R}/pulls`,
      status: 403,
      body: {
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '403'
      }
    })

    const failure = findOrCreatePullRequest(h.repo, pr)

    await expect(failure).rejects.toBeInstanceOf(PullRequestsNotPermittedError)
    await expect(failure).rejects.toThrow(
      /Allow GitHub Actions to create and approve pull requests/
    )
    expect(h.fake.openPulls()).toEqual([])
  })

  it('names pull-requests: write when the token may not open pull requests', async () => {
    h.fake.inject({ method: 'POST', path: `${R}/pulls`, status: 403 })

    await expect(findOrCreatePullRequest(h.repo, pr)).rejects.toThrow(
      /POST \/repos\/octo-org\/octo-repo\/pulls failed \(403 Resource not accessible by integration\).*`pull-requests: write`/
    )
  })
})
