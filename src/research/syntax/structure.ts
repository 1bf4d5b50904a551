// The vocabulary of a file's structure, shared by the parser, the fallback patterns and the
// ranking: definitions with their spans, imports, calls, and the lookups on them.
export type DefinitionKind =
  'function' | 'method' | 'class' | 'interface' | 'enum' | 'type' | 'module' | 'variable'

export interface Definition {
  name: string
  kind: DefinitionKind
  /** The class, interface, impl or receiver type it belongs to, if any. */
  cls?: string
  /** 1-based first and last line, decorators and doc comments attached by the grammar included. */
  start: number
  end: number
  /**
   * Of a class: the classes and interfaces it extends or implements, by their bare names (read
   * when the outline is asked for them).
   */
  bases?: string[]
  /** Test code inside a source file (a Rust `#[test]` function, a `#[cfg(test)]` module's items). */
  test?: boolean
}

export interface Call {
  name: string
  /** 1-based line. */
  line: number
}

export interface Outline {
  /** How the structure was read: a real parse, or the fallback patterns (spans are estimates). */
  parser: 'tree-sitter' | 'patterns'
  /** In source order. */
  definitions: Definition[]
  /** Modules and paths the file imports, as written (`a.b.c`, `./util`, `std::fs`). */
  imports: string[]
  /** Empty unless asked for. */
  calls: Call[]
}

export interface OutlineOptions {
  /** `performance.now()` after which no more parsing starts, and a running parse stops. */
  deadline: number
  /** Collect calls as well (they cost about a third more). */
  calls?: boolean
  /** Read each class's bases as well: only the code graph links classes to them. */
  bases?: boolean
}

/** A file the ranking chose to parse, with its text and structure. */
export interface OutlinedFile {
  path: string
  text: string
  outline: Outline
  /** The file's research score relative to the best file's (0 when it was not ranked). */
  prior: number
}

/** The innermost definition whose span holds the 1-based `line`. */
export function enclosingDefinition(
  definitions: readonly Definition[],
  line: number
): Definition | undefined {
  let best: Definition | undefined
  for (const definition of definitions) {
    if (definition.start > line || line > definition.end) continue
    if (!best || definition.end - definition.start <= best.end - best.start) best = definition
  }
  return best
}

/** `Cls.name`, or the bare name of a top-level definition. */
export function qualifiedName(definition: Definition): string {
  return definition.cls ? `${definition.cls}.${definition.name}` : definition.name
}
