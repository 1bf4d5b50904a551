// The structure of a file from a real parse (tree-sitter). Loaded only through a dynamic import,
// so the runtime costs nothing to a run that never parses.
import type { Node, Query } from 'web-tree-sitter'
import type { Grammar } from './languages.js'
import type { Call, Definition, DefinitionKind, Outline, OutlineOptions } from './structure.js'
import { callQueries, classScopes, functionScopes, structureQueries } from './queries.js'
import { compileQuery, grammarRuntime } from './runtime.js'

const compiled = new Map<string, Promise<Query>>()

/** A grammar's query, compiled once: compiling costs tens of milliseconds, so only on first use. */
function queryFor(grammar: Grammar, which: 'structure' | 'calls'): Promise<Query> {
  const key = `${grammar}:${which}`
  let query = compiled.get(key)
  if (!query) {
    query = grammarRuntime(grammar).then(({ language }) =>
      compileQuery(language, (which === 'structure' ? structureQueries : callQueries)[grammar])
    )
    compiled.set(key, query)
  }
  return query
}

/**
 * Loads the runtime, the grammar and its queries ahead of parsing, so that a parse budget
 * measures parsing alone: loading (WebAssembly compilation) varies with the machine's load, and
 * a budget spent on it would make what the research finds depend on how busy the machine is.
 */
export async function prepareGrammar(grammar: Grammar, calls: boolean): Promise<void> {
  await queryFor(grammar, 'structure')
  if (calls) await queryFor(grammar, 'calls')
}

function classNameOf(node: Node): string | undefined {
  if (node.type === 'impl_item') {
    // `impl<T> Trait for Type<T>`: the methods belong to `Type`.
    const type = node.childForFieldName('type')
    return type?.text.replace(/<[\s\S]*$/, '').replace(/^.*::/, '')
  }
  return node.childForFieldName('name')?.text
}

/** The class-like scope directly holding `node` (no function in between). */
function enclosingClass(node: Node): string | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (classScopes.has(parent.type)) return classNameOf(parent)
    if (functionScopes.has(parent.type)) return undefined
  }
  return undefined
}

/** Go methods belong to their receiver's type: `func (c *Circle) Area()` is `Circle.Area`. */
function goReceiver(node: Node): string | undefined {
  const receiver = node.childForFieldName('receiver')?.text ?? ''
  return /([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*\)$/.exec(receiver)?.[1]
}

/**
 * What a member is attached to, as written (`Foo.prototype`, `req`, `exports`): its owner's bare
 * name. A module's own `exports` and `this` own nothing: what they hold is top-level.
 */
function ownerName(target: string): string | undefined {
  const owner = /^([A-Za-z_$][\w$]*)(?:\.prototype)?$/.exec(target)?.[1]
  return owner && !['exports', 'module', 'this'].includes(owner) ? owner : undefined
}

/** `Foo.prototype.bar = function` and `Foo.bar = () => …` belong to `Foo`. */
function assignedOwner(node: Node): string | undefined {
  const target = node.childForFieldName('left')?.childForFieldName('object')?.text ?? ''
  return target === 'module.exports' ? undefined : ownerName(target)
}

/** `module.exports = function createApp() {…}` defines `createApp`, not a member `exports`. */
function exportedName(node: Node): string | undefined {
  if (node.type !== 'assignment_expression') return undefined
  if (node.childForFieldName('left')?.text !== 'module.exports') return undefined
  return node.childForFieldName('right')?.childForFieldName('name')?.text ?? 'exports'
}

/**
 * The `get` of `Object.defineProperty(o, 'size', { get() {…} })`: the accessor of a descriptor
 * passed to a call, which the registration itself already defines as `size`.
 */
function isDescriptorAccessor(node: Node): boolean {
  const object = node.parent
  return (
    (node.type === 'pair' || node.type === 'method_definition') &&
    object?.type === 'object' &&
    object.parent?.type === 'arguments' &&
    object.previousNamedSibling?.type === 'string' &&
    /^(?:get|set|value)$/.test(
      node.childForFieldName(node.type === 'pair' ? 'key' : 'name')?.text ?? ''
    )
  )
}

// `#[test]`, `#[tokio::test]`, `#[cfg(test)]`: Rust code that only the tests compile.
const RUST_TEST_ATTRIBUTE = /^#\[\s*(?:cfg\s*\(\s*test\s*\)|(?:[\w]+::)*test\s*(?:\(|\]))/

/** The attributes written right above an item. */
function attributesOf(node: Node): Node[] {
  const attributes: Node[] = []
  for (let sibling = node.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
    if (sibling.type === 'attribute_item') attributes.push(sibling)
    else if (sibling.type !== 'line_comment' && sibling.type !== 'block_comment') break
  }
  return attributes
}

/** Rust items under `#[test]` or inside a `#[cfg(test)]` module: test code in a source file. */
function isRustTestCode(node: Node): boolean {
  for (let item: Node | null = node; item; item = item.parent)
    if (attributesOf(item).some(attribute => RUST_TEST_ATTRIBUTE.test(attribute.text))) return true
  return false
}

/** The node whose lines a definition covers: decorators and `export const` included. */
function spanNode(node: Node): Node {
  let span = node
  if (span.type === 'variable_declarator' && span.parent) span = span.parent
  while (
    span.parent &&
    (span.parent.type === 'decorated_definition' ||
      span.parent.type === 'export_statement' ||
      span.parent.type === 'expression_statement')
  )
    span = span.parent
  return span
}

function goTypeKind(node: Node): DefinitionKind {
  const type = node.childForFieldName('type')?.type
  return type === 'struct_type' ? 'class' : type === 'interface_type' ? 'interface' : 'type'
}

/** `use a::{b, c as d}` -> `a::b`, `a::c`. */
function expandRustUse(path: string): string[] {
  const m = /^(.*?)::\{([\s\S]*)\}$/.exec(path.replace(/\s+/g, ''))
  if (!m) return [path.replace(/\s+as\s+\w+$/, '')]
  return m[2]
    .split(',')
    .filter(Boolean)
    .map(item => `${m[1]}::${item.replace(/as\w+$/, '').replace(/^self$/, '')}`.replace(/::$/, ''))
}

/** A type as written (`pkg.Base`, `Base<T>`, `a::B`): its bare name. */
function bareTypeName(text: string): string | undefined {
  const name = text
    .replace(/<[\s\S]*$/, '')
    .replace(/\[[\s\S]*$/, '')
    .split(/\.|::/)
    .pop()
    ?.trim()
  return name && /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined
}

/** Named children of the heritage nodes of a class: `class A(B, mod.C)`, `extends B implements C`. */
function heritageNodes(grammar: Grammar, node: Node): Node[] {
  if (grammar === 'python') {
    const list = node.childForFieldName('superclasses')
    return list ? list.namedChildren.filter(child => child.type !== 'keyword_argument') : []
  }
  if (grammar === 'java') {
    const superclass = node.childForFieldName('superclass')?.namedChildren ?? []
    const interfaces = node.childForFieldName('interfaces')?.namedChildren ?? []
    return [...superclass, ...interfaces.flatMap(list => list.namedChildren)]
  }
  if (grammar === 'javascript' || grammar === 'typescript' || grammar === 'tsx') {
    const heritage = node.namedChildren.find(child => child.type === 'class_heritage')
    if (!heritage) return []
    // JavaScript: `extends <expression>`; TypeScript: extends and implements clauses.
    return heritage.namedChildren.flatMap(clause =>
      /_clause$/.test(clause.type) ? clause.namedChildren : [clause]
    )
  }
  return []
}

function basesOf(grammar: Grammar, node: Node): string[] {
  return [
    ...new Set(
      heritageNodes(grammar, node)
        .map(child => bareTypeName(child.text))
        .filter((name): name is string => name !== undefined)
    )
  ]
}

function definitionOf(
  grammar: Grammar,
  captures: { name: string; node: Node }[],
  options: OutlineOptions
): Definition | undefined {
  const def = captures.find(capture => capture.name.startsWith('def.'))
  const name = captures.find(capture => capture.name === 'name')
  if (!def || !name || isDescriptorAccessor(def.node)) return undefined
  const owner = captures.find(capture => capture.name === 'owner')
  let kind = def.name.slice(4) as DefinitionKind
  let cls: string | undefined
  if (grammar === 'go') {
    if (def.node.type === 'method_declaration') cls = goReceiver(def.node)
    if (def.node.type === 'type_spec') kind = goTypeKind(def.node)
  } else if (owner) {
    // `defineGetter(req, 'subdomains', function …)`: registered on its first argument.
    cls = ownerName(owner.node.text)
  } else if (def.node.type === 'assignment_expression') {
    cls = assignedOwner(def.node)
  } else {
    cls = enclosingClass(def.node)
  }
  if (kind === 'function' && cls) kind = 'method'
  const span = spanNode(def.node)
  const definition: Definition = {
    name: exportedName(def.node) ?? name.node.text,
    kind,
    start: span.startPosition.row + 1,
    end: span.endPosition.row + 1
  }
  if (cls) definition.cls = cls
  if (grammar === 'rust' && isRustTestCode(def.node)) definition.test = true
  if (options.bases && (kind === 'class' || kind === 'interface')) {
    const bases = basesOf(grammar, def.node)
    if (bases.length > 0) definition.bases = bases
  }
  return definition
}

/**
 * Parses `text` and reads its structure, or returns undefined when the deadline passes first
 * (the caller then falls back to the patterns). The tree is freed before returning: wasm memory
 * is not garbage-collected.
 */
export async function treeOutline(
  text: string,
  grammar: Grammar,
  options: OutlineOptions
): Promise<Outline | undefined> {
  const { parser } = await grammarRuntime(grammar)
  const structure = await queryFor(grammar, 'structure')
  const { deadline } = options
  // The runtime checks the callback every few milliseconds of parsing; `true` stops it.
  const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline })
  if (!tree) {
    parser.reset()
    return undefined
  }
  try {
    const definitions: Definition[] = []
    const imports = new Set<string>()
    for (const match of structure.matches(tree.rootNode)) {
      const definition = definitionOf(grammar, match.captures, options)
      if (definition) {
        definitions.push(definition)
        continue
      }
      const from = match.captures.find(capture => capture.name === 'import.from')
      const imported = match.captures.find(capture => capture.name === 'import.name')
      if (from && imported) {
        // `from a.b import c` records `a.b.c`: `c` may be a module of `a.b` or a name in it.
        const separator = from.node.text.endsWith('.') ? '' : '.'
        imports.add(`${from.node.text}${separator}${imported.node.text}`)
        imports.add(from.node.text)
        continue
      }
      for (const capture of match.captures) {
        if (capture.name !== 'import') continue
        const path = capture.node.text.replace(/^"|"$/g, '')
        for (const item of grammar === 'rust' ? expandRustUse(path) : [path]) imports.add(item)
      }
    }
    const calls: Call[] = []
    if (options.calls) {
      const query = await queryFor(grammar, 'calls')
      for (const capture of query.captures(tree.rootNode)) {
        if (capture.name === 'call')
          calls.push({ name: capture.node.text, line: capture.node.startPosition.row + 1 })
      }
    }
    definitions.sort((a, b) => a.start - b.start || b.end - a.end)
    return { parser: 'tree-sitter', definitions, imports: [...imports], calls }
  } finally {
    tree.delete()
  }
}
