// The job summary: what a maintainer sees on the run page, for every outcome.
import * as core from '@actions/core'
import type { PlanResult } from '../plan/types.js'
import type { ResearchResult } from '../research/types.js'
import type { PublishedPlan } from './plan-publisher.js'
import { planTitlePrefix, type PlanKind } from '../plan/format/naming.js'
import type { PlanChanges } from '../plan/format/compare.js'

export interface RunReport {
  status:
    | 'skipped'
    | 'dry-run'
    | 'published'
    | 'revised'
    | 'unchanged'
    | 'refused'
    | 'handed-off'
    | 'failed'
  /** What the event asked for: a first plan (the default), a revision or a handoff. */
  flow?: 'revision' | 'handoff'
  reason?: string
  error?: string
  kind?: PlanKind
  /** Problems worth a maintainer's attention that did not stop the run (broken template overrides). */
  warnings?: string[]
  adwId?: string
  planPath?: string
  plan?: PlanResult
  research?: ResearchResult
  published?: PublishedPlan
  revision?: { commitUrl: string; changes: PlanChanges }
  handoff?: { planUrl: string; label?: string; workflow?: string; error?: string }
  requests?: number
}

const FLOW_TITLES = { revision: 'revision', handoff: 'handoff' } as const

export async function writeJobSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary
  const kindTitle = `${planTitlePrefix(report.kind)} plan${report.flow ? ` ${FLOW_TITLES[report.flow]}` : ''}`
  summary.addHeading(report.adwId ? `${kindTitle} for #${report.adwId}` : kindTitle, 2)

  if (report.status === 'skipped') {
    summary.addRaw(`Nothing to do: ${escapeHtml(report.reason ?? 'not a trigger')}`, true)
    await summary.write()
    return
  }
  if (report.status === 'refused' || report.status === 'unchanged') {
    summary.addRaw(escapeHtml(report.reason ?? 'The plan is unchanged.'), true)
  }
  if (report.status === 'failed') {
    summary.addRaw(`:x: **Failed:** ${escapeHtml(report.error ?? 'unknown error')}`, true)
  }
  for (const warning of report.warnings ?? []) {
    summary.addRaw(`:warning: ${escapeHtml(warning)}`, true)
  }

  const rows: string[][] = []
  if (report.planPath) rows.push(['Plan file', `<code>${escapeHtml(report.planPath)}</code>`])
  if (report.plan) {
    rows.push(['Planner', escapeHtml(report.plan.planner)])
    if (report.plan.fallbackReason)
      rows.push(['Model fallback', escapeHtml(report.plan.fallbackReason)])
    const usage = report.plan.usage
    if (usage) {
      rows.push([
        'Model usage',
        `${escapeHtml(usage.provider)} <code>${escapeHtml(usage.model)}</code>: ` +
          `${usage.inputTokens} input + ${usage.outputTokens} output tokens, ${usage.steps} steps`
      ])
    }
  }
  const published = report.published
  if (published) {
    rows.push([
      'Branch',
      `<code>${escapeHtml(published.branch)}</code> (plan ${published.fileOperation})`
    ])
    rows.push([
      'Pull request',
      `<a href="${escapeHtml(published.pullRequest.url)}">#${published.pullRequest.number}</a> (${published.pullRequest.operation})`
    ])
  }
  if (report.revision) {
    const { changes } = report.revision
    const changed = [...changes.changed, ...changes.added, ...changes.removed]
    rows.push([
      'Revision',
      `<a href="${escapeHtml(report.revision.commitUrl)}">commit</a>; sections: ${escapeHtml(changed.join(', ') || 'none')}` +
        (changes.filesAdded.length
          ? `; files added: ${escapeHtml(changes.filesAdded.join(', '))}`
          : '') +
        (changes.filesDropped.length
          ? `; files dropped: ${escapeHtml(changes.filesDropped.join(', '))}`
          : '')
    ])
  }
  if (report.handoff) {
    rows.push([
      'Approved plan',
      `<a href="${escapeHtml(report.handoff.planUrl)}">plan on the base branch</a>`
    ])
    if (report.handoff.label)
      rows.push(['Label added', `<code>${escapeHtml(report.handoff.label)}</code>`])
    if (report.handoff.workflow)
      rows.push(['Workflow started', `<code>${escapeHtml(report.handoff.workflow)}</code>`])
    if (report.handoff.error) rows.push(['Handoff problem', escapeHtml(report.handoff.error)])
  }
  if (report.research) {
    rows.push([
      'Research',
      `${report.research.fileCount} files in ${report.research.elapsedMs} ms; top: ` +
        report.research.files
          .slice(0, 5)
          .map(file => `<code>${escapeHtml(file.path)}</code>`)
          .join(', ')
    ])
  }
  if (report.requests !== undefined) rows.push(['GitHub API requests', String(report.requests)])
  if (rows.length > 0) {
    summary.addTable([
      [
        { data: 'Item', header: true },
        { data: 'Value', header: true }
      ],
      ...rows
    ])
  }
  if (report.status === 'dry-run' && report.plan) {
    summary.addRaw('**Dry run:** nothing was written. The plan:', true)
    summary.addRaw(
      `\n<details open><summary>${escapeHtml(report.planPath ?? 'plan')}</summary>\n\n`,
      true
    )
    // addCodeBlock does not escape; the plan quotes issue text, which may hold HTML.
    summary.addRaw(
      `<pre lang="markdown"><code>${escapeHtml(report.plan.markdown)}</code></pre>`,
      true
    )
    summary.addRaw('\n</details>\n', true)
  }
  await summary.write()
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
