// The embedded planner: no model, no network. It renders the plan template with content drawn
// from the issue and the research, so a repository without an LLM key still gets a full plan.
// Here it dispatches by kind: each kind's sections live in its own folder (`feature/`, `bug/`,
// `chore/`), the sections every kind shares in `shared/`, the reading of the request in `request/`.
import { loadTemplate, renderTemplate } from '../../templates/render.js'
import type { Planner, PlanRequest, PlanResult } from '../types.js'
import type { ResearchResult } from '../../research/types.js'
import { descriptiveName, type PlanKind } from '../format/naming.js'
import { formatPrompt, planTemplateName } from '../format/plan-format.js'
import { buildPlanContent } from './feature/feature-content.js'
import type { ContentInput } from './shared/content-shared.js'
import { buildBugContent } from './bug/bug-content.js'
import { buildChoreContent } from './chore/chore-content.js'
import { escapeAngles } from './prose.js'

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

/**
 * The research's evidence quotes the tree as found (a message holding `chan::Tx<T, Semaphore>`):
 * as plan text its `<` must open no HTML tag, like the issue text the planner quotes.
 */
function inertEvidence(research: ResearchResult): ResearchResult {
  const inert = <T extends { reasons: string[] }>(item: T): T => ({
    ...item,
    reasons: item.reasons.map(escapeAngles)
  })
  return {
    ...research,
    files: research.files.map(inert),
    symbols: research.symbols.map(inert),
    tests: research.tests.map(inert)
  }
}

export class TemplatePlanner implements Planner {
  readonly name = 'template'

  async plan(request: PlanRequest): Promise<PlanResult> {
    const kind = request.kind ?? 'feature'
    const name = descriptiveName(request.issue.title, request.issue.body, kind)
    const content = contentFor(kind, {
      adwId: request.adwId,
      issue: request.issue,
      research: inertEvidence(request.research),
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
