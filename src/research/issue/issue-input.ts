// The issue as every reader of it takes it, read once: the title, the body as written, and the
// body without its data (program output, LaTeX, SQL…), which names no code.
import { withoutIssueData } from './issue-data.js'

export interface IssueInput {
  title: string
  body: string
  /** The body with its data blanked line by line (line numbers and lengths hold). */
  bodyWithoutData: string
}

export function issueInput(title: string, body: string): IssueInput {
  return { title, body, bodyWithoutData: withoutIssueData(body) }
}
