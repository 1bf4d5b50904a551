// The request in the other forms a plan needs: read from the title when the body asks in no
// sentence of its own ("`seq`: missing -f option", "X doesn't support Y", "Option to disable Z"),
// and restated as the outcome a reviewer checks ("Add X for Y" -> "X is available for Y") and as
// the goal of the user story ("Make it possible to X" -> "to be able to X").
import { withoutHedges } from '../../../text/chatter.js'
import { mask } from '../../../text/sentences.js'
import { stripTitlePrefix } from '../../format/naming.js'
import { lowerFirst } from '../prose.js'
import { askForNounPhrase, askIn, normalisedImperative, type Ask } from './requests.js'
import { baseOfGerund, isBaseVerb, pastParticiple, thirdPerson } from './verb-forms.js'

// A word that ends the object of a verb: "Add X | for Y", "Fill X | with Y".
const BOUNDARY =
  /^(?:to|for|in|on|with|from|when|whenever|if|so|that|which|instead|by|as|into|onto|at|without|via|using|under|over|after|before|until|unless|while|where|because|but)$/i

// Verbs whose result is something a user does ("… can be set"), rather than something the code is.
const USER_ACTION =
  /^(?:set|pass|configure|customi[sz]e|specify|disable|enable|hide|skip|toggle|override|choose|select|get|tag|name|define|register|filter|sort|group|limit|ignore|exclude|include|control|adjust|turn|access|read|call|invoke|apply|compose|combine|reuse|change|persist|copy|export|import|print|show|display|render|run|load|save|write|send|find|search|view|open|close|query|fetch|attach|mark|pick)$/i
const MAKE_AVAILABLE = /^(?:add|introduce|provide|expose|create|implement|offer|build)$/i
// Words that describe rather than name: "Make X | async compatible", "Make parts | toggleable".
const ADJECTIVE =
  /^(?:\w+(?:ible|able|ive|al|ic|ent|ant|ful|less|ous|ary|ory)|async|sync|optional|consistent|deterministic|stable|visible|public|private|lazy|faster|slower|smaller|larger|shorter|longer|case-(?:in)?sensitive|default|configurable|compatible)$/i

/** Capitalised when it starts with an ordinary word; code and names stay as written. */
function capitalised(text: string): string {
  return /^[a-z]+(?:[\s,;:]|$)/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/** Plural when the noun phrase's head is: "Multiple attributes" are, "a `[*]` selector" is. */
function isPlural(np: string): boolean {
  if (/\band\b/i.test(np)) return true
  const words = np.split(' ')
  const cut = words.findIndex(
    (word, index) => index > 0 && /^(?:of|such|like|with|for|in)$/i.test(word)
  )
  const head = (cut < 0 ? words : words.slice(0, cut)).pop() ?? ''
  return (
    /^[a-z]+[^su']s$/i.test(head) &&
    !/(?:ias|sis|xis|tus|ics)$/i.test(head) &&
    !/^(?:is|was|has|this|its)$/i.test(head)
  )
}

interface Parts {
  verb: string
  object: string
  rest: string
}

/** The verb, its object and the rest: "Fill | `x.Pattern` | with data". */
function parts(imperative: string): Parts | undefined {
  const words = imperative.split(' ')
  let verb = words[0].toLowerCase()
  let start = 1
  // Phrasal verbs: "turn off X", "set up X" (not "warn on X": there "on" opens the object).
  if (PHRASAL.test(`${verb} ${words[1] ?? ''}`)) {
    verb = `${verb} ${words[1].toLowerCase()}`
    start = 2
  }
  // "Warn on X": no object, the verb stands alone.
  if (BOUNDARY.test(words[start] ?? '')) return undefined
  // The object ends at a preposition ("such as" and "as well" belong to it) or at a participle
  // that describes it ("`GET /export` | returning a CSV").
  const end = words.findIndex(
    (word, index) =>
      index > start &&
      ((BOUNDARY.test(word) &&
        !(/^as$/i.test(word) && /^such$/i.test(words[index - 1])) &&
        !(/^as$/i.test(word) && /^well$/i.test(words[index + 1] ?? ''))) ||
        /^[a-z]{3,}ing$/.test(word))
  )
  const object = words.slice(start, end < 0 ? undefined : end).join(' ')
  const rest = end < 0 ? '' : words.slice(end).join(' ')
  return object ? { verb, object, rest } : undefined
}

const PHRASAL =
  /^(?:turn (?:off|on)|switch (?:off|on)|opt (?:in|out)|set up|log (?:in|out)|shut down|back up|clean up|look up|pick up|fill in|carry over|filter out|strip out|leave out|point out)$/i

function participle(verb: string): string {
  const [head, particle] = verb.split(' ')
  return particle ? `${pastParticiple(head)} ${particle}` : pastParticiple(head)
}

/** "Make X V …" / "Let X V …": the subject and the verb phrase after it, if a verb follows. */
function subjectAndVerb(
  words: string[]
): { subject: string; verb: string; rest: string } | undefined {
  const at = words.findIndex(
    (word, index) => index > 0 && isBaseVerb(word) && !ADJECTIVE.test(word)
  )
  if (at <= 0) return undefined
  return {
    subject: words.slice(0, at).join(' '),
    verb: words[at],
    rest: words.slice(at + 1).join(' ')
  }
}

/** "Make X async compatible …": the thing and what it becomes. */
function madeInto(p: Parts): { thing: string; quality: string } | undefined {
  const words = p.object.split(' ')
  let at = words.length
  while (at > 1 && ADJECTIVE.test(words[at - 1].replace(/[^\w-]/g, ''))) at--
  if (at === words.length || at === 0) return undefined
  return { thing: words.slice(0, at).join(' '), quality: words.slice(at).join(' ') }
}

const PRONOUN = /^(?:this|it|that|them|these|those|they)\b/i
const tailOf = (rest: string) =>
  !rest ? '' : /^[a-z]{3,}ing\b/.test(rest) ? `, ${rest}` : ` ${rest}`

function outcomeOfMake(text: string): string | undefined {
  const split = parts(text)
  const made = split && madeInto(split)
  if (made && !PRONOUN.test(made.thing))
    return `${made.thing} ${isPlural(made.thing) ? 'are' : 'is'} ${made.quality}${tailOf(split.rest)}`
  const verbal = subjectAndVerb(text.split(' ').slice(1))
  if (!verbal || PRONOUN.test(verbal.subject)) return undefined
  const verb = isPlural(verbal.subject) ? verbal.verb : thirdPerson(verbal.verb)
  return `${verbal.subject} ${verb}${tailOf(verbal.rest)}`
}

// "X should (not) Y": the subject, the negation, the rest.
const SHOULD = /^(.+?) should (not )?(.+)$/i

/** The story's goal from a statement of the result: "X are picked up" -> "X to be picked up". */
export function goalOfStatement(statement: string): string | undefined {
  const { text, restore } = mask(statement.replace(/[.!]+$/, ''))
  const should = SHOULD.exec(text)
  if (should)
    return restore(
      `${should[1].replace(/^(?:The|A|An)\b/, word => word.toLowerCase())} ${should[2] ? 'not ' : ''}to ${should[3]}`
    )
  const being = /^(.+?) (?:is|are) (.+)$/i.exec(text)
  return being
    ? restore(
        `${being[1].replace(/^(?:The|A|An)\b/, word => word.toLowerCase())} to be ${being[2]}`
      )
    : undefined
}

/** "Warn on unknown settings" -> "The project warns on unknown settings": a verb with no object. */
function projectDoes(text: string): string | undefined {
  const [verb, ...rest] = text.split(' ')
  return isBaseVerb(verb) && rest.length > 0
    ? `The project ${thirdPerson(verb)} ${rest.join(' ')}`
    : undefined
}

/**
 * The outcome a reviewer can check, stated as the result: "Add X for Y" -> "X is available for
 * Y"; "Set X for Y" -> "X can be set for Y"; "Let X do Y" -> "X can do Y"; undefined when the
 * verb is not one whose result can be told without knowing the code.
 */
export function outcomeOf(imperative: string): string | undefined {
  const { text, restore } = mask(imperative.replace(/[.!]+$/, ''))
  const done = (out: string | undefined) => (out ? capitalised(restore(out)) : undefined)
  const possible = /^make it possible to (.+)$/i.exec(text)
  if (possible) return done(`Users can ${possible[1]}`)
  if (/^make /i.test(text)) return done(outcomeOfMake(text))
  // "Let the action accept X": the subject runs up to the first verb.
  const letting = /^let (.+)$/i.exec(text)
  const verbal = letting && subjectAndVerb(letting[1].split(' '))
  if (letting) {
    if (!verbal || PRONOUN.test(verbal.subject)) return undefined
    return done(`${verbal.subject} can ${verbal.verb}${tailOf(verbal.rest)}`)
  }
  const split = parts(text)
  if (!split) return done(projectDoes(text))
  if (PRONOUN.test(split.object)) return undefined
  const { verb, object, rest } = split
  const be = isPlural(object) ? 'are' : 'is'
  const gerund = baseOfGerund(object.split(' ')[0])
  if (/^allow$/i.test(verb) && gerund)
    return done(`Users can ${[gerund, ...object.split(' ').slice(1)].join(' ')}${tailOf(rest)}`)
  if (/^allow$/i.test(verb) && /^to \S+/.test(rest) && isBaseVerb(rest.split(' ')[1]))
    return done(`${object} can ${rest.slice(3)}`)
  if (MAKE_AVAILABLE.test(verb)) return done(`${object} ${be} available${tailOf(rest)}`)
  if (/^support$/i.test(verb)) return done(`${object} ${be} supported${tailOf(rest)}`)
  if (!isBaseVerb(verb.split(' ')[0])) return undefined
  const modal = USER_ACTION.test(verb.split(' ')[0]) ? 'can be' : be
  return done(`${object} ${modal} ${participle(verb)}${tailOf(rest)}`)
}

/**
 * The goal of the user story, as what the user wants rather than the work: "Add X" -> "X";
 * "Make it possible to X" -> "to be able to X"; "Let X do Y" -> "X to do Y"; "Set X" -> "to be
 * able to set X".
 */
export function goalOf(imperative: string): string | undefined {
  const { text, restore } = mask(imperative.replace(/[.!]+$/, ''))
  const possible = /^make it possible to (.+)$/i.exec(text)
  if (possible) return restore(`to be able to ${possible[1]}`)
  const split = parts(text)
  // "Warn on unknown settings": the project is who does it.
  if (!split && isBaseVerb(text.split(' ')[0])) return restore(`the project to ${lowerFirst(text)}`)
  const made = split && /^make$/i.test(split.verb) ? madeInto(split) : undefined
  if (split && made) return restore(`${made.thing} to be ${made.quality}${tailOf(split.rest)}`)
  const letting = /^(?:let|make) (.+)$/i.exec(text)
  const verbal = letting && subjectAndVerb(letting[1].split(' '))
  if (verbal) return restore(`${verbal.subject} to ${verbal.verb}${tailOf(verbal.rest)}`)
  if (!split) return undefined
  if (/^allow$/i.test(split.verb) && /^to \S+/.test(split.rest))
    return restore(`${split.object} ${split.rest}`)
  const gerund = baseOfGerund(split.object.split(' ')[0])
  if (/^allow$/i.test(split.verb) && gerund)
    return restore(
      `to be able to ${[gerund, ...split.object.split(' ').slice(1)].join(' ')}${tailOf(split.rest)}`
    )
  if (MAKE_AVAILABLE.test(split.verb)) return restore(`${split.object}${tailOf(split.rest)}`)
  if (/^support$/i.test(split.verb))
    return restore(`support for ${split.object}${tailOf(split.rest)}`)
  const head = split.verb.split(' ')[0]
  if (USER_ACTION.test(head)) return restore(`to be able to ${lowerFirst(text)}`)
  if (!isBaseVerb(head)) return undefined
  return restore(`${split.object} to be ${participle(split.verb)}${tailOf(split.rest)}`)
}

// Titles that ask by naming what is missing or broken.
const DOES_NOT_SUPPORT =
  /^(.+?) (?:doesn't|does not|don't|do not|can't|cannot|can not|won't) support (.+)$/i
const NOT_SUPPORTED = /^(.+?) (?:is|are) (?:not|no longer) supported$/i
const MISSING = /^(?:missing|no|lacks?|without) (support for )?(.+)$/i
const CANNOT = /^(?:cannot|can't|can not|unable to|no way to|impossible to) (.+)$/i
const NOT_BEING =
  /^(.+?) (?:not being|isn't being|aren't being|is not|are not|isn't|aren't) (\S+ed)\b(.*)$/i
const PROBLEM_NOUN =
  /^(?:problems?|issues?|bugs?|errors?|crash(?:es)?|failures?|inconsisten\w*|confusion|questions?)\b/i

/** A finite verb: the title is a sentence ("X shows Y", "X doesn't call Y"), not a name. */
function isSentence(text: string): boolean {
  const words = text.split(' ')
  return words.some(
    (word, index) =>
      /n't$|^(?:is|are|was|were|does|do|did|has|have|had|can|will)$/i.test(word) ||
      (/^[a-z]+s$/.test(word) &&
        (isBaseVerb(word.slice(0, -1)) || isBaseVerb(word.slice(0, -2))) &&
        !BOUNDARY.test(words[index + 1] ?? 'for')) ||
      // "Fragment identifiers cause …": a plural subject, then its verb.
      (index > 0 && isBaseVerb(word) && /^[a-z]+[^s]s$/i.test(words[index - 1]))
  )
}

/** "`seq`: missing -f option" -> subject `seq`, rest "missing -f option". */
function subjectAndRest(title: string): { subject?: string; rest: string } {
  const stripped = stripTitlePrefix(title)
    .replace(/\s*\((?:but could|maybe|optional|minor|suggestion)\)\s*$/i, '')
    .replace(/[.!]+$/, '')
    .trim()
  const labelled = /^([^:]{1,40}?)(?::| [-–—]) (.+)$/.exec(stripped)
  const [subject, rest] =
    labelled && labelled[1].split(' ').length <= 4
      ? [labelled[1], labelled[2]]
      : [undefined, stripped]
  // "(Add X)", "on Go 1.23+, fill X": the wrapper and the circumstance are not the request.
  const bare = rest
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\s+[-–—]\s+[^`]*$/, '')
    .replace(/^(?:on|in|for|with|when|since|from|after|before|if)\b[^,]{1,40},\s*/i, '')
  return { subject, rest: bare }
}

/** "Should javadocs include a trailing newline?" -> "Javadocs should include a trailing newline". */
function shouldQuestion(rest: string): Ask | undefined {
  const question = /^should (.+?)\??$/i.exec(rest)
  const verbal = question && subjectAndVerb(question[1].split(' '))
  if (!verbal) return undefined
  return {
    statement: `${capitalised(verbal.subject)} should ${verbal.verb}${tailOf(verbal.rest)}`,
    goal: `${verbal.subject} to ${verbal.verb}${tailOf(verbal.rest)}`
  }
}

function titleAskByShape(rest: string, subject: string | undefined): Ask | undefined {
  const where = (preposition: string) => (subject ? ` ${preposition} ${subject}` : '')
  const asked = shouldQuestion(rest)
  if (asked) return asked
  const should = SHOULD.exec(rest)
  if (should)
    return {
      statement: `${capitalised(should[1])} should ${should[2] ?? ''}${should[3]}`,
      imperative: should[2] ? undefined : `Make ${should[1]} ${should[3]}`,
      goal: `${should[1]} ${should[2] ? 'not ' : ''}to ${should[3]}`
    }
  const doesNot = DOES_NOT_SUPPORT.exec(rest)
  if (doesNot) return { imperative: `Support ${doesNot[2]} in ${doesNot[1]}` }
  // "touch: does not support X": the label is the subject.
  const lacking = /^(?:doesn't|does not|don't|do not|can't|cannot) support (.+)$/i.exec(rest)
  if (lacking) return { imperative: `Support ${lacking[1]}${where('in')}` }
  const notSupported = NOT_SUPPORTED.exec(rest)
  if (notSupported) return { imperative: `Support ${notSupported[1]}${where('in')}` }
  const missing = MISSING.exec(rest)
  if (missing)
    return {
      imperative: missing[1]
        ? `Support ${missing[2]}${where('in')}`
        : (askForNounPhrase(missing[2])?.imperative ?? `Add ${missing[2]}`) + where('to')
    }
  const cannot = CANNOT.exec(rest)
  if (cannot) return { imperative: `Make it possible to ${cannot[1]}` }
  const notBeing = NOT_BEING.exec(rest)
  if (notBeing)
    return {
      statement: `${capitalised(notBeing[1])} ${isPlural(notBeing[1]) ? 'are' : 'is'} ${notBeing[2]}${notBeing[3]}`
    }
  return undefined
}

/** The request the title makes, when it makes one the plan can restate. */
export function askOfTitle(title: string): Ask | undefined {
  const ask = titleAsk(title)
  return ask && { ...ask, source: title }
}

function titleAsk(title: string): Ask | undefined {
  const { subject, rest: asked } = subjectAndRest(withoutHedges(title))
  const rest = asked.replace(/\?+$/, '').trim()
  if (!rest) return undefined
  const shaped = titleAskByShape(rest, subject)
  if (shaped) return shaped
  const { text } = mask(rest)
  const first = text.split(' ')[0]
  if (isBaseVerb(first) && !isSentence(text.split(' ').slice(1, 3).join(' ')))
    return { imperative: normalisedImperative(rest.charAt(0).toUpperCase() + rest.slice(1)) }
  const inBody = askIn(rest)
  if (inBody?.imperative) return inBody
  // A question that asks for nothing ("EXE003 and uv run?"), a complaint, a sentence: no ask. A
  // question naming a feature under a feature label ("Feature request: custom repr?") asks.
  const labelled = stripTitlePrefix(title) !== title.trim() || /\bsupport\?\s*$/i.test(title)
  if ((/\?\s*$/.test(title) && !labelled) || PROBLEM_NOUN.test(rest) || isSentence(text))
    return undefined
  const named = askForNounPhrase(lowerFirst(rest))
  return named && { ...named, named: true }
}
