// How the code connects, for the files the research is weighing: which file imports which,
// which function calls which, which class extends which. Built from real parses (tree-sitter)
// of the candidate files and the files they import, within a budget of files and bytes, so it
// stays cheap on large trees; the graph says what it parsed and what it left out.
import { join, posix } from 'node:path'
import { grammarFor, type Grammar } from '../syntax/languages.js'
import { outlineAll, type SourceText } from '../syntax/outline.js'
import { enclosingDefinition, type Definition, type Outline } from '../syntax/structure.js'
import { HeadReader } from '../tree/read-file.js'
import { resolveImport, type TreeFiles } from './import-resolution.js'

export interface GraphFile {
  path: string
  grammar: Grammar
  outline: Outline
  /** The tree's files it imports. */
  imports: string[]
}

export interface DefinitionRef {
  path: string
  definition: Definition
}

export interface CodeGraph {
  files: Map<string, GraphFile>
  /** `from` calls `to` (at `line` of `from`'s file): resolved among the parsed files. */
  calls: { from: DefinitionRef; to: DefinitionRef; line: number }[]
  /** The class `from` extends or implements `to`. */
  extends: { from: DefinitionRef; to: DefinitionRef }[]
  /** Files parsed, and candidates left out by the budget. */
  parsed: string[]
  skipped: string[]
  ms: number
}

export interface GraphBudget {
  maxFiles: number
  maxBytes: number
  /** Bytes read per file. */
  capBytes: number
  /** Wall-clock safety net once the parser has loaded. */
  parseMs: number
}

export const defaultGraphBudget: GraphBudget = {
  maxFiles: 24,
  maxBytes: 3 * 1024 * 1024,
  capBytes: 256 * 1024,
  parseMs: 4000
}

/** What linking needs of a file: its structure, and the files it imports if known. */
export interface LinkableFile {
  path: string
  outline: Outline
  grammar?: Grammar
  imports?: readonly string[]
}

/** Files that see each other's names without an import: a Go package, a Java package. */
function samePackage(a: LinkableFile, b: LinkableFile): boolean {
  return (
    (a.grammar === 'go' || a.grammar === 'java') &&
    a.grammar === b.grammar &&
    posix.dirname(a.path) === posix.dirname(b.path)
  )
}

/**
 * The parsed files whose definitions a name written in `file` can mean: itself, what it imports
 * and its package; every file when imports are not known.
 */
function visibleFrom(file: LinkableFile, files: ReadonlyMap<string, LinkableFile>): LinkableFile[] {
  if (!file.imports) return [...files.values()]
  const visible = [file]
  for (const path of file.imports) {
    const imported = files.get(path)
    if (imported && imported !== file) visible.push(imported)
  }
  for (const other of files.values())
    if (other !== file && !visible.includes(other) && samePackage(file, other)) visible.push(other)
  return visible
}

function definitionsNamed(
  files: readonly LinkableFile[],
  name: string,
  kinds: Set<string>
): DefinitionRef[] {
  const found: DefinitionRef[] = []
  for (const file of files)
    for (const definition of file.outline.definitions)
      if (definition.name === name && kinds.has(definition.kind))
        found.push({ path: file.path, definition })
  return found
}

const CALLABLE = new Set(['function', 'method', 'class'])
const CLASSLIKE = new Set(['class', 'interface', 'type'])

/** The calls between definitions of `files`, each resolved to the definitions it can mean. */
export function linkCalls(list: readonly LinkableFile[]): CodeGraph['calls'] {
  const files = new Map(list.map(file => [file.path, file]))
  const calls: CodeGraph['calls'] = []
  for (const file of files.values()) {
    const visible = visibleFrom(file, files)
    for (const call of file.outline.calls) {
      const caller = enclosingDefinition(file.outline.definitions, call.line)
      if (!caller) continue
      for (const target of definitionsNamed(visible, call.name, CALLABLE)) {
        if (target.definition === caller) continue
        calls.push({ from: { path: file.path, definition: caller }, to: target, line: call.line })
      }
    }
  }
  return calls
}

function linkBases(files: Map<string, GraphFile>): CodeGraph['extends'] {
  const links: CodeGraph['extends'] = []
  for (const file of files.values()) {
    const visible = visibleFrom(file, files)
    for (const definition of file.outline.definitions)
      for (const base of definition.bases ?? [])
        for (const target of definitionsNamed(visible, base, CLASSLIKE))
          if (target.definition !== definition)
            links.push({ from: { path: file.path, definition }, to: target })
  }
  return links
}

/**
 * Parses `seeds` (best first), then the files they import, until the budget is spent; resolves
 * imports, calls and bases among what was parsed.
 */
export async function buildGraph(
  root: string,
  seeds: readonly string[],
  tree: TreeFiles,
  budget: GraphBudget = defaultGraphBudget
): Promise<CodeGraph> {
  const started = performance.now()
  const reader = new HeadReader(budget.capBytes)
  const files = new Map<string, GraphFile>()
  const parseable = seeds.filter(path => grammarFor(path) !== undefined)
  const queue = [...parseable]
  const skipped: string[] = []
  let bytes = 0
  // Read lazily: the queue grows with what each seed imports, and the budgets count what was read.
  function* texts(): Generator<SourceText> {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (files.has(next) || !grammarFor(next)) continue
      const text = files.size < budget.maxFiles ? reader.read(join(root, next))?.text : undefined
      if (text === undefined || bytes + text.length > budget.maxBytes) {
        if (seeds.includes(next)) skipped.push(next)
        continue
      }
      bytes += text.length
      yield { path: next, text }
    }
  }
  for await (const { path, outline } of outlineAll(texts(), {
    parseMs: budget.parseMs,
    prepareFor: parseable,
    bases: true
  })) {
    const grammar = grammarFor(path)!
    const imports = [
      ...new Set(outline.imports.flatMap(spec => resolveImport(grammar, spec, path, tree)))
    ].filter(target => target !== path)
    files.set(path, { path, grammar, outline, imports })
    // One hop: what a seed imports may hold the code its evidence points to.
    if (seeds.includes(path)) queue.push(...imports.filter(target => !files.has(target)))
  }
  return {
    files,
    calls: linkCalls([...files.values()]),
    extends: linkBases(files),
    parsed: [...files.keys()],
    skipped,
    ms: performance.now() - started
  }
}
