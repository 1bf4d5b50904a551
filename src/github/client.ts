import { Octokit as RestOctokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { Logger } from '../log/logger.js'

const ClientClass = RestOctokit.plugin(retry, throttling)
export type Octokit = InstanceType<typeof ClientClass>

type LimitHandler = NonNullable<ThrottlingOptions['onRateLimit']>
type Group = NonNullable<ThrottlingOptions['write']>

export interface CreateOctokitOptions {
  token: string
  /** REST root, e.g. GITHUB_API_URL: https://api.github.com, a GHES `/api/v3` URL, or a fake. */
  baseUrl?: string
  log: Logger
  /** Attempts after the first for 5xx and network errors (plugin-retry). */
  retries?: number
  /** Retries after a primary or secondary rate limit before giving up. */
  rateLimitRetries?: number
  /**
   * Test-only: multiplies every wait (retry back-off, retry-after, write spacing). Defaults to
   * the ADW_RETRY_DELAY_SCALE environment variable, else 1. Production leaves it alone.
   */
  delayScale?: number
  userAgent?: string
}

export interface RequestStats {
  /** HTTP requests sent, retries included: what counts against the rate limit. */
  total: number
  /** Requests other than GET/HEAD. */
  writes: number
}

const statsByClient = new WeakMap<object, RequestStats>()
// Attempts per `METHOD /path`, retries included: lets a caller tell its own retried write from
// another writer's.
const attemptsByClient = new WeakMap<object, Map<string, number>>()

/**
 * How many times a client sent `method` to `path` (`/repos/o/r/pulls`; a GHES `/api/v3`
 * prefix is ignored), retries included.
 */
export function attemptsAt(octokit: Octokit, method: string, path: string): number {
  let count = 0
  for (const [key, value] of attemptsByClient.get(octokit) ?? []) {
    const [sent, pathname] = key.split(' ')
    if (sent === method.toUpperCase() && pathname.endsWith(path)) count += value
  }
  return count
}

/** How many API calls a client made so far (the action reports it in its summary). */
export function requestStats(octokit: Octokit): RequestStats {
  const stats = statsByClient.get(octokit)
  if (!stats) throw new Error('requestStats: this client was not made by createOctokit')
  return { ...stats }
}

export function createOctokit(options: CreateOctokitOptions): Octokit {
  const { log } = options
  const scale = options.delayScale ?? delayScaleFromEnv()
  const rateLimitRetries = options.rateLimitRetries ?? 2
  const stats: RequestStats = { total: 0, writes: 0 }
  const attempts = new Map<string, number>()

  // Counting at the fetch layer sees every attempt, including the ones plugins retry.
  const countingFetch: typeof fetch = (input, init) => {
    stats.total += 1
    const method = (init?.method ?? 'GET').toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') stats.writes += 1
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const key = `${method} ${new URL(url).pathname}`
    attempts.set(key, (attempts.get(key) ?? 0) + 1)
    return fetch(input, init)
  }

  const onLimit =
    (kind: string): LimitHandler =>
    (retryAfter, request, _octokit, retryCount) => {
      const route = `${request.method} ${request.url}`
      if (retryCount < rateLimitRetries) {
        log.warning(`GitHub ${kind} rate limit on ${route}; retrying in ${retryAfter}s`)
        return true
      }
      log.warning(`GitHub ${kind} rate limit on ${route}; giving up after ${retryCount} retries`)
      return false
    }

  const throttle: ThrottlingOptions & { onRateLimit: LimitHandler } = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: 1000 * scale
  }
  if (scale !== 1) {
    // The plugin spaces writes 1s (3s for notifying writes) apart, as GitHub asks; tests that
    // shrink waits shrink this too, or each publish would take seconds.
    throttle.write = spacedGroup(1000 * scale) as unknown as Group
    throttle.notifications = spacedGroup(3000 * scale) as unknown as Group
  }

  const octokit = new ClientClass({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'adw-plan-action',
    log: {
      debug: message => log.debug(message),
      info: message => log.debug(message),
      warn: message => log.warning(message),
      error: message => log.warning(message)
    },
    request: { fetch: countingFetch },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: 1000 * scale,
      // 429 belongs to the throttling plugin, which honours retry-after.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle
  })
  // GitHub answers some secondary limits with a bare 429 and `retry-after` (no
  // `x-ratelimit-remaining: 0`, no "secondary rate" wording): the throttling plugin lets those
  // through and plugin-retry must not retry a 429 blindly, so they are honoured here. Registered
  // last, this hook wraps both plugins and only sees what they gave up on.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let retried = 0; ; retried++) {
      try {
        return await request(requestOptions)
      } catch (error) {
        const wait = untreatedRetryAfter(error)
        const route = `${requestOptions.method} ${requestOptions.url}`
        if (wait === undefined) throw error
        if (retried >= rateLimitRetries) {
          log.warning(`GitHub rate limit (429) on ${route}; giving up after ${retried} retries`)
          throw error
        }
        log.warning(`GitHub rate limit (429) on ${route}; retrying in ${wait}s`)
        await new Promise(resolve => setTimeout(resolve, wait * 1000 * scale))
      }
    }
  })
  statsByClient.set(octokit, stats)
  attemptsByClient.set(octokit, attempts)
  return octokit
}

/** Seconds to wait before repeating a 429 the throttling plugin did not handle; else undefined. */
function untreatedRetryAfter(error: unknown): number | undefined {
  const failed = error as {
    status?: unknown
    message?: unknown
    response?: { headers?: Record<string, string | undefined> }
  }
  if (failed?.status !== 429) return undefined
  const headers = failed.response?.headers ?? {}
  const handledByThrottling =
    headers['x-ratelimit-remaining'] === '0' || /\bsecondary rate\b/i.test(String(failed.message))
  if (handledByThrottling) return undefined
  const seconds = Number(headers['retry-after'])
  // Without a retry-after GitHub asks for at least a minute before trying again. A longer wait
  // than five minutes is better reported (the error says to run again later) than slept through.
  if (!Number.isFinite(seconds) || seconds < 0) return 60
  return seconds <= 300 ? seconds : undefined
}

function delayScaleFromEnv(): number {
  const raw = process.env.ADW_RETRY_DELAY_SCALE
  if (raw === undefined || raw.trim() === '') return 1
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`ADW_RETRY_DELAY_SCALE must be a non-negative number, got "${raw}"`)
  }
  return value
}

/**
 * The throttling plugin only calls `group.key(id).schedule(options, fn)`; this stand-in keeps
 * jobs in order and `minTime` ms apart, without pulling bottleneck in as a direct dependency.
 */
function spacedGroup(minTime: number) {
  let chain: Promise<unknown> = Promise.resolve()
  let lastStart = 0
  const limiter = {
    schedule<T>(first: unknown, ...rest: unknown[]): Promise<T> {
      const args = typeof first === 'function' ? [first, ...rest] : rest
      const [fn, ...fnArgs] = args as [(...a: unknown[]) => Promise<T>, ...unknown[]]
      const run = chain.then(async () => {
        const wait = lastStart + minTime - Date.now()
        if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
        lastStart = Date.now()
        return fn(...fnArgs)
      })
      chain = run.catch(() => undefined)
      return run
    }
  }
  return { key: () => limiter }
}
