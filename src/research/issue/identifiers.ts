// The names an issue writes as code: `backticks`, calls, dotted paths, CamelCase and snake_case,
// names the prose calls a method or class, and the functions traceback frames name.
import type { IdentifierMention } from './mentions.js'
import { fileExtension, isUrlOrVersion } from './quoted-paths.js'
import { stopwords } from './terms.js'

const backticked = /`([^`\n]{1,120})`/g
const dottedPattern = /\b[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+\b/g
// `Walker::run`, `size::parse`: Rust's (and C++'s) paths name an owner and its member as well.
const pathPattern = /\b[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+\b/g
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
  /\b([A-Za-z_]\w*)\s+(?:method|function|class|decorator|property|getter|setter)\b|\b(?:method|function|class|decorator|property|getter|setter)\s+([A-Za-z_]\w*)/g
const camelPattern =
  /\b(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*|[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*)\b/g
const snakePattern = /\b_{0,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_{0,2}\b/g

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

/** Collects identifier mentions and dotted references, counting repeats. */
class IdentifierCollector {
  readonly identifiers = new Map<string, IdentifierMention>()
  readonly dotted: string[][] = []

  constructor(
    /** Names the code assigns: the reporter's variables, never a module or a file. */
    private readonly assigned: Set<string>,
    private readonly titleWords: Set<string>
  ) {}

  add(name: string, writtenAsCode: boolean, fromFrame = false): void {
    if (this.assigned.has(name)) return
    // `__init__`, `__pkginfo__`: boilerplate every project shares, weak evidence at best.
    const codeLike = writtenAsCode && !/^__\w+__$/.test(name)
    // A capitalised name written as code is a class however plain its word (`Undefined`,
    // `Environment`, `Context`); lower-case ones and the languages' literals stay words.
    const className = codeLike && /^[A-Z][a-z]/.test(name) && !LITERALS.has(name)
    if (name.length < 3 || noise.has(name) || (stopwords.has(name.toLowerCase()) && !className))
      return
    const found = this.identifiers.get(name)
    if (found) {
      found.count++
      found.codeLike ||= codeLike
      if (!fromFrame) delete found.framed
    } else {
      const inTitle = this.titleWords.has(name)
      this.identifiers.set(name, {
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
    if (unversioned && !this.identifiers.has(unversioned))
      this.identifiers.set(unversioned, {
        name: unversioned,
        count: 1,
        inTitle: false,
        codeLike: false
      })
  }

  addDotted(parts: string[]): void {
    // `self.x` and `__pkginfo__.version` say nothing about where `x` or `version` live.
    const kept = parts
      .filter(part => !/^__\w+__$/.test(part))
      .filter((part, i) => i > 0 || !(noise.has(part) || this.assigned.has(part)))
    if (kept.length > 1) this.dotted.push(kept)
  }
}

/** `e.g.` and sentence-joined words are not code: a dotted token needs a code-looking part. */
function dottedLooksLikeCode(parts: string[], followedByCall: boolean): boolean {
  if (parts.some(part => /[A-Z_]|[a-z][0-9]/.test(part)) || parts.length >= 3 || followedByCall)
    return true
  return parts.every(part => part.length >= 3 && !stopwords.has(part.toLowerCase()))
}

/**
 * The identifiers of the code text (the title and the body without its data and shell
 * commands), after the functions the frames name; calls in the source a traceback printed
 * count as frame names.
 */
export function readIdentifiers(input: {
  title: string
  codeText: string
  frameSource: string
  frameNames: string[]
}): { identifiers: Map<string, IdentifierMention>; dotted: string[][] } {
  const { codeText } = input
  const assigned = new Set<string>()
  for (const m of codeText.matchAll(ASSIGNMENT))
    for (const name of m[1].split(/\s*,\s*/)) assigned.add(name)
  const names = new IdentifierCollector(assigned, new Set(input.title.match(/[\w$]+/g) ?? []))

  for (const name of input.frameNames) names.add(name, false, true)
  for (const m of codeText.matchAll(backticked)) {
    for (const token of m[1].matchAll(/[A-Za-z_][\w]*(?:(?:\.|::)[A-Za-z_][\w]*)*/g)) {
      const parts = token[0].split(/\.|::/)
      if (parts.length > 1 && !fileExtension.test(token[0])) names.addDotted(parts)
      for (const part of parts) names.add(part, true)
    }
  }
  for (const m of codeText.matchAll(dottedPattern)) {
    if (fileExtension.test(m[0]) || isUrlOrVersion(m[0])) continue
    const parts = m[0].split('.')
    if (!dottedLooksLikeCode(parts, /\(/.test(codeText[m.index + m[0].length] ?? ''))) continue
    names.addDotted(parts)
    for (const part of parts) names.add(part, true)
  }
  for (const m of codeText.matchAll(pathPattern)) {
    const parts = m[0].split('::')
    names.addDotted(parts)
    for (const part of parts) names.add(part, true)
  }
  for (const m of codeText.matchAll(callPattern)) names.add(m[1], true)
  for (const m of input.frameSource.matchAll(callPattern)) names.add(m[1], false, true)
  for (const m of codeText.matchAll(namedInProse)) {
    const name = m[1] ?? m[2]
    if (!KINDS_OF_CODE.has(name.toLowerCase())) names.add(name, true)
  }
  for (const m of codeText.matchAll(camelPattern)) names.add(m[0], true)
  for (const m of codeText.matchAll(snakePattern)) names.add(m[0], true)
  return { identifiers: names.identifiers, dotted: names.dotted }
}
