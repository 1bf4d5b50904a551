// File paths an issue quotes outside traceback frames: in prose, with a line (`mod.py:470`,
// "at line 227"), or as a link into a code host.
import type { PathMention } from './mentions.js'

const pathLike =
  /(?:^|[\s`'"([<=:,])((?:[A-Za-z]:)?(?:\.{0,2}\/)?(?:[\w@.+-]+\/)*[\w@+-][\w@.+-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`'")\]>:,;#]|\.(?:\s|$))/gm

/** File extensions that make a dotted token a file name rather than `module.attribute`. */
export const fileExtension =
  /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|md|rst|txt|json|ya?ml|toml|ini|cfg|html|css|scss|sql|sh|lock|xml|csv)$/i

export function isUrlOrVersion(token: string): boolean {
  return /^(?:www\.|[\w-]+\.(?:com|org|net|io|dev|edu|gov)\b)/i.test(token) || /^\d/.test(token)
}

/**
 * The line a path is quoted with: `mod.py:470`, or "line 227" in the words around it ("the
 * problem is in `jsonrep.py` at line 227", "line 743 of sympy/printing/latex.py").
 */
function quotedLineNumber(text: string, start: number, end: number): number | undefined {
  const colon = /^:(\d+)/.exec(text.slice(end, end + 12))
  if (colon) return Number(colon[1])
  const lineStart = text.lastIndexOf('\n', start) + 1
  const lineEnd = text.indexOf('\n', end)
  const before = text.slice(Math.max(lineStart, start - 40), start)
  const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 40))
  const m =
    /\bline\s+(\d+)\s+(?:of|in)\W*$/i.exec(before) ??
    /^\W*(?:at|on|in)?\s*line\s+(\d+)/i.exec(after)
  return m ? Number(m[1]) : undefined
}

// A link to a file in a code host, pinned to a line or not: GitHub's and Gitea's
// `/OWNER/REPO/blob/REF/path#L851`, GitLab's `/-/blob/`, `/raw/`, `/src/`.
const sourceLink =
  /\bhttps?:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/(?:-\/)?(?:blob|tree|raw|src)\/[^\s/#?]+\/([^\s#?()<>"'`\]]+)(?:\?[^\s#()<>"'`\]]*)?(?:#L(\d+)[\w-]*)?/g

/** Whether a text holds a link to a file in a code host. */
export function isSourceLink(text: string): boolean {
  return [...text.matchAll(sourceLink)].length > 0
}

export interface SourceLink {
  path: string
  lineNumber?: number
}

/**
 * The files the issue links to, and the body with those links blanked out (same length, so
 * offsets hold): their host, owner and ref are no words of the issue.
 */
export function readSourceLinks(body: string): { links: SourceLink[]; body: string } {
  const links: SourceLink[] = []
  const blanked = body.replace(sourceLink, (link: string, path: string, line?: string) => {
    const file = path.replace(/[.,;:]+$/, '')
    if (fileExtension.test(file))
      links.push(line ? { path: file, lineNumber: Number(line) } : { path: file })
    return ' '.repeat(link.length)
  })
  return { links, body: blanked }
}

/**
 * The paths quoted in `text` and the links, each once (a later quote with a line number lends its
 * line). Paths that frames already give are left out: a frame's path is evidence once, as a
 * frame, where its depth tells how close it is.
 */
export function readQuotedPaths(
  text: string,
  links: SourceLink[],
  framePaths: Set<string>
): PathMention[] {
  const paths: PathMention[] = []
  const addPath = (raw: string, lineNumber?: number, link = false) => {
    const path = raw.replace(/\\/g, '/')
    const found = paths.find(item => item.path === path)
    if (found) {
      if (lineNumber !== undefined && found.lineNumber === undefined) {
        found.line = true
        found.lineNumber = lineNumber
      }
      if (!link) delete found.link
      return
    }
    const mention: PathMention = { path, frame: false, frameIndex: -1 }
    if (lineNumber !== undefined) Object.assign(mention, { line: true, lineNumber })
    if (link) mention.link = true
    paths.push(mention)
  }
  for (const link of links) addPath(link.path, link.lineNumber, true)
  for (const m of text.matchAll(pathLike)) {
    const candidate = m[1]
    if (isUrlOrVersion(candidate) || !fileExtension.test(candidate)) {
      if (!candidate.includes('/')) continue
    }
    if (/^\d|\/\//.test(candidate)) continue
    if (framePaths.has(candidate.replace(/\\/g, '/'))) continue
    const after = m.index + m[0].length
    addPath(candidate, quotedLineNumber(text, m.index, after))
  }
  return paths
}
