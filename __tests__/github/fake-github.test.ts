import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FakeGitHub } from '../support/fake-github/index.js'

// The fake is only worth its checks if it rejects what GitHub rejects: these tests talk to it
// with plain fetch, so no client-side validation can hide a gap.
const R = '/repos/octo-org/octo-repo'
let fake: FakeGitHub

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

beforeEach(async () => {
  fake = await FakeGitHub.start({
    token: 'test-token',
    files: { 'a/b/c.txt': 'c\n', 'top.txt': 't\n' }
  })
})

afterEach(async () => {
  await fake.stop()
})

describe('FakeGitHub', () => {
  it('rejects a request body that breaks the OpenAPI schema, and records it', async () => {
    const head = (await fake.branchHead('main'))!
    const response = await call('POST', `${R}/git/refs`, { ref: 'refs/heads/x', sha: 42 })

    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({ message: 'Invalid request.', status: '422' })
    expect(fake.validationFailures).toEqual([
      {
        method: 'POST',
        path: `${R}/git/refs`,
        problems: [expect.stringMatching(/^body: \/sha must be string/)]
      }
    ])
    expect(await fake.branches()).toEqual(['main'])
    expect(await fake.branchHead('main')).toBe(head)
  })

  it('validates query parameters too', async () => {
    const response = await call('GET', `${R}/pulls?state=merged`)
    expect(response.status).toBe(422)
    expect(fake.validationFailures[0]!.problems[0]).toMatch(/query parameter state=merged/)
  })

  it('answers unknown routes and unknown repositories with GitHub’s 404 shape', async () => {
    expect(await call('GET', '/repos/octo-org/other')).toEqual({
      status: 404,
      body: {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      }
    })
    expect((await call('GET', '/nope')).status).toBe(404)
  })

  it('requires the token when configured', async () => {
    const response = await fetch(`${fake.url}${R}`)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ message: 'Bad credentials' })
  })

  it('refuses a non-fast-forward ref update unless forced, like GitHub', async () => {
    const root = (await fake.branchHead('main'))!
    const ahead = await fake.pushCommit('main', { 'new.txt': 'n\n' })

    const rewind = await call('PATCH', `${R}/git/refs/heads/main`, { sha: root, force: false })
    expect(rewind).toMatchObject({ status: 422, body: { message: 'Update is not a fast forward' } })
    expect(await fake.branchHead('main')).toBe(ahead)

    const forced = await call('PATCH', `${R}/git/refs/heads/main`, { sha: root, force: true })
    expect(forced.status).toBe(200)
    expect(await fake.branchHead('main')).toBe(root)
  })

  it('builds trees with nested paths, inline content and deletions on a base tree', async () => {
    const head = (await fake.branchHead('main'))!
    const commit = (await call('GET', `${R}/git/commits/${head}`)).body
    const tree = await call('POST', `${R}/git/trees`, {
      base_tree: commit.tree.sha,
      tree: [
        { path: 'x/y/z.md', mode: '100644', type: 'blob', content: 'z\n' },
        { path: 'a/b/c.txt', mode: '100644', type: 'blob', sha: null }
      ]
    })
    expect(tree.status).toBe(201)
    expect(tree.body.tree.map((entry: { path: string }) => entry.path).sort()).toEqual([
      'top.txt',
      'x'
    ])

    const missing = await call('POST', `${R}/git/trees`, {
      base_tree: commit.tree.sha,
      tree: [{ path: 'not/there.txt', mode: '100644', type: 'blob', sha: null }]
    })
    expect(missing.status).toBe(422)
  })

  it('serves files (base64) and directory listings through the contents API', async () => {
    const file = await call('GET', `${R}/contents/a/b/c.txt?ref=main`)
    expect(file.body).toMatchObject({ type: 'file', path: 'a/b/c.txt', encoding: 'base64' })
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe('c\n')

    const dir = await call('GET', `${R}/contents/a/b`)
    expect(dir.body).toMatchObject([{ type: 'file', name: 'c.txt', path: 'a/b/c.txt' }])
    expect((await call('GET', `${R}/contents/a/missing`)).status).toBe(404)
  })

  it('lists matching refs and creates refs only once', async () => {
    const sha = (await fake.branchHead('main'))!
    expect(
      (await call('POST', `${R}/git/refs`, { ref: 'refs/heads/adw/feature-1', sha })).status
    ).toBe(201)
    const again = await call('POST', `${R}/git/refs`, { ref: 'refs/heads/adw/feature-1', sha })
    expect(again).toMatchObject({ status: 422, body: { message: 'Reference already exists' } })

    const matching = await call('GET', `${R}/git/matching-refs/heads/adw/`)
    expect(matching.body.map((ref: { ref: string }) => ref.ref)).toEqual([
      'refs/heads/adw/feature-1'
    ])
  })

  it('injects faults a bounded number of times and records every request', async () => {
    fake.inject({ method: 'GET', path: /\/issues\/\d+$/, status: 503, times: 1 })
    fake.seedIssue({ number: 3, title: 'x' })

    expect((await call('GET', `${R}/issues/3`)).status).toBe(503)
    expect((await call('GET', `${R}/issues/3`)).status).toBe(200)
    expect(fake.requests.map(r => [r.method, r.path, r.status, r.operationId])).toEqual([
      ['GET', `${R}/issues/3`, 503, 'issues/get'],
      ['GET', `${R}/issues/3`, 200, 'issues/get']
    ])
    expect(fake.writeRequests()).toEqual([])
  })

  it('can perform a write and still answer with the fault (afterWrite)', async () => {
    fake.seedIssue({ number: 3, title: 'x' })
    fake.inject({ method: 'POST', path: `${R}/issues/3/comments`, status: 502, afterWrite: true })

    const answer = await call('POST', `${R}/issues/3/comments`, { body: 'hello' })

    expect(answer).toMatchObject({ status: 502, body: { message: 'Bad Gateway' } })
    expect(fake.commentsOf(3).map(comment => comment.body)).toEqual(['hello'])
    expect(fake.requests.map(r => r.status)).toEqual([502])
  })

  it('runs a hook before serving a matching request, with or without a fault', async () => {
    const order: string[] = []
    fake.inject({
      method: 'GET',
      path: `${R}/git/ref/heads/main`,
      before: async () => {
        order.push(await fake.pushCommit('main', { 'moved.txt': 'm\n' }, 'Meanwhile'))
      }
    })

    const answer = await call('GET', `${R}/git/ref/heads/main`)

    expect(answer.status).toBe(200)
    expect(answer.body.object.sha).toBe(order[0])
    expect(fake.requests[0].response).toEqual(answer.body)
  })

  it('deletes a comment once', async () => {
    fake.seedIssue({ number: 3, title: 'x' })
    const comment = fake.addComment(3, 'bye')
    expect((await call('DELETE', `${R}/issues/comments/${comment.id}`)).status).toBe(204)
    expect((await call('DELETE', `${R}/issues/comments/${comment.id}`)).status).toBe(404)
    expect(fake.commentsOf(3)).toEqual([])
  })

  it('reports collaborator permissions that tests seed', async () => {
    fake.permissions.set('alice', 'write')
    const alice = await call('GET', `${R}/collaborators/alice/permission`)
    expect(alice.body).toMatchObject({ permission: 'write', user: { login: 'alice' } })
    expect((await call('GET', `${R}/collaborators/bob/permission`)).body.permission).toBe('none')
  })
})
