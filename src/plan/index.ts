// The planning core's public surface (GitHub-free). The LLM planners live in ./llm and are
// reached through their own modules.
export * from './types.js'
export * from './naming.js'
export {
  formatPrompt,
  extractMetadata,
  planFormat,
  planTemplateName,
  formatFromTemplate
} from './plan-format.js'
export type { PlanFormat, PlanMetadata, FormatItem, HeadingRule } from './plan-format.js'
export { validatePlan, formatProblems, fileExistsIn } from './validate.js'
export type { ValidationContext } from './validate.js'
export { sanitizeIssueText } from './sanitize.js'
export { readIssue, parseUserStory, proseLines } from './issue-text.js'
export type { IssueReading, IssueSections, UserStory } from './issue-text.js'
export { TemplatePlanner } from './template-planner.js'
