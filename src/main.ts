// The action: inputs -> trigger -> research -> plan -> publish -> outputs and job summary.
import { join } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { getInputs, type ActionInputs } from './inputs.js'
import {
  readTrigger,
  issueSkipReason,
  TriggerError,
  type Trigger,
  type TriggerIssue
} from './trigger.js'
import { createOctokit, requestStats } from './github/client.js'
import { GitHubRepository } from './github/repository.js'
import { explainGitHubError } from './github/errors.js'
import { meetsRole, roleOf } from './github/permission.js'
import { resolveWorkspace } from './workspace.js'
import { PlanPublisher, type PublishedPlan } from './publish-plan.js'
import { writeJobSummary, type RunReport } from './report.js'
import { actionLogger } from './action-logger.js'
import { resolveTemplatesDir } from './templates-dir.js'
import { onTemplateWarning } from './render.js'

export async function run(): Promise<void> {
  const report: RunReport = { status: 'skipped' }
  let publisher: PlanPublisher | undefined
  let countRequests: () => number = () => 0
  let stopWarnings = (): void => undefined
  try {
    const { eventName, payload } = github.context
    const inputs = getInputs(payload as { inputs?: Record<string, unknown> })
    const trigger = readTrigger({
      eventName,
      payload,
      labels: inputs.labels,
      issueNumber: inputs.issueNumber,
      dispatchKind: inputs.kind,
      allowBots: inputs.allowBots
    })
    if (trigger.kind === 'skip') {
      core.info(`Nothing to plan: ${trigger.reason}`)
      report.reason = trigger.reason
      await writeJobSummary(report)
      return
    }

    if (!inputs.token) {
      throw new Error(
        'Input `github-token` is empty: pass `github-token: ${{ github.token }}` (the default).'
      )
    }
    const octokit = createOctokit({
      token: inputs.token,
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      log: actionLogger
    })
    countRequests = () => requestStats(octokit).total
    const { owner, repo } = github.context.repo
    const repository = new GitHubRepository(octokit, { owner, repo })

    const issue = await core.group('Read the issue', async () => {
      if (trigger.kind === 'plan') return trigger.issue
      const fetched: TriggerIssue = await repository.getIssue(trigger.issueNumber)
      const skip = issueSkipReason(fetched)
      if (skip) throw new TriggerError(`Cannot plan: ${skip}`)
      return fetched
    })
    const adwId = String(issue.number)
    report.adwId = adwId
    core.setOutput('adw-id', adwId)
    core.info(`Planning #${adwId}: ${issue.title}`)

    const baseBranch =
      inputs.baseBranch ?? repositoryDefaultBranch(payload) ?? (await repository.defaultBranch())

    const kind = trigger.planKind
    report.kind = kind
    publisher = new PlanPublisher(repository, {
      owner,
      repo,
      adwId,
      kind,
      inputs,
      serverUrl: github.context.serverUrl,
      runUrl: runUrl(),
      label: trigger.label ?? labelFor(kind, inputs)
    })

    if (inputs.requiredPermission) {
      const refusal = await core.group('Check who asked', () =>
        checkPermission(repository, trigger, inputs.requiredPermission!)
      )
      if (refusal) {
        core.notice(`Nothing to plan: ${refusal.reason}`)
        if (!inputs.dryRun && refusal.login) {
          await publisher.declineTrigger(issue.number, refusal.login, inputs.requiredPermission)
        }
        report.reason = refusal.reason
        report.requests = countRequests()
        await writeJobSummary(report)
        return
      }
    }

    if (issue.body.trim() === '') {
      // The seed's rule: with no prompt, stop and ask for one. Nothing else is written.
      if (!inputs.dryRun) await publisher.askForDescription(issue.number)
      throw new Error(
        `Issue #${adwId} has no description to plan from. Describe the ${kind} in the issue body, ` +
          'then re-apply the trigger label.'
      )
    }

    if (!inputs.dryRun) await core.group('Tell the issue', () => publisher!.announcePlanning(issue))

    const source = await core.group('Read the repository', () =>
      resolveWorkspace(
        process.env.GITHUB_WORKSPACE,
        destination => repository.downloadTarball(baseBranch, destination),
        actionLogger
      )
    )

    // A broken override must not end the run: say where it is broken, then use the built-in.
    stopWarnings = onTemplateWarning(message => {
      core.warning(message)
      ;(report.warnings ??= []).push(message)
    }, source.root)
    const templatesDir = resolveTemplatesDir(source.root, inputs.templatesDir)
    if (templatesDir) {
      core.info(`Templates and context: ${templatesDir}/ overrides the built-in templates.`)
      publisher.useTemplates(join(source.root, templatesDir))
    }

    // Loaded only when there is something to plan: the model SDKs and the planners are most of
    // the bundle, and most events a workflow sees are not triggers.
    const { makePlan } = await import('./make-plan.js')
    const plan = await makePlan({
      adwId,
      kind,
      issue,
      root: source.root,
      inputs: { ...inputs, templatesDir },
      log: actionLogger
    })
    report.plan = plan.result
    report.planPath = plan.path
    report.research = plan.research
    core.setOutput('plan-path', plan.path)
    core.setOutput('planner', plan.result.planner)

    let published: PublishedPlan | undefined
    if (inputs.dryRun) {
      core.info('Dry run: nothing is written to the repository or the issue.')
      report.status = 'dry-run'
    } else {
      published = await core.group('Publish the plan', () =>
        publisher!.publish({ baseBranch, issue, plan: plan.result, path: plan.path })
      )
      report.status = 'published'
      report.published = published
      core.setOutput('branch', published.branch)
      core.setOutput('pull-request-number', String(published.pullRequest.number))
      core.setOutput('pull-request-url', published.pullRequest.url)
      core.setOutput('pull-request-operation', published.pullRequest.operation)
    }
    report.requests = countRequests()
    core.info(`GitHub API requests: ${report.requests}`)
    await writeJobSummary(report)
  } catch (error) {
    const message = explainGitHubError(error).message
    report.status = 'failed'
    report.error = message
    report.requests = countRequests()
    if (publisher) {
      try {
        await publisher.reportFailure(error, message)
      } catch (commentError) {
        core.warning(
          `Could not report the failure on the issue: ${explainGitHubError(commentError).message}`
        )
      }
    }
    await writeJobSummary(report).catch(() => undefined)
    core.setFailed(message)
  } finally {
    stopWarnings()
  }
}

function repositoryDefaultBranch(payload: Record<string, unknown>): string | undefined {
  const repository = payload.repository as { default_branch?: unknown } | undefined
  return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined
}

/** The first label that asks for this kind, for hints on runs no label started. */
function labelFor(kind: string, inputs: ActionInputs): string {
  return Object.keys(inputs.labels).find(label => inputs.labels[label] === kind) ?? kind
}

/** Undefined when the person behind the trigger holds the required role; else why not. */
async function checkPermission(
  repository: GitHubRepository,
  trigger: Exclude<Trigger, { kind: 'skip' }>,
  required: NonNullable<ActionInputs['requiredPermission']>
): Promise<{ reason: string; login?: string } | undefined> {
  const login = trigger.sender?.login
  if (!login) return { reason: `the event names no sender to check for \`${required}\` access.` }
  const role = await roleOf(repository, login)
  core.info(`${login} holds the ${role} role; ${required} is required.`)
  if (meetsRole(role, required)) return undefined
  return {
    reason: `${login} holds the ${role} role on this repository; \`required-permission\` asks for ${required}.`,
    login
  }
}

function runUrl(): string | undefined {
  const { serverUrl, runId } = github.context
  const repository = process.env.GITHUB_REPOSITORY
  return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined
}
