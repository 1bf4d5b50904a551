// The plan pull request's body: a digest of the plan for reviewers, rendered from
// `pr-body.md.hbs`, and a hidden line of state the later flows read back (which issue, kind
// and file, and where the tracking comment is), so a revision or a handoff needs no search.
import { posix } from 'node:path'
import { digestPlan } from '../../plan/format/digest.js'
import { isPlanFileFor, planTitlePrefix, type PlanKind } from '../../plan/format/naming.js'
import type { PlanResult } from '../../plan/types.js'
import { loadTemplate, renderTemplate } from '../../templates/render.js'

export interface PlanState {
  issue: number
  kind: PlanKind
  path: string
  tracking?: number
}

const STATE = /<!-- adw-plan:state ([^>]*?) -->/

export function stateMarker(state: PlanState): string {
  const tracking = state.tracking ? ` tracking=${state.tracking}` : ''
  return `<!-- adw-plan:state issue=${state.issue} kind=${state.kind} path=${state.path}${tracking} -->`
}

/**
 * The state a body carries, when it is about this issue's plan of this kind and its path is one
 * of this issue's plan files inside `specsDir`; anything else (a hand-edited or planted line)
 * is ignored and the flows fall back to looking.
 */
export function readState(
  body: string,
  expected: { adwId: string; kind: PlanKind; specsDir: string }
): Partial<PlanState> {
  const fields = new Map(
    (STATE.exec(body)?.[1] ?? '')
      .split(/\s+/)
      .map(pair => pair.split('=') as [string, string])
      .filter(pair => pair.length === 2)
  )
  if (fields.get('issue') !== expected.adwId || fields.get('kind') !== expected.kind) return {}
  const path = fields.get('path') ?? ''
  const tracking = Number(fields.get('tracking'))
  const validPath =
    posix.dirname(path) === expected.specsDir &&
    isPlanFileFor(expected.adwId, posix.basename(path), expected.kind)
  return {
    path: validPath ? path : undefined,
    tracking: Number.isSafeInteger(tracking) && tracking > 0 ? tracking : undefined
  }
}

export interface BodyContext {
  issueNumber: number
  kind: PlanKind
  path: string
  planUrl: string
  plan: PlanResult
  tracking?: number
  templatesRoot?: string
}

export function pullRequestBody(context: BodyContext): string {
  const { plan, kind } = context
  const digest = digestPlan(plan.markdown)
  const body = renderTemplate(loadTemplate('pr-body.md.hbs', context.templatesRoot), {
    issueNumber: context.issueNumber,
    kind,
    kindTitle: planTitlePrefix(kind),
    featureName: plan.featureName,
    planPath: context.path,
    planUrl: context.planUrl,
    userStory: digest.userStory,
    filesToModify: digest.filesToModify,
    phases: digest.phases,
    criteriaCount: digest.criteriaCount,
    fallbackReason: plan.fallbackReason,
    planner: plan.planner,
    model: plan.usage?.model
  })
  const state = stateMarker({
    issue: context.issueNumber,
    kind,
    path: context.path,
    tracking: context.tracking
  })
  return `${body.trimEnd()}\n${state}\n`
}
