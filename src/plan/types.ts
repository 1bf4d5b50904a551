// Contracts of the planning core. GitHub-free.
import type { ResearchResult } from '../research/types.js'
import type { PlanKind } from './format/naming.js'

/** The issue as the planners see it. `body` is the prompt, verbatim. */
export interface IssueText {
  number: number
  title: string
  body: string
  url?: string
  labels?: string[]
}

export interface PlanRequest {
  /** The issue number, as a string: the seed's `adw_id`. */
  adwId: string
  issue: IssueText
  research: ResearchResult
  /** Absolute root of the repository tree the research read. */
  root: string
  /** Where plans live, relative to root (default `specs`). */
  specsDir: string
  /** Directory of user templates overriding the built-in ones, if any. */
  templatesDir?: string
  /** What kind of plan to write, and so which Plan Format it follows (default `feature`). */
  kind?: PlanKind
  /** Set when an existing plan is revised from review feedback rather than written anew. */
  revision?: PlanRevision
}

/** A reviewer's request to change a plan. */
export interface PlanRevision {
  /** The plan as it is on its branch now, hand edits included. */
  current: string
  /** The reviewer's words after the command. */
  feedback: string
  /** Inline review comments on the plan, with the lines of the plan they are attached to. */
  comments: InlineFeedback[]
}

export interface InlineFeedback {
  /** 1-based lines of the plan file. */
  startLine?: number
  line?: number
  /** The plan's text on those lines. */
  excerpt: string
  body: string
}

export interface PlanUsage {
  provider: string
  model: string
  inputTokens: number
  outputTokens: number
  steps: number
}

export interface PlanResult {
  /** The whole plan document (Markdown). */
  markdown: string
  /** The plan's name as in its title heading: `# Feature: …`, `# Bug: …`, `# Chore: …`. */
  featureName: string
  /** Lowercase ASCII kebab-case, never empty: the `{descriptive-name}` of the file name. */
  descriptiveName: string
  /** Which planner wrote it: `template`, or the model provider (`anthropic`, `bedrock`…). */
  planner: string
  /** Set when an LLM planner failed and the embedded planner stood in. */
  fallbackReason?: string
  usage?: PlanUsage
}

export interface Planner {
  readonly name: string
  plan(request: PlanRequest): Promise<PlanResult>
}

/** One reason a plan is not valid, in words a model or a maintainer can act on. */
export interface PlanProblem {
  code:
    | 'missing-heading'
    | 'misordered-heading'
    | 'placeholder'
    | 'metadata-adw-id'
    | 'metadata-prompt'
    | 'file-to-modify-missing'
    | 'new-file-exists'
    | 'path-outside-repo'
    | 'empty-section'
  message: string
}
