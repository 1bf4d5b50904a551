// What every stage of a run shares: the inputs, the event, the repository on GitHub (its
// client made on first use, so events that are not triggers send no request) and the report
// the job summary is written from.
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { ActionInputs } from './inputs.js'
import type { RunReport } from './run-report.js'
import { actionLogger } from './logger.js'
import { createOctokit, requestStats } from '../github/client.js'
import { GitHubRepository } from '../github/repository.js'

export interface ActionEvent {
  name: string
  payload: Record<string, unknown>
}

/** Called when a run fails, to put the reason where people will look (the tracking comment). */
export type FailureReporter = (error: unknown, message: string) => Promise<void>

export class ActionRun {
  readonly report: RunReport = { status: 'skipped' }
  readonly owner: string
  readonly repo: string
  readonly serverUrl: string
  private client?: GitHubRepository
  private failureReporter?: FailureReporter
  private stopListeners: Array<() => void> = []

  constructor(
    readonly inputs: ActionInputs,
    readonly event: ActionEvent,
    context: Pick<typeof github.context, 'repo' | 'serverUrl' | 'runId'> = github.context
  ) {
    this.owner = context.repo.owner
    this.repo = context.repo.repo
    this.serverUrl = context.serverUrl
    const repository = process.env.GITHUB_REPOSITORY
    this.runUrl =
      repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
        : undefined
  }

  /** The workflow run's page, linked from comments. */
  readonly runUrl?: string

  get repoUrl(): string {
    return `${this.serverUrl}/${this.owner}/${this.repo}`
  }

  /** The repository on GitHub; the client is created on the first call. */
  repository(): GitHubRepository {
    if (this.client) return this.client
    if (!this.inputs.token) {
      throw new Error(
        'Input `github-token` is empty: pass `github-token: ${{ github.token }}` (the default).'
      )
    }
    const octokit = createOctokit({
      token: this.inputs.token,
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      log: actionLogger
    })
    this.client = new GitHubRepository(octokit, { owner: this.owner, repo: this.repo })
    return this.client
  }

  /** API requests so far, or undefined when the run never needed the API. */
  requests(): number | undefined {
    return this.client ? requestStats(this.client.octokit).total : undefined
  }

  /** Registers who tells the issue about a failure; the last registered wins. */
  reportFailuresWith(reporter: FailureReporter): void {
    this.failureReporter = reporter
  }

  async reportFailure(error: unknown, message: string): Promise<void> {
    await this.failureReporter?.(error, message)
  }

  /** Something to undo when the run ends (a listener, a temporary directory). */
  onEnd(stop: () => void): void {
    this.stopListeners.push(stop)
  }

  end(): void {
    for (const stop of this.stopListeners.splice(0)) stop()
  }

  warn(message: string): void {
    core.warning(message)
    ;(this.report.warnings ??= []).push(message)
  }
}
