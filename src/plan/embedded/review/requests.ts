// A reviewer's feedback read as requests: each clause a verb (drop, add, use, keep, reword and
// their synonyms, imperative, with a modal, passive or negated) and the words it applies to. The
// grammar is small on purpose: what it does not read as a request is reported as not applied,
// never guessed at. Feedback is data: nothing here compiles or executes it.
import { isChatter } from '../../../text/chatter.js'
import { readFences } from '../../../text/fences.js'
import { mask, sentencesOf } from '../../../text/sentences.js'
import { escapeRegExp } from '../../../text/regex.js'

export type Action = 'remove' | 'add' | 'use' | 'keep' | 'reword'

export interface Request {
  /** The reviewer's words this request came from, one clause, for the report. */
  words: string
  /** What to do, or undefined when no verb of the grammar was found. */
  action?: Action
  /** The words the verb applies to (the clause without its verb, modal and negation). */
  object: string
  /** The subject the verb was said of, when it is not the object: "The reproduction must use X". */
  context?: string
  /** For `reword`: the new wording ("… to X", "… should read X"). */
  replacement?: string
  /** A checklist item (`- [ ] …`): an acceptance criterion to add, as written. */
  criterion?: string
  /** A fenced code block written right after the clause, as the reviewer's own example. */
  code?: string
  /** For an inline comment: the plan lines (1-based, inclusive) it is attached to. */
  lines?: { start: number; end: number }
}

// Verbs by what they ask; a phrase is matched whole, longest first.
const VERBS: Record<Action, string[]> = {
  remove: [
    'drop',
    'remove',
    'delete',
    'exclude',
    'omit',
    'skip',
    'cut',
    'strike',
    'leave out',
    'take out',
    'get rid of',
    'do without',
    'stop touching'
  ],
  add: [
    'add',
    'include',
    'create',
    'extend',
    'cover',
    'change',
    'modify',
    'update',
    'touch',
    'edit',
    'fix',
    'test',
    'adapt',
    'adjust',
    'also change',
    'also modify',
    'also update',
    'look at'
  ],
  use: ['use', 'reuse', 'prefer', 'switch to', 'go with', 'rely on', 'build on', 'start from'],
  keep: ['keep', 'retain', 'preserve', 'leave'],
  reword: ['reword', 'rephrase', 'rewrite', 'rename', 'replace']
}
const PHRASES = Object.entries(VERBS)
  .flatMap(([action, verbs]) => verbs.map(verb => ({ action: action as Action, verb })))
  .sort((a, b) => b.verb.length - a.verb.length)

// Participles of the passive ("X has to be changed", "X should be dropped").
const PARTICIPLES: Record<string, Action> = {
  dropped: 'remove',
  removed: 'remove',
  deleted: 'remove',
  excluded: 'remove',
  omitted: 'remove',
  skipped: 'remove',
  cut: 'remove',
  'left out': 'remove',
  'taken out': 'remove',
  added: 'add',
  included: 'add',
  created: 'add',
  extended: 'add',
  covered: 'add',
  changed: 'add',
  modified: 'add',
  updated: 'add',
  touched: 'add',
  edited: 'add',
  fixed: 'add',
  tested: 'add',
  adapted: 'add',
  adjusted: 'add',
  used: 'use',
  reused: 'use',
  kept: 'keep',
  retained: 'keep',
  preserved: 'keep',
  reworded: 'reword',
  rephrased: 'reword',
  rewritten: 'reword',
  renamed: 'reword',
  replaced: 'reword'
}

const MODAL =
  /\b(?:must|should|shall|will|would|could|can|has to|have to|had to|needs? to|ought to|is to|are to)\b/i
const NEGATION = /^(?:(?:but|and|then|so)\s+)?(?:not|no|never|without|neither|nor)\b\s*/i
const DONT = /^(?:please\s+)?(?:don't|do not|never|no need to)\s+/i
// "We do not need X", "there is no need for X": X is ruled out.
const NO_NEED =
  /^(?:(?:we|you|i|it|the plan|this|there)\s+)?(?:(?:do(?:es)?\s+not|don't|doesn't|no longer|won't|will not)\s+need|(?:is|'s)\s+no\s+need\s+for)\s+/i
// "X is not needed", "X isn't relevant": the subject is ruled out.
const NOT_NEEDED =
  /^(.+?)\s+(?:is|are|isn't|aren't|seems?|looks?)\s+(?:not\s+)?(?:needed|necessary|required|relevant|useful|wanted|unnecessary|irrelevant|unneeded|unrelated|out of scope|wrong|redundant|superfluous)\b/i
// A reviewer's approval around the requests ("Looks good, but …") asks for nothing.
const APPROVAL =
  /^(?:(?:this |it |that )?looks? (?:good|great|fine|nice)|lgtm|great|nice|good (?:job|work|plan|start)|thanks?(?: you)?|ok(?:ay)?|sure)\b[\s,.!]*$/i
const OPENERS =
  /^(?:(?:please|also|and|then|but|so|just|instead|finally|ok(?:ay)?|rather)[,]?\s+)+/i

const verbAt = (text: string, verb: string) =>
  new RegExp(`^${escapeRegExp(verb).replace(/ /g, '\\s+')}\\b\\s*`, 'i').exec(text)

/** The clause read as a request, or one with no action when the grammar does not know it. */
export function readClause(words: string): Request {
  const clause = words.replace(/[.!?;:,]+$/, '').trim()
  const { text, restore } = mask(clause)
  const bare = text.replace(OPENERS, '')

  const notNeeded = NOT_NEEDED.exec(bare)
  if (notNeeded && !MODAL.test(notNeeded[1])) {
    return { words, action: 'remove', object: restore(notNeeded[1]) }
  }
  const noNeed = NO_NEED.exec(bare)
  if (noNeed) return { words, action: 'remove', object: restore(bare.slice(noNeed[0].length)) }
  const dont = DONT.exec(bare)
  if (dont) {
    const rest = bare.slice(dont[0].length)
    const verb = PHRASES.find(({ verb }) => verbAt(rest, verb))
    // "don't drop X" keeps X; "don't touch X", "don't change X" rule it out.
    const action: Action = verb?.action === 'remove' ? 'keep' : 'remove'
    return {
      words,
      action,
      object: restore(verb ? rest.replace(verbAt(rest, verb.verb)![0], '') : rest)
    }
  }
  const negated = NEGATION.exec(bare)
  if (negated) return { words, action: 'remove', object: restore(bare.slice(negated[0].length)) }

  const leading = PHRASES.find(({ verb }) => verbAt(bare, verb))
  if (leading)
    return withReplacement(
      words,
      leading.action,
      restore(bare.replace(verbAt(bare, leading.verb)![0], ''))
    )

  // "<subject> must (not) <verb> <object>" and "<subject> has to be <participle>".
  const modal = MODAL.exec(bare)
  if (modal) {
    const subject = bare.slice(0, modal.index).trim()
    let rest = bare.slice(modal.index + modal[0].length).trim()
    const not = /^(?:not|never)\b\s*/i.exec(rest)
    if (not) rest = rest.slice(not[0].length)
    const passive = /^(?:also\s+)?be\s+(?:also\s+)?(\w+(?:\s+(?:out|off))?)\b\s*(.*)$/i.exec(rest)
    if (passive && PARTICIPLES[passive[1].toLowerCase()]) {
      const action = PARTICIPLES[passive[1].toLowerCase()]
      return withReplacement(
        words,
        not ? negate(action) : action,
        restore(subject),
        restore(passive[2])
      )
    }
    const verb = PHRASES.find(({ verb }) => verbAt(rest.replace(/^also\s+/i, ''), verb))
    if (verb) {
      const object = rest.replace(/^also\s+/i, '')
      const after = restore(object.replace(verbAt(object, verb.verb)![0], ''))
      const action = not ? negate(verb.action) : verb.action
      // "The reproduction must use X": the subject says where X goes.
      return { ...withReplacement(words, action, after), context: restore(subject) }
    }
  }
  return { words, object: restore(bare) }
}

const negate = (action: Action): Action => (action === 'remove' ? 'keep' : 'remove')

/** "reword X to Y", "replace X with Y", "X should read Y": the new wording apart from the old. */
function withReplacement(words: string, action: Action, object: string, tail = ''): Request {
  const { text, restore } = mask(tail ? `${object} ${tail}` : object)
  if (action === 'reword' || action === 'use') {
    const split = /\s+(?:to read|to say|to|with|by|into|so that it reads|as)\s+(?=\S)/i.exec(text)
    if (split && action === 'reword') {
      return {
        words,
        action,
        object: restore(text.slice(0, split.index)),
        replacement: unquote(restore(text.slice(split.index + split[0].length)))
      }
    }
  }
  const reads = /\s+(?:should|must|shall)\s+(?:read|say)\s*:?\s+/i.exec(text)
  if (reads) {
    return {
      words,
      action: 'reword',
      object: restore(text.slice(0, reads.index)),
      replacement: unquote(restore(text.slice(reads.index + reads[0].length)))
    }
  }
  return { words, action, object: restore(text) }
}

const unquote = (text: string) =>
  text
    .trim()
    .replace(/^["“'‘](.*)["”'’]$/s, '$1')
    .trim()

// A comma or "and" starts a new clause when a verb or a negation follows it.
const VERB_AHEAD = PHRASES.map(({ verb }) => escapeRegExp(verb).replace(/ /g, '\\s+')).join('|')
const CLAUSE_BREAK = new RegExp(
  `\\s*(?:[,;]\\s*(?:and\\s+|but\\s+|then\\s+)?|\\s+(?:and|but|then)\\s+)(?=(?:please\\s+|also\\s+)?(?:not\\b|never\\b|${VERB_AHEAD})\\b)`,
  'i'
)

/** The clauses of one sentence: "drop X, use Y" is two requests; "X, not Y" too. */
export function clausesOf(sentence: string): string[] {
  const { text, restore } = mask(sentence)
  return text
    .split(/;\s+/)
    .flatMap(part => part.split(CLAUSE_BREAK))
    .map(part => restore(part).trim())
    .filter(part => /\p{L}/u.test(part))
}

/**
 * Every request in the feedback, in order: checklist items as criteria to add, each clause of the
 * prose as a request, fenced code attached to the clause before it. Courtesies ("thanks") are no
 * requests and are left out.
 */
export function readRequests(feedback: string): Request[] {
  const lines = feedback.replace(/\r\n?/g, '\n').split('\n')
  const fences = readFences(lines)
  const requests: Request[] = []
  let prose: string[] = []
  let code: string[] | undefined
  const flush = () => {
    for (const sentence of sentencesOf(prose.join('\n'))) {
      if (
        isChatter(sentence) &&
        !PHRASES.some(({ verb }) => new RegExp(`\\b${escapeRegExp(verb)}\\b`, 'i').test(sentence))
      )
        continue
      for (const clause of clausesOf(sentence)) {
        if (!APPROVAL.test(clause)) requests.push(readClause(clause))
      }
    }
    prose = []
  }
  lines.forEach((line, index) => {
    const role = fences[index].role
    if (role === 'open') {
      flush()
      code = []
    } else if (role === 'inside') {
      code?.push(line)
    } else if (role === 'close') {
      const last = requests.at(-1)
      if (last && code && last.code === undefined) last.code = code.join('\n')
      code = undefined
    } else {
      const item = /^\s*[-*+]\s+\[[ xX]\]\s+(.+)$/.exec(line)
      if (item) {
        flush()
        requests.push({
          words: item[1].trim(),
          action: 'add',
          object: item[1].trim(),
          criterion: item[1].trim()
        })
      } else prose.push(line)
    }
  })
  flush()
  return requests
}
