// A feature's acceptance criteria: the issue's own checklist and requirements, completed from its
// story and proposal when it states too few, as a reviewer would.
import type { IssueReading } from '../../text/issue-text.js'
import { capitalise, code, firstSentence, prose } from './prose.js'
import { storyOutcome } from './user-story.js'

// Criteria about the documentation: checked by reading the docs, not by a unit test.
const DOCUMENTATION = /\b(?:document(?:ed|ation|s)?|docs?|readme|changelog|quickstart|guide)\b/i

// How requests open ("It would be nice if …"): a criterion states the outcome without the wish.
const WISH =
  /^(?:it would be (?:nice|great|good|helpful|useful) (?:if|to)|i(?:'d| would) (?:like|love)(?: it if| to)?|we could|maybe|perhaps|ideally,?|please)\s+/i

export interface Criteria {
  /** What the plan lists: the issue's own criteria, completed to a useful minimum. */
  all: string[]
  /** Criteria about the feature itself (not the generic "tests pass" ones): tests and tasks use these. */
  functional: string[]
}

export function criteriaOf(
  reading: IssueReading,
  solution: string | undefined,
  newTest: string | undefined,
  testCommand: string | undefined
): Criteria {
  const fromIssue = [
    ...new Set([...reading.checklist, ...reading.requirements].map(item => prose(item, 240)))
  ].filter(Boolean)
  if (fromIssue.length >= 3) return { all: fromIssue.slice(0, 12), functional: fromIssue }
  // Too few stated criteria: derive the rest from the story and the solution, as a reviewer would.
  const functional = [...fromIssue]
  const derived = [
    ...(reading.userStory ? [storyOutcome(reading.userStory)] : []),
    ...(solution ? [capitalise(firstSentence(solution, 240).replace(WISH, ''))] : [])
  ]
  for (const item of derived) {
    const line = item.replace(/[.]$/, '')
    if (line && !functional.includes(line)) functional.push(line)
  }
  if (functional.length === 0) functional.push('The feature behaves as the issue describes')
  const all = [
    ...functional,
    `The new behaviour is covered by automated tests${newTest ? ` in ${code(newTest)}` : ''}`,
    `Existing behaviour is unchanged and the existing tests pass${testCommand ? ` (${code(testCommand)})` : ''}`
  ]
  return { all, functional }
}

/** The criteria a test can check: a criterion about documentation is checked by reading the docs. */
export function testableCriteria(criteria: string[]): string[] {
  return criteria.filter(criterion => !DOCUMENTATION.test(criterion))
}
