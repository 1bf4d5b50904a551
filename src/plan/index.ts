// The planning core's public surface (GitHub-free): the plan format (./format), the embedded
// planner (./embedded) and, through create-planner, the model planner (./llm).
export * from './types.js'
export * from './format/naming.js'
export {
  formatPrompt,
  extractMetadata,
  planFormat,
  planTemplateName,
  formatFromTemplate
} from './format/plan-format.js'
export type { PlanFormat, PlanMetadata, FormatItem, HeadingRule } from './format/plan-format.js'
export { validatePlan, formatProblems, fileExistsIn } from './format/validate.js'
export type { ValidationContext } from './format/validate.js'
export { TemplatePlanner } from './embedded/template-planner.js'
