// The action's outputs, set in one place so every flow reports them the same way.
import * as core from '@actions/core'
import type { PublishedPlan } from './run-report.js'

export function setIssueOutputs(adwId: string): void {
  core.setOutput('adw-id', adwId)
}

export function setPlanOutputs(plan: { path: string; planner?: string }): void {
  core.setOutput('plan-path', plan.path)
  if (plan.planner) core.setOutput('planner', plan.planner)
}

export function setPublishedOutputs(published: PublishedPlan): void {
  core.setOutput('branch', published.branch)
  core.setOutput('pull-request-number', String(published.pullRequest.number))
  core.setOutput('pull-request-url', published.pullRequest.url)
  core.setOutput('pull-request-operation', published.pullRequest.operation)
}
