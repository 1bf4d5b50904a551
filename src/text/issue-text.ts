// What an issue body says, read the way a maintainer skims it: the user story, the sections an
// issue form or a careful reporter writes, the checklists, and the sentences that state rules.
import { fencePlaces, readFences } from './fences.js'
import { isChoiceAnswer, partOfHeading, type IssuePart } from './issue-parts.js'
import { sentencesOf } from './sentences.js'

export interface UserStory {
  role: string
  goal: string
  benefit: string
}

/** The text under each part of the request (see issue-parts.ts); the form's asides are left out. */
export interface IssueSections {
  problem?: string
  solution?: string
  /** The API sketch: a signature, an option, a flag, an example of use. */
  api?: string
  alternatives?: string
  pros?: string
  cons?: string
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
  /** The list items (not checklists) that stand under no recognised section heading. */
  looseItems: string[]
  /** Path-like mentions: `src/app.ts`, `docs/setup.md`. */
  paths: string[]
  /** Code identifiers mentioned in backticks or as calls. */
  identifiers: string[]
  /** The fenced blocks, each with the part it stands in. */
  code: CodeBlock[]
}

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

// Options set aside, the proposal's own drawbacks and side remarks are not requirements.
const NOT_REQUIREMENTS = new Set<IssuePart>(['alternatives', 'cons', 'pros', 'context', 'aside'])
const REQUIREMENT = /\b(must|should|shall|needs? to|is required|are required)\b/i

/** A fenced block of the issue and the part it stands in (the API sketch, the problem's log…). */
export interface CodeBlock {
  part?: IssuePart
  /** The fence's info string (`python`, `js`; '' when none). */
  info: string
  lines: string[]
}

/** What the walk over the body's lines collects. */
interface Collected {
  /** Each part's text, one entry per heading that opened it. */
  sectionText: Partial<Record<IssuePart, string[][]>>
  checklist: string[]
  paragraphs: string[]
  looseParagraphs: string[]
  looseItems: string[]
  candidates: string[]
  /** Every paragraph and list item in order: the story is looked for in each on its own. */
  blocks: string[]
  code: CodeBlock[]
}

const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/
const BOLD_HEADING = /^\s*\*\*([^*]+)\*\*:?\s*$/
const CHECKLIST_ITEM = /^\s*[-*+]\s+\[([ xX])\]\s+(.+)$/
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/

/** The body's lines in order, each filed under the part its heading opened. */
function collect(body: string): Collected {
  const raw = body
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .split('\n')
  const fenced = readFences(raw)
  // The prose lines, as proseLines gives them, from the one reading of the fences.
  const lines = raw.map((line, i) => (fenced[i].role === 'outside' ? line : ''))
  const out: Collected = {
    sectionText: {},
    checklist: [],
    paragraphs: [],
    looseParagraphs: [],
    looseItems: [],
    candidates: [],
    blocks: [],
    code: []
  }
  let current: IssuePart | undefined
  let paragraph: string[] = []
  const requirementsMayCome = () => !current || !NOT_REQUIREMENTS.has(current)
  const flush = () => {
    const text = clean(paragraph.join(' '))
    paragraph = []
    // The form's asides (prerequisites, versions, logs) are about the reporter, not the request.
    if (!text || current === 'aside') return
    out.paragraphs.push(text)
    if (!current) out.looseParagraphs.push(text)
    out.blocks.push(text)
    if (requirementsMayCome()) out.candidates.push(...sentencesOf(text))
  }
  const codeLine = (index: number) => {
    const place = fenced[index]
    if (place.role === 'open' && current !== 'aside')
      out.code.push({ part: current, info: place.block.info, lines: [] })
    if (place.role === 'inside' && current !== 'aside')
      out.code[out.code.length - 1]?.lines.push(raw[index])
  }

  lines.forEach((line, index) => {
    if (fenced[index] && fenced[index].role !== 'outside') return codeLine(index)
    const heading = HEADING.exec(line) ?? BOLD_HEADING.exec(line)
    if (heading) {
      flush()
      current = partOfHeading(heading[1].replace(/[:?]+$/, '').trim())
      if (current) (out.sectionText[current] ??= []).push([])
      return
    }
    if (current === 'aside') return
    const item = CHECKLIST_ITEM.exec(line)
    // Checklists are criteria wherever they stand; they would make a problem statement a list.
    if (current && (!item || current === 'criteria')) out.sectionText[current]?.at(-1)?.push(line)
    const bullet = BULLET.exec(line)
    if (item) {
      flush()
      out.checklist.push(clean(item[2]))
      out.blocks.push(clean(item[2]))
    } else if (bullet) {
      flush()
      out.blocks.push(clean(bullet[1]))
      if (!current) out.looseItems.push(clean(bullet[1]))
      // List items rarely end with a full stop: each is a sentence of its own.
      if (requirementsMayCome()) out.candidates.push(clean(bullet[1]))
    } else if (/^\s*>/.test(line)) {
      flush()
      out.blocks.push(clean(line.replace(/^\s*(?:>\s?)+/, '')))
    } else if (line.trim() === '') {
      flush()
    } else {
      paragraph.push(line)
    }
  })
  flush()
  return out
}

function sectionsOf(sectionText: Collected['sectionText']): IssueSections {
  const sections: IssueSections = {}
  for (const [name, answers] of Object.entries(sectionText) as Array<[IssuePart, string[][]]>) {
    // A ticked choice ("Fewer", "A new option") says which box, not what to build.
    const value = answers
      .map(lines => lines.join('\n').trim())
      .filter(text => text && !isChoiceAnswer(text))
      .join('\n\n')
    if (name !== 'aside' && value) sections[name] = value
  }
  return sections
}

function pathsIn(body: string): string[] {
  // Paths: `dir/file.ext` anywhere (not inside URLs), and `file.ext` when written as code.
  return [
    ...new Set([
      ...[...body.matchAll(/(?<![\w/.:-])((?:[\w.-]+\/)+[\w.-]+\.[a-z0-9]{1,8})\b/gi)].map(
        m => m[1]
      ),
      ...[...body.matchAll(/`((?:[\w.-]+\/)*[\w-][\w.-]*\.[a-z][a-z0-9]{0,7})`/gi)].map(m => m[1])
    ])
  ].filter(path => !/^\d+(\.\d+)+$/.test(path))
}

export function readIssue(body: string): IssueReading {
  const collected = collect(body)
  const paths = pathsIn(body)
  const identifiers = [
    ...new Set(
      [...body.matchAll(/`([A-Za-z_$][\w$.]*(?:\(\))?)`|\b([A-Za-z_$][\w$]*)\(\)/g)]
        .map(m => (m[1] ?? m[2]).replace(/\(\)$/, ''))
        .filter(name => name.length > 1 && !paths.includes(name))
    )
  ]
  return {
    userStory: collected.blocks.map(parseUserStory).find(story => story !== undefined),
    sections: sectionsOf(collected.sectionText),
    checklist: collected.checklist,
    requirements: [
      ...new Set(
        collected.candidates.filter(
          sentence => REQUIREMENT.test(sentence) && sentence.length <= 300
        )
      )
    ],
    paragraphs: collected.paragraphs,
    looseParagraphs: collected.looseParagraphs,
    looseItems: collected.looseItems,
    paths,
    identifiers,
    code: collected.code
  }
}
