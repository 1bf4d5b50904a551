// The fallback structure for languages without a grammar (and files the parser could not take):
// definitions from the same patterns the scan uses, with spans estimated from indentation
// (Python, Ruby and friends) or from braces (the C family). Estimates, not a parse: good enough
// to say which function a line sits in.
import { extensionOf } from '../tree/classify.js'
import { definitionPatternFor, forEachDefinition } from '../scan/definitions.js'
import {
  enclosingDefinition,
  type Definition,
  type DefinitionKind,
  type Outline
} from './structure.js'

const indentedLanguages = new Set(['py', 'pyi', 'pyx', 'rb', 'nim', 'coffee'])

const CLASS_WORD = /\b(?:class|struct|interface|trait|enum|record|object|module|protocol|union)\b/
const TYPE_WORD = /\b(?:type|typedef)\b/

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 0-based line holding `offset`. */
function lineAt(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return low
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
}

/** Last line of an indented block opened at `start` (0-based lines in, 0-based out). */
function indentedEnd(lines: string[], start: number): number {
  const indent = indentOf(lines[start])
  let end = start
  for (let i = start + 1; i < lines.length; i++) {
    const trimmed = lines[i].trim()
    // A blank line, or the closing bracket of a signature or call split over lines, ends nothing.
    if (trimmed === '' || /^[)\]}]/.test(trimmed)) continue
    if (indentOf(lines[i]) <= indent) break
    end = i
  }
  return end
}

/** Last line of a braced block whose `{` opens within two lines of `start`; naive about strings. */
function bracedEnd(lines: string[], start: number): number {
  let depth = 0
  let opened = false
  for (let i = start; i < lines.length; i++) {
    for (const char of lines[i]) {
      if (char === '{') {
        depth++
        opened = true
      } else if (char === '}') {
        depth--
        if (opened && depth <= 0) return i
      } else if (char === ';' && !opened) return i
    }
    if (!opened && i >= start + 2) return start
  }
  return opened ? lines.length - 1 : start
}

function kindOf(lineText: string, name: string): DefinitionKind {
  const before = lineText.slice(0, Math.max(0, lineText.indexOf(name)))
  if (CLASS_WORD.test(before)) return 'class'
  if (TYPE_WORD.test(before)) return 'type'
  const after = lineText.slice(lineText.indexOf(name) + name.length)
  // `x = 1`, `x: int = 1`; but `const f = () =>` and `const f = function` are functions.
  if (/^\s*(?::[^=\n]*)?=(?![=>])/.test(after) && !/=>|\bfunction\b/.test(after)) return 'variable'
  return 'function'
}

export function patternOutline(path: string, text: string): Outline {
  const pattern = definitionPatternFor(path)
  const outline: Outline = { parser: 'patterns', definitions: [], imports: [], calls: [] }
  if (!pattern) return outline
  const starts = lineStarts(text)
  const lines = text.split('\n')
  const indented = indentedLanguages.has(extensionOf(path))
  const found: Definition[] = []
  forEachDefinition(pattern, text, (name, offset) => {
    // The match may begin on the line before (leading whitespace); the name's line is what counts.
    const at = text.indexOf(name, offset)
    const line = lineAt(starts, at < 0 ? offset : at)
    const kind = kindOf(lines[line], name)
    const end =
      kind === 'variable' ? line : indented ? indentedEnd(lines, line) : bracedEnd(lines, line)
    found.push({ name, kind, start: line + 1, end: end + 1 })
  })
  for (const definition of found) {
    const owner = enclosingDefinition(
      found.filter(other => other !== definition && other.kind === 'class'),
      definition.start
    )
    if (owner && owner.end >= definition.end) {
      definition.cls = owner.name
      if (definition.kind === 'function') definition.kind = 'method'
    }
  }
  outline.definitions = found.sort((a, b) => a.start - b.start || b.end - a.end)
  return outline
}
