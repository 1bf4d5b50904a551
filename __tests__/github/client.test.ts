import { afterEach, describe, expect, it } from '@jest/globals'
import { createOctokit, requestStats } from '../../src/github/client.js'
import { recordingLogger, startHarness, type Harness } from './harness.js'

let h: Harness | undefined

afterEach(async () => {
  await h?.fake.stop()
  h = undefined
  delete process.env.ADW_RETRY_DELAY_SCALE
})

describe('createOctokit', () => {
  it('talks to the given base URL, authenticates, and counts every HTTP request', async () => {
    h = await startHarness()
    h.fake.inject({ path: '/repos/octo-org/octo-repo', status: 500 })

    const { data } = await h.octokit.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' })

    expect(data.default_branch).toBe('main')
    // The retried 500 counts too: it was a request against the rate limit.
    expect(requestStats(h.octokit)).toEqual({ total: 2, writes: 0 })
  })

  it('waits out a primary rate limit, logs it, and gives up after a bounded number of retries', async () => {
    const { logger, lines } = recordingLogger()
    h = await startHarness({}, logger)
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    h.fake.inject({
      path: '/repos/octo-org/octo-repo',
      status: 403,
      times: 1,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded', documentation_url: 'x', status: '403' }
    })

    await h.octokit.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' })

    expect(h.fake.requests.map(r => r.status)).toEqual([403, 200])
    expect(
      lines.some(line => /^warning: GitHub primary rate limit on GET .*retrying/.test(line))
    ).toBe(true)
  })

  it('gives up on a 429 after its retries', async () => {
    h = await startHarness()
    h.fake.inject({
      path: '/repos/octo-org/octo-repo',
      status: 429,
      times: 10,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit.',
        documentation_url: 'x',
        status: '429'
      }
    })

    await expect(
      h.octokit.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' })
    ).rejects.toMatchObject({
      status: 429
    })
    expect(h.fake.requests).toHaveLength(3)
  })

  it('waits out a bare 429 with retry-after, which neither plugin retries', async () => {
    const { logger, lines } = recordingLogger()
    h = await startHarness({}, logger)
    h.fake.inject({
      path: '/repos/octo-org/octo-repo',
      status: 429,
      times: 2,
      headers: { 'retry-after': '1' },
      body: { message: 'Too Many Requests' }
    })

    const { data } = await h.octokit.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' })

    expect(data.default_branch).toBe('main')
    expect(h.fake.requests.map(r => r.status)).toEqual([429, 429, 200])
    expect(
      lines.filter(line => /rate limit \(429\) on GET .*retrying in 1s/.test(line))
    ).toHaveLength(2)
  })

  it('does not sleep through a 429 that asks for more than five minutes', async () => {
    h = await startHarness()
    h.fake.inject({
      path: '/repos/octo-org/octo-repo',
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { message: 'Too Many Requests' }
    })

    await expect(
      h.octokit.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' })
    ).rejects.toMatchObject({ status: 429 })
    expect(h.fake.requests).toHaveLength(1)
  })

  it('reads the test-only delay scale from ADW_RETRY_DELAY_SCALE and rejects nonsense', async () => {
    h = await startHarness()
    process.env.ADW_RETRY_DELAY_SCALE = 'fast'
    expect(() =>
      createOctokit({ token: 't', baseUrl: h!.fake.url, log: recordingLogger().logger })
    ).toThrow(/ADW_RETRY_DELAY_SCALE/)
    process.env.ADW_RETRY_DELAY_SCALE = '0.001'
    const octokit = createOctokit({
      token: 'test-token',
      baseUrl: `${h.fake.url}/`,
      log: recordingLogger().logger
    })
    h.fake.inject({ path: '/repos/octo-org/octo-repo', status: 503, times: 2 })
    const started = Date.now()
    await octokit.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' })
    // Unscaled, plugin-retry would wait 1s + 4s here.
    expect(Date.now() - started).toBeLessThan(2000)
    expect(requestStats(octokit).total).toBe(3)
  })
})
