import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createOctokit } from '../../src/github/client.js'
import { silentLogger } from '../../src/log/logger.js'
import { FakeGitHub } from '../support/fake-github/index.js'
import {
  issueCommentEvent,
  pullRequestClosedEvent,
  pullRequestReviewEvent
} from '../support/webhooks.js'

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

// ---- issue 12: revisions on the plan pull request, and the handoff when it is merged ----------

const PLAN = 'specs/feature-12-dark-mode.md'
const PLAN_TEXT = '# Plan\n\n## Steps\n\n1. One\n2. Two\n3. Three\n'
const BRANCH = 'adw/feature-12'

/** A plan pull request as the action leaves it: one bot commit on adw/feature-12. */
async function seedPlanPull() {
  const head = (await fake.branchHead('main'))!
  const tree = await fake.git.createTree([{ path: PLAN, content: PLAN_TEXT }], head)
  const sha = await fake.git.commitTree(tree, [head], 'Plan #12', {
    ...fake.committer,
    date: fake.now()
  })
  await fake.setBranch(BRANCH, sha)
  fake.seedIssue({ number: 12, title: 'Dark mode', labels: ['feature'] })
  return fake.addPull({
    title: 'Plan: Dark mode',
    body: `**Plan:** [\`${PLAN}\`]`,
    head: BRANCH,
    base: 'main',
    draft: false
  })
}

const ADD_REACTION = `mutation($subjectId: ID!, $content: ReactionContent!) {
  addReaction(input: { subjectId: $subjectId, content: $content }) { reaction { content } }
}`

const noFailures = () => {
  expect(fake.validationFailures).toEqual([])
  expect(fake.responseFailures).toEqual([])
}

describe('FakeGitHub pull requests (pulls/get, mergePull)', () => {
  it('serves one pull request with head, base, author and merge state', async () => {
    const pull = await seedPlanPull()
    const head = await fake.branchHead(BRANCH)

    const answer = await call('GET', `${R}/pulls/${pull.number}`)

    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      number: pull.number,
      state: 'open',
      body: pull.body,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      head: { ref: BRANCH, sha: head, repo: { full_name: 'octo-org/octo-repo' } },
      base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
      merged: false,
      merged_at: null,
      merged_by: null,
      merge_commit_sha: null,
      commits: 1,
      additions: 7,
      changed_files: 1
    })
    expect((await call('GET', `${R}/pulls/999`)).status).toBe(404)
    noFailures()
  })

  it('merges with a merge commit and reports who merged, and what a closed event needs', async () => {
    const pull = await seedPlanPull()
    const main = (await fake.branchHead('main'))!
    const head = (await fake.branchHead(BRANCH))!
    await fake.pushCommit('main', { 'other.txt': 'meanwhile\n' }, 'Meanwhile')
    const moved = (await fake.branchHead('main'))!

    const closed = await fake.mergePull(pull.number, { by: 'alice' })

    expect(closed).toEqual({
      pull: {
        number: pull.number,
        title: 'Plan: Dark mode',
        body: pull.body,
        headRef: BRANCH,
        headSha: head,
        baseRef: 'main',
        baseSha: moved,
        userLogin: 'github-actions[bot]',
        userType: 'Bot',
        labels: []
      },
      merged: true,
      mergedBy: 'alice',
      mergeCommitSha: await fake.branchHead('main'),
      mergedAt: expect.stringMatching(/^2026-01-01T\d\d:\d\d:\d\dZ$/)
    })
    const merge = await fake.git.readCommit(closed.mergeCommitSha!)
    expect(merge.parents).toEqual([moved, head])
    expect(merge.message).toBe(
      `Merge pull request #${pull.number} from octo-org/${BRANCH}\n\nPlan: Dark mode`
    )
    expect(await fake.readFile('main', PLAN)).toBe(PLAN_TEXT)
    expect(await fake.readFile('main', 'other.txt')).toBe('meanwhile\n')
    expect(main).not.toBe(moved)

    const answer = await call('GET', `${R}/pulls/${pull.number}`)
    expect(answer.body).toMatchObject({
      state: 'closed',
      merged: true,
      merged_by: { login: 'alice', type: 'User' },
      merge_commit_sha: closed.mergeCommitSha,
      merged_at: closed.mergedAt,
      commits: 1
    })
    noFailures()
  })

  it('squashes or fast-forwards on request, and refuses to merge twice', async () => {
    const pull = await seedPlanPull()
    const head = (await fake.branchHead(BRANCH))!
    const closed = await fake.mergePull(pull.number, { method: 'fast-forward' })
    expect(closed.mergeCommitSha).toBe(head)
    expect(await fake.branchHead('main')).toBe(head)
    await expect(fake.mergePull(pull.number)).rejects.toThrow(/not open/)

    await fake.pushCommit('next', { 'n.txt': 'n\n' })
    const next = fake.addPull({
      title: 'Next',
      body: null,
      head: 'next',
      base: 'main',
      draft: false
    })
    const squashed = await fake.mergePull(next.number, { method: 'squash' })
    const commit = await fake.git.readCommit(squashed.mergeCommitSha!)
    expect(commit.parents).toEqual([head])
    expect(commit.message).toBe(`Next (#${next.number})`)
  })

  it('closes without merging', async () => {
    const pull = await seedPlanPull()
    const closed = await fake.closePull(pull.number)
    expect(closed).toMatchObject({ merged: false, pull: { number: pull.number } })
    expect((await call('GET', `${R}/pulls/${pull.number}`)).body).toMatchObject({
      state: 'closed',
      merged: false
    })
  })
})

describe('FakeGitHub reviews and reactions', () => {
  it('lists the inline comments of one review, paginated, with GitHub’s diff hunk', async () => {
    const pull = await seedPlanPull()
    const review = await fake.addReview(pull.number, {
      user: 'alice',
      body: '/plan split step 2',
      comments: [
        { path: PLAN, line: 6, body: 'too vague' },
        { path: PLAN, startLine: 5, line: 7, body: 'reorder' }
      ]
    })
    expect(review).toEqual({
      id: expect.any(Number),
      nodeId: expect.any(String),
      commentIds: [expect.any(Number), expect.any(Number)],
      body: '/plan split step 2',
      login: 'alice'
    })

    const first = await fetch(
      `${fake.url}${R}/pulls/${pull.number}/reviews/${review.id}/comments?per_page=1`,
      { headers: { authorization: 'token test-token' } }
    )
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/)
    const all = await call('GET', `${R}/pulls/${pull.number}/reviews/${review.id}/comments`)
    expect(all.body).toMatchObject([
      {
        id: review.commentIds[0],
        pull_request_review_id: review.id,
        path: PLAN,
        line: 6,
        start_line: null,
        side: 'RIGHT',
        position: 6,
        body: 'too vague',
        user: { login: 'alice', type: 'User' },
        commit_id: await fake.branchHead(BRANCH),
        diff_hunk: '@@ -0,0 +1,7 @@\n+# Plan\n+\n+## Steps\n+\n+1. One\n+2. Two'
      },
      { id: review.commentIds[1], start_line: 5, line: 7, start_side: 'RIGHT', body: 'reorder' }
    ])

    fake.seedIssue({ number: 40, title: 'other' })
    expect((await call('GET', `${R}/pulls/40/reviews/${review.id}/comments`)).status).toBe(404)
    expect((await call('GET', `${R}/pulls/${pull.number}/reviews/1/comments`)).status).toBe(404)
    noFailures()
  })

  it('refuses an inline comment on a line outside the diff, as GitHub does', async () => {
    const pull = await seedPlanPull()
    await expect(
      fake.addReview(pull.number, {
        user: 'alice',
        body: 'x',
        comments: [{ path: 'top.txt', line: 1, body: 'not changed here' }]
      })
    ).rejects.toThrow(/not part of the pull request's diff/)
  })

  it('reacts to issue comments: 201 once, 200 for a repeat, 404 for an unknown comment', async () => {
    fake.seedIssue({ number: 12, title: 'x' })
    const comment = fake.addComment(12, '/plan more tests', 'alice')

    const first = await call('POST', `${R}/issues/comments/${comment.id}/reactions`, {
      content: 'eyes'
    })
    const again = await call('POST', `${R}/issues/comments/${comment.id}/reactions`, {
      content: 'eyes'
    })

    expect(first).toMatchObject({
      status: 201,
      body: { content: 'eyes', user: { login: 'github-actions[bot]', type: 'Bot' } }
    })
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id } })
    expect(fake.reactions).toEqual([
      { subject: 'issue-comment', id: comment.id, content: 'eyes', user: 'github-actions[bot]' }
    ])
    expect(
      (await call('POST', `${R}/issues/comments/1/reactions`, { content: 'eyes' })).status
    ).toBe(404)
    noFailures()

    const wrong = await call('POST', `${R}/issues/comments/${comment.id}/reactions`, {
      content: 'EYES'
    })
    expect(wrong.status).toBe(422)
    expect(fake.validationFailures).toHaveLength(1)
  })

  it('reacts to inline review comments', async () => {
    const pull = await seedPlanPull()
    const review = await fake.addReview(pull.number, {
      user: 'alice',
      body: '',
      comments: [{ path: PLAN, line: 1, body: '/plan rename' }]
    })
    const id = review.commentIds[0]!
    const answer = await call('POST', `${R}/pulls/comments/${id}/reactions`, { content: '+1' })
    expect(answer.status).toBe(201)
    expect(fake.reactions).toEqual([
      { subject: 'review-comment', id, content: '+1', user: 'github-actions[bot]' }
    ])
    expect((await call('POST', `${R}/pulls/comments/7/reactions`, { content: '+1' })).status).toBe(
      404
    )
    noFailures()
  })

  it('reacts to a review body through GraphQL addReaction, logged like any request', async () => {
    const pull = await seedPlanPull()
    const review = await fake.addReview(pull.number, { user: 'alice', body: '/plan shorter' })
    const octokit = createOctokit({ token: 'test-token', baseUrl: fake.url, log: silentLogger })
    const mutation = ADD_REACTION

    const data = await octokit.graphql(mutation, { subjectId: review.nodeId, content: 'EYES' })

    expect(data).toEqual({ addReaction: { reaction: { content: 'EYES' } } })
    expect(fake.reactions).toEqual([
      { subject: 'review', id: review.id, content: 'eyes', user: 'github-actions[bot]' }
    ])
    expect(fake.requests.map(r => [r.method, r.path, r.status, r.operationId])).toEqual([
      ['POST', '/graphql', 200, 'graphql']
    ])
    await expect(
      octokit.graphql(mutation, { subjectId: 'PRR_nope', content: 'EYES' })
    ).rejects.toThrow(/Could not resolve to a node with the global id of 'PRR_nope'/)
    noFailures()
  })

  it('records a GraphQL request it cannot serve as a validation failure', async () => {
    const query = await call('POST', '/graphql', { query: '{ viewer { login } }' })
    expect(query.status).toBe(200)
    expect(query.body.errors).toContainEqual({
      message: 'query: the fake serves only the addReaction mutation'
    })
    const content = await call('POST', '/graphql', {
      query: ADD_REACTION,
      variables: { subjectId: 'x', content: 'eyes' }
    })
    expect(content.body.errors).toEqual([
      {
        message: expect.stringMatching(/^variables: content must be one of .*EYES \(got "eyes"\)$/)
      }
    ])
    expect(fake.validationFailures.map(failure => failure.path)).toEqual(['/graphql', '/graphql'])
    expect(fake.reactions).toEqual([])
  })

  it('lets a test fail the GraphQL endpoint with an injected fault, after the write too', async () => {
    const pull = await seedPlanPull()
    const review = await fake.addReview(pull.number, { user: 'alice', body: '/plan shorter' })
    const request = {
      query: ADD_REACTION,
      variables: { subjectId: review.nodeId, content: 'EYES' }
    }
    fake.inject({ path: '/graphql', status: 502 })
    fake.inject({ path: '/graphql', status: 502, afterWrite: true })

    expect((await call('POST', '/graphql', request)).status).toBe(502)
    expect(fake.reactions).toEqual([])
    expect((await call('POST', '/graphql', request)).status).toBe(502)
    expect(fake.reactions).toHaveLength(1)
  })

  it('gives people’s comments type User and the token’s own comments type Bot', async () => {
    fake.seedIssue({ number: 3, title: 'x' })
    fake.addComment(3, 'from a person', 'alice')
    await call('POST', `${R}/issues/3/comments`, { body: 'from the action' })
    const listed = await call('GET', `${R}/issues/3/comments`)
    expect(listed.body.map((c: { user: { login: string; type: string } }) => c.user)).toMatchObject(
      [
        { login: 'alice', type: 'User' },
        { login: 'github-actions[bot]', type: 'Bot' }
      ]
    )
    noFailures()
  })
})

describe('FakeGitHub contents and commits', () => {
  it('reads a file on a branch with its blob sha', async () => {
    await seedPlanPull()
    const blob = (await fake.git.flatten(BRANCH)).get(PLAN)!.sha
    const file = await call('GET', `${R}/contents/${encodeURIComponent(PLAN)}?ref=${BRANCH}`)
    expect(file.body).toMatchObject({ type: 'file', path: PLAN, sha: blob, encoding: 'base64' })
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe(PLAN_TEXT)
    expect((await call('GET', `${R}/contents/${PLAN}?ref=main`)).status).toBe(404)
    noFailures()
  })

  it('updates a file with one commit on the branch head, guarded by the blob sha', async () => {
    await seedPlanPull()
    const head = (await fake.branchHead(BRANCH))!
    const blob = (await fake.git.flatten(BRANCH)).get(PLAN)!.sha
    const revised = '# Plan\n\nRevised.\n'

    const answer = await call('PUT', `${R}/contents/${PLAN}`, {
      message: 'Revise plan #12',
      content: Buffer.from(revised).toString('base64'),
      sha: blob,
      branch: BRANCH
    })

    expect(answer.status).toBe(200)
    const newHead = (await fake.branchHead(BRANCH))!
    expect(answer.body).toMatchObject({
      content: { name: 'feature-12-dark-mode.md', path: PLAN, type: 'file' },
      commit: {
        sha: newHead,
        message: 'Revise plan #12',
        parents: [{ sha: head }],
        html_url: `https://github.com/octo-org/octo-repo/commit/${newHead}`,
        author: { name: 'github-actions[bot]' },
        verification: { verified: true }
      }
    })
    expect(answer.body.content.sha).toBe((await fake.git.flatten(BRANCH)).get(PLAN)!.sha)
    expect(await fake.readFile(BRANCH, PLAN)).toBe(revised)
    expect(fake.verifiedCommits.has(newHead)).toBe(true)
    noFailures()
  })

  it('creates a file (201) and refuses a missing sha (422), a stale one (409), an unknown branch (404)', async () => {
    await seedPlanPull()
    const content = Buffer.from('x\n').toString('base64')
    const created = await call('PUT', `${R}/contents/notes/new.md`, {
      message: 'Add',
      content,
      branch: BRANCH
    })
    expect(created.status).toBe(201)
    expect(await fake.readFile(BRANCH, 'notes/new.md')).toBe('x\n')
    const head = await fake.branchHead(BRANCH)

    const missing = await call('PUT', `${R}/contents/${PLAN}`, {
      message: 'm',
      content,
      branch: BRANCH
    })
    expect(missing).toMatchObject({
      status: 422,
      body: { message: expect.stringMatching(/"sha" wasn't supplied/) }
    })
    const stale = await call('PUT', `${R}/contents/${PLAN}`, {
      message: 'm',
      content,
      sha: 'a'.repeat(40),
      branch: BRANCH
    })
    expect(stale).toMatchObject({
      status: 409,
      body: { message: `${PLAN} does not match ${'a'.repeat(40)}` }
    })
    const noBranch = await call('PUT', `${R}/contents/${PLAN}`, {
      message: 'm',
      content,
      branch: 'gone'
    })
    expect(noBranch.status).toBe(404)
    expect(await fake.branchHead(BRANCH)).toBe(head)
    noFailures()
  })

  it('loses the race like GitHub when the branch moves during the write (409)', async () => {
    await seedPlanPull()
    const blob = (await fake.git.flatten(BRANCH)).get(PLAN)!.sha
    fake.inject({
      method: 'PUT',
      path: `${R}/contents/${PLAN}`,
      before: async () => {
        await fake.pushCommit(BRANCH, { [PLAN]: 'human edit\n' }, 'Edit', { login: 'alice' })
      }
    })
    const answer = await call('PUT', `${R}/contents/${PLAN}`, {
      message: 'm',
      content: Buffer.from('bot\n').toString('base64'),
      sha: blob,
      branch: BRANCH
    })
    expect(answer.status).toBe(409)
    expect(await fake.readFile(BRANCH, PLAN)).toBe('human edit\n')
  })

  it('lists commits newest first, by path, with the bot or the person as author', async () => {
    await seedPlanPull()
    const human = await fake.pushCommit(BRANCH, { [PLAN]: 'edited\n' }, 'Human edit', {
      login: 'alice'
    })
    await fake.pushCommit(BRANCH, { 'other.md': 'o\n' }, 'Unrelated')
    const blob = (await fake.git.flatten(BRANCH)).get(PLAN)!.sha
    await call('PUT', `${R}/contents/${PLAN}`, {
      message: 'Revise',
      content: Buffer.from('revised\n').toString('base64'),
      sha: blob,
      branch: BRANCH
    })

    const listed = await call('GET', `${R}/commits?sha=${encodeURIComponent(BRANCH)}&path=${PLAN}`)

    expect(
      listed.body.map(
        (c: { commit: { message: string }; author: { login: string; type: string } }) => [
          c.commit.message,
          c.author?.login,
          c.author?.type
        ]
      )
    ).toEqual([
      ['Revise', 'github-actions[bot]', 'Bot'],
      ['Human edit', 'alice', 'User'],
      ['Plan #12', 'github-actions[bot]', 'Bot']
    ])
    expect(listed.body[1]).toMatchObject({
      sha: human,
      html_url: `https://github.com/octo-org/octo-repo/commit/${human}`,
      commit: { author: { name: 'alice' }, verification: { verified: false } }
    })

    const all = await call(
      'GET',
      `${R}/commits?sha=${encodeURIComponent(BRANCH)}&per_page=2&page=2`
    )
    expect(all.body.map((c: { commit: { message: string } }) => c.commit.message)).toEqual([
      'Human edit',
      'Plan #12'
    ])
    const main = await call('GET', `${R}/commits`)
    expect(main.body).toMatchObject([
      { commit: { message: 'Initial commit' }, author: { login: 'octocat' } }
    ])
    expect((await call('GET', `${R}/commits?sha=nope`)).status).toBe(404)
    noFailures()
  })
})

describe('FakeGitHub labels and workflow dispatch', () => {
  it('adds labels to an issue, creating unknown ones and matching known ones in any case', async () => {
    fake.seedIssue({ number: 12, title: 'x', labels: ['Feature'] })
    const answer = await call('POST', `${R}/issues/12/labels`, { labels: ['feature', 'approved'] })
    expect(answer.status).toBe(200)
    expect(answer.body.map((label: { name: string }) => label.name)).toEqual([
      'Feature',
      'approved'
    ])
    expect(fake.issues.get(12)!.labels).toEqual(['Feature', 'approved'])
    expect([...fake.labels.values()]).toEqual(['Feature', 'approved'])
    expect((await call('POST', `${R}/issues/99/labels`, { labels: ['x'] })).status).toBe(404)
    noFailures()

    expect((await call('POST', `${R}/issues/12/labels`, ['bare-array'])).status).toBe(422)
    expect(fake.validationFailures).toHaveLength(1)
  })

  it('dispatches a declared workflow with its inputs (204), or returns the run (200)', async () => {
    const workflow = fake.addWorkflow('implement.yml', {
      dispatch: true,
      inputs: ['issue-number', 'plan-path']
    })
    const inputs = { 'issue-number': '12', 'plan-path': PLAN }

    const plain = await call('POST', `${R}/actions/workflows/implement.yml/dispatches`, {
      ref: 'main',
      inputs
    })
    const byId = await call('POST', `${R}/actions/workflows/${workflow.id}/dispatches`, {
      ref: 'main',
      inputs,
      return_run_details: true
    })

    expect(plain).toEqual({ status: 204, body: undefined })
    expect(byId).toMatchObject({
      status: 200,
      body: {
        workflow_run_id: expect.any(Number),
        run_url: expect.stringContaining(`${R}/actions/runs/`),
        html_url: expect.stringContaining('https://github.com/octo-org/octo-repo/actions/runs/')
      }
    })
    expect(fake.dispatches).toEqual([
      { workflow: 'implement.yml', ref: 'main', inputs },
      { workflow: 'implement.yml', ref: 'main', inputs }
    ])
    noFailures()
  })

  it('answers dispatch mistakes with GitHub’s messages', async () => {
    fake.addWorkflow('push-only.yml', { dispatch: false, inputs: [] })
    fake.addWorkflow('implement.yml', {
      dispatch: true,
      inputs: ['issue-number'],
      required: ['issue-number']
    })
    const dispatch = (file: string, body: unknown) =>
      call('POST', `${R}/actions/workflows/${file}/dispatches`, body)

    expect(await dispatch('missing.yml', { ref: 'main' })).toMatchObject({
      status: 404,
      body: { message: 'Not Found' }
    })
    expect((await dispatch('push-only.yml', { ref: 'main' })).body.message).toBe(
      "Workflow does not have 'workflow_dispatch' trigger"
    )
    const extra = await dispatch('implement.yml', {
      ref: 'main',
      inputs: { 'issue-number': '1', x: 'y' }
    })
    expect(extra).toMatchObject({
      status: 422,
      body: { message: 'Unexpected inputs provided: ["x"]' }
    })
    expect((await dispatch('implement.yml', { ref: 'nope', inputs: {} })).body.message).toBe(
      'No ref found for: nope'
    )
    expect((await dispatch('implement.yml', { ref: 'main' })).body.message).toBe(
      "Required input 'issue-number' not provided"
    )
    fake.inject({ method: 'POST', path: /\/dispatches$/, status: 403 })
    expect(
      (await dispatch('implement.yml', { ref: 'main', inputs: { 'issue-number': '1' } })).body
    ).toMatchObject({
      message: 'Resource not accessible by integration'
    })
    expect(fake.dispatches).toEqual([])
    noFailures()
  })
})

describe('webhook helpers', () => {
  it('describe a comment on the issue or on the pull request with ids the fake knows', async () => {
    fake.seedIssue({ number: 12, title: 'Dark mode', labels: ['feature'] })
    const comment = fake.addComment(12, '/plan add tests', 'alice')
    const options = {
      owner: fake.owner,
      repo: fake.repo,
      issue: { number: 12, title: 'Dark mode', body: 'b', labels: ['feature'] },
      comment: { id: comment.id, body: comment.body, login: 'alice' }
    }

    const onIssue = issueCommentEvent(options)
    const onPull = issueCommentEvent({ ...options, onPullRequest: true })

    expect(onIssue).toMatchObject({
      action: 'created',
      issue: { number: 12, labels: [{ name: 'feature' }] },
      comment: {
        id: comment.id,
        body: '/plan add tests',
        user: { login: 'alice', type: 'User' },
        author_association: 'OWNER'
      },
      repository: {
        full_name: 'octo-org/octo-repo',
        name: 'octo-repo',
        owner: { login: 'octo-org' }
      },
      sender: { login: 'alice', type: 'User' }
    })
    expect((onIssue.issue as Record<string, unknown>).pull_request).toBeUndefined()
    expect(onPull).toMatchObject({
      issue: {
        html_url: 'https://github.com/octo-org/octo-repo/pull/12',
        pull_request: {
          url: 'https://api.github.com/repos/octo-org/octo-repo/pulls/12',
          merged_at: null
        }
      }
    })
    const served = await call('GET', `${R}/issues/12/comments`)
    expect((onIssue.comment as Record<string, unknown>).node_id).toBe(served.body[0].node_id)
    expect(JSON.stringify(onPull)).not.toContain('Hello-World')
  })

  it('describe a review on a pull request the fake holds', async () => {
    const pull = await seedPlanPull()
    const review = await fake.addReview(pull.number, { user: 'alice', body: '/plan shorter' })

    const payload = pullRequestReviewEvent({
      owner: fake.owner,
      repo: fake.repo,
      pull: await fake.pullInfo(pull.number),
      review
    })

    expect(payload).toMatchObject({
      action: 'submitted',
      review: {
        id: review.id,
        node_id: review.nodeId,
        body: '/plan shorter',
        state: 'commented',
        commit_id: await fake.branchHead(BRANCH),
        user: { login: 'alice', type: 'User' }
      },
      pull_request: {
        number: pull.number,
        body: pull.body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        head: {
          ref: BRANCH,
          sha: await fake.branchHead(BRANCH),
          repo: { full_name: 'octo-org/octo-repo' }
        },
        base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } }
      },
      sender: { login: 'alice' }
    })
    expect(JSON.stringify(payload)).not.toContain('Hello-World')
    const head = (payload.pull_request as { head: { repo: { full_name: string } } }).head
    head.repo.full_name = 'stranger/octo-repo'
    expect(payload.repository).toMatchObject({ full_name: 'octo-org/octo-repo' })
  })

  it('describe a merged or an unmerged close from what mergePull/closePull return', async () => {
    const pull = await seedPlanPull()
    const merged = pullRequestClosedEvent({
      owner: fake.owner,
      repo: fake.repo,
      ...(await fake.mergePull(pull.number, { by: 'alice' }))
    })
    expect(merged).toMatchObject({
      action: 'closed',
      number: pull.number,
      pull_request: {
        state: 'closed',
        merged: true,
        merged_by: { login: 'alice' },
        merge_commit_sha: await fake.branchHead('main'),
        head: { ref: BRANCH },
        base: { ref: 'main' }
      },
      sender: { login: 'alice' }
    })

    await fake.pushCommit('adw/bug-13', { 'x.md': 'x\n' })
    const other = fake.addPull({
      title: 'x',
      body: null,
      head: 'adw/bug-13',
      base: 'main',
      draft: false
    })
    const closed = pullRequestClosedEvent({
      owner: fake.owner,
      repo: fake.repo,
      ...(await fake.closePull(other.number))
    })
    expect(closed).toMatchObject({
      pull_request: { merged: false, merged_at: null, merged_by: null, body: null }
    })
  })
})
