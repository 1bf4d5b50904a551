// What in an issue body is not the requester's words, found on the parsed body (markdown.ts):
// HTML comments (a template's instructions, a bot's markers), what a bot or a bounty or sponsor
// service appends (a `<details>` block about funding, a region between a service's START and END
// markers), images and badges, and lines that hold nothing but links. None of it says what to
// build or where the code is: it feeds neither the plan's prose nor the research's evidence.
import type { Nodes } from 'mdast'
import { parseMarkdown, rangeOf, walk } from './markdown.js'

export type ForeignKind = 'comment' | 'service' | 'image' | 'links'

export interface ForeignSpan {
  kind: ForeignKind
  /** Offsets into the body: `start` included, `end` excluded. */
  start: number
  end: number
}

const COMMENT = /^\s*<!--/
const IMAGE_TAG = /^\s*<\/?(?:img|picture|source|video|svg)\b/i
// Markup with no words of its own: `<p align="center"><img …></p>`, `<br>`, `</details>`.
const ONLY_TAGS = /^(?:\s*<[^<>]*>\s*)+$/
// What funding and bounty services write about themselves: rewards, backers, sponsors, pledges.
const FUNDING =
  /\b(?:bount(?:y|ies)|sponsor(?:s|ed|ship)?|backers?|fund(?:s|ed|ing)?|donat(?:e|ed|ion|ions)|pledge[sd]?|rewarded|upvote)\b/i
// A machine's bracket around what it inserts: `<!-- X START -->` … `<!-- X END -->`.
const MARKER_START = /^\s*<!--[^>]*\b(?:start|begin)\b[^>]*-->\s*$/i
const MARKER_END = /^\s*<!--[^>]*\b(?:end|stop)\b[^>]*-->\s*$/i

/** The top-level nodes, with the `<details>` regions they form (an opening tag to its closing one). */
interface Region {
  nodes: Nodes[]
  details: boolean
}

function detailsDepth(html: string): number {
  return (html.match(/<details\b/gi) ?? []).length - (html.match(/<\/details\s*>/gi) ?? []).length
}

function regions(children: Nodes[]): Region[] {
  const out: Region[] = []
  let open: Region | undefined
  let depth = 0
  let marker: Region | undefined
  for (const node of children) {
    const html = node.type === 'html' ? node.value : ''
    if (marker) {
      marker.nodes.push(node)
      if (MARKER_END.test(html)) marker = undefined
      continue
    }
    if (!open && MARKER_START.test(html)) {
      marker = { nodes: [node], details: false }
      out.push(marker)
      continue
    }
    if (open) {
      open.nodes.push(node)
      depth += detailsDepth(html)
      if (depth <= 0) open = undefined
      continue
    }
    const opened = detailsDepth(html)
    const region = { nodes: [node], details: opened > 0 }
    out.push(region)
    if (opened > 0) {
      open = region
      depth = opened
    }
  }
  return out
}

/** Everything a region shows or links to, for telling a service's block from the reporter's. */
function regionText(region: Region): string {
  const parts: string[] = []
  for (const node of region.nodes)
    walk(node, child => {
      if (child.type === 'html') parts.push(child.value)
      if (child.type === 'text') parts.push(child.value)
      if (child.type === 'link' || child.type === 'image') parts.push(child.url)
    })
  return parts.join(' ')
}

/** A region a service wrote: between a machine's markers, or a `<details>` about funding. */
function isServiceRegion(region: Region): boolean {
  const [first] = region.nodes
  if (first.type === 'html' && MARKER_START.test(first.value) && region.nodes.length > 1)
    return true
  return region.details && FUNDING.test(regionText(region))
}

/** A link that shows nothing but an image (a badge), or nothing at all. */
function isBadge(node: Nodes): boolean {
  if (node.type !== 'link' && node.type !== 'linkReference') return false
  let words = false
  walk(node, child => {
    if (child.type === 'image' || child.type === 'imageReference') return false
    if (child.type === 'html') return false
    if ((child.type === 'text' || child.type === 'inlineCode') && child.value.trim()) words = true
  })
  return !words
}

// On a line: links written out (`[text](url)`, `[text][ref]`, `<url>`, a bare address).
const LINKS =
  /!?\[[^\]]*\]\([^)]*\)|!?\[[^\]]*\]\[[^\]]*\]|<https?:[^>]*>|\bhttps?:\/\/\S+|<[^<>]*>/g

/** The lines of a paragraph that hold only links (and punctuation between them). */
function linkOnlyLines(source: string, start: number, end: number): ForeignSpan[] {
  const out: ForeignSpan[] = []
  let at = start
  for (const line of source.slice(start, end).split('\n')) {
    const bare = line.replace(LINKS, ' ')
    if (bare !== line && !/[\p{L}\p{N}]/u.test(bare))
      out.push({ kind: 'links', start: at, end: at + line.length })
    at += line.length + 1
  }
  return out
}

function spansIn(node: Nodes, source: string, out: ForeignSpan[]): void {
  walk(node, child => {
    const range = rangeOf(child)
    if (!range) return
    if (child.type === 'html') {
      if (COMMENT.test(child.value)) out.push({ kind: 'comment', ...range })
      else if (IMAGE_TAG.test(child.value) && ONLY_TAGS.test(child.value))
        out.push({ kind: 'image', ...range })
      return false
    }
    if (child.type === 'image' || child.type === 'imageReference' || isBadge(child)) {
      out.push({ kind: 'image', ...range })
      return false
    }
    // A link target's definition (`[1]: https://…`) is an address, not words.
    if (child.type === 'definition') {
      out.push({ kind: 'links', ...range })
      return false
    }
    if (child.type === 'paragraph') {
      out.push(...linkOnlyLines(source, range.start, range.end))
      // Its images and badges, inside.
      for (const inline of child.children) spansIn(inline as Nodes, source, out)
      return false
    }
    if (child.type === 'code' || child.type === 'inlineCode') return false
  })
}

/** The body's spans that are not the requester's words, in order, not overlapping. */
export function foreignSpans(body: string): ForeignSpan[] {
  const tree = parseMarkdown(body)
  const found: ForeignSpan[] = []
  for (const region of regions(tree.children as Nodes[])) {
    if (isServiceRegion(region)) {
      const first = rangeOf(region.nodes[0])
      const last = rangeOf(region.nodes[region.nodes.length - 1])
      if (first && last) found.push({ kind: 'service', start: first.start, end: last.end })
      continue
    }
    for (const node of region.nodes) spansIn(node, body, found)
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  // An image on a link-only line is inside the line's span: one span for both.
  return found.filter((span, index) => !found.slice(0, index).some(other => other.end >= span.end))
}

/**
 * The body with the given spans blanked, every other character in place: lines and offsets hold,
 * so readers that count lines or quote positions read it as they read the body.
 */
export function blankSpans(body: string, spans: readonly ForeignSpan[]): string {
  if (spans.length === 0) return body
  let out = ''
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    out += body.slice(at, span.start) + body.slice(span.start, span.end).replace(/[^\n]/g, ' ')
    at = span.end
  }
  return out + body.slice(at)
}

/** The body without what is not the requester's words (see `foreignSpans`), lines in place. */
export function requesterText(body: string): string {
  return blankSpans(body, foreignSpans(body))
}
