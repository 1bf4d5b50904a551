import { commentJson, errorBody, issueJson, labelJson } from './responses.js'
import { json, type Routes } from './route-types.js'
import { paginate } from './paginate.js'

const notFound = () => json(404, errorBody(404, 'Not Found'))

export const issueRoutes: Routes = {
  async 'issues/get'({ fake, params }) {
    const issue = fake.issueOrPull(Number(params.issue_number))
    if (!issue) return notFound()
    return json(
      200,
      issueJson(fake.urls, issue, fake.commentsOf(issue.number).length, fake.isPull(issue.number))
    )
  },

  /** Adds to the labels already there; names GitHub does not know yet become new labels. */
  async 'issues/add-labels'({ fake, params, body }) {
    const number = Number(params.issue_number)
    const labels = fake.issues.get(number)?.labels ?? fake.pulls.get(number)?.labels
    if (!labels) return notFound()
    const names = ((body.labels ?? []) as (string | { name: string })[]).map(label =>
      typeof label === 'string' ? label : label.name
    )
    for (const name of names) {
      const known = fake.label(name)
      if (!labels.some(label => label.toLowerCase() === known.toLowerCase())) labels.push(known)
    }
    return json(
      200,
      labels.map((name, index) => labelJson(fake.urls, name, index))
    )
  },

  async 'issues/list-comments'({ fake, params, query }) {
    const number = Number(params.issue_number)
    if (!fake.issueOrPull(number)) return notFound()
    const all = fake.commentsOf(number).map(comment => commentJson(fake.urls, comment))
    const path = `/repos/${fake.owner}/${fake.repo}/issues/${number}/comments`
    return paginate(fake, path, query, all)
  },

  async 'issues/create-comment'({ fake, params, body }) {
    const number = Number(params.issue_number)
    const issue = fake.issueOrPull(number)
    if (!issue) return notFound()
    const comment = fake.addComment(number, String(body.body), fake.actor)
    return json(201, commentJson(fake.urls, comment), {
      location: commentJson(fake.urls, comment).url
    })
  },

  async 'issues/get-comment'({ fake, params }) {
    const comment = fake.comments.get(Number(params.comment_id))
    return comment ? json(200, commentJson(fake.urls, comment)) : notFound()
  },

  async 'issues/update-comment'({ fake, params, body }) {
    const comment = fake.comments.get(Number(params.comment_id))
    if (!comment) return notFound()
    comment.body = String(body.body)
    comment.updatedAt = fake.now()
    return json(200, commentJson(fake.urls, comment))
  },

  async 'issues/delete-comment'({ fake, params }) {
    const comment = fake.comments.get(Number(params.comment_id))
    if (!comment) return notFound()
    fake.comments.delete(comment.id)
    return { status: 204 }
  }
}
