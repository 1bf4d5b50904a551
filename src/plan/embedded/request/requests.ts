// A request, however the reporter phrased it ("I'd love to have X", "It would be nice if X could
// Y", "Would it be possible to Y?", "We should Y", a title such as "`seq`: missing -f option"),
// restated the way a plan states work: an imperative ("Add X", "Let X Y", "Support X"), and what
// it is for when the sentence says ("so that …"). Code spans stay whole and untouched.
import { asUsers, withoutHedges } from '../../../text/chatter.js'
import { mask } from '../../../text/sentences.js'
import { baseOfGerund, baseOfPast, thirdPerson } from './verb-forms.js'
import { capitalise } from '../prose.js'
import { I_WOULD_LIKE, WOULD_BE_NICE } from './wishes.js'

export interface Ask {
  /** The work, as an imperative: "Add an `.invert()` method on codecs". */
  imperative?: string
  /** The request as a statement of the result, when the issue words it so ("X is implemented…"). */
  statement?: string
  /** What the work is for, in the third person: "the TOML writer skips empty values". */
  purpose?: string
  /** The user story's goal, when the request's own words give it ("X to support Y"). */
  goal?: string
  /** The title only names the feature ("Native types for macros"): the body's words are better. */
  named?: boolean
  /** The issue's words the request was read from: a sentence, a list item, the title. */
  source?: string
}

// Verbs a request starts with when it is already an imperative ("Add …", "Allow …").
const IMPERATIVE_VERBS =
  '(?:add|allow|support|provide|introduce|expose|implement|make|let|enable|disable|use|remove|drop|deprecate|rename|replace|change|extend|accept|fill|pass|set|skip|ignore|include|exclude|show|hide|print|emit|return|raise|warn|treat|call|convert|expand|apply|keep|respect|honou?r|detect|generate|create|switch|stream|cache|limit|sort|group|validate|preserve|offer|update|display|improve|persist|copy|move|split|merge|export|import|customi[sz]e|configure|toggle|turn|omit)'
const IMPERATIVE = new RegExp(`^${IMPERATIVE_VERBS}\\b`, 'i')
// What follows a verb in a statement, not an imperative: "Change should …", "Support is …".
const NOT_IMPERATIVE_NEXT =
  /^\S+\s+(?:should|must|will|would|can|could|is|are|was|were|has|have|does|do|did|seems?|of)\b/i

// The wish or question around a request, and the form of what follows it.
type Form = 'vp' | 'able' | 'np' | 'clause' | 'that' | 'gerund'
const FRAMES: Array<[RegExp, Form]> = [
  [new RegExp(`^${I_WOULD_LIKE}(?: is)? to (?:be able to )`, 'i'), 'able'],
  [
    new RegExp(
      `^${I_WOULD_LIKE}(?: is)? to (?:request|see|have|get|propose|suggest) (?=(?:a|an|the|some|support|\\uE000)\\b|\\uE000)`,
      'i'
    ),
    'np'
  ],
  [new RegExp(`^${I_WOULD_LIKE}(?: it)? if `, 'i'), 'clause'],
  [
    new RegExp(
      `^${I_WOULD_LIKE}(?: is)? (?:for )?(?!(?:an? |the )?(?:option|way|ability|possibility|flag|setting|method|function|command|hook|parameter)\\b)(?=\\S+ to )`,
      'i'
    ),
    'clause'
  ],
  [new RegExp(`^${I_WOULD_LIKE}(?: is)? to `, 'i'), 'vp'],
  [new RegExp(`^${I_WOULD_LIKE} `, 'i'), 'np'],
  [/^(?:i|we) (?:request|propose|suggest|ask) that /i, 'that'],
  [/^(?:i|we) (?:propose|suggest)(?: that)? we /i, 'vp'],
  [/^(?:i|we) (?:propose|suggest) (?=\S+ing\b)/i, 'gerund'],
  [/^(?:i|we) (?:want|need|wish|propose|suggest) to /i, 'vp'],
  [/^(?:i|we) (?:want|need|wish for|propose|suggest|request) /i, 'np'],
  [new RegExp(`^${WOULD_BE_NICE}(?: to have)? if `, 'i'), 'clause'],
  [new RegExp(`^${WOULD_BE_NICE}(?: to have)? (?:for )(?=\\S+ to )`, 'i'), 'clause'],
  [new RegExp(`^${WOULD_BE_NICE}(?: to be able)? to `, 'i'), 'able'],
  [
    /^(?:my |the |our |one )?(?:proposal|suggestion|idea|request|ask|wish) (?:is|would be) to /i,
    'vp'
  ],
  [
    /^(?:my |the |our |one )?(?:proposal|suggestion|idea|request|ask|wish) (?:is|would be) that /i,
    'that'
  ],
  [
    /^(?:my |the |our |one )?(?:proposal|suggestion|idea|request|ask|wish) (?:is|would be) (?:for )?/i,
    'np'
  ],
  [
    /^(?:would|will|could) it be (?:please )?(?:possible|feasible|ok|okay|acceptable|nice|a good idea) to /i,
    'vp'
  ],
  [/^is (?:it|there a way|there any way) (?:possible )?to /i, 'vp'],
  [/^(?:can|could|would) (?:we|you|one)(?: please)? (?:consider |add )?(?=\S+ing\b)/i, 'gerund'],
  [/^(?:can|could) (?:we|you|one)(?: please)? /i, 'vp'],
  [/^would you (?:consider|mind|be open to|accept) /i, 'gerund'],
  [/^please /i, 'vp'],
  [
    /^(?:we|you|one|the project) (?:should|could|can|need to|might want to|may want to|ought to|must) /i,
    'vp'
  ],
  [/^i propose /i, 'np'],
  [new RegExp(`^(?:i|we) would (?=${IMPERATIVE_VERBS}\\b)`, 'i'), 'vp']
]

// Where a request starts inside a longer question: "Is this intended, and if not, would you …".
const INNER_REQUEST =
  /\b(?:would you (?:consider|mind|be open to|accept)|would it be possible to|could you|can you|please)\b/i

const CONNECTOR =
  /^(?:(?:so|and|but|also|instead|therefore|thus|hence|alternatively|then|now|however|otherwise|either|for example|for instance|e\.g\.)\b,?\s+|in order to [^,]{1,120},\s+)+/i

// Where a request says what it is for.
const PURPOSE =
  /,?\s+(?:so that|so (?=(?:\S+ ){0,3}(?:can|could|will|would|won't|don't|doesn't|do not|does not|is|are|gets?|becomes?)\b)|in order (?:to|that)|which (?:would|will) (?:allow|let|make))\s*/i

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.!?]+$/, '')
    .trim()
}

// A countable noun after a name: "`hide` option", "-f flag".
const NAMED_THING =
  /^(?:\uE000\d+\uE001|--?[\w-]+|`[^`]+`)(?:\s+(?:\uE000\d+\uE001|`[^`]+`))*\s+(?:option|flag|method|function|parameter|argument|setting|command|hook|helper|alias|variant|selector|directive|property|attribute|field|rule|filter|mode|key|subcommand)\b/i

/** An article for a noun phrase that needs one ("option to …" -> "an option to …"). */
function withArticleIfCountable(np: string): string {
  // A flag is one of a kind ("the -f option"); a new name is one more ("a `hide` option").
  if (/^--?\w/.test(np) && NAMED_THING.test(np)) return `the ${np}`
  if (NAMED_THING.test(np)) return `${/^(?:\uE000|`)?\W*[aeio]/i.test(np) ? 'an' : 'a'} ${np}`
  if (
    /^(?:option|flag|setting|parameter|argument|way|method|function|hook|command|helper|variant|alias|mode|switch|config(?:uration)? option|possibility|field|property|attribute|event|callback)\b/i.test(
      np
    )
  )
    return `${/^[aeio]/i.test(np) ? 'an' : 'a'} ${np}`
  return np
}

/** An imperative from a noun phrase: "an option to X" -> "Add an option to X". */
function fromNounPhrase(np: string): string | undefined {
  // "an option that copied X" (the wish's past tense) -> "an option that copies X".
  const phrase = tidy(np).replace(
    /\b(that|which) (\w+ed)\b/i,
    (whole, pronoun: string, verb: string) => {
      const base = baseOfPast(verb)
      return base ? `${pronoun} ${thirdPerson(base)}` : whole
    }
  )
  if (!phrase || /^(?:this|that|it|these|those|them)\b/i.test(phrase)) return undefined
  if (/^(?:the )?(?:ability|possibility) to /i.test(phrase))
    return `Make it possible to ${phrase.replace(/^(?:the )?(?:ability|possibility) to /i, '')}`
  if (/^(?:a |some )?way to /i.test(phrase))
    return `Provide ${withArticleIfCountable(phrase.replace(/^some /i, ''))}`
  if (/^support (?:for )?/i.test(phrase))
    return capitalise(phrase.replace(/^support for /i, 'support '))
  return `Add ${withArticleIfCountable(phrase)}`
}

/** An imperative from a verb phrase: "be able to X" -> "Make it possible to X"; "have X" -> "Add X". */
function fromVerbPhrase(vp: string): string | undefined {
  const phrase = tidy(vp)
  // "do this", "not have X" (a preference, not the ask), "provide you with …" (the reporter's offer).
  if (!phrase || /^(?:(?:do|be) (?:this|that|it)|not|\S+ (?:you|them)\b)/i.test(phrase))
    return undefined
  if (/^be able to /i.test(phrase))
    return `Make it possible to ${phrase.slice('be able to '.length)}`
  if (/^(?:have|get|see) /i.test(phrase)) return fromNounPhrase(phrase.replace(/^\S+ /, ''))
  // One word ("allow:") is the start of a sketch, not a request.
  return phrase.includes(' ') ? capitalise(phrase) : undefined
}

/** "Vping X" -> "Vp X"; "having X" -> "Add X". */
function fromGerund(phrase: string): string | undefined {
  const [first, ...rest] = tidy(phrase).split(' ')
  const base = baseOfGerund(first)
  if (!base || rest.length === 0) return undefined
  return base === 'have' ? fromNounPhrase(rest.join(' ')) : capitalise([base, ...rest].join(' '))
}

// The verb of a wished-for clause: a modal ("if X could Y") or a past tense ("if X accepted Y").
const MODAL = /^(?:could|would|can|will|should|might)$/i

/** "the action accepted a `language` input" -> "Let the action accept a `language` input". */
function fromClause(clause: string): string | undefined {
  const words = tidy(clause).split(' ')
  for (let index = 1; index < Math.min(words.length, 8); index++) {
    const word = words[index]
    if (MODAL.test(word) && words[index + 1])
      return `Let ${words.slice(0, index).join(' ')} ${words.slice(index + 1).join(' ')}`
    if (/^to$/i.test(word) && index > 0 && words[index + 1])
      return `Let ${words.slice(0, index).join(' ')} ${words.slice(index + 1).join(' ')}`
    if (/^(?:was|were)$/i.test(word) && words[index + 1])
      return `Make ${words.slice(0, index).join(' ')} ${words.slice(index + 1).join(' ')}`
    const base = baseOfPast(word)
    if (base)
      return `Let ${words.slice(0, index).join(' ')} ${[base, ...words.slice(index + 1)].join(' ')}`
  }
  return undefined
}

function restated(form: Form, rest: string): Ask | undefined {
  // "… to do is this:", "… like this": what it points at is the code below, not words.
  if (/\b(?:this|that|so|the following|as follows|like this)$/i.test(tidy(rest))) return undefined
  if (form === 'that') return { statement: capitalise(tidy(rest)) }
  if (form === 'able') return { imperative: `Make it possible to ${tidy(rest)}` }
  const imperative =
    form === 'vp'
      ? fromVerbPhrase(rest)
      : form === 'np'
        ? fromNounPhrase(rest)
        : form === 'gerund'
          ? fromGerund(rest)
          : fromClause(rest)
  return imperative ? { imperative } : undefined
}

/** The reporter's own words ("my tests") read as anyone's in the plan's imperative. */
function impersonal(text: string): string {
  const { text: masked, restore } = mask(text)
  return restore(masked.replace(/\b(?:my|our)\b/gi, 'the').replace(/\b(?:me|us)\b/g, 'users'))
}

/** "Add support for X" is "Support X"; "Add the ability to X" is "Make it possible to X". */
export function normalisedImperative(imperative: string): string {
  return imperative
    .replace(/^add (?:the )?support for /i, 'Support ')
    .replace(
      /^(?:add|provide|introduce) (?:the |an? )?(?:ability|possibility) to /i,
      'Make it possible to '
    )
    .replace(/^allow (?:users|the user|people|developers) to /i, 'Make it possible to ')
}

/** What the request is for, cut from it: the "so that …" clause, in the third person. */
function withPurpose(ask: Ask): Ask {
  const text = ask.imperative ?? ask.statement
  if (!text) return ask
  const { text: masked, restore } = mask(text)
  const match = PURPOSE.exec(masked)
  if (!match || match.index < 8)
    return {
      ...ask,
      imperative: ask.imperative && normalisedImperative(impersonal(ask.imperative))
    }
  const main = normalisedImperative(impersonal(restore(masked.slice(0, match.index))))
  const purposeText = tidy(restore(masked.slice(match.index + match[0].length)))
  const purpose = asUsers(purposeText)
  return {
    ...(ask.imperative ? { imperative: main } : { statement: main }),
    purpose: purpose.charAt(0).toLowerCase() + purpose.slice(1)
  }
}

/** The work as the plan writes it: a link shown by its text, "a option" as "an option". */
function written(text: string | undefined): string | undefined {
  return text
    ?.replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1')
    .replace(/\b([Aa]) (`[^a-zA-Z`]*[aeio])/g, '$1n $2')
    .replace(
      /\b([Aa]) (?=(?:option|attribute|argument|alias|event|input|output|extension|example)\b)/g,
      '$1n '
    )
}

function restoredAsk(ask: Ask, restore: (text: string) => string): Ask {
  return {
    imperative: written(ask.imperative && restore(ask.imperative)),
    statement: written(ask.statement && restore(ask.statement))
  }
}

/** The request a sentence makes, restated; undefined when the sentence asks for nothing. */
export function askIn(sentence: string): Ask | undefined {
  // A trailing link ("… into the recipe: https://…") is a reference, not part of the request.
  const plain = withoutHedges(sentence).replace(/(?::|,?\s*see:?)\s*https?:\/\/\S+\s*$/i, '')
  const { text: masked, restore } = mask(plain)
  const text = tidy(masked.replace(CONNECTOR, ''))
  for (const [frame, form] of FRAMES) {
    const match = frame.exec(text)
    if (!match) continue
    const ask = restated(form, text.slice(match[0].length))
    return ask ? { ...withPurpose(restoredAsk(ask, restore)), source: sentence } : undefined
  }
  // Already an imperative: "Add `directory.truncate_symbol` when …".
  if (IMPERATIVE.test(text) && !NOT_IMPERATIVE_NEXT.test(text) && !/\?$/.test(sentence.trim()))
    return { ...withPurpose({ imperative: capitalise(restore(text)) }), source: sentence }
  const inner = INNER_REQUEST.exec(text)
  return inner && inner.index > 0 ? askIn(restore(text.slice(inner.index))) : undefined
}

/** The request a noun phrase names ("option to disable X" -> "Add an option to disable X"). */
export function askForNounPhrase(np: string): Ask | undefined {
  const { text, restore } = mask(np)
  const imperative = fromNounPhrase(text)
  return imperative ? withPurpose({ imperative: written(restore(imperative)) }) : undefined
}
