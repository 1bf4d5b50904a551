import { createOctokit, type Octokit } from '../../src/github/client.js'
import { GitHubRepository } from '../../src/github/repository.js'
import { silentLogger, type Logger } from '../../src/log/logger.js'
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github/index.js'

export interface Harness {
  fake: FakeGitHub
  octokit: Octokit
  repo: GitHubRepository
}

/** A started fake plus a client pointed at it; waits are scaled down so retries take ms. */
export async function startHarness(
  options: FakeGitHubOptions = {},
  log: Logger = silentLogger
): Promise<Harness> {
  const fake = await FakeGitHub.start({ token: 'test-token', ...options })
  const octokit = createOctokit({ token: 'test-token', baseUrl: fake.url, log, delayScale: 0.001 })
  const repo = new GitHubRepository(octokit, { owner: fake.owner, repo: fake.repo })
  return { fake, octokit, repo }
}

export function recordingLogger() {
  const lines: string[] = []
  const logger: Logger = {
    info: message => lines.push(`info: ${message}`),
    warning: message => lines.push(`warning: ${message}`),
    debug: message => lines.push(`debug: ${message}`)
  }
  return { logger, lines }
}
