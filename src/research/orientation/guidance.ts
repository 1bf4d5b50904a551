// The maintainers' standing instructions, as text: the planning context kept next to the
// template overrides, then the root agent guides. They are repository content, trusted more than
// an issue but still data: hidden comments and invisible characters are removed (an agent guide
// is as easy a carrier of hidden instructions as an issue), the size is capped, and nothing here
// is ever compiled as a template.
import { realpathSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { GuidanceFile } from '../types.js'
import { sanitizeIssueText } from '../../text/sanitize.js'
import { readText } from '../tree/read-text.js'

export const DEFAULT_CONTEXT_FILE = '.github/adw/context.md'

/** Root agent guides whose text is read; the others are only listed by name. */
const guideFiles = ['CLAUDE.md', 'AGENTS.md']

export interface GuidanceOptions {
  /** Planning context relative to root; default `.github/adw/context.md`. */
  contextFile?: string
  /** Characters kept per file. */
  perFileChars?: number
  /** Characters kept over all files. */
  totalChars?: number
}

export const defaultGuidanceLimits = { perFileChars: 6_000, totalChars: 12_000 }

// Bytes read per file: enough for the character cap even after comments are stripped.
const READ_BYTES = 64 * 1024
// Less room than this left in the total is not worth a truncated stub.
const MIN_USEFUL_CHARS = 200

/** A path that stays inside the tree: relative, no `..` or `.git`, no symlinked way out. */
function insideRoot(root: string, path: string): boolean {
  const parts = path.split('/')
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path) || parts.includes('..')) return false
  if (parts.includes('.git') || parts.includes('')) return false
  try {
    const realRoot = realpathSync(root)
    const real = realpathSync(join(root, path))
    return real.startsWith(realRoot + sep) && statSync(real).isFile()
  } catch {
    return false
  }
}

/** Cuts `text` to at most `max` characters, at a line end when one is near. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max
  const lineEnd = text.lastIndexOf('\n', end)
  if (lineEnd > max / 2) end = lineEnd
  return text.slice(0, end).trimEnd()
}

/** Reads the guidance present in the tree, most specific first, within the caps. */
export function readGuidance(
  root: string,
  files: readonly string[],
  options: GuidanceOptions = {}
): GuidanceFile[] {
  const perFile = options.perFileChars ?? defaultGuidanceLimits.perFileChars
  let left = options.totalChars ?? defaultGuidanceLimits.totalChars
  const listed = new Set(files)
  const contextFile = options.contextFile ?? DEFAULT_CONTEXT_FILE
  const paths = [contextFile, ...guideFiles.filter(name => listed.has(name))]
  const found: GuidanceFile[] = []
  const seen = new Set<string>()
  for (const path of [...new Set(paths)]) {
    if (left < MIN_USEFUL_CHARS || !insideRoot(root, path)) continue
    const raw = readText(root, path, READ_BYTES)
    if (raw === undefined) continue
    const clean = sanitizeIssueText(raw, Number.MAX_SAFE_INTEGER)
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
    // CLAUDE.md and AGENTS.md are often the same file twice: once is enough.
    if (clean === '' || seen.has(clean)) continue
    seen.add(clean)
    const text = cut(clean, Math.min(perFile, left))
    const readAll = statSync(join(root, path)).size <= READ_BYTES
    found.push({ path, text, truncated: text.length < clean.length || !readAll })
    left -= text.length
  }
  return found
}
