// What an issue body says, read the way a maintainer skims it: the user story, the sections an
// issue form or a careful reporter writes, the checklists, and the sentences that state rules.
import { fencePlaces } from './fences.js'

export interface UserStory {
  role: string
  goal: string
  benefit: string
}

export interface IssueSections {
  problem?: string
  solution?: string
  alternatives?: string
  criteria?: string
  context?: string
}

export interface IssueReading {
  userStory?: UserStory
  sections: IssueSections
  /** `- [ ]` / `- [x]` items, in order. */
  checklist: string[]
  /** Sentences with must / should / needs to / shall / required. */
  requirements: string[]
  /** Prose paragraphs outside code blocks, headings and lists, in order. */
  paragraphs: string[]
  /** The paragraphs that stand under no recognised section heading. */
  looseParagraphs: string[]
  /** Path-like mentions: `src/app.ts`, `docs/setup.md`. */
  paths: string[]
  /** Code identifiers mentioned in backticks or as calls. */
  identifiers: string[]
}

const SECTION_NAMES: Array<[keyof IssueSections, RegExp]> = [
  [
    'problem',
    /^(problem|problem statement|motivation|background|why|is your feature request related to a problem.*|current behaviou?r|the problem)$/i
  ],
  [
    'solution',
    /^(solution|proposal|proposed solution|suggested solution|describe the solution.*|proposed (change|design|api)|implementation|how)$/i
  ],
  ['alternatives', /^(alternatives?( considered)?|describe alternatives.*)$/i],
  [
    'criteria',
    /^(acceptance criteria|requirements|definition of done|done when|expected behaviou?r)$/i
  ],
  ['context', /^(additional context|context|notes?|details)$/i]
]

/** Removes HTML comments (issue templates leave them) and fenced code, keeping line structure. */
export function proseLines(body: string): string[] {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split('\n')
  const places = fencePlaces(lines)
  return lines.map((line, i) => (places[i] === 'outside' ? line : ''))
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function stripPunctuation(text: string): string {
  return text.replace(/^[\s,;:–—-]+|[\s,;:.!–—-]+$/g, '')
}

export function parseUserStory(text: string): UserStory | undefined {
  // Emphasis markers go (`**As a** user`), underscores inside identifiers (`max_errors`) stay.
  const flat = clean(text.replace(/\*+/g, '').replace(/(^|[\s(])_+|_+(?=[\s).,;:!?]|$)/g, '$1'))
  const match =
    /\bas an? ([^,.;]+?),? i (?:want|would like|need|wish) (.+?),? so (?:that )?(.+?)(?:[.!]\s|[.!]?$)/i.exec(
      flat
    )
  if (!match) return undefined
  return {
    role: stripPunctuation(match[1]),
    goal: stripPunctuation(match[2]),
    benefit: stripPunctuation(match[3])
  }
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z`"'(])/)
    .map(clean)
    .filter(Boolean)
}

// Options the reporter considered and set aside are not requirements.
const NOT_REQUIREMENTS = new Set<keyof IssueSections>(['alternatives'])
const REQUIREMENT = /\b(must|should|shall|needs? to|is required|are required)\b/i

export function readIssue(body: string): IssueReading {
  const lines = proseLines(body)
  const sections: IssueSections = {}
  const checklist: string[] = []
  const paragraphs: string[] = []
  const looseParagraphs: string[] = []
  const candidates: string[] = []
  // Every paragraph and list item in order: the user story is looked for in each on its own, so
  // its "so that …" clause cannot run on into the next paragraph.
  const blocks: string[] = []
  let current: keyof IssueSections | undefined
  let paragraph: string[] = []
  const sectionText: Partial<Record<keyof IssueSections, string[]>> = {}

  const flush = () => {
    const text = clean(paragraph.join(' '))
    paragraph = []
    if (!text) return
    paragraphs.push(text)
    if (!current) looseParagraphs.push(text)
    blocks.push(text)
    if (!current || !NOT_REQUIREMENTS.has(current)) candidates.push(...splitSentences(text))
  }

  for (const line of lines) {
    const heading =
      /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line) ?? /^\s*\*\*([^*]+)\*\*:?\s*$/.exec(line)
    if (heading) {
      flush()
      const title = heading[1].replace(/[:?]+$/, '').trim()
      current = SECTION_NAMES.find(([, pattern]) => pattern.test(title))?.[0]
      continue
    }
    const item = /^\s*[-*+]\s+\[([ xX])\]\s+(.+)$/.exec(line)
    // Checklists are criteria wherever they stand; they would make a problem statement a list.
    if (current && (!item || current === 'criteria')) (sectionText[current] ??= []).push(line)
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(line)
    if (item) {
      flush()
      checklist.push(clean(item[2]))
      blocks.push(clean(item[2]))
    } else if (bullet) {
      flush()
      blocks.push(clean(bullet[1]))
      // List items rarely end with a full stop: each is a sentence of its own.
      if (!current || !NOT_REQUIREMENTS.has(current)) candidates.push(clean(bullet[1]))
    } else if (/^\s*>/.test(line)) {
      flush()
      blocks.push(clean(line.replace(/^\s*(?:>\s?)+/, '')))
    } else if (line.trim() === '') {
      flush()
    } else {
      paragraph.push(line)
    }
  }
  flush()

  for (const [name, text] of Object.entries(sectionText) as Array<
    [keyof IssueSections, string[]]
  >) {
    const value = text.join('\n').trim()
    if (value && !/^_?no response_?$/i.test(value)) sections[name] = value
  }

  const requirements = [
    ...new Set(candidates.filter(sentence => REQUIREMENT.test(sentence) && sentence.length <= 300))
  ]

  // Paths: `dir/file.ext` anywhere (not inside URLs), and `file.ext` when written as code.
  const paths = [
    ...new Set([
      ...[...body.matchAll(/(?<![\w/.:-])((?:[\w.-]+\/)+[\w.-]+\.[a-z0-9]{1,8})\b/gi)].map(
        m => m[1]
      ),
      ...[...body.matchAll(/`((?:[\w.-]+\/)*[\w-][\w.-]*\.[a-z][a-z0-9]{0,7})`/gi)].map(m => m[1])
    ])
  ].filter(path => !/^\d+(\.\d+)+$/.test(path))
  const identifiers = [
    ...new Set(
      [...body.matchAll(/`([A-Za-z_$][\w$.]*(?:\(\))?)`|\b([A-Za-z_$][\w$]*)\(\)/g)]
        .map(m => (m[1] ?? m[2]).replace(/\(\)$/, ''))
        .filter(name => name.length > 1 && !paths.includes(name))
    )
  ]

  return {
    userStory: blocks.map(parseUserStory).find(story => story !== undefined),
    sections,
    checklist,
    requirements,
    paragraphs,
    looseParagraphs,
    paths,
    identifiers
  }
}
