// Builds what the model is sent: the standing instructions (system), the request (issue,
// research, Plan Format) and the repair turn. Everything is rendered from the templates in
// `templates/prompts/`, which a repository may override; issue text is only ever data.
import { loadTemplate, renderTemplate } from '../../templates/render.js'
import { isPlanKind, planTitlePrefix, type PlanKind } from '../format/naming.js'
import { sanitizeIssueText } from '../../text/sanitize.js'
import type { PlanProblem, PlanRequest } from '../types.js'
import {
  defaultDigestOptions,
  digestResearch,
  estimateTokens,
  fenceFor,
  type DigestOptions,
  type ResearchDigest
} from './research-digest.js'
import type { RepoReader } from './repo-reader.js'
import { formatName } from '../format/placeholders.js'

export interface PromptOptions {
  maxSteps: number
  maxToolCalls: number
  research?: Partial<DigestOptions>
  /** Issue body characters kept after sanitising. */
  issueMaxChars?: number
}

export interface PlanPrompt {
  system: string
  user: string
  /** Estimated tokens of system + user (before any tool results). */
  estimatedTokens: number
  digest: ResearchDigest
}

export const DEFAULT_ISSUE_MAX_CHARS = 20_000

/**
 * The kind's Plan Format block (`prompts/feature-format.md`, `prompts/bug-format.md`,
 * `prompts/chore-format.md`), shipped as plain Markdown (never compiled: it holds `{…}`).
 */
export function planFormatBlock(templatesDir?: string, kind: PlanKind = 'feature'): string {
  if (!isPlanKind(kind)) throw new Error(`unknown plan kind "${String(kind)}"`)
  return loadTemplate(formatName(kind), templatesDir).source.trim()
}

export function buildPlanPrompt(
  request: PlanRequest,
  reader: RepoReader,
  options: PromptOptions
): PlanPrompt {
  const { templatesDir } = request
  const digest = digestResearch(request.research, reader, {
    ...defaultDigestOptions,
    ...options.research
  })
  const issueBody = sanitizeIssueText(
    request.issue.body,
    options.issueMaxChars ?? DEFAULT_ISSUE_MAX_CHARS
  )
  const issueTitle = sanitizeIssueText(request.issue.title, 300).replace(/\s+/g, ' ').trim()
  const kind = request.kind ?? 'feature'
  const format = planFormatBlock(templatesDir, kind)

  const system = renderTemplate(loadTemplate('prompts/system.md.hbs', templatesDir), {
    maxSteps: options.maxSteps,
    maxToolCalls: options.maxToolCalls
  })
  const user = renderTemplate(loadTemplate('prompts/request.md.hbs', templatesDir), {
    adwId: request.adwId,
    kind,
    titlePrefix: planTitlePrefix(kind),
    // One flag per kind, so a template can hold kind-specific instructions in `{{#if bug}}`.
    feature: kind === 'feature',
    bug: kind === 'bug',
    chore: kind === 'chore',
    planPath: `${request.specsDir}/${kind}-${request.adwId}-{descriptive-name}.md`,
    issueTitle: issueTitle || '(no title)',
    issueBody: issueBody.trim() || '(empty)',
    issueFence: fenceFor(issueBody),
    research: digest,
    planFormat: format,
    formatFence: fenceFor(format)
  })
  const revision = request.revision
    ? `${user.trimEnd()}\n${buildRevisionSection(request, options.issueMaxChars)}`
    : user
  return {
    system,
    user: revision,
    estimatedTokens: estimateTokens(system) + estimateTokens(revision),
    digest
  }
}

/**
 * The part of the request a revision adds: the plan as it stands and the reviewer's words. The
 * feedback is untrusted like an issue body: sanitised and capped the same way.
 */
function buildRevisionSection(request: PlanRequest, issueMaxChars?: number): string {
  const revision = request.revision!
  const cap = issueMaxChars ?? DEFAULT_ISSUE_MAX_CHARS
  const feedback = sanitizeIssueText(revision.feedback, cap).trim()
  const comments = revision.comments.slice(0, 50).map(comment => {
    const body = sanitizeIssueText(comment.body, 4_000).trim()
    return {
      ...comment,
      range: comment.startLine !== undefined && comment.startLine !== comment.line,
      fence: fenceFor(comment.excerpt),
      body,
      commentFence: fenceFor(body)
    }
  })
  return renderTemplate(loadTemplate('prompts/revision.md.hbs', request.templatesDir), {
    currentPlan: revision.current.trim(),
    planFence: fenceFor(revision.current),
    feedback,
    feedbackFence: fenceFor(feedback),
    comments,
    titlePrefix: planTitlePrefix(request.kind ?? 'feature')
  })
}

/** The follow-up turn that lists the checker's problems, one per line, in its own words. */
export function buildRepairPrompt(
  problems: PlanProblem[],
  templatesDir?: string,
  kind: PlanKind = 'feature'
): string {
  return renderTemplate(loadTemplate('prompts/repair.md.hbs', templatesDir), {
    problems: problems.map(problem => problem.message),
    titlePrefix: planTitlePrefix(kind)
  })
}
