// The action: read the inputs and the event, run the flow the event asks for (a first plan, a
// revision, a handoff), then report: outputs, job summary, and any failure where people look.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { getInputs } from './inputs.js'
import { readTrigger } from './events/trigger.js'
import { ActionRun } from './context.js'
import { writeJobSummary } from './job-summary.js'
import { planIssue } from './flows/plan-issue.js'
import { revisePlan } from './flows/revise-plan.js'
import { handOff } from './flows/hand-off.js'
import type { Trigger } from './events/trigger.js'
import { explainGitHubError } from '../github/errors.js'

export async function run(): Promise<void> {
  let current: ActionRun | undefined
  try {
    const { eventName, payload } = github.context
    const inputs = getInputs(payload as { inputs?: Record<string, unknown> })
    const action = new ActionRun(inputs, { name: eventName, payload })
    current = action
    const trigger = readTrigger({
      eventName,
      payload,
      labels: inputs.labels,
      issueNumber: inputs.issueNumber,
      dispatchKind: inputs.kind,
      allowBots: inputs.allowBots,
      commentCommand: inputs.commentCommand,
      branchPrefix: inputs.branchPrefix
    })
    if (trigger.kind === 'skip') {
      core.info(`Nothing to plan: ${trigger.reason}`)
      action.report.reason = trigger.reason
    } else {
      await runFlow(action, trigger)
      const requests = action.requests()
      if (requests !== undefined) core.info(`GitHub API requests: ${requests}`)
    }
    action.report.requests = action.requests()
    await writeJobSummary(action.report)
  } catch (error) {
    await fail(current, error)
  } finally {
    current?.end()
  }
}

/** Each kind of event has its own flow: a sequence of the same stages. */
function runFlow(action: ActionRun, trigger: Exclude<Trigger, { kind: 'skip' }>): Promise<void> {
  switch (trigger.kind) {
    case 'revise':
      return revisePlan(action, trigger)
    case 'handoff':
      return handOff(action, trigger)
    default:
      return planIssue(action, trigger)
  }
}

async function fail(action: ActionRun | undefined, error: unknown): Promise<void> {
  const message = explainGitHubError(error).message
  if (action) {
    action.report.status = 'failed'
    action.report.error = message
    action.report.requests = action.requests() ?? 0
    try {
      await action.reportFailure(error, message)
    } catch (commentError) {
      core.warning(
        `Could not report the failure on the issue: ${explainGitHubError(commentError).message}`
      )
    }
    await writeJobSummary(action.report).catch(() => undefined)
  } else {
    await writeJobSummary({ status: 'failed', error: message, requests: 0 }).catch(() => undefined)
  }
  core.setFailed(message)
}
