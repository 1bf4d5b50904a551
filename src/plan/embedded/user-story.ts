// The feature's user story: the issue's own "As a … I want … so that …" when it tells one, else
// one built from its title, and the outcome the story promises, as a criterion or a manual check.
import type { IssueReading, UserStory } from '../../text/issue-text.js'
import { capitalise, lowerFirst, prose, withArticle } from './prose.js'

/** "A shopper is able to apply a code" / "A CI maintainer gets machine-readable output". */
export function storyOutcome(story: UserStory): string {
  const who = capitalise(withArticle(prose(story.role, 80)))
  const goal = prose(story.goal, 200)
  return /^to\s/i.test(goal) ? `${who} is able ${goal}` : `${who} gets ${goal}`
}

// People an issue usually speaks for; the first one named becomes the story's role.
const ROLES =
  /\b(maintainer|admin|administrator|user|developer|contributor|reviewer|customer|operator|author|owner|accountant|manager|editor|visitor|shopper|player|teacher|student)s?\b/i
// A title that starts with one of these is a verb phrase: "I want to <title>".
const VERB_START =
  /^(add|allow|let|support|show|enable|make|provide|create|use|export|import|display|send|build|improve|remove|introduce|implement|track|notify|sync|cache|expose|accept|choose|switch|run|generate|validate|detect|warn|log|store|save|load|open|close|filter|sort|search|group|limit|retry|skip|keep|report|link|render|print|write|read|publish|post|update|delete|rename|move|copy|merge|split|convert|stream|paginate|schedule|configure|customi[sz]e|localise|localize|translate)\b/i

export function userStoryOf(
  reading: IssueReading,
  title: string,
  featureName: string,
  hasProblem: boolean
): string {
  const story = reading.userStory
  if (story) {
    return `As ${withArticle(prose(story.role, 80))}, I want ${prose(story.goal, 200)} so that ${prose(story.benefit, 200)}.`
  }
  // No story in the issue: build one from the title, and say where its "why" is written.
  const role = (ROLES.exec(title) ?? ROLES.exec(reading.paragraphs.join(' ')))?.[1].toLowerCase()
  const who = withArticle(role ?? 'user of this project')
  const goal = VERB_START.test(featureName)
    ? `to ${lowerFirst(featureName)}`
    : `${featureName.split(' ').length <= 6 ? lowerFirst(featureName) : `“${featureName}”`}`
  const why = hasProblem
    ? 'the problem described below goes away'
    : 'the project does what the issue asks'
  return `As ${who}, I want ${goal} so that ${why}.`
}
