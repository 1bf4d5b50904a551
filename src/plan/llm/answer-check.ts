// Judges one model answer: the plan inside it, with the exact Metadata put in, and the problems
// the validator finds. The model never writes the Metadata prompt itself (it only sees the
// sanitised issue), so the verbatim body is always ours.
import { planTitlePrefix } from '../format/naming.js'
import { planFormat } from '../format/plan-format.js'
import type { PlanProblem, PlanRequest } from '../types.js'
import { fileExistsIn, validatePlan } from '../format/validate.js'
import { metadataSection, replaceMetadata } from '../format/sections.js'
import { extractPlanMarkdown } from './plan-text.js'

export interface CheckedAnswer {
  /** The plan with the exact Metadata, or '' when the answer held none. */
  markdown: string
  problems: PlanProblem[]
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
    quotes: [
      request.issue.title,
      ...(request.revision
        ? [request.revision.feedback, ...request.revision.comments.map(c => c.body)]
        : [])
    ],
    fileExists: fileExistsIn(request.root),
    format: planFormat(request.templatesDir, request.kind),
    kind: request.kind
  })
  return { markdown, problems }
}
