// The job summary: what a maintainer sees on the run page, for every outcome.
import * as core from '@actions/core'
import { planTitlePrefix } from '../plan/format/naming.js'
import type { ResearchResult } from '../research/types.js'
import type { RunReport } from './run-report.js'

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
  for (const line of outcomeLines(report)) summary.addRaw(line, true)
  const rows = [
    ...planRows(report),
    ...publishedRows(report),
    ...revisionRows(report),
    ...reviewRows(report),
    ...handoffRows(report),
    ...researchRows(report)
  ]
  if (rows.length > 0) {
    summary.addTable([
      [
        { data: 'Item', header: true },
        { data: 'Value', header: true }
      ],
      ...rows
    ])
  }
  if (report.status === 'dry-run' && report.plan)
    addDryRunPlan(report.planPath ?? 'plan', report.plan.markdown)
  await summary.write()
}

/** The outcome in words when it is not a plain success, and the warnings that did not stop it. */
function outcomeLines(report: RunReport): string[] {
  const lines: string[] = []
  if (report.status === 'unchanged')
    lines.push(escapeHtml(report.reason ?? 'The plan is unchanged.'))
  if (report.status === 'failed')
    lines.push(`:x: **Failed:** ${escapeHtml(report.error ?? 'unknown error')}`)
  for (const warning of report.warnings ?? []) lines.push(`:warning: ${escapeHtml(warning)}`)
  return lines
}

function planRows(report: RunReport): string[][] {
  const rows: string[][] = []
  if (report.planPath) rows.push(['Plan file', `<code>${escapeHtml(report.planPath)}</code>`])
  if (!report.plan) return rows
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
  return rows
}

function publishedRows(report: RunReport): string[][] {
  const published = report.published
  if (!published) return []
  return [
    ['Branch', `<code>${escapeHtml(published.branch)}</code> (plan ${published.fileOperation})`],
    [
      'Pull request',
      `<a href="${escapeHtml(published.pullRequest.url)}">#${published.pullRequest.number}</a> (${published.pullRequest.operation})`
    ]
  ]
}

function revisionRows(report: RunReport): string[][] {
  if (!report.revision) return []
  const { changes } = report.revision
  const changed = [...changes.changed, ...changes.added, ...changes.removed]
  return [
    [
      'Revision',
      `<a href="${escapeHtml(report.revision.commitUrl)}">commit</a>; sections: ${escapeHtml(changed.join(', ') || 'none')}` +
        (changes.filesAdded.length
          ? `; files added: ${escapeHtml(changes.filesAdded.join(', '))}`
          : '') +
        (changes.filesDropped.length
          ? `; files dropped: ${escapeHtml(changes.filesDropped.join(', '))}`
          : '')
    ]
  ]
}

function reviewRows(report: RunReport): string[][] {
  const review = report.review
  if (!review) return []
  return [
    ...(review.applied.length ? [['Applied', escapeHtml(review.applied.join('; '))]] : []),
    ...(review.notApplied.length
      ? [['Not applied by the embedded planner', escapeHtml(review.notApplied.join('; '))]]
      : [])
  ]
}

function handoffRows(report: RunReport): string[][] {
  const handoff = report.handoff
  if (!handoff) return []
  const rows = [
    ['Approved plan', `<a href="${escapeHtml(handoff.planUrl)}">plan on the base branch</a>`]
  ]
  if (handoff.label) rows.push(['Label added', `<code>${escapeHtml(handoff.label)}</code>`])
  if (handoff.workflow)
    rows.push(['Workflow started', `<code>${escapeHtml(handoff.workflow)}</code>`])
  if (handoff.error) rows.push(['Handoff problem', escapeHtml(handoff.error)])
  return rows
}

function researchRows(report: RunReport): string[][] {
  const rows: string[][] = []
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
  const read = report.research?.history?.read
  if (report.history || read) rows.push(['History', escapeHtml(historyText(report.history, read))])
  if (report.requests !== undefined) rows.push(['GitHub API requests', String(report.requests)])
  return rows
}

/** How the history came to be there, then what the research read of it. */
function historyText(
  note: string | undefined,
  read: NonNullable<ResearchResult['history']>['read'] | undefined
): string {
  const parts = note ? [note] : []
  if (read?.read)
    parts.push(`The research read ${read.commits} commits (${read.since} to ${read.until}).`)
  else if (read && !note) parts.push(`The research read none: ${read.reason}.`)
  return parts.join(' ')
}

/** A dry run writes nothing, so the summary carries the plan itself. */
function addDryRunPlan(planPath: string, markdown: string): void {
  const summary = core.summary
  summary.addRaw('**Dry run:** nothing was written. The plan:', true)
  summary.addRaw(`\n<details open><summary>${escapeHtml(planPath)}</summary>\n\n`, true)
  // addCodeBlock does not escape; the plan quotes issue text, which may hold HTML.
  summary.addRaw(`<pre lang="markdown"><code>${escapeHtml(markdown)}</code></pre>`, true)
  summary.addRaw('\n</details>\n', true)
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
