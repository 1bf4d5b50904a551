// The embedded planner: no model, no network. It renders the plan template with content drawn
// from the issue and the research, so a repository without an LLM key still gets a full plan.
import { loadTemplate, renderTemplate } from '../render.js'
import type { Planner, PlanRequest, PlanResult } from './types.js'
import { descriptiveName } from './naming.js'
import { formatPrompt } from './plan-format.js'
import { buildPlanContent } from './plan-content.js'

export class TemplatePlanner implements Planner {
  readonly name = 'template'

  async plan(request: PlanRequest): Promise<PlanResult> {
    const name = descriptiveName(request.issue.title, request.issue.body)
    const content = buildPlanContent({
      adwId: request.adwId,
      issue: request.issue,
      research: request.research,
      root: request.root,
      descriptiveName: name
    })
    const template = loadTemplate('feature.md.hbs', request.templatesDir)
    const markdown = renderTemplate(template, {
      ...content,
      adwId: request.adwId,
      promptLine: formatPrompt(request.issue.body)
    })
    return {
      // Trim only the ends: the Metadata holds the issue body verbatim, blank lines included.
      markdown: `${markdown.trim()}\n`,
      featureName: content.featureName,
      descriptiveName: name,
      planner: this.name
    }
  }
}
