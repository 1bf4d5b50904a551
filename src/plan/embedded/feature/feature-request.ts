// A feature request read the way its author structured it, each part where a plan uses it: the
// problem (for the Problem Statement and the story's benefit), the proposal (for the Solution
// Overview, restated as work), the ask (the capability, for the story and the criteria), the
// sentences that state rules, the alternatives and drawbacks (for Notes). Without headings, a
// sentence that asks for something is the proposal and the rest is the problem. The chatter goes
// first: what is left speaks about the software, in the imperative or the third person.
import {
  asUsers,
  isFirstPerson,
  plainSentences,
  withoutHedges,
  isChatter
} from '../../../text/chatter.js'
import type { IssuePart } from '../../../text/issue-parts.js'
import type { IssueReading, ListItem } from '../../../text/issue-text.js'
import { wordsOf } from '../../../text/sentences.js'
import { askOfTitle } from '../request/ask-forms.js'
import { askIn, type Ask } from '../request/requests.js'
import { NICE, WE, WOULD_BE_NICE } from '../request/wishes.js'

export interface FeatureRequest {
  /** The problem, sentence by sentence: no chatter, no hedges, the reporter's habits as the users'. */
  problem: string[]
  /** The proposal, sentence by sentence: requests restated as work, statements kept. */
  proposal: string[]
  /** The proposal's sentences as the issue wrote them (hedges out): where its sketch is named. */
  proposalSource: string[]
  /** What the issue supposes about the implementation ("this could be due to …"): for Notes. */
  speculation: string[]
  /** The capability asked for: the proposal's first request, else the title's. */
  ask?: Ask
  /** Every request the body makes, in order (the first is `ask` unless the title's stands in). */
  asks: Ask[]
  /** The body's own first request, when it names what it asks for (no "this", "it"). */
  bodyAsk?: Ask
  /** The body's requests that name what they ask for, in order. */
  ownAsks: Ask[]
  /** Sentences that state a rule the result must follow ("X should Y", "X will Y"), plain. */
  rules: string[]
  /** What the proposal says the result does ("`/users/#list` matches `/users/`"), plain. */
  expected: string[]
  /** The items of the lists the proposal makes (a goal list, the behaviours it wants), in order. */
  goals: ListItem[]
  alternatives: string[]
  cons: string[]
}

// Where a list is the request's own: under the proposal or its criteria, or under no heading.
const GOAL_PARTS = new Set<IssuePart | undefined>([undefined, 'solution', 'criteria'])

// Sentences that point at a block the plan does not quote ("like this", "the following").
const POINTS_AT_CODE = /\b(?:the following|as follows|like this|like so|this one|below)\b/i
const ENDS_POINTING = /\b(?:like this|like so|the following|as follows|below|this)[.!]?$/i
// A wish the plan could not restate ("it would be cool to use `apply` like this"): not the problem.
const WISH = new RegExp(`^${WOULD_BE_NICE}\\b|\\bwould be ${NICE} to have[.!]?$`, 'i')
const RULE = /\b(?:must|should|shall|is required to|are required to|will)\b/i
// Not a rule: a guess ("would", "might"), advice to the reader ("one should"), a question, a
// remark about the work rather than the result ("some care will need to be taken"), a sentence
// about the change itself ("Change should be implemented as …"), one that leans on "it"/"them".
const NOT_A_RULE =
  /\b(?:would|could|might|may)\b|\b(?:one|you|i|we) (?:should|must|will|shall)\b|^(?:i|we|you|one|people|someone)\b|\?$|^(?:some |more |extra )?(?:care|attention|thought|consideration|work|effort)\b|^(?:the )?(?:change|feature|proposal|implementation|this|it|they|all of them|both of them)\s+(?:should|must|will|shall)\b|^for [^,]+,\s*(?:it|they|this|all of them|both)\b|\b(?:not possible|impossible)\b/i

/** The plain sentences of a part, without those that only point at code the plan leaves out. */
function sentencesOfPart(text: string | undefined): string[] {
  if (!text) return []
  return plainSentences(text).filter(
    sentence =>
      !(POINTS_AT_CODE.test(sentence) && !/`/.test(sentence)) &&
      !ENDS_POINTING.test(wordsOf(sentence))
  )
}

/** The reporter's experience, told as the users'; what is about the software stays as it is. */
/** A request restated as work, with what it is for. */
function asWork(ask: Ask): string | undefined {
  const main = ask.imperative ?? ask.statement
  if (!main) return undefined
  return `${main}${ask.purpose ? `, so that ${ask.purpose}` : ''}.`
}

/** A proposal's sentence as the plan says it: the request as work, a habit left out. */
function asProposal(sentence: string): string | undefined {
  const ask = askIn(sentence)
  const text = ask ? asWork(ask) : isFirstPerson(sentence) ? undefined : sentence
  return text && !WE.test(wordsOf(text)) ? text : undefined
}

function isRule(sentence: string): boolean {
  const plain = wordsOf(sentence)
  return (
    RULE.test(plain) &&
    !NOT_A_RULE.test(plain) &&
    !isFirstPerson(sentence) &&
    sentence.length <= 260
  )
}

const TODAY =
  /^(?:currently|right now|today|at the moment|as of now)\b|\b(?:not|no|cannot|can't|doesn't|don't|isn't|aren't|only)\b/i

/** Problem and proposal sentences: from the issue's parts, else split by what each sentence does. */
function problemAndProposal(reading: IssueReading): { problem: string[]; proposal: string[] } {
  const { sections } = reading
  const loose = [...reading.looseParagraphs, ...reading.looseItems].flatMap(paragraph =>
    sentencesOfPart(paragraph)
  )
  // The API part's prose tells a scenario ("Imagine I'm writing a CLI…"): its code is the sketch.
  const proposed = sentencesOfPart(sections.solution)
  const stated = sentencesOfPart(sections.problem)
  if (stated.length > 0 || proposed.length > 0) {
    // Loose prose beside named parts: its requests join the proposal, the rest the problem.
    const looseAsks = loose.filter(sentence => askIn(sentence))
    const problem = [
      ...stated,
      ...(stated.length > 0 ? [] : loose.filter(sentence => !askIn(sentence)))
    ]
    // A proposal that opens with today's state ("Currently X looks cryptic") states the problem too.
    const today =
      problem.length > 0
        ? []
        : proposed.filter(sentence => !askIn(sentence) && TODAY.test(wordsOf(sentence)))
    return {
      problem: [...problem, ...today],
      proposal: [...proposed.filter(sentence => !today.includes(sentence)), ...looseAsks]
    }
  }
  return {
    problem: loose.filter(sentence => !askIn(sentence) && !isRule(sentence)),
    proposal: loose.filter(sentence => askIn(sentence) || isRule(sentence))
  }
}

// A guess about the cause or the work, not a statement of the problem: "this could be due to …",
// "it would need to be refactored".
const SPECULATION =
  /^(?:[^,]{0,40},\s*)?(?:\S+\s+){0,6}?(?:could|might|may|would)\b(?! (?:you|like|love|want)\b)/i

/**
 * A request that names what it asks for: no "this" or "it" pointing elsewhere, and not a step of
 * the reporter's to-do list ("Make changes in `lib/cli/config.js`").
 */
function isOwnWords(ask: Ask): boolean {
  const text = ask.imperative ?? ask.statement ?? ''
  return (
    !/\b(?:this|that|these|those|it|them)\b/i.test(wordsOf(text)) &&
    !/`[^`]*\/[^`]*\.\w+`|^(?:make|apply) changes\b|^(?:add|update|write|extend) (?:the |a )?tests?\b/i.test(
      text
    )
  )
}

// A statement of what the software does: a verb in the present, about a thing, not a person.
const OUTCOME =
  /\b(?:is|are|does|do|returns?|matches|match|shows?|prints?|accepts?|rejects?|raises?|emits?|produces?|outputs?|keeps?|stays?|works?|skips?|ignores?|includes?|excludes?|uses?|reads?|writes?|compiles?|renders?)\b/i

/**
 * "Once that many errors are collected, stop and raise X": after its opening clause the sentence
 * goes on with a verb, not a subject. It is work to do, not a result.
 */
function isInstruction(sentence: string): boolean {
  const opening = /^(?:once|when|whenever|if|after|before|until)\b[^,]+,\s*(\S+)/i.exec(sentence)
  return (
    opening !== null &&
    /^[a-z]+$/.test(opening[1]) &&
    !/^(?:it|the|a|an|this|these|they|there)$/.test(opening[1])
  )
}

/** The result the proposal describes, sentence by sentence: the "expected behaviour" a criterion checks. */
function expectedOutcomes(reading: IssueReading): string[] {
  const stated = [reading.sections.solution, reading.sections.criteria].flatMap(part =>
    sentencesOfPart(part)
  )
  return stated.filter(
    sentence =>
      OUTCOME.test(wordsOf(sentence)) &&
      !askIn(sentence) &&
      !isFirstPerson(sentence) &&
      !WE.test(wordsOf(sentence)) &&
      !NOT_A_RULE.test(wordsOf(sentence)) &&
      // Today's state ("Currently X accepts …"), advice to the reader, a link: not the result.
      !/^(?:currently|right now|today|at the moment|as of now)\b|\byou\b|https?:/i.test(sentence) &&
      !isInstruction(sentence) &&
      sentence.length <= 200
  )
}

export function readFeatureRequest(title: string, reading: IssueReading): FeatureRequest {
  const split = problemAndProposal(reading)
  const proposal = split.proposal
  // A guess stays out of the problem when the issue states the problem otherwise too.
  const told = split.problem.filter(sentence => !WISH.test(wordsOf(sentence)))
  const stated = told.filter(sentence => !SPECULATION.test(wordsOf(sentence)))
  const problem = stated.length > 0 ? stated : told
  const asks = proposal
    .map(sentence => askIn(sentence))
    .filter((ask): ask is Ask => ask !== undefined)
  const fromTitle = askOfTitle(title)
  // The title names the feature; the body's first request says how. A title that is itself a
  // request ("Add X", "X should Y") is the capability; else the body's words are.
  const ask = fromTitle && (fromTitle.imperative || fromTitle.statement) ? fromTitle : asks[0]
  const rules = [
    ...reading.requirements.map(withoutHedges),
    ...proposal.filter(sentence => !askIn(sentence))
  ].filter(sentence => sentence && !isChatter(sentence) && isRule(sentence))
  return {
    problem: problem.map(asUsers).filter(Boolean),
    proposal: proposal.map(asProposal).filter((text): text is string => Boolean(text)),
    proposalSource: proposal,
    speculation:
      stated.length > 0
        ? told.filter(sentence => !stated.includes(sentence) && !isFirstPerson(sentence))
        : [],
    ask: ask && { ...ask, purpose: ask.purpose ?? asks.find(other => other.purpose)?.purpose },
    asks,
    bodyAsk: asks.find(isOwnWords),
    ownAsks: asks.filter(isOwnWords),
    rules: [...new Set(rules)],
    expected: expectedOutcomes(reading),
    goals: reading.items.filter(item => GOAL_PARTS.has(item.part)),
    alternatives: sentencesOfPart(reading.sections.alternatives),
    cons: sentencesOfPart(reading.sections.cons)
  }
}
