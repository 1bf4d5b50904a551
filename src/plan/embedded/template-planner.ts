// The embedded planner: no model, no network. It renders the plan template with content drawn
// from the issue and the research, so a repository without an LLM key still gets a full plan.
import { loadTemplate, renderTemplate } from '../../templates/render.js'
import type { Planner, PlanRequest, PlanResult } from '../types.js'
import { descriptiveName, type PlanKind } from '../format/naming.js'
import { formatPrompt, planTemplateName } from '../format/plan-format.js'
import { buildPlanContent } from './feature-content.js'
import type { ContentInput } from './content-shared.js'
import { buildBugContent } from './bug-content.js'
import { buildChoreContent } from './chore-content.js'

/** The kind's template data and the name its title heading shows. */
function contentFor(kind: PlanKind, input: ContentInput): { name: string; data: object } {
  if (kind === 'bug') {
    const content = buildBugContent(input)
    return { name: content.bugName, data: content }
  }
  if (kind === 'chore') {
    const content = buildChoreContent(input)
    return { name: content.choreName, data: content }
  }
  const content = buildPlanContent(input)
  return { name: content.featureName, data: content }
}

export class TemplatePlanner implements Planner {
  readonly name = 'template'

  async plan(request: PlanRequest): Promise<PlanResult> {
    const kind = request.kind ?? 'feature'
    const name = descriptiveName(request.issue.title, request.issue.body, kind)
    const content = contentFor(kind, {
      adwId: request.adwId,
      issue: request.issue,
      research: request.research,
      root: request.root,
      descriptiveName: name
    })
    const template = loadTemplate(planTemplateName(kind), request.templatesDir)
    const markdown = renderTemplate(template, {
      ...content.data,
      adwId: request.adwId,
      promptLine: formatPrompt(request.issue.body)
    })
    return {
      // Trim only the ends: the Metadata holds the issue body verbatim, blank lines included.
      markdown: `${markdown.trim()}\n`,
      featureName: content.name,
      descriptiveName: name,
      planner: this.name
    }
  }
}
