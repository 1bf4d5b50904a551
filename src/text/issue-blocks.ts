// An issue body as the blocks GitHub renders, the requester's words only (foreign-parts.ts sets
// the rest aside): headings, paragraphs, list and task-list items with their depth, quotes, code
// and tables. Each block's text is the body's own (code spans, links and emphasis as written), so
// later readers quote the issue faithfully; inline HTML tags and images are left out of it.
import type { Nodes } from 'mdast'
import { foreignSpans, type ForeignSpan } from './foreign-parts.js'
import { fenceMarker, linesOf, parseMarkdown, rangeOf, walk } from './markdown.js'

interface Placed {
  /** The block's first line in the body, 0-based. */
  line: number
}

export type IssueBlock = Placed &
  (
    | { kind: 'heading'; text: string; depth: number }
    | { kind: 'paragraph'; text: string }
    /** A list item: `checked` for a task-list box, `depth` 0 for a top-level list. */
    | {
        kind: 'item'
        text: string
        ordered: boolean
        depth: number
        checked?: boolean
      }
    | { kind: 'quote'; text: string }
    /** `lines` as the body holds them, the fence markers left out. */
    | { kind: 'code'; info: string; lines: string[]; fenced: boolean }
    | { kind: 'table'; rows: string[][] }
  )

interface Hole {
  start: number
  end: number
}

/** The source between `start` and `end` without the holes, each hole read as a space. */
function textAround(source: string, start: number, end: number, holes: readonly Hole[]): string {
  let out = ''
  let at = start
  for (const hole of holes) {
    if (hole.end <= at || hole.start >= end) continue
    out += `${source.slice(at, Math.max(at, hole.start))} `
    at = Math.max(at, hole.end)
  }
  return out + source.slice(at, Math.max(at, end))
}

class Reader {
  readonly blocks: IssueBlock[] = []

  constructor(
    private readonly source: string,
    private readonly foreign: readonly ForeignSpan[]
  ) {}

  private isForeign(node: Nodes): boolean {
    const range = rangeOf(node)
    return (
      range !== undefined &&
      this.foreign.some(span => span.start <= range.start && span.end >= range.end)
    )
  }

  /** A node's inline content as written: foreign spans and inline HTML tags left out. */
  inlineText(node: Nodes): string {
    const range = rangeOf(node)
    if (!range || !('children' in node) || node.children.length === 0) return ''
    const first = rangeOf(node.children[0] as Nodes)!
    const last = rangeOf(node.children[node.children.length - 1] as Nodes)!
    const holes: Hole[] = [...this.foreign]
    walk(node, child => {
      if (child.type === 'html') holes.push(rangeOf(child)!)
    })
    holes.sort((a, b) => a.start - b.start)
    return textAround(this.source, first.start, last.end, holes)
      .split('\n')
      .map(line => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
  }

  /** An HTML block's words (what GitHub shows of it), its tags and `<summary>` label left out. */
  private htmlText(value: string): string {
    return value
      .replace(/<summary\b[^>]*>[\s\S]*?<\/summary\s*>/gi, ' ')
      .replace(/<[^<>]*>/g, ' ')
      .split('\n')
      .map(line => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n')
  }

  private code(node: Nodes & { type: 'code' }): void {
    this.blocks.push({
      kind: 'code',
      info: (/^[\w+-]*/.exec(node.lang ?? '')?.[0] ?? '').toLowerCase(),
      // The content, its fences and its container's indent or `>` left out.
      lines: node.value === '' ? [] : node.value.split('\n'),
      fenced: fenceMarker(this.source, node.position?.start.offset ?? -1) !== undefined,
      line: linesOf(node).first
    })
  }

  private text(kind: 'paragraph' | 'quote', node: Nodes): void {
    const text = this.inlineText(node)
    if (/[\p{L}\p{N}]/u.test(text)) this.blocks.push({ kind, text, line: linesOf(node).first })
  }

  private item(node: Nodes & { type: 'listItem' }, ordered: boolean, depth: number): void {
    const paragraphs = node.children.filter(child => child.type === 'paragraph')
    const text = paragraphs
      .map(paragraph => this.inlineText(paragraph))
      .filter(Boolean)
      .join('\n')
    if (/[\p{L}\p{N}]/u.test(text) || node.checked !== null)
      this.blocks.push({
        kind: 'item',
        text,
        ordered,
        depth,
        ...(typeof node.checked === 'boolean' ? { checked: node.checked } : {}),
        line: linesOf(node).first
      })
    for (const child of node.children)
      if (child.type !== 'paragraph') this.block(child as Nodes, depth + 1, false)
  }

  block(node: Nodes, depth = 0, quoted = false): void {
    if (this.isForeign(node)) return
    switch (node.type) {
      case 'heading': {
        const text = this.inlineText(node)
        if (text)
          this.blocks.push({ kind: 'heading', text, depth: node.depth, line: linesOf(node).first })
        return
      }
      case 'paragraph':
        return this.text(quoted ? 'quote' : 'paragraph', node)
      case 'list':
        for (const item of node.children) this.item(item, Boolean(node.ordered), depth)
        return
      case 'blockquote':
        for (const child of node.children) this.block(child as Nodes, depth, true)
        return
      case 'code':
        return this.code(node)
      case 'html': {
        const text = this.htmlText(node.value)
        if (/[\p{L}\p{N}]/u.test(text))
          this.blocks.push({
            kind: quoted ? 'quote' : 'paragraph',
            text,
            line: linesOf(node).first
          })
        return
      }
      case 'table':
        this.blocks.push({
          kind: 'table',
          rows: node.children.map(row => row.children.map(cell => this.inlineText(cell))),
          line: linesOf(node).first
        })
        return
      default:
        // Footnotes and other containers: their blocks in order; breaks and definitions show no words.
        if ('children' in node && node.type !== 'root')
          for (const child of node.children) this.block(child as Nodes, depth, quoted)
    }
  }
}

/** The requester's blocks of a body, in order. */
export function issueBlocks(body: string): IssueBlock[] {
  const source = body.replace(/\r\n?/g, '\n')
  const reader = new Reader(source, foreignSpans(source))
  for (const node of parseMarkdown(source).children) reader.block(node as Nodes)
  return reader.blocks
}
