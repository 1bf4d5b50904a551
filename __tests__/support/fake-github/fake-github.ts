import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  GitStore,
  readDirectoryFiles,
  type CommitInfo,
  type FileMap,
  type Signature
} from './git-store.js'
import { GRAPHQL_PATH, graphqlErrors, graphqlProblems, serveGraphql } from './graphql.js'
import { OpenApiValidator } from './openapi-validator.js'
import {
  addReview,
  closePull,
  mergePull,
  pullDetailJson,
  pullInfo,
  type ClosedPull,
  type MergeOptions,
  type PullInfo
} from './pull-lifecycle.js'
import {
  errorBody,
  noreplyEmail,
  pullJson,
  repositoryJson,
  type FakeComment,
  type FakeIssue,
  type FakePull,
  type FakeUser,
  type Urls
} from './responses.js'
import type { AddedReview, FakeReview, FakeReviewComment, ReviewSeed } from './reviews.js'
import type { RouteResult, Routes } from './route-types.js'
import { actionRoutes, type FakeDispatch, type FakeWorkflow } from './routes-actions.js'
import { commitRoutes } from './routes-commits.js'
import { contentRoutes } from './routes-contents.js'
import { gitRoutes } from './routes-git.js'
import { issueRoutes } from './routes-issues.js'
import { pullRoutes } from './routes-pulls.js'
import { reactionRoutes, type FakeReaction, type ReactionOutcome } from './routes-reactions.js'
import { repoRoutes } from './routes-repo.js'

const routes: Routes = {
  ...repoRoutes,
  ...contentRoutes,
  ...commitRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...reactionRoutes,
  ...actionRoutes
}

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
  /** The OpenAPI operation; 'graphql' for POST /graphql; null when nothing matched (404). */
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
   * 2xx responses of the fake that break GitHub's response schema: the fake's own bugs. Every
   * route answers to schema today (fake-github.test.ts asserts it for the issue-12 routes).
   */
  readonly responseFailures: ValidationFailure[] = []
  readonly actor: FakeUser
  readonly committer = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
  }
  /** Reviews (addReview) by id, and their inline comments by id. */
  readonly reviews = new Map<number, FakeReview>()
  readonly reviewComments = new Map<number, FakeReviewComment>()
  /** Every reaction, REST or GraphQL, in order; a repeated one is not recorded twice. */
  readonly reactions: FakeReaction[] = []
  /** Workflows by file name (addWorkflow), and the dispatches GitHub accepted. */
  readonly workflows = new Map<string, FakeWorkflow>()
  readonly dispatches: FakeDispatch[] = []
  /** The repository's labels: lowercased name -> name (seeded issues' labels, added ones). */
  readonly labels = new Map<string, string>()
  /** Commits GitHub would show as Verified: API commits without custom author/committer, merges. */
  readonly verifiedCommits = new Set<string>()

  private server?: Server
  private store?: GitStore
  private readonly validator = OpenApiValidator.default
  private readonly injections: (Injection & { remaining: number })[] = []
  private readonly users = new Map<string, FakeUser>()
  private nextNumber = 1
  private nextCommentId = 1_000_001
  private readonly nextIds = { review: 3_000_001, 'review-comment': 2_000_001, workflow: 161_335 }
  /** Commit emails GitHub links to an account (lowercased email -> login). */
  private readonly emails = new Map<string, string>()
  private readonly reactionDetails: { reactionId: number; createdAt: string }[] = []
  private clock = Date.parse('2026-01-01T00:00:00Z')

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'octo-org'
    this.repo = options.repo ?? 'octo-repo'
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.actor = this.userFor(options.actor ?? 'github-actions[bot]')
    this.userFor(this.owner)
    // The initial commit's author, and GitHub's own identity on merge commits.
    this.linkEmail('octocat@example.com', 'octocat')
    this.linkEmail('noreply@github.com', 'web-flow')
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

  /**
   * Simulates someone pushing one commit to `branch` (created from the default branch if new).
   * The commit is authored by `login` (default octocat) with their noreply email, so
   * repos/list-commits shows that account; an `author` signature overrides name, email, date
   * (its email then belongs to `login` only when `login` is given).
   */
  async pushCommit(
    branch: string,
    files: FileMap,
    message = `Update ${branch}`,
    options: { remove?: string[]; author?: Partial<Signature>; login?: string } = {}
  ): Promise<string> {
    const head = (await this.branchHead(branch)) ?? (await this.branchHead(this.defaultBranch))
    const user = this.userFor(options.login ?? 'octocat')
    const author = {
      name: user.login,
      email: noreplyEmail(user),
      date: this.now(),
      ...options.author
    }
    if (options.login) this.linkEmail(author.email, user.login)
    const sha = await this.git.commitFiles(
      files,
      message,
      head ?? undefined,
      author,
      options.remove
    )
    await this.git.updateRef(`refs/heads/${branch}`, sha)
    return sha
  }

  /**
   * The account GitHub links a commit email to: a registered one, or the login inside a
   * `[id+]login@users.noreply.github.com` address (so github-actions[bot] for the token's
   * commits); null when no account has it.
   */
  userForEmail(email: string): FakeUser | null {
    const registered = this.emails.get(email.toLowerCase())
    const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email)?.[1]
    const login = registered ?? noreply
    return login ? this.userFor(login) : null
  }

  /** Makes `email` belong to `login` (GitHub links verified emails to accounts). */
  linkEmail(email: string, login: string): void {
    this.emails.set(email.toLowerCase(), login)
  }

  /** The next id of a kind (GitHub's id spaces differ per kind). */
  allocateId(kind: 'review' | 'review-comment' | 'workflow'): number {
    return this.nextIds[kind]++
  }

  /** A branch name, tag name or full ref that exists (what workflow_dispatch accepts as `ref`). */
  async resolveBranchOrTag(ref: string): Promise<string | null> {
    const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]
    for (const candidate of candidates) {
      const sha = (await this.git.refs(candidate)).get(candidate)
      if (sha) return sha
    }
    return null
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
      labels: (seed.labels ?? []).map(name => this.label(name)),
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

  /** The repository's label of that name (matched case-insensitively), created if new. */
  label(name: string): string {
    const key = name.toLowerCase()
    if (!this.labels.has(key)) this.labels.set(key, name)
    return this.labels.get(key)!
  }

  addPull(pull: Pick<FakePull, 'title' | 'body' | 'head' | 'base' | 'draft'>): FakePull {
    const now = this.now()
    const created: FakePull = {
      ...pull,
      number: this.nextNumber++,
      state: 'open',
      user: this.actor,
      labels: [],
      createdAt: now,
      updatedAt: now
    }
    this.pulls.set(created.number, created)
    return created
  }

  /** The fields the webhook helpers need, as GitHub would send them now. */
  pullInfo(number: number): Promise<PullInfo> {
    return pullInfo(this, number)
  }

  /**
   * Merges an open pull request the way GitHub's button does: the base branch moves (a merge
   * commit by default), the pull request is closed and merged. Throws on conflicts.
   */
  mergePull(number: number, options: MergeOptions = {}): Promise<ClosedPull> {
    return mergePull(this, number, options)
  }

  /** Closes a pull request without merging it. */
  closePull(number: number): Promise<ClosedPull> {
    return closePull(this, number)
  }

  /**
   * Submits a review on a pull request, with inline comments on lines of its diff (a line
   * outside the diff throws, as GitHub refuses it). The result feeds pullRequestReviewEvent.
   */
  addReview(pullNumber: number, seed: ReviewSeed): Promise<AddedReview> {
    return addReview(this, pullNumber, seed)
  }

  /** pulls/get's full pull request: counts from git and from the fake's comments and reviews. */
  pullDetailJson(pull: FakePull) {
    return pullDetailJson(this, pull)
  }

  /**
   * Records a reaction by `user` (default: the token's identity). Adding the same reaction
   * again changes nothing and says so (`created: false`), as GitHub's 200 does.
   */
  react(
    subject: FakeReaction['subject'],
    id: number,
    content: string,
    user: string = this.actor.login
  ): ReactionOutcome {
    let index = this.reactions.findIndex(
      reaction =>
        reaction.subject === subject &&
        reaction.id === id &&
        reaction.content === content &&
        reaction.user.toLowerCase() === user.toLowerCase()
    )
    const created = index === -1
    if (created) {
      index = this.reactions.push({ subject, id, content, user }) - 1
      this.reactionDetails[index] = { reactionId: 9_000_001 + index, createdAt: this.now() }
    }
    return { created, user: this.reactions[index]!.user, content, ...this.reactionDetails[index]! }
  }

  /**
   * Declares a workflow file for actions/create-workflow-dispatch (by file name or the returned
   * id). Defaults: it has a workflow_dispatch trigger, declares no inputs, requires none.
   */
  addWorkflow(
    file: string,
    options: { dispatch?: boolean; inputs?: string[]; required?: string[] } = {}
  ): FakeWorkflow {
    const workflow: FakeWorkflow = {
      id: this.allocateId('workflow'),
      file,
      dispatch: options.dispatch ?? true,
      inputs: options.inputs ?? [],
      required: options.required ?? []
    }
    this.workflows.set(file, workflow)
    return workflow
  }

  workflowFor(idOrFile: string): FakeWorkflow | undefined {
    return (
      this.workflows.get(idOrFile) ??
      [...this.workflows.values()].find(workflow => String(workflow.id) === idOrFile)
    )
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
    return { ...pull, locked: false, labels: pull.labels, body: pull.body }
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

    // GraphQL lives outside the OpenAPI description: graphql.ts checks those requests itself.
    const graphql = method === 'POST' && record.path === GRAPHQL_PATH
    const match = graphql ? null : this.validator.match(method, url.pathname)
    record.operationId = graphql ? 'graphql' : (match?.operationId ?? null)
    if (match || graphql) {
      const problems = graphql
        ? graphqlProblems(record.body)
        : this.validator.validate(method, url.pathname, url.searchParams, record.body)
      if (problems.length > 0) {
        this.validationFailures.push({ method, path: record.path, problems })
        if (graphql) return send(graphqlErrors(problems))
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
    if (graphql) {
      const result = serveGraphql(this, record.body)
      return send(fault ?? result)
    }

    const sameRepo =
      match &&
      (match.params.owner === undefined ||
        (match.params.owner.toLowerCase() === this.owner.toLowerCase() &&
          match.params.repo?.toLowerCase() === this.repo.toLowerCase()))
    const handler = match && sameRepo ? routes[match.operationId] : undefined
    if (!match || (sameRepo && !handler)) {
      // A request the fake cannot serve is a gap in the fake (or a route the code should not
      // call), never a quiet 404 that a test could mistake for GitHub's answer.
      this.validationFailures.push({
        method,
        path: record.path,
        problems: [match ? `no fake route for ${match.operationId}` : 'not in the OpenAPI subset']
      })
    }
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
