// The handoff flow: a plan pull request was merged, so the plan is approved. The tracking comment
// says so with a link to the plan on the base branch; optionally a label on the issue and a
// workflow_dispatch start whoever builds it. No git writes; at most four requests.
import * as core from '@actions/core'
import { posix } from 'node:path'
import type { ActionRun } from '../context.js'
import type { HandoffTrigger } from '../events/pull-request-events.js'
import { setIssueOutputs, setPlanOutputs } from '../outputs.js'
import { trackingCommentOf } from '../publish/tracking-comment.js'
import { readState } from '../publish/pull-request-body.js'
import { addLabel } from '../../github/labels.js'
import { dispatchWorkflow, DispatchError } from '../../github/workflow-dispatch.js'
import { listDirectory } from '../../github/contents.js'
import { isPlanFileFor } from '../../plan/format/naming.js'

export async function handOff(run: ActionRun, trigger: HandoffTrigger): Promise<void> {
  const { inputs, report } = run
  const { pull } = trigger
  report.flow = 'handoff'
  report.adwId = pull.adwId
  report.kind = pull.kind
  setIssueOutputs(pull.adwId)
  const repository = run.repository()
  const base = pull.baseRef ?? (await repository.defaultBranch())

  const state = readState(pull.body, {
    adwId: pull.adwId,
    kind: pull.kind,
    specsDir: inputs.specsDir
  })
  const path =
    state.path ??
    (await listDirectory(repository, inputs.specsDir, base)).find(candidate =>
      isPlanFileFor(pull.adwId, posix.basename(candidate), pull.kind)
    )
  if (!path) {
    throw new Error(
      `Pull request #${pull.number} was merged, but ${base} holds no ${pull.kind} plan for #${pull.adwId} in ${inputs.specsDir}/.`
    )
  }
  report.planPath = path
  setPlanOutputs({ path })
  const planUrl = `${run.repoUrl}/blob/${encodeURI(base)}/${encodeURI(path)}`
  const handoff: NonNullable<typeof report.handoff> = { planUrl }
  report.handoff = handoff

  const tracking = trackingCommentOf(run, pull, state.tracking)
  // The merge commit, recorded in the comment: a re-run of this job must not start a second build.
  const mark = `<!-- adw-plan:handed-off ${pull.mergeCommitSha ?? pull.number} -->`

  if (inputs.dryRun) {
    core.info(`Dry run: the approval of ${path} is not announced and nothing is started.`)
    report.status = 'dry-run'
    return
  }
  if (inputs.approvedLabel) {
    await core.group('Label the issue', () =>
      addLabel(repository, Number(pull.adwId), inputs.approvedLabel!)
    )
    handoff.label = inputs.approvedLabel
  }
  if (inputs.approvedWorkflow) {
    const workflow = inputs.approvedWorkflow
    const already = await tracking.contains(mark)
    if (already) {
      core.info(`This merge was already handed off to ${workflow}; not starting it again.`)
      handoff.workflow = workflow
    } else {
      try {
        await core.group(`Start ${workflow}`, () =>
          dispatchWorkflow(repository, {
            workflow,
            ref: base,
            inputs: { 'issue-number': pull.adwId, 'plan-path': path }
          })
        )
        handoff.workflow = workflow
      } catch (error) {
        if (!(error instanceof DispatchError)) throw error
        handoff.error = error.message
      }
    }
  }

  await core.group('Tell the issue', () =>
    tracking.write(
      {
        approved: true,
        pullRequestNumber: pull.number,
        pullRequestUrl: pull.url ?? `${run.repoUrl}/pull/${pull.number}`,
        mergedBy: pull.mergedBy,
        planPath: path,
        planUrl,
        baseBranch: base,
        labelAdded: handoff.label,
        workflowStarted: Boolean(handoff.workflow),
        workflow: inputs.approvedWorkflow,
        workflowUrl: inputs.approvedWorkflow
          ? `${run.repoUrl}/actions/workflows/${encodeURIComponent(inputs.approvedWorkflow)}`
          : undefined,
        handoffError: handoff.error
      },
      handoff.workflow || !handoff.error ? mark : ''
    )
  )
  if (handoff.error) throw new Error(handoff.error)
  report.status = 'handed-off'
}
