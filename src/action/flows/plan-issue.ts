// The first flow: a trigger label (or a hand-run workflow) asks for a plan of an issue.
// read the issue -> check who asked -> require a description -> research and plan -> publish.
import * as core from '@actions/core'
import type { ActionRun } from '../context.js'
import { labelFor, type PlanTrigger } from '../events/trigger.js'
import { PlanPublisher } from '../publish/plan-publisher.js'
import { setIssueOutputs, setPlanOutputs, setPublishedOutputs } from '../outputs.js'
import { readIssue } from '../stages/read-issue.js'
import { checkPermission } from '../stages/check-permission.js'
import { resolveBaseBranch } from '../stages/base-branch.js'
import { readRepository, researchAndPlan, templatesRootOf } from '../stages/research-and-plan.js'

export async function planIssue(run: ActionRun, trigger: PlanTrigger): Promise<void> {
  const { inputs, report } = run
  const repository = run.repository()
  const issue = await core.group('Read the issue', () => readIssue(repository, trigger))
  const adwId = String(issue.number)
  report.adwId = adwId
  setIssueOutputs(adwId)
  core.info(`Planning #${adwId}: ${issue.title}`)

  const baseBranch = await resolveBaseBranch(inputs.baseBranch, run.event.payload, repository)
  const kind = trigger.planKind
  report.kind = kind
  const publisher = new PlanPublisher(repository, {
    owner: run.owner,
    repo: run.repo,
    adwId,
    kind,
    inputs,
    serverUrl: run.serverUrl,
    runUrl: run.runUrl,
    label: trigger.label ?? labelFor(kind, inputs.labels),
    command: inputs.commentCommand
  })
  run.reportFailuresWith((error, message) => publisher.reportFailure(error, message))

  if (inputs.requiredPermission) {
    const refusal = await core.group('Check who asked', () =>
      checkPermission(repository, trigger.sender, inputs.requiredPermission!)
    )
    if (refusal) {
      core.notice(`Nothing to plan: ${refusal.reason}`)
      if (!inputs.dryRun && refusal.login) {
        await publisher.declineTrigger(refusal.login, inputs.requiredPermission)
      }
      report.reason = refusal.reason
      return
    }
  }

  if (issue.body.trim() === '') {
    // The seed's rule: with no prompt, stop and ask for one. Nothing else is written.
    if (!inputs.dryRun) await publisher.askForDescription()
    throw new Error(
      `Issue #${adwId} has no description to plan from. Describe the ${kind} in the issue body, ` +
        'then re-apply the trigger label.'
    )
  }

  if (!inputs.dryRun) await core.group('Tell the issue', () => publisher.announcePlanning())

  const tree = await readRepository(run, baseBranch)
  publisher.useTemplates(templatesRootOf(tree))
  const plan = await researchAndPlan(run, { adwId, kind, issue, tree })
  setPlanOutputs({ path: plan.path, planner: plan.result.planner })

  if (inputs.dryRun) {
    core.info('Dry run: nothing is written to the repository or the issue.')
    report.status = 'dry-run'
    return
  }
  const published = await core.group('Publish the plan', () =>
    publisher.publish({ baseBranch, issue, plan: plan.result, path: plan.path })
  )
  report.status = 'published'
  report.published = published
  setPublishedOutputs(published)
}
