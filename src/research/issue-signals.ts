// Reads an issue the way an engineer skims it: quoted file paths and traceback frames first,
// then code-looking names (CamelCase, snake_case, dotted paths, `backticks`, calls), then words.
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
}

export interface IdentifierMention {
  name: string
  /** Times it appears in the issue. */
  count: number
  inTitle: boolean
  /** Written as code (backticks, a call, a dotted path, a traceback function): stronger. */
  codeLike: boolean
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

const pythonFrame = /File "([^"\n]+)", line \d+(?:, in ([\w<>.]+))?/g
const jsFrame =
  /\bat (?:([\w$.<>[\] ]+?) )?\(?((?:[A-Za-z]:)?[^\s():]+\.[A-Za-z]{1,5}):\d+(?::\d+)?\)?/g
const javaFrame = /\bat ((?:[\w$]+\.)+[\w$<>]+)\(([\w$]+\.(?:java|kt|scala|groovy)):\d+\)/g
const goFrame = /^\s+((?:\/|[A-Za-z]:)?[^\s:]+\.go):\d+/gm
const rubyFrame = /^\s*(?:from )?((?:\/|\.\/)?[^\s:]+\.rb):\d+:in/gm
const pathLike =
  /(?:^|[\s`'"([<=:,])((?:[A-Za-z]:)?(?:\.{0,2}\/)?(?:[\w@.+-]+\/)*[\w@+-][\w@.+-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`'")\]>:,;#]|\.(?:\s|$))/gm
const backticked = /`([^`\n]{1,120})`/g
const dottedPattern = /\b[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+\b/g
const callPattern = /\b([A-Za-z_][\w]*)\s?\(/g
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

export function readIssueSignals(title: string, body: string): IssueSignals {
  const text = `${title}\n${body}`
  const paths: PathMention[] = []
  const seenPaths = new Set<string>()
  const identifiers = new Map<string, IdentifierMention>()
  const dotted: string[][] = []
  const titleWords = new Set(title.match(/[\w$]+/g) ?? [])

  const addIdentifier = (name: string, writtenAsCode: boolean) => {
    // `__init__`, `__pkginfo__`: boilerplate every project shares, weak evidence at best.
    const codeLike = writtenAsCode && !/^__\w+__$/.test(name)
    if (name.length < 3 || noise.has(name) || stopwords.has(name.toLowerCase())) return
    const found = identifiers.get(name)
    if (found) {
      found.count++
      found.codeLike ||= codeLike
    } else {
      const inTitle = titleWords.has(name)
      identifiers.set(name, { name, count: 1, inTitle, codeLike })
    }
  }

  const addDotted = (parts: string[]) => {
    // `self.x` and `__pkginfo__.version` say nothing about where `x` or `version` live.
    const kept = parts
      .filter(part => !/^__\w+__$/.test(part))
      .filter((part, i) => i > 0 || !noise.has(part))
    if (kept.length > 1) dotted.push(kept)
  }

  let frameIndex = 0
  const addPath = (raw: string, frame: boolean, line = false) => {
    const path = raw.replace(/\\/g, '/')
    const key = `${frame}:${path}`
    if (frame) {
      paths.push({ path, frame, frameIndex: frameIndex++ })
      return
    }
    if (seenPaths.has(key)) {
      if (line) paths.filter(item => item.path === path).forEach(item => (item.line = true))
      return
    }
    seenPaths.add(key)
    paths.push(line ? { path, frame, frameIndex: -1, line } : { path, frame, frameIndex: -1 })
  }

  for (const m of text.matchAll(pythonFrame)) {
    addPath(m[1], true)
    // The frame already places its file; its function name is kept as a weak hint only, for
    // frames whose path does not resolve.
    if (m[2] && !m[2].startsWith('<')) addIdentifier(m[2], false)
  }
  // Python prints the innermost frame last; JavaScript, Java, Go and Ruby print it first. Frame
  // indices count from the outermost, so those stacks are added in reverse.
  const innermostFirst: string[] = []
  for (const m of text.matchAll(jsFrame)) {
    if (/^(?:https?|file|node):/.test(m[2])) continue
    innermostFirst.push(m[2])
    const fn = m[1]?.split('.').pop()
    if (fn && /^[\w$]+$/.test(fn)) addIdentifier(fn, false)
  }
  for (const m of text.matchAll(javaFrame)) {
    const parts = m[1].split('.')
    innermostFirst.push([...parts.slice(0, -2), m[2]].join('/'))
    addIdentifier(parts[parts.length - 1], false)
  }
  for (const m of text.matchAll(goFrame)) innermostFirst.push(m[1])
  for (const m of text.matchAll(rubyFrame)) innermostFirst.push(m[1])
  for (const path of innermostFirst.reverse()) addPath(path, true)
  const frameCount = frameIndex
  const framePaths = new Set(paths.filter(path => path.frame).map(path => path.path))
  for (const m of text.matchAll(pathLike)) {
    const candidate = m[1]
    if (isUrlOrVersion(candidate) || !fileExtension.test(candidate)) {
      if (!candidate.includes('/')) continue
    }
    if (/^\d|\/\//.test(candidate)) continue
    // A frame's path is evidence once, as a frame (where its depth tells how close it is).
    if (framePaths.has(candidate.replace(/\\/g, '/'))) continue
    const after = m.index + m[0].length
    addPath(candidate, false, /^:\d+/.test(text.slice(after, after + 12)))
  }

  for (const m of text.matchAll(backticked)) {
    for (const token of m[1].matchAll(/[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g)) {
      const parts = token[0].split('.')
      if (parts.length > 1 && !fileExtension.test(token[0])) addDotted(parts)
      for (const part of parts) addIdentifier(part, true)
    }
  }
  for (const m of text.matchAll(dottedPattern)) {
    if (fileExtension.test(m[0]) || isUrlOrVersion(m[0])) continue
    const parts = m[0].split('.')
    // `e.g.` and sentence-joined words are not code: require a code-looking part.
    if (
      !parts.some(part => /[A-Z_]|[a-z][0-9]/.test(part)) &&
      parts.length < 3 &&
      !/\(/.test(text[m.index + m[0].length] ?? '')
    ) {
      if (!parts.every(part => part.length >= 3 && !stopwords.has(part.toLowerCase()))) continue
    }
    addDotted(parts)
    for (const part of parts) addIdentifier(part, true)
  }
  for (const m of text.matchAll(callPattern)) addIdentifier(m[1], true)
  for (const m of text.matchAll(camelPattern)) addIdentifier(m[0], true)
  for (const m of text.matchAll(snakePattern)) addIdentifier(m[0], true)

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
  addTerms(body, 1)

  return { paths, frameCount, dotted, identifiers, terms, spelling, words }
}
