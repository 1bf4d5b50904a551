// Reads an issue the way an engineer skims it: quoted file paths and traceback frames first,
// then code-looking names (CamelCase, snake_case, dotted paths, `backticks`, calls), then words.
import { withoutCommands } from './issue-commands.js'
import { withoutIssueData } from './issue-data.js'
import { stem, stopwords, subwords } from './terms.js'

export interface PathMention {
  /** As written, with `\` turned into `/`. */
  path: string
  /** Came from a traceback frame (rather than from prose). */
  frame: boolean
  /** Position among the frames, 0 = outermost; the innermost frame is closest to the fault. */
  frameIndex: number
  /** Quoted with a line number (`mod.py:470`), as warnings, linters and compilers print. */
  line?: boolean
  /** The line number a frame or a location gives (`line 42`, `mod.py:470`, "at line 227"). */
  lineNumber?: number
  /** The function a traceback frame names (`in load_config`). */
  functionName?: string
  /** The source line a Python traceback prints under its frame, trimmed. */
  sourceLine?: string
  /** From a link into a code host: it may point into another repository. */
  link?: boolean
}

export interface IdentifierMention {
  name: string
  /** Times it appears in the issue. */
  count: number
  inTitle: boolean
  /** Written as code (backticks, a call, a dotted path, a traceback function): stronger. */
  codeLike: boolean
  /** Named only by traceback frames, whose files already carry the frames' evidence. */
  framed?: boolean
}

export interface IssueSignals {
  paths: PathMention[]
  frameCount: number
  /** Dotted references `pkg.mod.Name`, split into parts. */
  dotted: string[][]
  identifiers: Map<string, IdentifierMention>
  /** Stemmed term -> weight, for term statistics (title words count double). */
  terms: Map<string, number>
  /** Stemmed term -> the word the issue wrote, for reasons a person can read. */
  spelling: Map<string, string>
  /** Lower-case words (unstemmed, no stopwords) for matching path names. */
  words: Map<string, number>
}

const pythonFrame = /File "([^"\n]+)", line (\d+)(?:, in ([\w<>.]+))?[^\n]*(?=(?:\n([^\n]*))?)/g
const jsFrame =
  /\bat (?:([\w$.<>[\] ]+?) )?\(?((?:[A-Za-z]:)?[^\s():]+\.[A-Za-z]{1,5}):(\d+)(?::\d+)?\)?/g
const javaFrame = /\bat ((?:[\w$]+\.)+[\w$<>]+)\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g
// Go prints the function on one line and its file under it: `pkg.(*T).Method(...)` / `\tfile.go:12 +0x1d`.
const goFrame = /^(?:([\w./*()-]+)\([^\n]*\)\n)?\s+((?:\/|[A-Za-z]:)?[^\s:]+\.go):(\d+)/gm
const rubyFrame = /^\s*(?:from )?((?:\/|\.\/)?[^\s:]+\.rb):(\d+):in/gm
const pathLike =
  /(?:^|[\s`'"([<=:,])((?:[A-Za-z]:)?(?:\.{0,2}\/)?(?:[\w@.+-]+\/)*[\w@+-][\w@.+-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`'")\]>:,;#]|\.(?:\s|$))/gm
const backticked = /`([^`\n]{1,120})`/g
const dottedPattern = /\b[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+\b/g
const callPattern = /\b([A-Za-z_][\w]*)\s?\(/g
// `x = …`, `x: T = …`, `const x = …`, `a, b := …` at the start of a line of code.
const ASSIGNMENT =
  /^\s*(?:(?:const|let|var|val)\s+)?([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::\s*[\w.[\]|, ]+?)?\s*(?::=|=(?!=))/gm
// "the begin method", "function parse_args", "class Panel": a name the prose says is code.
// Words that say what kind of method or class it is ("a static method", "the base class").
const KINDS_OF_CODE = new Set(
  (
    'static private public protected abstract magic dunder special helper wrapper callback ' +
    'utility builtin instance member virtual generic internal inner outer nested anonymous ' +
    'base parent child super sub data every other whole entire above below top same ' +
    'setter getter factory test mock'
  ).split(' ')
)
const namedInProse =
  /\b([A-Za-z_]\w*)\s+(?:method|function|class|decorator|property)\b|\b(?:method|function|class|decorator|property)\s+([A-Za-z_]\w*)/g
const camelPattern =
  /\b(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*|[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*)\b/g
const snakePattern = /\b_{0,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_{0,2}\b/g
const wordPattern = /[A-Za-z][A-Za-z0-9_]*/g

/** File extensions that make a dotted token a file name rather than `module.attribute`. */
const fileExtension =
  /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|md|rst|txt|json|ya?ml|toml|ini|cfg|html|css|scss|sql|sh|lock|xml|csv)$/i

function isUrlOrVersion(token: string): boolean {
  return /^(?:www\.|[\w-]+\.(?:com|org|net|io|dev|edu|gov)\b)/i.test(token) || /^\d/.test(token)
}

// Language machinery every class has (`self`, `this`, `constructor`…) and ubiquitous aliases:
// naming them says nothing about which file an issue is about.
const noise = new Set([
  'self',
  'cls',
  'this',
  'super',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'np',
  'pd',
  'os',
  'sys',
  're',
  'e',
  'x'
])

// Capitalised literals of the languages: values, never classes of the project.
const LITERALS = new Set(['None', 'True', 'False', 'NaN', 'Infinity'])

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

/**
 * The files the issue links to, and the body with those links blanked out (same length, so
 * offsets hold): their host, owner and ref are no words of the issue.
 */
function readSourceLinks(body: string): {
  links: { path: string; lineNumber?: number }[]
  body: string
} {
  const links: { path: string; lineNumber?: number }[] = []
  const blanked = body.replace(sourceLink, (link: string, path: string, line?: string) => {
    const file = path.replace(/[.,;:]+$/, '')
    if (fileExtension.test(file))
      links.push(line ? { path: file, lineNumber: Number(line) } : { path: file })
    return ' '.repeat(link.length)
  })
  return { links, body: blanked }
}

const PYTHON_FRAME_LINE = /^\s*File "[^"]+", line \d+/

/**
 * The text without Python's frame lines and the source each prints under it, and that source
 * apart: the frames name their own files and functions.
 */
function withoutFrameSource(text: string): { text: string; frameSource: string } {
  const lines = text.split('\n')
  const source: string[] = []
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!PYTHON_FRAME_LINE.test(lines[i])) continue
    const next = lines[i + 1]
    // The source is indented under its frame; an error line at the margin is not source.
    if (next !== undefined && /^\s+\S/.test(next) && !PYTHON_FRAME_LINE.test(next)) {
      source.push(next)
      lines[i + 1] = ''
    }
    lines[i] = ''
  }
  return { text: lines.join('\n'), frameSource: source.join('\n') }
}

export function readIssueSignals(title: string, rawBody: string): IssueSignals {
  const { links, body } = readSourceLinks(rawBody)
  const text = `${title}\n${body}`
  // Identifiers come from the text without its data (program output, LaTeX, SQL…) and without
  // the shell commands the reporter ran; terms, paths and frames from the text as written.
  // A Python traceback prints each caller's source under its frame: the calls there name the
  // next frame's function, which the frames already place. They are read apart, as frame names.
  const { text: codeText, frameSource } = withoutFrameSource(
    `${title}\n${withoutCommands(withoutIssueData(body))}`
  )
  const paths: PathMention[] = []
  const identifiers = new Map<string, IdentifierMention>()
  const dotted: string[][] = []
  const titleWords = new Set(title.match(/[\w$]+/g) ?? [])

  // Names the issue's code assigns (`console = Console()`, `meta, err := Decode(…)`): the
  // reporter's variables, so neither `console.print` nor `meta` names a module or a file.
  const assigned = new Set<string>()
  for (const m of codeText.matchAll(ASSIGNMENT))
    for (const name of m[1].split(/\s*,\s*/)) assigned.add(name)

  const addIdentifier = (name: string, writtenAsCode: boolean, fromFrame = false) => {
    if (assigned.has(name)) return
    // `__init__`, `__pkginfo__`: boilerplate every project shares, weak evidence at best.
    const codeLike = writtenAsCode && !/^__\w+__$/.test(name)
    // A capitalised name written as code is a class however plain its word (`Undefined`,
    // `Environment`, `Context`); lower-case ones and the languages' literals stay words.
    const className = codeLike && /^[A-Z][a-z]/.test(name) && !LITERALS.has(name)
    if (name.length < 3 || noise.has(name) || (stopwords.has(name.toLowerCase()) && !className))
      return
    const found = identifiers.get(name)
    if (found) {
      found.count++
      found.codeLike ||= codeLike
      if (!fromFrame) delete found.framed
    } else {
      const inTitle = titleWords.has(name)
      identifiers.set(name, {
        name,
        count: 1,
        inTitle,
        codeLike,
        ...(fromFrame && { framed: true })
      })
    }
    // `PersonName3`, `HttpClient2`: a versioned name the reporter saw in a message or an old
    // release; the unversioned class is often what the code defines now. Weak, as a prose word.
    const unversioned = /^([A-Z][a-z]+(?:[A-Z][a-z]+)+)\d+$/.exec(name)?.[1]
    if (unversioned && !identifiers.has(unversioned))
      identifiers.set(unversioned, { name: unversioned, count: 1, inTitle: false, codeLike: false })
  }

  const addDotted = (parts: string[]) => {
    // `self.x` and `__pkginfo__.version` say nothing about where `x` or `version` live.
    const kept = parts
      .filter(part => !/^__\w+__$/.test(part))
      .filter((part, i) => i > 0 || !(noise.has(part) || assigned.has(part)))
    if (kept.length > 1) dotted.push(kept)
  }

  let frameIndex = 0
  const addFrame = (
    raw: string,
    where: Pick<PathMention, 'lineNumber' | 'functionName' | 'sourceLine'>
  ) => {
    const frame: PathMention = {
      path: raw.replace(/\\/g, '/'),
      frame: true,
      frameIndex: frameIndex++
    }
    for (const [key, value] of Object.entries(where))
      if (value !== undefined) Object.assign(frame, { [key]: value })
    paths.push(frame)
  }
  const addPath = (raw: string, lineNumber?: number, link = false) => {
    const path = raw.replace(/\\/g, '/')
    const found = paths.find(item => !item.frame && item.path === path)
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

  for (const m of text.matchAll(pythonFrame)) {
    const fn = m[3] && !m[3].startsWith('<') ? m[3] : undefined
    // The line under a frame is its source, unless it is already the next frame or the error.
    const source = m[4]?.trim()
    const sourceLine =
      source &&
      !/^(?:File "|Traceback|[\w.]*(?:Error|Exception|Warning)\b|[^\s:]+\.\w{1,5}:\d+)/.test(source)
        ? source
        : undefined
    addFrame(m[1], { lineNumber: Number(m[2]), functionName: fn, sourceLine })
    // The frame already places its file; its function name is kept as a weak hint only, for
    // frames whose path does not resolve.
    if (fn) addIdentifier(fn, false, true)
  }
  // Python prints the innermost frame last; JavaScript, Java, Go and Ruby print it first. Frame
  // indices count from the outermost, so those stacks are added in reverse.
  const innermostFirst: { path: string; lineNumber: number; functionName?: string }[] = []
  for (const m of text.matchAll(jsFrame)) {
    if (/^(?:https?|file|node):/.test(m[2])) continue
    const fn = m[1]?.split('.').pop()
    const named = fn && /^[\w$]+$/.test(fn) ? fn : undefined
    innermostFirst.push({ path: m[2], lineNumber: Number(m[3]), functionName: named })
    if (named) addIdentifier(named, false, true)
  }
  for (const m of text.matchAll(javaFrame)) {
    const parts = m[1].split('.')
    const fn = parts[parts.length - 1]
    innermostFirst.push({
      path: [...parts.slice(0, -2), m[2]].join('/'),
      lineNumber: Number(m[3]),
      functionName: /^[\w$]+$/.test(fn) ? fn : undefined
    })
    addIdentifier(fn, false, true)
  }
  for (const m of text.matchAll(goFrame)) {
    const fn = m[1]?.split('.').pop()?.replace(/[()*]/g, '')
    innermostFirst.push({ path: m[2], lineNumber: Number(m[3]), functionName: fn || undefined })
  }
  for (const m of text.matchAll(rubyFrame))
    innermostFirst.push({ path: m[1], lineNumber: Number(m[2]) })
  for (const frame of innermostFirst.reverse())
    addFrame(frame.path, { lineNumber: frame.lineNumber, functionName: frame.functionName })
  const frameCount = frameIndex
  const framePaths = new Set(paths.filter(path => path.frame).map(path => path.path))
  for (const link of links) addPath(link.path, link.lineNumber, true)
  for (const m of text.matchAll(pathLike)) {
    const candidate = m[1]
    if (isUrlOrVersion(candidate) || !fileExtension.test(candidate)) {
      if (!candidate.includes('/')) continue
    }
    if (/^\d|\/\//.test(candidate)) continue
    // A frame's path is evidence once, as a frame (where its depth tells how close it is).
    if (framePaths.has(candidate.replace(/\\/g, '/'))) continue
    const after = m.index + m[0].length
    addPath(candidate, quotedLineNumber(text, m.index, after))
  }

  for (const m of codeText.matchAll(backticked)) {
    for (const token of m[1].matchAll(/[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g)) {
      const parts = token[0].split('.')
      if (parts.length > 1 && !fileExtension.test(token[0])) addDotted(parts)
      for (const part of parts) addIdentifier(part, true)
    }
  }
  for (const m of codeText.matchAll(dottedPattern)) {
    if (fileExtension.test(m[0]) || isUrlOrVersion(m[0])) continue
    const parts = m[0].split('.')
    // `e.g.` and sentence-joined words are not code: require a code-looking part.
    if (
      !parts.some(part => /[A-Z_]|[a-z][0-9]/.test(part)) &&
      parts.length < 3 &&
      !/\(/.test(codeText[m.index + m[0].length] ?? '')
    ) {
      if (!parts.every(part => part.length >= 3 && !stopwords.has(part.toLowerCase()))) continue
    }
    addDotted(parts)
    for (const part of parts) addIdentifier(part, true)
  }
  for (const m of codeText.matchAll(callPattern)) addIdentifier(m[1], true)
  for (const m of frameSource.matchAll(callPattern)) addIdentifier(m[1], false, true)
  for (const m of codeText.matchAll(namedInProse)) {
    const name = m[1] ?? m[2]
    if (!KINDS_OF_CODE.has(name.toLowerCase())) addIdentifier(name, true)
  }
  for (const m of codeText.matchAll(camelPattern)) addIdentifier(m[0], true)
  for (const m of codeText.matchAll(snakePattern)) addIdentifier(m[0], true)

  const terms = new Map<string, number>()
  const words = new Map<string, number>()
  const spelling = new Map<string, string>()
  const addTerms = (source: string, weight: number) => {
    for (const m of source.matchAll(wordPattern)) {
      const word = m[0]
      const lower = word.toLowerCase()
      if (lower.length >= 3 && !stopwords.has(lower))
        words.set(lower, (words.get(lower) ?? 0) + weight)
      for (const part of subwords(word)) {
        if (part.length < 3 || stopwords.has(part)) continue
        const stemmed = stem(part)
        terms.set(stemmed, (terms.get(stemmed) ?? 0) + weight)
        if (!spelling.has(stemmed)) spelling.set(stemmed, part)
      }
    }
  }
  addTerms(title, 2)
  addTerms(withoutIssueData(body), 1)

  return { paths, frameCount, dotted, identifiers, terms, spelling, words }
}
