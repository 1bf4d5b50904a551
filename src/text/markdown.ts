// Markdown read the way GitHub renders it: CommonMark with GitHub's extensions (task lists,
// tables, autolinks), parsed by micromark into an mdast tree. Every reader of issue text, guides
// and plans asks this one parser where code, headings and lists are, so an indented fence inside
// a list item, a `#` inside code or a heading set off with `===` read as GitHub shows them.
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

export type { Nodes, Root } from 'mdast'

// The same body is read by several readers in one run (the parts, its code, its data):
// the last few trees are kept.
const recent = new Map<string, Root>()
const KEPT = 8

/** The mdast tree of a Markdown text (line endings as written; positions index `text`). */
export function parseMarkdown(text: string): Root {
  const known = recent.get(text)
  if (known) return known
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  if (recent.size >= KEPT) recent.delete(recent.keys().next().value as string)
  recent.set(text, tree)
  return tree
}

/** Calls `visit` on every node, parents before children, in document order. */
export function walk(node: Nodes, visit: (node: Nodes, parent?: Nodes) => boolean | void): void {
  const go = (current: Nodes, parent?: Nodes) => {
    // `false` from the visitor: the node's children are not visited.
    if (visit(current, parent) === false) return
    if ('children' in current) for (const child of current.children) go(child as Nodes, current)
  }
  go(node)
}

/** Where a node starts and ends in the source (offsets), or undefined for a generated node. */
export function rangeOf(node: Nodes): { start: number; end: number } | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : { start, end }
}

/** The node's first and last line, 0-based. */
export function linesOf(node: Nodes): { first: number; last: number } {
  return { first: (node.position?.start.line ?? 1) - 1, last: (node.position?.end.line ?? 1) - 1 }
}

/** The words a node shows: its text, inline code and the text of its children. */
export function shownText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return node.children.map(child => shownText(child as Nodes)).join('')
  return ''
}

/** Whether a code node is fenced (``` or ~~~) rather than indented. */
export function isFenced(node: Nodes, source: string): boolean {
  // A fenced block starts at its marker; an indented one at its indentation.
  const range = rangeOf(node)
  return (
    node.type === 'code' && range !== undefined && fenceMarker(source, range.start) !== undefined
  )
}

/** The run of backticks or tildes that opens a fenced block at `offset`. */
export function fenceMarker(source: string, offset: number): string | undefined {
  return /^(?:`{3,}|~{3,})/.exec(source.slice(offset, offset + 200))?.[0]
}
