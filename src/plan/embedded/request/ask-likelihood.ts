// How likely a sentence or list item of a request is one of its asks (what the finished software
// must do) rather than why it is wanted, how it might be done, the context, or the reporter's own
// story. A logistic score over what any request shows whatever its words: where the text stands
// (the title, a list item, numbered, a task box, under the proposal or the problem), its mood (a
// rule's modal, a wish, an imperative, a question, a narrative in the past, today's state), whether
// it names an interface (a code span, a flag, an environment variable, a call), its person, its
// markers of a reason or a hint, its length and place in the body. The weights are fitted on the
// benchmark's tuning half, never written by hand.
import { isFirstPerson } from '../../../text/chatter.js'
import type { IssuePart } from '../../../text/issue-parts.js'
import type { IssueReading } from '../../../text/issue-text.js'
import { sentencesOf, wordsOf } from '../../../text/sentences.js'
import { isBaseVerb } from './verb-forms.js'

/** A sentence or a list item of the request, with where it stands. */
export interface AskUnit {
  text: string
  /** The issue's title rather than its body. */
  title?: boolean
  /** A list item: a bullet, a numbered one, or a task list's box. */
  item?: 'bullet' | 'ordered' | 'box'
  part?: IssuePart
  /** Where in the body: 0 for the first unit, 1 for the last. */
  position: number
}

const MODAL = /\b(?:should|must|shall|needs? to|has to|have to|is required to)\b/i
const WILL = /\b(?:will|won't)\b/i
const WISH =
  /\b(?:(?:i|we)(?:'d| would)? (?:really |also )?(?:like|love|prefer|want|wish|need)|would be (?:\w+ )?(?:nice|great|good|helpful|useful|handy|cool)|(?:propose|suggest|request)(?:s|ed)?)\b/i
const ABILITY =
  /\b(?:can|could|be able to|possible to|allows?|let|lets|enables?|support(?:s|ed)?)\b/i
const NARRATIVE = /\b(?:was|were|had|did|tried|used to|ended up|found|noticed|realized|realised)\b/i
const TODAY =
  /\b(?:currently|today|right now|at the moment|at present|not|no|doesn't|don't|isn't|aren't|can't|cannot|only)\b/i
const REASON =
  /\b(?:because|since|so that|in order to|the reason|which means|as a result|due to|this is useful|useful for|helpful for)\b/i
const HINT =
  /\b(?:could|might|may|for example|for instance|e\.g\.|such as|similar to|like how|alternatively|instead|workaround|library|libraries|crate|package|prior art|inspired by|implementation|implemented)\b/i
// A name of the interface: a flag, an environment variable, a constant, a call, a key set to a value.
const INTERFACE =
  /(?:^|[\s`(])--?[a-z][\w-]*|\$[A-Z_][A-Z0-9_]*|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\w\(|\w\s*[=:]\s*\S/

// A sentence that leans on another for what it is about ("all of them should …", "this is …").
const PRONOUN =
  /^(?:(?:for [^,]{1,60}|so|and|but|also),?\s+)?(?:it|they|them|this|that|these|those|all of them|both of them|each of them)\b/i

/** The share of the title's words (four letters or more) the text repeats. */
function titleShare(text: string, title: string): number {
  const words = (value: string) => new Set(value.toLowerCase().match(/[a-z][a-z0-9_]{3,}/g) ?? [])
  const asked = words(title)
  if (asked.size === 0) return 0
  const said = words(text)
  return [...asked].filter(word => said.has(word)).length / asked.size
}

/** The features' names, in the order `askFeatures` gives them. */
export const ASK_FEATURES = [
  'bias',
  'title',
  'bullet',
  'ordered',
  'box',
  'under proposal',
  'under problem',
  'under alternatives',
  'modal',
  'will',
  'wish',
  'ability',
  'imperative',
  'code span',
  'interface',
  'first person',
  'pronoun',
  'we',
  'you',
  'question',
  'narrative',
  'today',
  'reason',
  'hint',
  'link',
  'position',
  'title words'
] as const

export type AskWeights = Record<(typeof ASK_FEATURES)[number], number>

export function askFeatures(unit: AskUnit, title: string): number[] {
  const text = unit.text
  const words = wordsOf(text)
  const first = words.split(' ')[0]?.toLowerCase() ?? ''
  const part = unit.part
  return [
    1,
    unit.title ? 1 : 0,
    unit.item === 'bullet' ? 1 : 0,
    unit.item === 'ordered' ? 1 : 0,
    unit.item === 'box' ? 1 : 0,
    part === 'solution' || part === 'criteria' || part === 'api' ? 1 : 0,
    part === 'problem' || part === 'context' ? 1 : 0,
    part === 'alternatives' || part === 'pros' || part === 'cons' ? 1 : 0,
    MODAL.test(words) ? 1 : 0,
    WILL.test(words) ? 1 : 0,
    WISH.test(words) ? 1 : 0,
    ABILITY.test(words) ? 1 : 0,
    /^[a-z]+$/.test(first) && isBaseVerb(first) ? 1 : 0,
    /`/.test(text) ? 1 : 0,
    INTERFACE.test(text) ? 1 : 0,
    isFirstPerson(text) ? 1 : 0,
    PRONOUN.test(words) ? 1 : 0,
    /\b(?:we|our|us)\b/i.test(words) ? 1 : 0,
    /\byou\b/i.test(words) ? 1 : 0,
    /\?\s*$/.test(text) ? 1 : 0,
    NARRATIVE.test(words) ? 1 : 0,
    TODAY.test(words) ? 1 : 0,
    REASON.test(words) ? 1 : 0,
    HINT.test(words) ? 1 : 0,
    /https?:\/\//.test(text) ? 1 : 0,
    unit.title ? 0 : unit.position,
    unit.title ? 0 : titleShare(text, title)
  ]
}

// Fitted by `npm run bench:fit-asks` (logistic regression on the tuning half's labelled asks: a
// unit that names every key term of an ask is one); the command prints the weights to paste here.
export const ASK_WEIGHTS: AskWeights = {
  bias: -1.951,
  title: 3.386,
  bullet: 0.044,
  ordered: 0.482,
  box: -0.177,
  'under proposal': 0.581,
  'under problem': 0.188,
  'under alternatives': 0.652,
  modal: 0.476,
  will: 0.225,
  wish: 0.517,
  ability: 0.412,
  imperative: 0.146,
  'code span': 0.347,
  interface: 0.619,
  'first person': -0.241,
  pronoun: -0.514,
  we: 0.395,
  you: -0.531,
  question: 0.31,
  narrative: -0.037,
  today: 0.244,
  reason: 0.065,
  hint: -0.072,
  link: -0.189,
  position: 0.32,
  'title words': 3.317
}

/** Below this likelihood a unit is no ask (chosen by the same command). */
export const ASK_THRESHOLD = 0.2

export function askLikelihood(unit: AskUnit, title: string, weights = ASK_WEIGHTS): number {
  const features = askFeatures(unit, title)
  const z = ASK_FEATURES.reduce((sum, name, index) => sum + weights[name] * features[index], 0)
  return 1 / (1 + Math.exp(-z))
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The request's units in order: the title, then the body's sentences and list items. */
export function askUnits(title: string, reading: IssueReading): AskUnit[] {
  const sectionOf = (text: string): IssuePart | undefined => {
    const start = flat(text).slice(0, 40)
    const found = Object.entries(reading.sections).find(([, value]) =>
      flat(value ?? '').includes(start)
    )
    return found?.[0] as IssuePart | undefined
  }
  const body: Omit<AskUnit, 'position'>[] = [
    ...reading.paragraphs.flatMap(paragraph =>
      sentencesOf(paragraph).map(text => ({ text, part: sectionOf(text) }))
    ),
    ...reading.items.map(item => ({
      text: item.text,
      part: item.part,
      item: item.ordered ? ('ordered' as const) : ('bullet' as const)
    })),
    ...reading.checklist.map(text => ({ text, item: 'box' as const, part: sectionOf(text) }))
  ].filter(unit => wordsOf(unit.text) !== '' || /`/.test(unit.text))
  return [
    { text: title, title: true, position: 0 },
    ...body.map((unit, index) => ({
      ...unit,
      position: body.length > 1 ? index / (body.length - 1) : 0
    }))
  ]
}

/** The unit a criterion's source words come from; a unit of their own when none holds them. */
export function unitOf(text: string, units: AskUnit[]): AskUnit {
  const words = flat(text)
  return (
    units.find(unit => flat(unit.text) === words) ??
    units.find(unit => !unit.title && flat(unit.text).includes(words)) ??
    units.find(unit => !unit.title && words.includes(flat(unit.text)) && unit.text.length > 20) ?? {
      text,
      position: 0.5
    }
  )
}
