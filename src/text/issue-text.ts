// What an issue body says, read the way a maintainer skims it: the user story, the sections an
// issue form or a careful reporter writes, the checklists, and the sentences that state rules.
import { fencePlaces } from './fences.js'
import { requesterText } from './foreign-parts.js'
import { issueBlocks } from './issue-blocks.js'
import { isChoiceAnswer, partOfHeading, type IssuePart } from './issue-parts.js'
import { sentencesOf } from './sentences.js'

export interface UserStory {
  role: string
  goal: string
  benefit: string
}

/** A list item (not a task-list box) and the part of the request it stands in. */
export interface ListItem {
  text: string
  part?: IssuePart
  ordered: boolean
  depth: number
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
  /** Every list item that is not a task-list box, with the part it stands in. */
  items: ListItem[]
  /** Path-like mentions: `src/app.ts`, `docs/setup.md`. */
  paths: string[]
  /** Code identifiers mentioned in backticks or as calls. */
  identifiers: string[]
  /** The fenced blocks, each with the part it stands in. */
  code: CodeBlock[]
}

/**
 * The body's lines with what is not the requester's words blanked (comments, a service's blocks,
 * images, link-only lines: foreign-parts.ts) and fenced code emptied: the line count holds.
 */
export function proseLines(body: string): string[] {
  const lines = requesterText(body.replace(/\r\n?/g, '\n')).split('\n')
  const places = fencePlaces(lines)
  return lines.map((line, i) => (places[i] === 'outside' && line.trim() ? line : ''))
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
  items: ListItem[]
  candidates: string[]
  /** Every paragraph and list item in order: the story is looked for in each on its own. */
  blocks: string[]
  code: CodeBlock[]
}

// A line of bold alone is a heading a reporter wrote by hand: `**Problem:**`, `**Proposal**`.
const BOLD_HEADING = /^\s*\*\*([^*]+)\*\*:?\s*$/

/** A paragraph cut at its bold pseudo-headings: the text before, then each heading and its text. */
function atBoldHeadings(text: string): Array<{ heading?: string; text: string }> {
  const out: Array<{ heading?: string; text: string }> = [{ text: '' }]
  for (const line of text.split('\n')) {
    const bold = BOLD_HEADING.exec(line)
    if (bold) out.push({ heading: bold[1], text: '' })
    else out[out.length - 1].text += `${line}\n`
  }
  return out.filter(part => part.heading !== undefined || part.text.trim())
}

/** The body's blocks in order, each filed under the part its heading opened. */
function collect(body: string): Collected {
  const out: Collected = {
    sectionText: {},
    checklist: [],
    paragraphs: [],
    looseParagraphs: [],
    looseItems: [],
    items: [],
    candidates: [],
    blocks: [],
    code: []
  }
  let current: IssuePart | undefined
  const requirementsMayCome = () => !current || !NOT_REQUIREMENTS.has(current)
  const open = (heading: string) => {
    current = partOfHeading(heading.replace(/[:?]+$/, '').trim())
    if (current) (out.sectionText[current] ??= []).push([])
  }
  const inSection = (text: string) => {
    if (current) out.sectionText[current]?.at(-1)?.push(text)
  }
  const paragraph = (raw: string) => {
    const text = clean(raw)
    // The form's asides (prerequisites, versions, logs) are about the reporter, not the request.
    if (!text || current === 'aside') return
    inSection(`\n${raw.trim()}\n`)
    out.paragraphs.push(text)
    if (!current) out.looseParagraphs.push(text)
    out.blocks.push(text)
    if (requirementsMayCome()) out.candidates.push(...sentencesOf(text))
  }

  // Whether the last item at each depth is a box: a box under a plain item ("- OS" over
  // "- [x] Linux") is one choice of a form's multiple-choice question, not a task.
  const boxAt: boolean[] = []
  for (const block of issueBlocks(body)) {
    if (block.kind === 'heading') {
      open(block.text)
      continue
    }
    if (block.kind === 'paragraph') {
      for (const part of atBoldHeadings(block.text)) {
        if (part.heading !== undefined) open(part.heading)
        paragraph(part.text)
      }
      continue
    }
    if (current === 'aside') continue
    if (block.kind === 'code') {
      out.code.push({ part: current, info: block.info, lines: block.lines })
    } else if (block.kind === 'item') {
      const text = clean(block.text)
      const indent = '  '.repeat(block.depth)
      boxAt[block.depth] = block.checked !== undefined
      const choice = block.depth > 0 && boxAt[block.depth - 1] === false
      if (block.checked !== undefined && choice) continue
      if (block.checked !== undefined) {
        // Checklists are criteria wherever they stand; they would make a problem statement a list.
        if (current === 'criteria') inSection(`${indent}- [${block.checked ? 'x' : ' '}] ${text}`)
        if (!text) continue
        out.checklist.push(text)
        out.blocks.push(text)
      } else {
        inSection(`${indent}- ${text}`)
        out.blocks.push(text)
        if (!current) out.looseItems.push(text)
        out.items.push({ text, part: current, ordered: block.ordered, depth: block.depth })
        // List items rarely end with a full stop: each is a sentence of its own.
        if (requirementsMayCome()) out.candidates.push(text)
      }
    } else if (block.kind === 'quote') {
      inSection(`\n${block.text}\n`)
      out.blocks.push(clean(block.text))
    }
  }
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

export function readIssue(issueBody: string): IssueReading {
  const collected = collect(issueBody)
  // Names and paths come from the requester's words, not from a badge's address or a comment.
  const body = requesterText(issueBody.replace(/\r\n?/g, '\n'))
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
    items: collected.items,
    paths,
    identifiers,
    code: collected.code
  }
}
