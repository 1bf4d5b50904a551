import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { postComment, upsertTrackingComment } from '../../src/github/issue-comment.js'
import { startHarness, type Harness } from './harness.js'

const R = '/repos/octo-org/octo-repo'
const MARKER = '<!-- adw-plan:tracking -->'

let h: Harness

beforeEach(async () => {
  h = await startHarness()
  h.fake.seedIssue({
    number: 7,
    title: 'Dark mode',
    body: 'Please add dark mode',
    labels: ['plan']
  })
})

afterEach(async () => {
  expect(h.fake.validationFailures).toEqual([])
  await h.fake.stop()
})

describe('upsertTrackingComment', () => {
  it("ignores a marker planted in an outsider's comment and keeps its own", async () => {
    const mallory = h.fake.userFor('mallory')
    mallory.association = 'NONE'
    const planted = h.fake.addComment(7, `${MARKER}\nsee [the plan](https://example.com)`, mallory)

    const result = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'Planning…' })

    expect(result.operation).toBe('created')
    expect(result.id).not.toBe(planted.id)
    expect(h.fake.commentsOf(7).find(comment => comment.id === planted.id)?.body).toContain(
      'example.com'
    )
  })

  it('creates one comment, then edits that same comment in place', async () => {
    h.fake.addComment(7, 'A human says hello')

    const first = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'Planning…' })
    const second = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'Plan ready' })

    expect(first.operation).toBe('created')
    expect(second).toEqual({ id: first.id, url: first.url, operation: 'updated' })
    const comments = h.fake.commentsOf(7)
    expect(comments).toHaveLength(2)
    expect(comments.filter(comment => comment.body.includes(MARKER))).toMatchObject([
      { id: first.id, body: `${MARKER}\nPlan ready`, user: { login: 'github-actions[bot]' } }
    ])
    expect(first.url).toBe(
      `https://github.com/octo-org/octo-repo/issues/7#issuecomment-${first.id}`
    )
  })

  it('finds the marked comment beyond the first page of comments', async () => {
    for (let i = 0; i < 120; i++) h.fake.addComment(7, `comment ${i}`)
    const tracking = h.fake.addComment(7, `${MARKER}\nold status`, 'github-actions[bot]')
    h.fake.clearRequests()

    const result = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'new status' })

    expect(result).toMatchObject({ id: tracking.id, operation: 'updated' })
    expect(h.fake.requestLines()).toEqual([
      `GET ${R}/issues/7/comments`,
      `GET ${R}/issues/7/comments`,
      `PATCH ${R}/issues/comments/${tracking.id}`
    ])
  })

  it('makes no write when the comment already says this', async () => {
    await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: `${MARKER}\nsame` })
    h.fake.clearRequests()

    const result = await upsertTrackingComment(h.repo, 7, {
      marker: MARKER,
      body: `${MARKER}\nsame`
    })

    expect(result.operation).toBe('unchanged')
    expect(h.fake.writeRequests()).toEqual([])
  })

  it('costs one request when the caller knows the comment id', async () => {
    const first = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'step 1' })
    h.fake.clearRequests()

    const second = await upsertTrackingComment(h.repo, 7, {
      marker: MARKER,
      body: 'step 2',
      commentId: first.id
    })

    expect(second).toMatchObject({ id: first.id, operation: 'updated' })
    expect(h.fake.requestLines()).toEqual([`PATCH ${R}/issues/comments/${first.id}`])
  })

  it('falls back to a new comment when the known one was deleted', async () => {
    const first = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'step 1' })
    h.fake.comments.delete(first.id)

    const again = await upsertTrackingComment(h.repo, 7, {
      marker: MARKER,
      body: 'step 2',
      commentId: first.id
    })

    expect(again.operation).toBe('created')
    expect(h.fake.commentsOf(7)).toHaveLength(1)
  })

  it('keeps the oldest when another run created a tracking comment at the same time', async () => {
    // The other run's comment appears while this one is creating its own.
    let theirs = 0
    h.fake.inject({
      method: 'POST',
      path: `${R}/issues/7/comments`,
      before: fake => {
        theirs = fake.addComment(7, `${MARKER}\nPlanning (other run)…`, fake.actor).id
      }
    })

    const result = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'Planning…' })

    expect(result).toMatchObject({ id: theirs, operation: 'updated' })
    expect(h.fake.commentsOf(7)).toMatchObject([{ id: theirs, body: `${MARKER}\nPlanning…` }])
    expect(h.fake.requestLines()).toEqual([
      `GET ${R}/issues/7/comments`,
      `POST ${R}/issues/7/comments`,
      `GET ${R}/issues/7/comments`,
      expect.stringMatching(new RegExp(`^DELETE ${R}/issues/comments/\\d+$`)),
      `PATCH ${R}/issues/comments/${theirs}`
    ])
  })

  it('keeps its comment when it is the oldest, and costs one listing for the check', async () => {
    const result = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'Planning…' })
    h.fake.addComment(7, `${MARKER}\nPlanning (a later run)…`, h.fake.actor)

    expect(result.operation).toBe('created')
    expect(h.fake.commentsOf(7).map(comment => comment.id)[0]).toBe(result.id)
    expect(h.fake.requestLines()).toEqual([
      `GET ${R}/issues/7/comments`,
      `POST ${R}/issues/7/comments`,
      `GET ${R}/issues/7/comments`
    ])
  })

  it('leaves one comment when a create is retried after a gateway error that came too late', async () => {
    h.fake.inject({ method: 'POST', path: `${R}/issues/7/comments`, status: 502, afterWrite: true })

    const result = await upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'Planning…' })

    expect(h.fake.commentsOf(7)).toMatchObject([{ id: result.id, body: `${MARKER}\nPlanning…` }])
    expect(result.operation).toBe('unchanged')
  })

  it('names issues: write when the token may not comment', async () => {
    h.fake.inject({ method: 'POST', path: `${R}/issues/7/comments`, status: 403 })

    await expect(upsertTrackingComment(h.repo, 7, { marker: MARKER, body: 'x' })).rejects.toThrow(
      /POST \/repos\/octo-org\/octo-repo\/issues\/7\/comments failed \(403 .*`issues: write`/
    )
  })
})

describe('postComment', () => {
  it('always adds a new comment', async () => {
    await postComment(h.repo, 7, 'one')
    await postComment(h.repo, 7, 'one')
    expect(h.fake.commentsOf(7).map(comment => comment.body)).toEqual(['one', 'one'])
  })
})
