// The feature's user story: the issue's own "As a … I want … so that …" when it tells one; else
// the role the issue names (a library author, an operator), the capability asked for as the goal,
// and the benefit read from the problem it solves. Never the title pasted in: a title is a name,
// and "I want “views: custom cache key support”" says nothing a reader did not know.
import type { IssueReading, UserStory } from '../../../text/issue-text.js'
import { isChatter } from '../../../text/chatter.js'
import { mask, wordsOf } from '../../../text/sentences.js'
import { goalOf, goalOfStatement } from '../request/ask-forms.js'
import type { FeatureRequest } from './feature-request.js'
import { capitalise, prose, withArticle } from '../prose.js'
import { isBaseVerb, thirdPerson } from '../request/verb-forms.js'

/** "A shopper is able to apply a code" / "A CI maintainer gets machine-readable output". */
export function storyOutcome(story: UserStory): string {
  const who = capitalise(withArticle(prose(story.role, 80)))
  const goal = prose(story.goal, 200)
  return /^to\s/i.test(goal) ? `${who} is able ${goal}` : `${who} gets ${goal}`
}

// People an issue speaks for. A role counts only where the issue says someone is one ("as a
// library author", "we plugin authors", "operators who …"), so "context manager" is no manager.
const ROLE_NOUN =
  '(?:maintainer|admin(?:istrator)?|user|developer|contributor|reviewer|author|owner|operator|engineer|designer|tester|writer|translator|analyst|scientist|researcher|student|teacher|accountant|editor|player|shopper|customer)'
const ROLE_PHRASES = [
  new RegExp(`\\bas an? ((?:[\\w-]+ ){0,2}?${ROLE_NOUN})\\b`, 'i'),
  new RegExp(`\\bi(?:'m| am) an? ((?:[\\w-]+ ){0,2}?${ROLE_NOUN})\\b`, 'i'),
  new RegExp(`\\b(?:we|us) ((?:[\\w-]+ )?${ROLE_NOUN})s\\b`, 'i'),
  new RegExp(
    `\\b((?:[\\w-]+ )?${ROLE_NOUN})s (?:who|that) (?:use|need|want|run|write|build|maintain|ship)\\b`,
    'i'
  ),
  new RegExp(`\\b(?:let|allow|enable|help)\\s+(${ROLE_NOUN})s\\b`, 'i')
]
const NOT_A_QUALIFIER = /^(?:the|a|an|some|many|most|all|other|our|my|your|their|for|of|and|or)\s/i

/** The role the issue names, or undefined. */
export function roleIn(text: string): string | undefined {
  const plain = mask(text).text
  for (const phrase of ROLE_PHRASES) {
    const match = phrase.exec(plain)
    if (match) return match[1].replace(NOT_A_QUALIFIER, '').toLowerCase()
  }
  return undefined
}

/** What the user wants: the capability the request names, in the story's grammar. */
function goalFrom(request: FeatureRequest): string | undefined {
  // The title's request when it makes one; when it only names the feature, the body's words.
  const order = request.ask?.named ? [request.bodyAsk, request.ask] : [request.ask, request.bodyAsk]
  for (const ask of order) {
    const goal = ask && goalOfAsk(ask)
    if (goal) return goal
  }
  return undefined
}

function goalOfAsk(ask: NonNullable<FeatureRequest['ask']>): string | undefined {
  return (
    ask.goal ??
    (ask.imperative ? goalOf(ask.imperative) : undefined) ??
    (ask.statement ? goalOfStatement(ask.statement) : undefined)
  )
}

// How a problem says what cannot be done: what the user then can do, or no longer has to.
// "No way to X" says what is wanted; "wanting to X" may say it of a means ("need to be told").
const BENEFITS: Array<[RegExp, 'way' | 'can' | 'no longer']> = [
  [/\bthere(?:'s| is) no (?:way|option|means|setting|flag) to ([^.;]+)/i, 'way'],
  [/\b(?:do not|don't) see (?:an?|any) (?:option|way|setting|flag) to ([^.;]+)/i, 'way'],
  // "Not possible" is a limitation of the software only when the issue says so of today.
  [
    /\b(?:currently|right now|at the moment|today),? (?:it(?:'s| is)|this is) (?:not possible|impossible) to ([^.;]+)/i,
    'way'
  ],
  [/\bthere(?:'s| is) no (?:ability|possibility|support) to ([^.;]+)/i, 'way'],
  [/\b(?:users|one|you|i) (?:have to|must|need to|are forced to|end up) ([^.;]+)/i, 'no longer'],
  [/\bforces? (?:users|you|me|one|us) to ([^.;]+)/i, 'no longer'],
  [
    /\b(?:find (?:myself|themselves|ourselves) )?(?:wanting|needing|want|need|would like) to ([^.;]+)/i,
    'can'
  ]
]

// "X does not persist Y" -> "X persists Y": the limitation, turned round, is the benefit.
const NEGATED =
  /^(?:however,?\s+|but\s+|currently,?\s+|right now,?\s+|today,?\s+)?((?:\S+\s+){0,3}?\S+)\s+(does not|doesn't|do not|don't|cannot|can't|is not|isn't|are not|aren't)\s+([^.;]+)/i
// Subjects the turn cannot take: a pronoun, a clause ("If this", "on running X"), a verb.
const NO_SUBJECT =
  /^(?:it|this|that|they|there|users|one|you|i|we|if|when|since|because|although|while|unless|as|on|in|for|with|by|after|before)\b|[",]|\b(?:is|are|was|has|have|but|and)\b/i

/**
 * A limitation turned round, two ways: as what the software then does ("X persists Y", for the
 * benefit) and as what the user wants of it ("X to persist Y", for the goal).
 */
interface Turned {
  statement: string
  wish: string
}

function turnedRound(sentence: string): Turned | undefined {
  const { text, restore } = mask(sentence)
  const done = (statement: string, wish: string): Turned => ({
    statement: restore(statement).replace(/[,:]\s*$/, ''),
    wish: restore(wish).replace(/[,:]\s*$/, '')
  })
  // "`seq` is missing the `-f` option" -> "`seq` has the `-f` option".
  const missing = /^((?:\S+\s+){0,3}?\S+) (?:is|are) missing ([^.;]+)/i.exec(text)
  if (missing && !NO_SUBJECT.test(missing[1]))
    return done(`${missing[1]} has ${missing[2]}`, `${missing[1]} to have ${missing[2]}`)
  const match = NEGATED.exec(text)
  const first = match?.[1].split(' ')[0] ?? ''
  const verbFirst = /^[A-Za-z]+s$/.test(first) && isBaseVerb(first.slice(0, -1).toLowerCase())
  if (!match || NO_SUBJECT.test(match[1]) || verbFirst) return undefined
  // What the negation is about ends at the next clause: ", even though …", ", but …".
  const [, subject, negation, whole] = match
  const rest = whole
    .split(/,\s*(?:even though|although|though|but|which|since|because|so|and)\b/i)[0]
    .trim()
  const [verb, ...tail] = rest.split(' ')
  if (!isBaseVerb(verb) && /^(?:does|doesn't|do|don't)/i.test(negation)) return undefined
  const positive = /^(?:does|doesn't)/i.test(negation)
    ? `${thirdPerson(verb)} ${tail.join(' ')}`
    : /^(?:cannot|can't)/i.test(negation)
      ? `can ${rest}`
      : /^(?:is|isn't)/i.test(negation)
        ? `is ${rest}`
        : /^(?:are|aren't)/i.test(negation)
          ? `are ${rest}`
          : rest
  const wished = /^(?:is|isn't|are|aren't)/i.test(negation) ? `be ${rest}` : rest
  return done(`${subject} ${positive.trim()}`, `${subject} to ${wished.trim()}`)
}

/** What a sentence of the problem says cannot be done, turned round: the benefit, and the wish. */
function limitationIn(sentence: string): { benefit: string; wish?: string } | undefined {
  // The limitation may be the sentence's second clause: "Users do X, and Y does not Z".
  const turned = [sentence, ...sentence.split(/,\s*(?:and|but|while|whereas|yet)\s+/i).slice(1)]
    .map(turnedRound)
    .find(Boolean)
  if (turned) return { benefit: turned.statement, wish: standsAlone(turned.wish) }
  const { text, restore } = mask(sentence)
  for (const [pattern, form] of BENEFITS) {
    const match = pattern.exec(text)
    if (!match) continue
    const action = restore(match[1]).replace(/[,:]\s*$/, '')
    return form === 'no longer'
      ? { benefit: `I no longer have to ${action}` }
      : {
          benefit: `I can ${action}`,
          wish: form === 'way' ? standsAlone(`to ${action}`) : undefined
        }
  }
  return undefined
}

/** A wish that names what it is about: no "it" or "this" pointing back, no bracket or link cut open. */
function standsAlone(wish: string): string | undefined {
  return /\b(?:it|them|they)\b|\b(?:this|that|these|those)\s*$|[()[\]]/i.test(wordsOf(wish))
    ? undefined
    : wish
}

/** The benefit: what the request says it is for, else what the problem says cannot be done. */
function benefitFrom(request: FeatureRequest, problem: string[]): string | undefined {
  const purpose = request.ask?.purpose
  if (purpose && !/^(?:it|this|that)\b/i.test(purpose)) return purpose
  for (const sentence of problem) {
    const limitation = limitationIn(sentence)
    if (limitation) return limitation.benefit
  }
  return undefined
}

// A sentence that guesses, wishes or asks is no benefit to quote: it says what the reporter hopes.
const UNSURE =
  /\b(?:might|maybe|perhaps|probably|possibly|hopefully|not sure|would be (?:nice|great|cool|good|handy|helpful|useful)|(?:would|could) (?:it|you|we|i)\b)/i
/** The sentence up to the clause where it starts to guess or wish: what it states, not what it hopes. */
function beforeHedge(sentence: string): string {
  const { text, restore } = mask(sentence)
  const hedge = UNSURE.exec(text)
  if (!hedge) return sentence
  const clauses = text.slice(0, hedge.index).split(/,\s+|\s+(?:—|–|-)\s+/)
  return clauses.length > 1 ? restore(clauses.slice(0, -1).join(', ')) : ''
}

// Pictographs and emoticons: the reporter's mood, not the software's.
const MOOD = /\p{Extended_Pictographic}|(?:^|\s)[:;]-?[()DPp](?=\s|$)/u

/**
 * The benefit when the issue states none, quoted from its problem so a reader can check it: the
 * sentence that says what is missing or wrong, else the problem's first plain sentence; never one
 * that repeats the title, guesses or wishes, or carries emoji.
 */
function quotedBenefit(problem: string[], title: string): string | undefined {
  const candidates = problem
    .filter(sentence => !/\?\s*$/.test(sentence) && !isChatter(sentence) && !MOOD.test(sentence))
    .map(beforeHedge)
    .filter(sentence => sentence.length >= 20 && !repeatsTitle(sentence, title))
  const negative = candidates.find(sentence =>
    /\b(?:not|no|cannot|can't|doesn't|don't|isn't|aren't|only|without|missing|lacks?|never)\b/i.test(
      sentence
    )
  )
  const quote = (sentence: string) => prose(sentence, 160).replace(/[.]$/, '')
  if (negative) return `the limitation the issue reports is lifted (“${quote(negative)}”)`
  if (candidates[0]) return `the problem the issue describes is solved (“${quote(candidates[0])}”)`
  return undefined
}

/** The benefit when the problem gives nothing to quote. */
function plainBenefit(issueText: string): string {
  return /\b(?:workaround|work around|by hand|manually|currently)\b/i.test(issueText)
    ? 'I no longer need a workaround for it'
    : 'I can use it as the issue describes'
}

const flat = (text: string) =>
  wordsOf(text.replace(/[`*_"“”]/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

/** The title without its labels: "[Feature] Add X", "feat(cli): add X", "Feature request: Add X". */
function titleWords(title: string): string {
  return flat(title.replace(/^\s*(?:\[[^\]]*\]\s*)+/, '').replace(/^[^:`]{1,40}:\s+/, ''))
}

/** Whether a text holds the whole title: a title is a name, and a story must say more than it. */
function repeatsTitle(text: string, title: string): boolean {
  const words = titleWords(title)
  return words.length > 0 && flat(text).includes(words)
}

/** Who asks, when the issue does not say: a developer for a library's API, a command-line user for a flag. */
function defaultRole(reading: IssueReading, cli: boolean): string {
  if (cli) return 'command-line user'
  const codeLike = reading.code.some(block =>
    /^(?:py|python|js|javascript|ts|typescript|go|rust|rs|java|kotlin|jsx|tsx)$/.test(block.info)
  )
  return codeLike || reading.identifiers.some(name => /[a-z][A-Z]|_|\./.test(name))
    ? 'developer'
    : 'user'
}

/** "`.invert()` method to codecs" -> "an `.invert()` method to codecs": a countable noun after a name. */
function withArticleForName(goal: string): string {
  const { text } = mask(goal)
  if (
    !/^\uE000\d+\uE001(?:\s+\uE000\d+\uE001)*\s+(?:option|flag|method|function|parameter|argument|setting|command|hook|helper|alias|variant|selector|directive|property|attribute|field|rule|filter|mode|key)\b/i.test(
      text
    )
  )
    return goal
  const first = /`+\W*(\w)/.exec(goal)?.[1] ?? ''
  return `${/[aeiou]/i.test(first) ? 'an' : 'a'} ${goal}`
}

/**
 * The story of a request. The issue's text is its title, then its body. When the title's request
 * is all the issue asks, the story's goal is what its problem says cannot be done yet, turned
 * round ("there is no way to X": "to X"), so the story carries the issue rather than its title.
 */
export function userStoryOf(
  reading: IssueReading,
  request: FeatureRequest,
  issueText: string,
  cli = false
): string {
  const story = reading.userStory
  if (story) {
    return `As ${withArticle(prose(story.role, 80))}, I want ${prose(story.goal, 200)} so that ${prose(story.benefit, 200)}.`
  }
  const title = issueText.split('\n')[0]
  const role = roleIn(issueText) ?? defaultRole(reading, cli)
  const who = withArticle(role)
  // "Let maintainers choose X" told by a maintainer: "I want to choose X".
  const goal = goalFrom(request)?.replace(new RegExp(`^${role}s to `, 'i'), 'to ')
  const why = (problem: string[]) => {
    const stated = benefitFrom(request, problem)
    return stated ? prose(stated, 200) : quotedBenefit(problem, title)
  }
  let want = goal
  let benefit = why(request.problem)
  // The title repeated says nothing: what the problem says cannot be done is the goal, when the
  // rest of the problem still gives the benefit.
  if (!goal || repeatsTitle(goal, title)) {
    const wished = request.problem.find(sentence => limitationIn(sentence)?.wish)
    const rest = request.problem.filter(sentence => sentence !== wished)
    const restBenefit = wished && why(rest)
    if (wished && restBenefit) {
      want = limitationIn(wished)!.wish
      benefit = restBenefit
    }
  }
  const wantText = want ? prose(withArticleForName(want), 200) : 'the change this issue asks for'
  return `As ${who}, I want ${wantText} so that ${benefit ?? plainBenefit(issueText)}.`
}
