// Octokit errors say "Resource not accessible by integration"; a maintainer needs to know which
// request failed and which line of the workflow file or which repository setting fixes it.

export const ACTIONS_PR_SETTING = 'Allow GitHub Actions to create and approve pull requests'

/** GitHub refuses pull request creation by the workflow token until the repository allows it. */
export class PullRequestsNotPermittedError extends Error {
  override name = 'PullRequestsNotPermittedError'
  constructor(readonly request: string) {
    super(
      `${request} was refused: GitHub Actions is not permitted to create pull requests in this ` +
        `repository. Enable "Settings > Actions > General > Workflow permissions > ` +
        `${ACTIONS_PR_SETTING}" (for an organisation, the organisation setting as well), or pass ` +
        `a token that may open pull requests as the github-token input.`
    )
  }
}

/** A failed GitHub request, with a message that names the fix. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    readonly status: number,
    readonly request: string,
    readonly permission?: string
  ) {
    super(message)
  }
}

interface RequestErrorLike {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { data?: unknown }
}

export function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<RequestErrorLike>).status === 'number' &&
    typeof (error as Partial<RequestErrorLike>).request === 'object'
  )
}

export function hasStatus(error: unknown, status: number): boolean {
  return isRequestError(error) && error.status === status
}

/** GitHub's own message (`{ message }` in the body), not Octokit's decorated one. */
export function githubMessage(error: unknown): string {
  if (!isRequestError(error)) return error instanceof Error ? error.message : String(error)
  const data = error.response?.data
  if (
    data &&
    typeof data === 'object' &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    return (data as { message: string }).message
  }
  return error.message
}

export function isActionsPullRequestRefusal(error: unknown): boolean {
  return (
    hasStatus(error, 403) &&
    /GitHub Actions is not permitted to create or approve pull requests/i.test(githubMessage(error))
  )
}

/** "POST /repos/o/r/git/refs": method and path, without host, query or credentials. */
export function describeRequest(error: RequestErrorLike): string {
  const method = (error.request?.method ?? 'GET').toUpperCase()
  const url = error.request?.url ?? ''
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    path = url.split('?')[0] ?? url
  }
  // GHES serves the REST API under /api/v3; the route is the interesting part.
  path = path.replace(/^\/api\/v3(?=\/)/, '')
  return `${method} ${decodeURIComponentSafe(path)}`
}

/** The `permissions:` entry a request needs, judged from its route. */
export function permissionFor(method: string, path: string): string {
  const access = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
  if (/\/actions\//.test(path)) return `actions: ${access}`
  if (/\/pulls(\/|$)/.test(path)) return `pull-requests: ${access}`
  if (/\/issues(\/|$)/.test(path)) return `issues: ${access}`
  return `contents: ${access}`
}

/** Wraps any error from a GitHub call; non-HTTP errors pass through untouched. */
export function explainGitHubError(error: unknown): Error {
  if (error instanceof GitHubApiError || error instanceof PullRequestsNotPermittedError) {
    return error
  }
  if (!isRequestError(error)) return error instanceof Error ? error : new Error(String(error))
  const request = describeRequest(error)
  const [method = 'GET', path = ''] = request.split(' ')
  const detail = githubMessage(error)
  const isWrite = method !== 'GET' && method !== 'HEAD'

  if (isActionsPullRequestRefusal(error)) return new PullRequestsNotPermittedError(request)

  if (error.status === 401) {
    return new GitHubApiError(
      `${request} failed (401 ${detail}): the token was rejected. Check the github-token input ` +
        `(expired, revoked, or not a token for this GitHub host).`,
      401,
      request
    )
  }
  if (error.status === 429 || (error.status === 403 && /rate limit/i.test(detail))) {
    return new GitHubApiError(
      `${request} failed (${error.status} ${detail}): GitHub's rate limit held after the ` +
        `retries; run the workflow again later.`,
      error.status,
      request
    )
  }
  if ((error.status === 403 || error.status === 404) && isWrite) {
    const permission = permissionFor(method, path)
    return new GitHubApiError(
      `${request} failed (${error.status} ${detail}): the token may not write here. Grant ` +
        `\`${permission}\` in the workflow's \`permissions:\` block (or use a token with that ` +
        `access); a 404 on a write can also mean the repository or branch does not exist.`,
      error.status,
      request,
      permission
    )
  }
  if (error.status === 403 || error.status === 404) {
    const permission = permissionFor(method, path)
    return new GitHubApiError(
      `${request} failed (${error.status} ${detail}): not found, or the token may not read it ` +
        `(needs \`${permission}\`).`,
      error.status,
      request,
      permission
    )
  }
  return new GitHubApiError(`${request} failed (${error.status} ${detail})`, error.status, request)
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
