import { errorBody } from './responses.js'
import { reviewCommentJson } from './reviews.js'
import { json, type Routes } from './route-types.js'
import { paginate } from './paginate.js'

const notFound = () => json(404, errorBody(404, 'Not Found'))

const validationFailed = (errors: unknown[]) =>
  json(422, errorBody(422, 'Validation Failed', errors))

export const pullRoutes: Routes = {
  async 'pulls/list'({ fake, query }) {
    const state = query.get('state') ?? 'open'
    let head = query.get('head')
    if (head && !head.includes(':')) head = null // GitHub ignores a head without "owner:"
    const base = query.get('base')
    const pulls = [...fake.pulls.values()]
      .filter(pull => state === 'all' || pull.state === state)
      .filter(pull => !head || `${fake.owner}:${pull.head}`.toLowerCase() === head.toLowerCase())
      .filter(pull => !base || pull.base === base)
      .sort((a, b) => b.number - a.number)
    const items = await Promise.all(pulls.map(pull => fake.pullJson(pull)))
    return paginate(fake, `/repos/${fake.owner}/${fake.repo}/pulls`, query, items)
  },

  async 'pulls/create'({ fake, body }) {
    const head = String(body.head).replace(new RegExp(`^${fake.owner}:`, 'i'), '')
    const base = String(body.base)
    const headSha = await fake.branchHead(head)
    const baseSha = await fake.branchHead(base)
    if (!headSha)
      return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    if (!baseSha)
      return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    const duplicate = [...fake.pulls.values()].find(
      pull => pull.state === 'open' && pull.head === head && pull.base === base
    )
    if (duplicate) {
      return validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${fake.owner}:${head}.`
        }
      ])
    }
    if (await fake.git.isAncestor(headSha, baseSha)) {
      return validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${base} and ${head}`
        }
      ])
    }
    const pull = fake.addPull({
      title: String(body.title ?? ''),
      body: body.body ?? null,
      head,
      base,
      draft: body.draft === true
    })
    const created = await fake.pullDetailJson(pull)
    return json(201, created, { location: created.url })
  },

  async 'pulls/get'({ fake, params }) {
    const pull = fake.pulls.get(Number(params.pull_number))
    if (!pull) return notFound()
    return json(200, await fake.pullDetailJson(pull))
  },

  async 'pulls/list-comments-for-review'({ fake, params, query }) {
    const number = Number(params.pull_number)
    const review = fake.reviews.get(Number(params.review_id))
    if (!review || review.pullNumber !== number) return notFound()
    const association = review.user.association ?? 'OWNER'
    const items = review.commentIds.map(id =>
      reviewCommentJson(fake.urls, fake.reviewComments.get(id)!, association)
    )
    const path = `/repos/${fake.owner}/${fake.repo}/pulls/${number}/reviews/${review.id}/comments`
    return paginate(fake, path, query, items)
  },

  async 'pulls/update'({ fake, params, body }) {
    const pull = fake.pulls.get(Number(params.pull_number))
    if (!pull) return notFound()
    if (body.title !== undefined) pull.title = body.title
    if (body.body !== undefined) pull.body = body.body
    if (body.state !== undefined) pull.state = body.state
    if (body.base !== undefined) pull.base = body.base
    pull.updatedAt = fake.now()
    return json(200, await fake.pullDetailJson(pull))
  }
}
