import type { FakeGitHub } from './fake-github.js'
import { json, type RouteResult } from './route-types.js'

/** GitHub-style page/per_page with a Link header, so Octokit's paginate() walks it for real. */
export function paginate(
  fake: FakeGitHub,
  path: string,
  query: URLSearchParams,
  items: unknown[]
): RouteResult {
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (target: number, rel: string) => {
    const params = new URLSearchParams(query)
    params.set('per_page', String(perPage))
    params.set('page', String(target))
    return `<${fake.urls.api}${path}?${params}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  return json(
    200,
    items.slice((page - 1) * perPage, page * perPage),
    links.length ? { link: links.join(', ') } : undefined
  )
}
