// Whether a plan points at code that cannot be the fault: a declaration line (`mod size;`, an
// import, a re-export) or test code (a test helper, a test macro, a function of a test file or of
// a test module). Read from the places the plan names with their lines ("`size` (line 7)") where
// it says what to change: the Root Cause Analysis, the code files under Existing Files to Modify
// and the Step by Step Tasks. Judged on the tree the plan was written for, by the benchmark's own
// rules (not the product's), so the product is not scored by itself.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isCodePath, isTestPath } from './paths.js'
import { sectionOf } from './plan-measures.js'

/** A definition the plan names, with the lines it gives. */
export interface NamedPlace {
  name: string
  path: string
  start: number
  end: number
}

export interface FaultScore {
  /** A place that is only a declaration: `mod x;`, `use a::b;`, `import x`, `export … from`. */
  declaration: boolean
  /** A place in test code: a test file, a test module, a function or macro named as a test. */
  testCode: boolean
  /** The offending places, `path:start name`, for reading the plans. */
  offending: string[]
}

const SECTIONS = ['## Root Cause Analysis', '### Existing Files to Modify', '## Step by Step Tasks']

// `(line 7)`, `(lines 3–9)`, `(lines 3-9)`.
const LINES = /^ \(lines? (\d+)(?:[–-](\d+))?\)/
const CODE_SPAN = /`([^`\n]+)`/g
const BULLET_PATH = /^\s*[-*]\s+`([^`]+)`/

function looksLikePath(text: string): boolean {
  return /\//.test(text) || /\.[A-Za-z]{1,6}$/.test(text)
}

/** The places one line of the plan names: `name` (lines a–b) with the file it lies in. */
export function placesIn(line: string, bulletPath?: string): NamedPlace[] {
  const spans = [...line.matchAll(CODE_SPAN)].map(m => ({
    text: m[1],
    start: m.index,
    end: m.index + m[0].length
  }))
  const places: NamedPlace[] = []
  spans.forEach((span, i) => {
    const lines = LINES.exec(line.slice(span.end))
    if (!lines) return
    const start = Number(lines[1])
    const end = Number(lines[2] ?? lines[1])
    if (looksLikePath(span.text)) {
      // "`name` in `path` (lines a–b)": the name stands before the path.
      const before = spans[i - 1]
      if (before && / in $/.test(line.slice(before.end, span.start)))
        places.push({ name: before.text, path: span.text, start, end })
      return
    }
    // "`name` (lines a–b) in `path`", else the path the line is about (its bullet, or the last
    // path named before the place: "ends at `path`, in `name` (lines a–b)").
    const after = spans[i + 1]
    const following =
      after &&
      / in $/.test(line.slice(span.end + lines[0].length, after.start)) &&
      looksLikePath(after.text)
        ? after.text
        : undefined
    const preceding = spans
      .slice(0, i)
      .reverse()
      .find(item => looksLikePath(item.text))?.text
    const path = following ?? bulletPath ?? preceding
    if (path) places.push({ name: span.text, path, start, end })
  })
  return places
}

/** The places the plan names where it says what to change (test files' own bullets left out). */
export function namedPlaces(markdown: string): NamedPlace[] {
  const places: NamedPlace[] = []
  for (const heading of SECTIONS) {
    for (const line of sectionOf(markdown, heading).split('\n')) {
      const bullet = heading.startsWith('###') ? BULLET_PATH.exec(line)?.[1] : undefined
      // A test file's bullet says where the regression test goes, not where the fault is.
      if (bullet && !isCodePath(bullet)) continue
      places.push(...placesIn(line, bullet))
    }
  }
  return places
}

// One statement that only declares or imports: Rust `mod x;` / `use …;` / `extern crate`, Python
// `import` / `from … import`, JavaScript `import` / `export … from` / `require`, Go and Java
// `import` / `package`.
const DECLARATION = [
  /^(?:pub(?:\([\w: ]+\))?\s+)?mod\s+\w+\s*;$/,
  /^(?:pub(?:\([\w: ]+\))?\s+)?use\s[^;]*;?$/,
  /^extern\s+crate\s/,
  /^(?:import|from)\s+[\w.]+/,
  /^import\s*[\w{*'"(]/,
  /^export\s+(?:\*|\{[^}]*\}|type\s+\{[^}]*\})\s*(?:as\s+\w+\s*)?from\s/,
  /^(?:const|let|var)\s+[\w${},\s]+=\s*require\(/,
  /^(?:module\.)?exports(?:\.\w+)?\s*=\s*require\(/,
  /^package\s+[\w.]+;?$/
]

const COMMENT = /^(?:\/\/|#(?!\[)|\/\*|\*)/

/** The definition's lines say nothing but declarations (attributes and comments aside). */
export function isDeclaration(lines: readonly string[]): boolean {
  const statements = lines
    .map(line => line.trim())
    .filter(line => line !== '' && !COMMENT.test(line) && !/^#\[/.test(line))
  return statements.length > 0 && statements.every(line => DECLARATION.some(re => re.test(line)))
}

// `gen_size_filter_parse_test`, `test_parse`, `testParse`, `ParseTests`.
const TEST_NAME = /(?:^|_)tests?(?:_|$)|^tests?[A-Z]|[a-z]Tests?$/

/** The 1-based lines of Rust `#[cfg(test)] mod … { … }` blocks in the file. */
function rustTestModules(lines: readonly string[]): [number, number][] {
  const spans: [number, number][] = []
  lines.forEach((line, i) => {
    if (!/^\s*#\[cfg\(test\)\]/.test(line)) return
    const open = lines.findIndex((item, j) => j > i && /^\s*(?:pub\s+)?mod\s+\w+\s*\{/.test(item))
    if (open < 0 || open > i + 3) return
    let depth = 0
    for (let j = open; j < lines.length; j++) {
      for (const char of lines[j]) depth += char === '{' ? 1 : char === '}' ? -1 : 0
      if (depth === 0) {
        spans.push([open + 1, j + 1])
        return
      }
    }
    spans.push([open + 1, lines.length])
  })
  return spans
}

export function isTestCode(place: NamedPlace, lines: readonly string[]): boolean {
  if (isTestPath(place.path)) return true
  const bare = place.name.split(/\.|::/).pop() ?? place.name
  if (TEST_NAME.test(bare)) return true
  return (
    place.path.endsWith('.rs') &&
    rustTestModules(lines).some(([start, end]) => start <= place.start && place.end <= end)
  )
}

export function scoreFault(markdown: string, tree: string): FaultScore {
  const score: FaultScore = { declaration: false, testCode: false, offending: [] }
  const texts = new Map<string, string[] | undefined>()
  for (const place of namedPlaces(markdown)) {
    if (!texts.has(place.path)) {
      const file = join(tree, place.path)
      texts.set(place.path, existsSync(file) ? readFileSync(file, 'utf8').split('\n') : undefined)
    }
    const lines = texts.get(place.path)
    if (!lines) continue
    const declaration = isDeclaration(lines.slice(place.start - 1, place.end))
    const testCode = isTestCode(place, lines)
    if (!declaration && !testCode) continue
    score.declaration ||= declaration
    score.testCode ||= testCode
    const where = `${place.path}:${place.start} ${place.name}`
    if (!score.offending.includes(where)) score.offending.push(where)
  }
  return score
}
