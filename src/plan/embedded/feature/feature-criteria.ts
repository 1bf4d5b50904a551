// A feature's acceptance criteria: behaviours someone can check. They come from the issue's own
// checklist, the sentences that state a rule ("X should Y"), the capability asked for stated as
// its result ("`skipAmendWarning` is available for `amendLastCommit`"), what the request is for
// when that is an observable outcome, and the interface it sketches (the option and its default,
// the flag, the example that must run); then the tests and "existing behaviour unchanged". A
// sentence about the reporter ("I will search again until …") states no outcome and is no criterion.
import { isChatter, isFirstPerson, withoutHedges } from '../../../text/chatter.js'
import type { IssueReading, ListItem } from '../../../text/issue-text.js'
import { mask, wordsOf } from '../../../text/sentences.js'
import type { ApiItem, ApiSketch } from '../request/api-sketch.js'
import { outcomeOf } from '../request/ask-forms.js'
import {
  ASK_THRESHOLD,
  ASK_WEIGHTS,
  askLikelihood,
  askUnits,
  unitOf
} from '../request/ask-likelihood.js'
import type { FeatureRequest } from './feature-request.js'
import { capitalise, code, listing, prose, verbatim } from '../prose.js'
import { askIn } from '../request/requests.js'
import { isBaseVerb } from '../request/verb-forms.js'
import { WE } from '../request/wishes.js'

// Criteria about the documentation: checked by reading the docs, not by a unit test.
const DOCUMENTATION = /\b(?:document(?:ed|ation|s)?|docs?|readme|changelog|quickstart|guide)\b/i
const PRONOUN_START = /^(?:it|they|them|this|these|those|that|he|she|all of them|both of them)\b/i
// A clause that says what the software does: a verb a result is stated with.
const OUTCOME_VERB =
  /\b(?:is|are|does|do|doesn't|don't|does not|do not|can|cannot|can't|will|won't|gets?|has|have|returns?|shows?|works?|writes?|prints?|skips?|keeps?|stays?|accepts?|rejects?|raises?|emits?|matches?)\b/i

export interface Criteria {
  /** What the plan lists: the issue's own criteria, completed to a useful minimum. */
  all: string[]
  /** Criteria about the feature itself (not the generic "tests pass" ones): tests and tasks use these. */
  functional: string[]
}

export interface CriteriaInput {
  /** The issue's title: where a request that only names the feature says it. */
  title?: string
  reading: IssueReading
  request: FeatureRequest
  api: ApiSketch
  /** The feature's name in quotes, for the criterion of last resort. */
  featureLabel: string
  newTest?: string
  testCommand?: string
}

/** One line of the issue as a criterion: plain, about the software, else nothing. */
// A sentence that points at an example the plan does not show ("in the example above").
const POINTS_AWAY =
  /\b(?:(?:the|this) example (?:above|below)|the following|as shown (?:above|below)|see above|see below)\b/i

// Why it is wanted or how it might be done, and who the users are: not what the software must do.
const REASON_OR_HINT =
  /^(?:since|because|as|given that|so)\b|\b(?:you|one|we) (?:could|can|might|may)\b|\b(?:a|an|the|one) (?:generic|simple|easy|possible|good|better|quick|common|nice) way\b|\bis to (?:check|use|call|read|run|look|add)\b|^(?:for example|for instance|e\.g\.)|^(?:users?|people|developers|someone|anyone) who\b/i

function asCriterion(text: string): string | undefined {
  // The reason a sentence gives ("… given that it is text") is not part of what is checked.
  const plain = withoutHedges(text).replace(
    /,?\s+(?:given that|because|since|which means|this behaviou?r is)\b.*$/i,
    ''
  )
  if (
    !plain ||
    isChatter(plain) ||
    isFirstPerson(plain) ||
    POINTS_AWAY.test(plain) ||
    REASON_OR_HINT.test(wordsOf(plain))
  )
    return undefined
  if (!WE.test(wordsOf(plain))) return plain
  // "We should use X" states the work: its result is the criterion.
  const ask = askIn(plain)
  const result = ask?.imperative ? outcomeOf(ask.imperative) : ask?.statement
  return result && !WE.test(wordsOf(result)) ? result : undefined
}

/**
 * An item of the request's goal list as a result: a request restated ("Add X" -> "X is
 * available"), a verb phrase as done ("parse ISO 8601 durations" -> "ISO 8601 durations are
 * parsed"), a name alone as available, a call alone as working; in a numbered list or under the
 * proposal, a feature named without a verb ("The o for toggling the cursor") as available. A
 * statement is left to the rules.
 */
function goalCriterion(item: ListItem): string | undefined {
  // A name or a call alone: the interface the request lists.
  const bare = item.text.trim().replace(/[\s.;:,]+$/, '')
  if (/`/.test(bare) && wordsOf(bare) === '')
    return `${bare} ${/\(/.test(bare) ? 'works' : 'is available'}`
  const plain = withoutHedges(bare)
  if (!plain || isChatter(plain) || isFirstPerson(plain) || REASON_OR_HINT.test(wordsOf(plain)))
    return undefined
  const ask = askIn(plain)
  if (ask) return ask.imperative ? outcomeOf(ask.imperative) : ask.statement
  const { text } = mask(plain)
  const first = text.split(' ')[0]
  if (/^[A-Za-z]+$/.test(first) && isBaseVerb(first.toLowerCase()))
    return outcomeOf(capitalise(plain))
  const named = item.ordered || item.part === 'solution' || item.part === 'criteria'
  if (
    named &&
    !OUTCOME_VERB.test(text) &&
    !PRONOUN_START.test(text) &&
    text.split(' ').length <= 30
  )
    return `${capitalise(plain)} ${/\band\b/i.test(text) ? 'are' : 'is'} available`
  return undefined
}

/** The capability asked for, as its result: the title's, or the body's when the title only names it. */
function askCriterion(request: FeatureRequest): string | undefined {
  const ask = request.ask?.named && request.bodyAsk ? request.bodyAsk : request.ask
  if (!ask) return undefined
  return ask.statement ?? (ask.imperative ? outcomeOf(ask.imperative) : undefined)
}

/** What the request is for, when that is a result of the software ("the writer skips empty values"). */
function purposeCriterion(request: FeatureRequest): string | undefined {
  const purpose = request.ask?.purpose
  if (!purpose || PRONOUN_START.test(purpose) || isFirstPerson(purpose) || WE.test(purpose))
    return undefined
  return statesResult(mask(purpose).text) ? capitalise(purpose) : undefined
}

/** A clause with a verb in the present after its subject: "the exported files start with …". */
function statesResult(clause: string): boolean {
  if (OUTCOME_VERB.test(clause)) return true
  const words = clause.split(' ').slice(1)
  return words.some(
    word => isBaseVerb(word) || (/^[a-z]+s$/.test(word) && isBaseVerb(word.slice(0, -1)))
  )
}

/** The default a boolean option keeps when the example turns it on: `True` -> `False`. */
function offValue(value: string | undefined): string | undefined {
  const off: Record<string, string> = { True: 'False', true: 'false', TRUE: 'FALSE' }
  return value ? off[value] : undefined
}

function apiCriteria(api: ApiSketch, asked: string | undefined): string[] {
  const out: string[] = []
  const itemName = (item: ApiItem) => code(item.name)
  for (const item of api.items) {
    // The capability's own criterion already names this option.
    if (item.kind === 'option' && asked?.includes(item.name)) continue
    if (item.kind === 'flag') {
      const flag = code(item.owner ? `${item.owner} ${item.name}` : item.name)
      const alias = item.alias ? ` (and ${code(item.alias)})` : ''
      out.push(`${flag}${alias} is accepted${item.description ? `: ${item.description}` : ''}`)
    } else
      out.push(
        item.owner
          ? `${code(item.owner)} accepts ${itemName(item)}`
          : `${itemName(item)} can be set`
      )
  }
  if (api.items.length > 0) {
    // The default the issue declares, else the off value of a switch its example turns on.
    const defaults = api.items
      .map(item => item.default ?? offValue(item.value))
      .map((value, index) => value && `${code(api.items[index].name)} defaults to ${code(value)}`)
      .filter(Boolean)
    out.push(
      `Leaving ${listing(api.items.map(itemName))} out keeps today's behaviour${defaults.length > 0 ? ` (${defaults.join(', ')})` : ''}`
    )
  }
  if (api.example) out.push(`The issue's example works as written: ${verbatim(api.example)}`)
  return out
}

// Two criteria that say the same in other words: the same names, or most of their words shared.
function sameClaim(a: string, b: string): boolean {
  // The names two criteria quote, word by word: "`export --flag`" names what "`export` … `--flag`" does.
  const spans = (text: string) =>
    [...new Set([...text.matchAll(/`([^`]+)`/g)].flatMap(m => m[1].split(/\s+/)))].sort().join('\n')
  if (spans(a) !== '' && spans(a) === spans(b)) return true
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .match(/[a-z0-9_]+/g)
        ?.filter(word => word.length > 2) ?? []
    )
  const [left, right] = [words(a), words(b)]
  const shared = [...left].filter(word => right.has(word)).length
  return shared / Math.max(1, Math.min(left.size, right.size)) >= 0.8
}

/** A box's label: a word or two, no code (`macOS`, `fish`, `Etc.`). */
function isBoxLabel(item: string): boolean {
  return !item.includes('`') && item.trim().split(/\s+/).length <= 2
}

/**
 * A criterion read from the issue, with the words it restates. The issue's own task list and the
 * interface it sketches have none: the author listed them as what is to be done or named, so no
 * score of their wording drops them.
 */
export interface Candidate {
  line: string | undefined
  source?: string
  /** A list item of the issue, which stands where the reading found it. */
  item?: ListItem
}

/** Every criterion the issue's text gives, in the order a plan lists them, before any is dropped. */
export function candidatesOf(input: CriteriaInput): Candidate[] {
  const { reading, request, api } = input
  const asked = askCriterion(request)
  const askedFrom = request.ask?.named && request.bodyAsk ? request.bodyAsk : request.ask
  // A flag's criterion from its help text says more than "the -f option is available".
  const flagged = api.items.some(item => item.kind === 'flag' && asked?.includes(item.name))
  const own = (source: string, line: string | undefined): Candidate => ({ line, source })
  return [
    // A form's multiple choice (`- [ ] bash`, `- [ ] zsh`) names boxes, not behaviours; a
    // behaviour takes a few words ("Dates are ISO 8601").
    ...reading.checklist
      .filter(item => !isBoxLabel(item))
      .map(item => ({ line: asCriterion(item) })),
    // The request's goal list: what it asks for, item by item.
    ...request.goals.map(item => ({ line: goalCriterion(item), source: item.text, item })),
    ...request.rules.map(rule => own(rule, asCriterion(rule))),
    ...request.expected.map(outcome => own(outcome, asCriterion(outcome))),
    own(askedFrom?.source ?? '', flagged ? undefined : asked),
    // The body's own requests, as their results: the concrete form of the capability.
    ...request.ownAsks
      .slice(0, 2)
      .map(ask =>
        own(ask.source ?? '', ask.imperative ? outcomeOf(ask.imperative) : ask.statement)
      ),
    own(request.ask?.purpose ?? '', purposeCriterion(request)),
    ...apiCriteria(api, asked).map(line => ({ line }))
  ]
}

/** How likely each candidate is an ask of the request, from the words it restates. */
export type AskScorer = (candidate: Candidate) => number

/** The scorer of ask-likelihood.ts over the request's own units. */
export function askScorer(title: string, reading: IssueReading, weights = ASK_WEIGHTS): AskScorer {
  const units = askUnits(title, reading)
  return candidate => {
    if (candidate.source === undefined) return 1
    const unit = candidate.item
      ? {
          text: candidate.item.text,
          part: candidate.item.part,
          item: candidate.item.ordered ? ('ordered' as const) : ('bullet' as const),
          position: unitOf(candidate.item.text, units).position
        }
      : unitOf(candidate.source || (candidate.line ?? ''), units)
    return askLikelihood(unit, title, weights)
  }
}

export function criteriaOf(
  input: CriteriaInput,
  score: AskScorer = askScorer(input.title ?? '', input.reading),
  threshold = ASK_THRESHOLD
): Criteria {
  const scored = candidatesOf(input)
    .filter((candidate): candidate is Candidate & { line: string } => Boolean(candidate.line))
    .map(candidate => ({ ...candidate, likelihood: score(candidate) }))
  // A reason, a hint or the context restated is no criterion; but a request that asks something
  // keeps the likeliest of its asks.
  const asks = scored.filter(candidate => candidate.likelihood >= threshold)
  const best = [...scored].sort((a, b) => b.likelihood - a.likelihood)[0]
  const chosen = asks.length > 0 || !best ? asks : [best]
  const functional: string[] = []
  for (const { line: candidate } of chosen) {
    const line = prose(candidate, 240).replace(/[.]$/, '')
    if (line && !functional.some(kept => sameClaim(kept, line))) functional.push(line)
  }
  if (functional.length === 0)
    functional.push(
      `${input.featureLabel} works as the issue describes, shown by a test that fails without the change`
    )
  const kept = functional.slice(0, 8)
  return {
    all: [
      ...kept,
      `The new behaviour is covered by automated tests${input.newTest ? ` in ${code(input.newTest)}` : ''}`,
      `Existing behaviour is unchanged and the existing tests pass${input.testCommand ? ` (${code(input.testCommand)})` : ''}`
    ],
    functional: kept
  }
}

/** The criteria a test can check: a criterion about documentation is checked by reading the docs. */
export function testableCriteria(criteria: string[]): string[] {
  return criteria.filter(criterion => !DOCUMENTATION.test(criterion))
}
