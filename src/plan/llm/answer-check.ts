// Judges one model answer: the plan inside it, with the exact Metadata put in, and the problems
// the validator finds. The model never writes the Metadata prompt itself (it only sees the
// sanitised issue), so the verbatim body is always ours.
import { planTitlePrefix } from '../format/naming.js'
import { formatPrompt, planFormat } from '../format/plan-format.js'
import type { PlanProblem, PlanRequest } from '../types.js'
import { fileExistsIn, validatePlan } from '../format/validate.js'
import { extractPlanMarkdown, replaceMetadata } from './plan-text.js'

export interface CheckedAnswer {
  /** The plan with the exact Metadata, or '' when the answer held none. */
  markdown: string
  problems: PlanProblem[]
}

/** True when `relPath` is an existing regular file inside `root`. */
export function metadataSection(adwId: string, prompt: string): string {
  return `## Metadata\nadw_id: \`${adwId}\`\n${formatPrompt(prompt)}`
}

export function checkAnswer(answer: string, request: PlanRequest): CheckedAnswer {
  const extracted = extractPlanMarkdown(answer)
  if (!extracted) {
    return {
      markdown: '',
      problems: [
        {
          code: 'missing-heading',
          message: `The answer holds no plan: it must start with the \`# ${planTitlePrefix(request.kind)}:\` line.`
        }
      ]
    }
  }
  const markdown = replaceMetadata(extracted, metadataSection(request.adwId, request.issue.body))
  const problems = validatePlan(markdown, {
    adwId: request.adwId,
    prompt: request.issue.body,
    fileExists: fileExistsIn(request.root),
    format: planFormat(request.templatesDir, request.kind),
    kind: request.kind
  })
  return { markdown, problems }
}
