// What in an issue is talk around the request rather than the request: greetings and thanks, offers
// to send a pull request, "let me know", versions and environment lines, the form's attestations
// ("I have read the documentation"), references to other issues, doubts about oneself, and the
// hedges inside a sentence ("maybe", "I think", "probably"). A plan speaks about the software; it
// keeps the sentences that say something about it, without their hedges. Rules name the habits
// of people writing issues, never one issue's words, so they carry to issues nobody has seen.
import { hasProtected, mask, sentencesOf, wordsOf } from './sentences.js'

export type SentenceKind =
  /** Greetings, thanks, praise, "nice to have": about the people, not the software. */
  | 'courtesy'
  /** To send a pull request, to work on it. */
  | 'offer'
  /** "Let me know", "what do you think?", "any chance?". */
  | 'solicitation'
  /** About the issue itself: the form's attestations, copies of and references to other issues, an intro to code below. */
  | 'meta'
  /** Versions, operating systems, runtimes. */
  | 'environment'
  /** "I may be doing something wrong". */
  | 'doubt'
  | 'content'

const COURTESY: RegExp[] = [
  /^(?:hi|hello|hey|hiya|heya|howdy|greetings|dear [\w ]+|good (?:morning|afternoon|evening))\b[^.!?]{0,60}[.!?]*$/i,
  /^(?:many |big )?(?:thanks?|thank you|thx|cheers|kind regards|best regards|regards|best)\b/i,
  /\b(?:thanks?|thank you)(?: (?:so|very) much| a lot| again| in advance)?(?: for\b[^.!?]{0,60})?[.!]*$/i,
  /\b(?:really |very |much )?(?:enjoy(?:ing)?|lov(?:e|ing)|appreciat(?:e|ing))\b[^.!?]*\b(?:library|project|tool|package|crate|framework|work|feature|plugin|module)\b/i,
  /\b(?:great|awesome|amazing|fantastic|wonderful|excellent|nice) (?:library|project|tool|package|crate|framework|work|job)\b/i,
  /\bkeep up the (?:good|great) work\b/i,
  /\b(?:nice-to-haves?|no (?:rush|pressure|worries)|not (?:necessary|urgent|a big deal|critical)|low (?:priority|impact))\b/i,
  /^(?:this|that|it) (?:would|will|could) be (?:really |very |super |so )?(?:helpful|useful|nice|great|handy|cool|awesome|amazing|appreciated)(?: (?:for|to) (?:me|us|my [\w-]+(?: [\w-]+)?|our [\w-]+|many|everyone|others))?[.!]*$/i
]

const OFFER: RegExp[] = [
  /\b(?:i|i'm|i am|i'd|i'll|i've|we|we'd|we'll|me|us|happy|glad|willing|welcome|open to)\b[^.!?]*\b(?:pr|prs|pull[- ]requests?|patch|merge request)\b/i,
  /\b(?:pr|pull[- ]requests?|patch)\b[^.!?]*\b(?:welcome|accepted|considered|if (?:you|that|this|it))\b/i,
  /\bi(?:'d| would)? (?:like|love|want|be happy|be glad|be willing)? ?to (?:work on|contribute|help|tackle|take a (?:stab|look|shot))\b/i,
  /\b(?:i|we) (?:can|could|will|'ll|might) (?:work on|contribute|help|take (?:this|it|a stab))\b/i,
  /^(?:are|would) you (?:be )?(?:willing|able|interested|open)\b/i,
  /\b(?:open(?:ing)?|submit(?:ting)?|send(?:ing)?|mak(?:e|ing)|creat(?:e|ing)|rais(?:e|ing)|prepar(?:e|ing)|fil(?:e|ing)|put(?:ting)? up) (?:a |the |my |this )?(?:pr|pull[- ]request|patch)\b/i
]

const SOLICITATION: RegExp[] = [
  /\blet (?:me|us) know\b/i,
  /\bwhat do (?:you|y'all|folks|others|people|the maintainers) (?:all )?think\b/i,
  /\b(?:any|your) (?:thoughts|feedback|opinions?|input)\b/i,
  /^(?:thoughts|wdyt|opinions?|ideas)\s*\?*$/i,
  /\bany chance\b/i,
  /\b(?:are|is|would) (?:you|the maintainers|maintainers|this|the team)\b[^.!?]{0,40}\b(?:open to|interested in|consider(?:ing)?|accept(?:ing)?)\b[^.!?]{0,40}\b(?:this|it|that|such|the (?:idea|feature|change))\b[^.!?]{0,20}\?$/i,
  /\b(?:does|would) (?:this|that|it) (?:sound|seem|look) (?:good|ok|okay|reasonable|useful)\b/i
]

const META: RegExp[] = [
  // The form's attestations.
  /^i(?:'ve| have) (?:read|searched|checked|looked|downloaded|executed|tried|verified|written|confirmed|reviewed)\b/i,
  /\b(?:copy|duplicate|follow[- ]?up|continuation|split|spin-?off|part) of\b[^.!?]*(?:#\d+|\uE000)/i,
  /^(?:parent|related|see(?: also)?|refs?|relates to|related to|similar(?:ly)? to|same as|cf\.?|as (?:discussed|mentioned|requested|suggested|proposed) in|follow[- ]up to|originally (?:from|in)|from|via|context)\b[^.!?]{0,40}(?:#\d+|\uE000\d+\uE001)[\s.:,)]*$/i,
  /^(?:#\d+[\s,]*)+[.:]?$/,
  /^as the title (?:says|suggests|states)[.!]?$/i,
  // An introduction to the code or list below that says nothing itself ("Example:", "is this:").
  /^(?:\S+\s+){0,5}\S+:\s*$/,
  /^(?:for example|for instance|e\.g\.?|example|such as|like so|i\.e\.?)[\s,:.]*$/i,
  /\b(?:this|these|the following|as follows|like so|below|e\.g\.?|eg|for example|for instance|example|here)\s*:\s*$/i,
  /\b(?:are|is|was|were|be|to|like|with|of|for|include|includes|including|follows?|lists?|shows?)\s*:\s*$/i
]

const ENVIRONMENT: RegExp[] = [
  /^(?:os|versions?|platforms?|browsers?|node(?:\.js)?(?:\/npm)?(?: version)?|npm(?: version)?|python(?: version)?|rustc?(?: version)?|go(?: version)?|java(?: version)?|jdk|jvm|kernel|distro|device|terminal|shell|arch|architecture|runtime|[\w.@/-]+ version|operating system)\s*:/i,
  /^(?:using|on|with|tested (?:on|with)|running)\s+[^.!?]{0,40}\bv?\d+(?:\.\d+)+\b[^.!?]{0,20}[.]?$/i,
  /^v?\d+(?:\.\d+)+[.]?$/
]

const DOUBT =
  /^(?:i (?:may|might|could) be (?:doing (?:something|this|it) wrong|wrong|missing something|mistaken)|correct me if i'?m wrong|sorry if|apologies if|forgive me if|this (?:may|might) be a (?:dumb|stupid|silly|naive) question)\b[^.!?]*[.!?]*$/i

export function sentenceKind(sentence: string): SentenceKind {
  const text = mask(sentence.trim()).text
  const words = wordsOf(sentence)
    .split(' ')
    .filter(word => /\p{L}/u.test(word))
  if (ENVIRONMENT.some(rule => rule.test(text))) return 'environment'
  // Nothing but code, an address or markup, with a word or two around it.
  if (words.length === 0 || (words.length < 3 && hasProtected(text))) return 'meta'
  if (META.some(rule => rule.test(text))) return 'meta'
  if (OFFER.some(rule => rule.test(text))) return 'offer'
  if (SOLICITATION.some(rule => rule.test(text))) return 'solicitation'
  if (DOUBT.test(text)) return 'doubt'
  if (COURTESY.some(rule => rule.test(text))) return 'courtesy'
  return 'content'
}

export function isChatter(sentence: string): boolean {
  return sentenceKind(sentence) !== 'content'
}

// Openings that frame a sentence as the reporter's opinion or discovery: the sentence after them
// stands on its own ("I think that X should Y" -> "X should Y").
const PREFACE =
  /^(?:(?:hi|hello|hey(?: there)?|hiya|greetings)[,!~.]*\s+|(?:so|well|ok(?:ay)?|also|btw|anyway|basically|honestly|frankly|personally|to be honest|in my (?:humble )?opinion|imo|imho|as far as i (?:know|can tell|understand)|afaik|from what i (?:can tell|understand|see)|as the title (?:says|suggests|states)|unless i(?:'m| am) (?:mistaken|missing something)|if i understand (?:it |this )?correctly|of course|obviously|i (?:personally )?(?:think|guess|believe|suppose|feel like|feel|reckon|suspect|imagine)|i would (?:imagine|think|guess|say)|i'd (?:imagine|think|guess|say)|i(?:'m| am) (?:guessing|thinking|assuming)|i(?:'m| am) not (?:sure|certain) (?:if|whether)|it (?:seems|appears|looks)(?: like| as if)?|(?:i|we) (?:just )?(?:noticed|realised|realized|found|discovered|saw|see|notice|learned)|[^,]{0,60}\bmade (?:me|us) (?:aware|realise|realize|notice)(?: of the fact)?|while [^,]{1,60}, (?:i|we) (?:noticed|realised|realized|found|saw))(?: that)?(?:,?\s+|[,.!]*$))+/i

// Asides in brackets or commas that carry the reporter, not the software.
const ASIDE =
  /\s*\((?=[^()]*\b(?:i|i'm|i'd|i've|me|my|imo|imho|afaik|unless|iirc|i think|if i)\b)[^()]*\)|,\s*(?:i think|i guess|i believe|i suppose|imo|imho|it seems|unless i'?m (?:mistaken|missing something)|if i'?m not mistaken|as far as i know|afaik|iirc),?(?=\s)/gi

const HEDGE_WORDS =
  /\b(?:maybe|perhaps|probably|possibly|arguably|hopefully|basically|actually|really|honestly|personally|of course|obviously|ideally|potentially|kind of|sort of|somewhat|imo|imho)\b,?\s*/gi

// "I don't think X should Y": the opinion is that X should not Y.
const NEGATED_OPINION = /^i (?:don't|do not) (?:think|believe|feel|expect)(?: that)? /i
const FIRST_VERB =
  /\b(should|must|will|would|can|could|is|are|was|were|does|do|has|have|needs? to)\b/i

function negatedOpinion(text: string): string {
  if (!NEGATED_OPINION.test(text)) return text
  const rest = text.replace(NEGATED_OPINION, '')
  return FIRST_VERB.test(rest) ? rest.replace(FIRST_VERB, '$1 not') : text
}

/** The sentence without its hedges and asides: what it says, said plainly. */
export function withoutHedges(sentence: string): string {
  const { text: masked, restore } = mask(sentence.trim())
  const text = negatedOpinion(masked.replace(PREFACE, ''))
  const startsUpper = /^[A-Z\uE000]/.test(masked)
  const plain = text
    .replace(PREFACE, '')
    .replace(ASIDE, '')
    .replace(HEDGE_WORDS, '')
    // "It doesn't seem to be accessible" is "it is not accessible", not "it does not be".
    .replace(/\b(?:does|did)(?: not|n't) seem to be\b/gi, 'is not')
    .replace(/\bdo(?: not|n't) seem to be\b/gi, 'are not')
    .replace(/\b(does|do|did)(?: not|n't) seem to\b/gi, '$1 not')
    .replace(/\bit seems,?\s+(?=(?:it|this|that|there|they|the|a|an)\b)/gi, '')
    .replace(/\bseems to be\b/gi, 'is')
    .replace(/\bseem to be\b/gi, 'are')
    .replace(/\bseems\b(?! (?:to|like|that|as)\b)/gi, 'is')
    .replace(/\s(?:to|for) (?:me|us)\b(?=[\s,.;:!?]|$)/gi, '')
    .replace(/\b(and|but|or),\s/gi, '$1 ')
    .replace(/\s+([,.;:!?])(?=\s|$)/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
  const restored = restore(plain)
  if (!/\p{L}/u.test(wordsOf(restored))) return ''
  return startsUpper ? restored.charAt(0).toUpperCase() + restored.slice(1) : restored
}

const FIRST_PERSON = /(?:^|[^\w'])(?:i|i'm|i'd|i've|i'll|me|my|mine|myself)(?![\w'])/i

/** The reporter speaks of themself: "I use", "my tests", "for me". */
export function isFirstPerson(sentence: string): boolean {
  return FIRST_PERSON.test(mask(sentence).text)
}

/**
 * The reporter's experience as the users' ("I always pass X to my tests" -> "Users always pass X
 * to their tests"): the plural takes the verb forms "I" takes, apart from "am" and "was".
 */
export function inThirdPerson(sentence: string): string {
  const { text, restore } = mask(sentence)
  let named = false
  const users = () => {
    const word = named ? 'they' : 'users'
    named = true
    return word
  }
  const out = text
    .replace(/(^|[^\w'])(i'm|i am|i was|i've|i'd|i'll|i)(?![\w'])/gi, (_, before, form: string) => {
      const who = users()
      const rest: Record<string, string> = {
        "i'm": ' are',
        'i am': ' are',
        'i was': ' were',
        "i've": ' have',
        "i'd": ' would',
        "i'll": ' will',
        i: ''
      }
      return `${before}${who}${rest[form.toLowerCase()]}`
    })
    .replace(/\bmyself\b/gi, 'themselves')
    .replace(/\bmy\b/gi, 'their')
    .replace(/\bmine\b/gi, 'theirs')
    .replace(/\bme\b/gi, 'them')
  const restored = restore(out)
    .replace(/\s{2,}/g, ' ')
    .trim()
  return restored.charAt(0).toUpperCase() + restored.slice(1)
}

/** The sentence as the users': in the third person when the reporter speaks of themself. */
export function asUsers(sentence: string): string {
  return isFirstPerson(sentence) ? inThirdPerson(sentence) : sentence
}

// Where a sentence joins two statements: "X should Y, but I want to check before opening a PR".
const CLAUSE_JOIN = /,\s*(?=(?:but|and|so|though|although)\s)|;\s+|\s+[–—]\s+/i

/** A sentence's clauses that say something, when some of its clauses are chatter. */
function contentClauses(sentence: string): string {
  const { text, restore } = mask(sentence)
  const clauses = text.split(CLAUSE_JOIN).map(restore)
  if (clauses.length < 2 || isChatter(clauses[0])) return ''
  const kept: string[] = []
  for (const clause of clauses) {
    if (isChatter(clause)) break
    kept.push(clause)
  }
  const joined = kept.join(', ').replace(/[,;:\s]+$/, '')
  return /[.!?]$/.test(joined) ? joined : `${joined}.`
}

/** The sentences of a text that say something, each without its hedges (and HTML markup). */
export function plainSentences(text: string): string[] {
  const { text: masked, restore } = mask(text)
  // HTML tags and emphasis markers are markup, not words.
  const unmarked = restore(
    masked
      .replace(/<\/?[a-z][^<>]*>/gi, ' ')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s.,;:!?)]|$)/g, '$1$2')
  )
  return (
    sentencesOf(unmarked)
      .map(sentence => (isChatter(sentence) ? contentClauses(sentence) : sentence))
      .map(withoutHedges)
      // A word or two left alone ("Either.") says nothing.
      .filter(sentence => wordsOf(sentence).split(' ').length >= 2 && !isChatter(sentence))
      .map(sentence => sentence.replace(/:\s*$/, '.'))
  )
}

/**
 * A passage of the issue as a plan quotes it: the sentences that say something, without hedges,
 * the reporter's "I" told as the users'. '' when nothing is left.
 */
export function plainProse(text: string): string {
  return plainSentences(text).map(asUsers).join(' ')
}
