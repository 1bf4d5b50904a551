// What a request's words point at: files (in the plan or the tree; tests among them), functions
// (named in the plan, or defined in the ranked code), the plan's acceptance criteria, or a
// reproducer (a code block of the issue or of the feedback). Resolved against the plan, the
// repository and the issue, never against a list of phrases.
import type { ResearchResult } from '../../../research/types.js'
import { looksLikeTestFile } from '../../../research/covering/test-files.js'
import { mask } from '../../../text/sentences.js'
import type { PlanDocument } from './plan-document.js'

export type Target =
  | { kind: 'file'; path: string; exists: boolean; test: boolean }
  | { kind: 'symbol'; name: string; path?: string; lines?: string }
  | { kind: 'criteria'; words: string[]; quoted?: string }
  | { kind: 'reproducer'; words: string[] }
  | { kind: 'unknown'; name: string }

export interface Resolver {
  plan: PlanDocument
  research: ResearchResult
  fileExists: (path: string) => boolean
}

// A path written bare: a folder and a name, or a name with a file extension.
const BARE_PATH =
  /(?<![\w/`.-])((?:[\w.-]+\/)+[\w.-]*\w|[\w-]+(?:\.[\w-]+)*\.[A-Za-z][\w]{0,5})(?![\w/`])/g
// A name written bare that can only be code: dotted, snake_case, camelCase or with parentheses.
const BARE_CODE =
  /(?<![\w`./-])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+|[a-z]+_[\w]+|[a-z]+[A-Z]\w*|[A-Za-z_]\w*\(\))(?![\w`])/g

const CRITERIA =
  /\b(?:criteri(?:on|a)|check-?box(?:es)?|check ?list|acceptance|tick-?box(?:es)?)\b/i
const REPRODUCER =
  /\b(?:reproduc\w*|repro|mvce|mcve|mre|reprex|snippet|example|steps to reproduce|code sample)\b/i
// Words that say what kind of thing is meant, not which one.
const GENERIC = new Set(
  (
    'a an the this that these those all any every each its their from in of on to for with as ' +
    'criterion criteria checkbox checkboxes check checks checklist box boxes tick acceptance item ' +
    'items line lines entry entries bullet bullets point points section plan ' +
    'reproducer reproducers reproduction repro mvce mcve mre reprex snippet snippets example ' +
    'examples code sample samples steps step reproduce one ones existing current proposed new ' +
    'instead other rather please also only just here there it them about regarding concerning ' +
    'mentioning saying says that which where one ' +
    // The verbs that hold a description together: "the criterion about X being Y".
    'is are be being been was were will would should must can could may might'
  ).split(' ')
)

/** The words that pick one thing out among its kind: "the pandas snippet" -> pandas. */
export function descriptorWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter(
    word => !GENERIC.has(word) && word.length > 1
  )
}

/** Names the words hold: code spans first, then bare paths and bare code names. */
export function namesIn(text: string): string[] {
  const spans = [...text.matchAll(/(`+)([^`\n]+?)\1/g)].map(match => match[2].trim())
  const { text: masked } = mask(text)
  const paths = [...masked.matchAll(BARE_PATH)]
    .map(match => match[1])
    // Abbreviations are words, not files.
    .filter(name => !/^(?:e\.g|i\.e|etc|vs|cf|a\.k\.a)$/i.test(name))
  const code = [...masked.matchAll(BARE_CODE)].map(match => match[1])
  // A name inside a longer one (`test_x.py` in `tests/test_x.py`, `total` in `Cart.total`) is that
  // one; a name that only starts another (`x.py` in `x.pyi`) is a name of its own.
  const names = [...new Set([...spans, ...paths, ...code])].filter(Boolean)
  return names.filter(name => !names.some(other => other !== name && isPartOf(name, other)))
}

const NAME_CHARACTER = /[\w$-]/

/** `name` stands whole inside `other`: what is around it there is no part of a name. */
function isPartOf(name: string, other: string): boolean {
  for (let at = other.indexOf(name); at >= 0; at = other.indexOf(name, at + 1)) {
    const before = other[at - 1] ?? ''
    const after = other[at + name.length] ?? ''
    if (!NAME_CHARACTER.test(before) && !NAME_CHARACTER.test(after)) return true
  }
  return false
}

/** Where a name lives in the code the plan or the research knows: `name`, `Class.name`, `name()`. */
function findSymbol(name: string, resolver: Resolver) {
  const bare = name.replace(/\(\)$/, '')
  return resolver.research.symbols.find(
    symbol =>
      symbol.name === bare ||
      `${symbol.className}.${symbol.name}` === bare ||
      (bare.endsWith(`.${symbol.name}`) && bare.startsWith(`${symbol.className ?? ''}`))
  )
}

/** A test file: one the repository's test layout lists, named like a test, or in a test folder. */
export function isTestPath(path: string, testFiles: readonly string[] = []): boolean {
  return (
    testFiles.includes(path) ||
    looksLikeTestFile(path) ||
    /(?:^|\/)(?:tests?|__tests__|specs?)\//.test(path)
  )
}

/** One name as a file, a function, or unknown. */
function resolveName(name: string, resolver: Resolver): Target {
  // `tests/test_x.py::test_y` and `file.py:12` name a file.
  const path = name.replace(/(?:::[\w.[\]-]+|:\d+(?::\d+)?)$/, '').replace(/^\.\//, '')
  const file = (exists: boolean): Target => ({
    kind: 'file',
    path,
    exists,
    test: isTestPath(path, resolver.research.orientation.tests.files)
  })
  if (resolver.fileExists(path)) return file(true)
  const listed = listedPaths(resolver.plan)
  // A file the plan proposes to create is a file too, though the tree has none yet.
  if (listed.includes(path)) return file(false)
  // "response.js" for the plan's `lib/response.js`, when only one listed file has that name.
  const named = listed.filter(other => other.endsWith(`/${path}`))
  if (named.length === 1) return resolveName(named[0], resolver)
  const symbol = findSymbol(name, resolver)
  if (symbol) {
    return {
      kind: 'symbol',
      name: name.replace(/\(\)$/, ''),
      path: symbol.path,
      lines: `${symbol.startLine}–${symbol.endLine}`
    }
  }
  if (resolver.plan.items().some(item => item.spans.some(span => sameCode(span, name)))) {
    return { kind: 'symbol', name: name.replace(/\(\)$/, '') }
  }
  // A path with a folder that does not exist yet: a new file, if a request adds it.
  if (/\/./.test(path) && !/\s/.test(path)) return file(false)
  return { kind: 'unknown', name }
}

/** Paths at the head of Relevant Files bullets: what the plan modifies or creates. */
function listedPaths(plan: PlanDocument): string[] {
  return plan
    .itemsUnder('Relevant Files')
    .map(item => /^\s*[-*+]\s+`([^`]+)`/.exec(item.text)?.[1])
    .filter((path): path is string => path !== undefined)
}

/** `load`, `Schema.load` and `load()` are the same code for a reviewer. */
export function sameCode(span: string, name: string): boolean {
  const a = span.replace(/\(.*\)$/, '')
  const b = name.replace(/\(.*\)$/, '')
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`)
}

/** What the request's object (and the subject it was said of) points at. */
export function resolveTargets(object: string, context: string, resolver: Resolver): Target[] {
  const quoted = /["“]([^"”]{3,})["”]/.exec(object)?.[1]
  const criteria = (): Target => ({
    kind: 'criteria',
    words: descriptorWords(quoted ?? object),
    quoted
  })
  const reproducer = (): Target => ({ kind: 'reproducer', words: descriptorWords(object) })
  // The phrase's head, its last word, says what kind of thing it is: in "the renderWidget MVCE"
  // the name only says which reproducer; in "the existing test tests/x.py" the name is the head.
  const head = /(\S+)\s*$/.exec(mask(object).text.replace(/[.,;:!?)]+$/, ''))?.[1] ?? ''
  if (CRITERIA.test(head) || /^(?:criteri(?:on|a)|acceptance)$/i.test(head)) return [criteria()]
  if (REPRODUCER.test(head)) return [reproducer()]
  const names = namesIn(object)
  if (names.length > 0) return names.map(name => resolveName(name, resolver))
  if (CRITERIA.test(object) || CRITERIA.test(context)) return [criteria()]
  if (REPRODUCER.test(object) || REPRODUCER.test(context)) return [reproducer()]
  return []
}
