// The issue as every reader of it takes it, read once: the title, the requester's words (what
// GitHub shows of the body, without comments, a service's blocks, images, badges and lines of
// bare links), and those words without their data (program output, LaTeX, SQL…), which name no
// code. A line of nothing but a link into the code stays: it points at a file.
import { blankSpans, foreignSpans } from '../../text/foreign-parts.js'
import { withoutIssueData } from './issue-data.js'
import { isSourceLink } from './quoted-paths.js'

export interface IssueInput {
  title: string
  /** The requester's words: what is not theirs is blanked (line numbers and lengths hold). */
  body: string
  /** The body with its data blanked line by line (line numbers and lengths hold). */
  bodyWithoutData: string
}

function requesterBody(body: string): string {
  const foreign = foreignSpans(body).filter(
    span => span.kind !== 'links' || !isSourceLink(body.slice(span.start, span.end))
  )
  return blankSpans(body, foreign)
}

export function issueInput(title: string, body: string): IssueInput {
  const own = requesterBody(body)
  return { title, body: own, bodyWithoutData: withoutIssueData(own) }
}
