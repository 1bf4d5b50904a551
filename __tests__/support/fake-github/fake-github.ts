import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  GitStore,
  readDirectoryFiles,
  type CommitInfo,
  type FileMap,
  type Signature
} from './git-store.js'
import { OpenApiValidator } from './openapi-validator.js'
import {
  errorBody,
  pullJson,
  repositoryJson,
  type FakeComment,
  type FakeIssue,
  type FakePull,
  type FakeUser,
  type Urls
} from './responses.js'
import type { RouteResult, Routes } from './route-types.js'
import { gitRoutes } from './routes-git.js'
import { issueRoutes } from './routes-issues.js'
import { pullRoutes } from './routes-pulls.js'
import { repoRoutes } from './routes-repo.js'

const routes: Routes = { ...repoRoutes, ...gitRoutes, ...issueRoutes, ...pullRoutes }

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** Initial content of the default branch (one commit). */
  files?: FileMap
  /** Or: a directory whose files (minus .git) make the initial commit. */
  directory?: string
  /** When set, requests must carry this token, else 401 "Bad credentials". */
  token?: string
  /** Login the fake treats as the caller (author of comments and PRs it creates). */
  actor?: string
  /** Web root for html_url fields. */
  htmlUrl?: string
}

export interface RecordedRequest {
  method: string
  /** Decoded path without the query string, e.g. /repos/o/r/git/ref/heads/main */
  path: string
  query: Record<string, string>
  body: unknown
  status: number
  operationId: string | null
  /** The JSON sent back (undefined for binary and empty answers): what the client saw. */
  response?: unknown
}

export interface ValidationFailure {
  method: string
  path: string
  problems: string[]
}

export interface Injection {
  method?: string
  /** Exact decoded path, or a pattern tested against it. */
  path: string | RegExp
  /** The status to answer with; omitted, the request is served normally (after `before`). */
  status?: number
  /** Defaults to GitHub's error shape with a message for the status. */
  body?: unknown
  headers?: Record<string, string>
  /** How many matching requests are affected; default 1. */
  times?: number
  /**
   * Serve the request first (its write happens), then answer with the fault: a gateway that
   * times out after GitHub committed the change, so the client cannot tell a retry is a repeat.
   */
  afterWrite?: boolean
  /** Runs when a matching request arrives, before it is served: "meanwhile, someone pushed". */
  before?: (fake: FakeGitHub) => Promise<void> | void
}

export interface SeedIssue {
  number?: number
  title: string
  body?: string | null
  labels?: string[]
  state?: 'open' | 'closed'
  locked?: boolean
  user?: string
}

/**
 * A local stand-in for api.github.com: an HTTP server over a real bare git repository, with
 * in-memory issues, comments and pull requests. Every request is recorded and validated
 * against GitHub's OpenAPI description; faults can be injected per route.
 */
export class FakeGitHub {
  readonly owner: string
  readonly repo: string
  readonly defaultBranch: string
  readonly issues = new Map<number, FakeIssue>()
  readonly pulls = new Map<number, FakePull>()
  readonly comments = new Map<number, FakeComment>()
  /** Collaborator permission per lowercased login ('admin' | 'write' | 'read' | ...). */
  readonly permissions = new Map<string, string>()
  readonly requests: RecordedRequest[] = []
  readonly validationFailures: ValidationFailure[] = []
  /**
   * 2xx responses of the fake that break GitHub's response schema. Informational for now: the
   * fake omits many repository URL fields the action never reads, so this is not asserted empty.
   */
  readonly responseFailures: ValidationFailure[] = []
  readonly actor: FakeUser
  readonly committer = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
  }

  private server?: Server
  private store?: GitStore
  private readonly validator = OpenApiValidator.default
  private readonly injections: (Injection & { remaining: number })[] = []
  private readonly users = new Map<string, FakeUser>()
  private nextNumber = 1
  private nextCommentId = 1_000_001
  private clock = Date.parse('2026-01-01T00:00:00Z')

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'octo-org'
    this.repo = options.repo ?? 'octo-repo'
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.actor = this.userFor(options.actor ?? 'github-actions[bot]')
    this.userFor(this.owner)
  }

  /** Creates, seeds and starts a fake in one call. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options)
    await fake.start()
    return fake
  }

  get url(): string {
    if (!this.server) throw new Error('FakeGitHub is not started')
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  get git(): GitStore {
    if (!this.store) throw new Error('FakeGitHub is not started')
    return this.store
  }

  get urls(): Urls {
    return {
      api: this.url,
      html: this.options.htmlUrl ?? 'https://github.com',
      owner: this.owner,
      repo: this.repo
    }
  }

  async start(): Promise<void> {
    if (this.server) return
    this.store = await GitStore.create()
    const files = this.options.directory
      ? await readDirectoryFiles(this.options.directory)
      : (this.options.files ?? { 'README.md': `# ${this.repo}\n` })
    const sha = await this.store.commitFiles(files, 'Initial commit', undefined, {
      name: 'Octo Cat',
      email: 'octocat@example.com',
      date: '2026-01-01T00:00:00Z'
    })
    await this.store.updateRef(`refs/heads/${this.defaultBranch}`, sha)
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(error => {
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify(errorBody(500, `fake crashed: ${String(error?.stack ?? error)}`))
        )
      })
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    if (server) {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
    await this.store?.dispose()
    this.store = undefined
  }

  // ---- fault injection and request log -------------------------------------------------

  inject(injection: Injection): void {
    this.injections.push({ ...injection, remaining: injection.times ?? 1 })
  }

  /** Requests other than GET/HEAD. */
  writeRequests(): RecordedRequest[] {
    return this.requests.filter(request => request.method !== 'GET' && request.method !== 'HEAD')
  }

  /** "METHOD /path" lines, handy for exact assertions on request sequences. */
  requestLines(): string[] {
    return this.requests.map(request => `${request.method} ${request.path}`)
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  // ---- repository state ---------------------------------------------------------------

  async branchHead(branch: string): Promise<string | null> {
    return (await this.git.refs(`refs/heads/${branch}`)).get(`refs/heads/${branch}`) ?? null
  }

  /** Simulates someone pushing one commit to `branch` (created from the default branch if new). */
  async pushCommit(
    branch: string,
    files: FileMap,
    message = `Update ${branch}`,
    options: { remove?: string[]; author?: Partial<Signature> } = {}
  ): Promise<string> {
    const head = (await this.branchHead(branch)) ?? (await this.branchHead(this.defaultBranch))
    const sha = await this.git.commitFiles(
      files,
      message,
      head ?? undefined,
      options.author ?? { name: 'A Human', email: 'human@example.com', date: this.now() },
      options.remove
    )
    await this.git.updateRef(`refs/heads/${branch}`, sha)
    return sha
  }

  /** Points a branch at any commit, as a force-push would. */
  async setBranch(branch: string, sha: string): Promise<void> {
    await this.git.updateRef(`refs/heads/${branch}`, sha)
  }

  async readFiles(branch: string): Promise<FileMap> {
    return this.git.readFiles(`refs/heads/${branch}`)
  }

  async readFile(branch: string, path: string): Promise<string | undefined> {
    return (await this.readFiles(branch))[path]
  }

  /** First-parent history of a branch, newest first. */
  async history(branch: string): Promise<CommitInfo[]> {
    return this.git.log(`refs/heads/${branch}`)
  }

  async branches(): Promise<string[]> {
    return [...(await this.git.refs('refs/heads/')).keys()].map(ref =>
      ref.replace(/^refs\/heads\//, '')
    )
  }

  // ---- issues, comments, pull requests ------------------------------------------------

  seedIssue(seed: SeedIssue): FakeIssue {
    const number = seed.number ?? this.nextNumber
    this.nextNumber = Math.max(this.nextNumber, number + 1)
    const now = this.now()
    const issue: FakeIssue = {
      number,
      title: seed.title,
      body: seed.body ?? null,
      labels: seed.labels ?? [],
      state: seed.state ?? 'open',
      locked: seed.locked ?? false,
      user: this.userFor(seed.user ?? 'octocat'),
      createdAt: now,
      updatedAt: now
    }
    this.issues.set(number, issue)
    return issue
  }

  /** Adds a comment as `user` (default: a human), e.g. to pre-seed a tracking comment. */
  addComment(issueNumber: number, body: string, user: FakeUser | string = 'octocat'): FakeComment {
    const now = this.now()
    const comment: FakeComment = {
      id: this.nextCommentId++,
      issueNumber,
      body,
      user: typeof user === 'string' ? this.userFor(user) : user,
      createdAt: now,
      updatedAt: now
    }
    this.comments.set(comment.id, comment)
    return comment
  }

  commentsOf(issueNumber: number): FakeComment[] {
    return [...this.comments.values()].filter(comment => comment.issueNumber === issueNumber)
  }

  addPull(pull: Pick<FakePull, 'title' | 'body' | 'head' | 'base' | 'draft'>): FakePull {
    const now = this.now()
    const created: FakePull = {
      ...pull,
      number: this.nextNumber++,
      state: 'open',
      user: this.actor,
      createdAt: now,
      updatedAt: now
    }
    this.pulls.set(created.number, created)
    return created
  }

  openPulls(): FakePull[] {
    return [...this.pulls.values()].filter(pull => pull.state === 'open')
  }

  /** Issues and pull requests share numbers; the issues API serves both. */
  issueOrPull(number: number): FakeIssue | undefined {
    const issue = this.issues.get(number)
    if (issue) return issue
    const pull = this.pulls.get(number)
    if (!pull) return undefined
    return { ...pull, locked: false, labels: [], body: pull.body }
  }

  isPull(number: number): boolean {
    return this.pulls.has(number)
  }

  userFor(login: string): FakeUser {
    const key = login.toLowerCase()
    let user = this.users.get(key)
    if (!user) {
      user = { login, id: 100 + this.users.size, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
      this.users.set(key, user)
    }
    return user
  }

  repositoryJson() {
    return repositoryJson(this.urls, this.userFor(this.owner), 4242, this.defaultBranch)
  }

  async pullJson(pull: FakePull) {
    const head = (await this.branchHead(pull.head)) ?? '0'.repeat(40)
    const base = (await this.branchHead(pull.base)) ?? '0'.repeat(40)
    return pullJson(this.urls, pull, { head, base }, this.repositoryJson())
  }

  /** A strictly increasing timestamp, so ordering in tests never depends on the wall clock. */
  now(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  // ---- HTTP ---------------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake.invalid')
    const method = (request.method ?? 'GET').toUpperCase()
    const raw = await readBody(request)
    const record: RecordedRequest = {
      method,
      path: safeDecode(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      operationId: null
    }
    this.requests.push(record)
    const send = (result: RouteResult) => {
      record.status = result.status
      record.response = result.body
      const headers: Record<string, string> = {
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...result.headers
      }
      if (result.raw) {
        response.writeHead(result.status, headers)
        response.end(result.raw)
        return
      }
      const payload = result.body === undefined ? '' : JSON.stringify(result.body)
      response.writeHead(result.status, {
        ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...headers
      })
      response.end(payload)
    }

    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw)
      } catch {
        return send({ status: 400, body: errorBody(400, 'Problems parsing JSON') })
      }
    }

    if (this.options.token !== undefined) {
      const auth = request.headers.authorization ?? ''
      if (auth.replace(/^(token|bearer)\s+/i, '') !== this.options.token) {
        return send({ status: 401, body: errorBody(401, 'Bad credentials') })
      }
    }

    const match = this.validator.match(method, url.pathname)
    record.operationId = match?.operationId ?? null
    if (match) {
      const problems = this.validator.validate(method, url.pathname, url.searchParams, record.body)
      if (problems.length > 0) {
        this.validationFailures.push({ method, path: record.path, problems })
        return send({
          status: 422,
          body: errorBody(
            422,
            'Invalid request.',
            problems.map(message => ({ message }))
          )
        })
      }
    }

    const injection = this.injections.find(
      candidate =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        (typeof candidate.path === 'string'
          ? candidate.path === record.path
          : candidate.path.test(record.path))
    )
    if (injection) injection.remaining -= 1
    await injection?.before?.(this)
    const fault =
      injection?.status === undefined
        ? undefined
        : {
            status: injection.status,
            body: injection.body ?? errorBody(injection.status, defaultMessage(injection.status)),
            headers: injection.headers
          }
    if (fault && !injection?.afterWrite) return send(fault)

    const sameRepo =
      match &&
      (match.params.owner === undefined ||
        (match.params.owner.toLowerCase() === this.owner.toLowerCase() &&
          match.params.repo?.toLowerCase() === this.repo.toLowerCase()))
    const handler = match && sameRepo ? routes[match.operationId] : undefined
    if (!handler || !match) return send(fault ?? { status: 404, body: errorBody(404, 'Not Found') })
    const result = await handler({
      fake: this,
      params: match.params,
      query: url.searchParams,
      body: record.body
    })
    const problems = this.validator.validateResponse(
      method,
      url.pathname,
      result.status,
      result.body
    )
    if (problems.length > 0) this.responseFailures.push({ method, path: record.path, problems })
    send(fault ?? result)
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', chunk => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable'
  }
  return messages[status] ?? 'Error'
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
