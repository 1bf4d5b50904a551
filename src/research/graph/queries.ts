// Questions a planner asks of the code, answered from real parses: who calls a function, what a
// function calls, and where a name (an option, a setting, a field) is read. The files come from
// the caller (the model's tools walk the repository through their own guard): only files whose
// text holds the name are parsed, within limits, and an answer says when a limit cut it short.
import { grammarFor } from '../syntax/languages.js'
import { outlineAll } from '../syntax/outline.js'
import {
  enclosingDefinition,
  qualifiedName,
  type Definition,
  type Outline
} from '../syntax/structure.js'

export interface SourceFiles {
  /** Candidate paths, repository-relative, in a stable order. */
  paths(): Iterable<string>
  /** A file's text, or undefined when it cannot or may not be read. */
  read(path: string): string | undefined
}

export interface QueryLimits {
  /** Files whose text is read while looking for the name. */
  maxFilesRead: number
  /** Bytes read in all. */
  maxBytes: number
  /** Files parsed (those whose text holds the name). */
  maxFilesParsed: number
  maxResults: number
}

export const defaultQueryLimits: QueryLimits = {
  maxFilesRead: 5000,
  maxBytes: 32 * 1024 * 1024,
  maxFilesParsed: 40,
  maxResults: 40
}

export type GraphQuestion = 'callers' | 'callees' | 'references'

interface Parsed {
  path: string
  text: string
  outline: Outline
}

const label = (definition: Definition | undefined) =>
  definition ? qualifiedName(definition) : 'module level'

/** The parseable files whose text holds `name` as a word, parsed with their calls. */
async function filesNaming(
  name: string,
  files: SourceFiles,
  limits: QueryLimits
): Promise<{ parsed: Parsed[]; cut?: string }> {
  const word = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`)
  const holding: { path: string; text: string }[] = []
  let read = 0
  let bytes = 0
  let cut: string | undefined
  for (const path of files.paths()) {
    if (!grammarFor(path)) continue
    if (++read > limits.maxFilesRead) {
      cut = `stopped after reading ${limits.maxFilesRead} files`
      break
    }
    const text = files.read(path)
    if (text === undefined) continue
    bytes += text.length
    if (bytes > limits.maxBytes) {
      cut = `stopped after reading ${limits.maxBytes} bytes`
      break
    }
    if (!word.test(text)) continue
    if (holding.length >= limits.maxFilesParsed) {
      cut = `parsed the first ${limits.maxFilesParsed} files that hold the name`
      break
    }
    holding.push({ path, text })
  }
  const parsed: Parsed[] = []
  for await (const file of outlineAll(holding, {
    parseMs: 10_000,
    prepareFor: holding.map(file => file.path)
  }))
    parsed.push(file)
  return { parsed, ...(cut ? { cut } : {}) }
}

function callers(name: string, parsed: Parsed[]): string[] {
  const lines: string[] = []
  for (const file of parsed)
    for (const call of file.outline.calls)
      if (call.name === name)
        lines.push(
          `${file.path}:${call.line} in ${label(enclosingDefinition(file.outline.definitions, call.line))}`
        )
  return lines
}

function callees(name: string, parsed: Parsed[]): string[] {
  const lines: string[] = []
  for (const file of parsed)
    for (const definition of file.outline.definitions) {
      if (definition.name !== name || !['function', 'method'].includes(definition.kind)) continue
      const called = file.outline.calls
        .filter(call => call.line >= definition.start && call.line <= definition.end)
        .filter(call => enclosingDefinition(file.outline.definitions, call.line) === definition)
        .map(call => call.name)
      lines.push(
        `${file.path}:${definition.start} ${label(definition)} calls: ${[...new Set(called)].join(', ') || 'nothing'}`
      )
    }
  return lines
}

function references(name: string, parsed: Parsed[]): string[] {
  const word = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`)
  const lines: string[] = []
  for (const file of parsed)
    file.text.split('\n').forEach((text, index) => {
      if (!word.test(text)) return
      const line = index + 1
      const defined = file.outline.definitions.some(
        definition => definition.name === name && definition.start === line
      )
      const where = label(enclosingDefinition(file.outline.definitions, line))
      lines.push(
        `${file.path}:${line} ${defined ? 'defines it' : `in ${where}`}: ${text.trim().slice(0, 160)}`
      )
    })
  return lines
}

const HEADING: Record<GraphQuestion, (name: string) => string> = {
  callers: name => `Calls of \`${name}\`:`,
  callees: name => `What \`${name}\` calls:`,
  references: name => `Where the code names \`${name}\`:`
}

/** The answer as text for a model: one line per place, `path:line …`. */
export async function askGraph(
  question: GraphQuestion,
  name: string,
  files: SourceFiles,
  limits: QueryLimits = defaultQueryLimits
): Promise<string> {
  if (!/^[A-Za-z_$][\w$]{0,99}$/.test(name))
    return 'Refused: the name must be one identifier (letters, digits, _ or $), as the code writes it.'
  const { parsed, cut } = await filesNaming(name, files, limits)
  const found = (question === 'callers' ? callers : question === 'callees' ? callees : references)(
    name,
    parsed
  )
  const shown = found.slice(0, limits.maxResults)
  const notes = [
    ...(found.length > shown.length ? [`showing ${shown.length} of ${found.length}`] : []),
    ...(cut ? [cut] : [])
  ]
  if (shown.length === 0)
    return `No ${question} of \`${name}\` found${notes.length ? ` (${notes.join('; ')})` : ''}.`
  return [
    HEADING[question](name),
    ...shown,
    ...(notes.length ? [`[${notes.join('; ')}]`] : [])
  ].join('\n')
}
