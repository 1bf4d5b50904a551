export const id = 860;
export const ids = [860];
export const modules = {

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareGrammar: () => (/* binding */ prepareGrammar),
  treeOutline: () => (/* binding */ treeOutline)
});

;// CONCATENATED MODULE: ./src/research/syntax/queries.ts
const javascriptStructure = `
(function_declaration name: (identifier) @name) @def.function
(generator_function_declaration name: (identifier) @name) @def.function
(class_declaration name: (_) @name) @def.class
(method_definition name: (_) @name) @def.method
(variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression) (class)]) @def.function
(pair key: (property_identifier) @name value: [(arrow_function) (function_expression)]) @def.function
(assignment_expression left: (member_expression property: (property_identifier) @name) right: [(arrow_function) (function_expression)]) @def.function
(assignment_expression left: (member_expression property: (property_identifier) @name) right: (assignment_expression right: [(arrow_function) (function_expression)])) @def.function
(call_expression arguments: (arguments . (_) @owner . (string (string_fragment) @name) . [(function_expression) (arrow_function)] .) (#match? @name "^[A-Za-z_$][A-Za-z0-9_$]*$")) @def.function
(call_expression arguments: (arguments . (_) @owner . (string (string_fragment) @name) . (object [(pair key: (property_identifier) @_accessor value: [(function_expression) (arrow_function)]) (method_definition name: (property_identifier) @_accessor)]) .) (#any-of? @_accessor "get" "set" "value") (#match? @name "^[A-Za-z_$][A-Za-z0-9_$]*$")) @def.function
(import_statement source: (string (string_fragment) @import))
(export_statement source: (string (string_fragment) @import))
(call_expression function: (identifier) @_require arguments: (arguments . (string (string_fragment) @import)) (#eq? @_require "require"))
`;
const typescriptStructure = `${javascriptStructure}
(abstract_class_declaration name: (_) @name) @def.class
(interface_declaration name: (_) @name) @def.interface
(type_alias_declaration name: (_) @name) @def.type
(enum_declaration name: (_) @name) @def.enum
(function_signature name: (identifier) @name) @def.function
(abstract_method_signature name: (_) @name) @def.method
(public_field_definition name: (property_identifier) @name value: [(arrow_function) (function_expression)]) @def.method
(internal_module name: (_) @name) @def.module
`;
const javascriptCalls = `
(call_expression function: [(identifier) @call (member_expression property: (property_identifier) @call)])
(new_expression constructor: [(identifier) @call (member_expression property: (property_identifier) @call)])
`;
const structureQueries = {
    python: `
(function_definition name: (identifier) @name) @def.function
(class_definition name: (identifier) @name) @def.class
(class_definition body: (block (expression_statement (assignment left: (identifier) @name right: (lambda)) @def.method)))
(class_definition body: (block (expression_statement (assignment left: (identifier) @name right: (call)) @def.variable)))
(import_statement name: [(dotted_name) @import (aliased_import name: (dotted_name) @import)])
(import_from_statement module_name: [(dotted_name) (relative_import)] @import.from name: [(dotted_name) @import.name (aliased_import name: (dotted_name) @import.name)])
(import_from_statement module_name: [(dotted_name) (relative_import)] @import (wildcard_import))
`,
    javascript: `${javascriptStructure}
(field_definition property: (property_identifier) @name value: [(arrow_function) (function_expression)]) @def.method
`,
    typescript: typescriptStructure,
    tsx: typescriptStructure,
    go: `
(function_declaration name: (identifier) @name) @def.function
(method_declaration name: (field_identifier) @name) @def.method
(type_spec name: (type_identifier) @name) @def.type
(import_spec path: (interpreted_string_literal) @import)
`,
    rust: `
(function_item name: (identifier) @name) @def.function
(function_signature_item name: (identifier) @name) @def.function
(struct_item name: (type_identifier) @name) @def.class
(enum_item name: (type_identifier) @name) @def.enum
(union_item name: (type_identifier) @name) @def.class
(trait_item name: (type_identifier) @name) @def.interface
(type_item name: (type_identifier) @name) @def.type
(mod_item name: (identifier) @name body: (declaration_list)) @def.module
(macro_definition name: (identifier) @name) @def.function
(use_declaration argument: (_) @import)
`,
    java: `
(class_declaration name: (identifier) @name) @def.class
(interface_declaration name: (identifier) @name) @def.interface
(enum_declaration name: (identifier) @name) @def.enum
(record_declaration name: (identifier) @name) @def.class
(annotation_type_declaration name: (identifier) @name) @def.interface
(method_declaration name: (identifier) @name) @def.method
(constructor_declaration name: (identifier) @name) @def.method
(import_declaration [(scoped_identifier) (identifier)] @import)
`
};
const callQueries = {
    python: `(call function: [(identifier) @call (attribute attribute: (identifier) @call)])`,
    javascript: javascriptCalls,
    typescript: javascriptCalls,
    tsx: javascriptCalls,
    go: `(call_expression function: [(identifier) @call (selector_expression field: (field_identifier) @call)])`,
    rust: `
(call_expression function: [(identifier) @call (field_expression field: (field_identifier) @call) (scoped_identifier name: (identifier) @call)])
(macro_invocation macro: (identifier) @call)
`,
    java: `
(method_invocation name: (identifier) @call)
(object_creation_expression type: [(type_identifier) @call (generic_type (type_identifier) @call)])
`
};
/** Nodes that open a class-like scope: a method defined inside belongs to it. */
const classScopes = new Set([
    'class_definition',
    'class_declaration',
    'abstract_class_declaration',
    'class',
    'interface_declaration',
    'enum_declaration',
    'record_declaration',
    'impl_item',
    'trait_item'
]);
/** Nodes that open a function scope: a class-like scope beyond one does not own what is inside. */
const functionScopes = new Set([
    'function_definition',
    'function_declaration',
    'generator_function_declaration',
    'method_definition',
    'method_declaration',
    'constructor_declaration',
    'function_item',
    'arrow_function',
    'function_expression'
]);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/research/syntax/runtime.ts
// Loads web-tree-sitter and its grammars, once per process and only when a file is parsed.
//
// The bundle copies `web-tree-sitter.js`, its `.wasm` and the grammars into `dist/tree-sitter/`,
// above the chunks of both bundles, and this module imports the runtime from there by a path computed at run
// time (`webpackIgnore`): the bundler must not see it, because it would rewrite the runtime's own
// `import("module")` and re-encode the `.wasm` files as text. Run from the sources (tests, tools)
// the same files come from node_modules. ADW_TREE_SITTER_DIR points elsewhere when set.



const RUNTIME_FILE = 'web-tree-sitter.js';
function findUp(start, relativePath) {
    for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, relativePath);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function locate() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    // The action's chunks sit in dist/, the CLI's in dist/cli/: the copy is in dist/tree-sitter/.
    const bundled = process.env.ADW_TREE_SITTER_DIR
        ? (0,external_node_path_.join)(process.env.ADW_TREE_SITTER_DIR, RUNTIME_FILE)
        : findUp(here, (0,external_node_path_.join)('tree-sitter', RUNTIME_FILE));
    if (bundled && (0,external_node_fs_.existsSync)(bundled)) {
        return { runtimeUrl: (0,external_node_url_.pathToFileURL)(bundled).href, grammarDir: (0,external_node_path_.dirname)(bundled) };
    }
    const grammarDir = findUp(here, (0,external_node_path_.join)('node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'));
    if (!grammarDir)
        throw new Error('the tree-sitter grammars are not installed');
    return { grammarDir };
}
let runtime;
const grammars = new Map();
async function loadRuntime() {
    const where = locate();
    const ts = (where.runtimeUrl
        ? await import(/* webpackIgnore: true */ where.runtimeUrl)
        : await import(/* webpackIgnore: true */ 'web-tree-sitter'));
    // The runtime finds its own .wasm beside its .js, in the bundle and in node_modules alike.
    await ts.Parser.init();
    return { ts, grammarDir: where.grammarDir };
}
async function loadGrammar(grammar) {
    runtime ??= loadRuntime();
    const { ts, grammarDir } = await runtime;
    const language = await ts.Language.load((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(grammarDir, `tree-sitter-${grammar}.wasm`)));
    const parser = new ts.Parser();
    parser.setLanguage(language);
    return { language, parser };
}
/** The grammar's language and a parser set to it; loaded on first use, then shared. */
function grammarRuntime(grammar) {
    let loaded = grammars.get(grammar);
    if (!loaded) {
        loaded = loadGrammar(grammar);
        // A failed load is not cached as a success, but neither is it retried for every file.
        grammars.set(grammar, loaded);
    }
    return loaded;
}
/** Builds a query for a loaded language (the runtime's `Query` class). */
async function compileQuery(language, source) {
    runtime ??= loadRuntime();
    const { ts } = await runtime;
    return new ts.Query(language, source);
}

;// CONCATENATED MODULE: ./src/research/syntax/tree-outline.ts


const compiled = new Map();
/** A grammar's query, compiled once: compiling costs tens of milliseconds, so only on first use. */
function queryFor(grammar, which) {
    const key = `${grammar}:${which}`;
    let query = compiled.get(key);
    if (!query) {
        query = grammarRuntime(grammar).then(({ language }) => compileQuery(language, (which === 'structure' ? structureQueries : callQueries)[grammar]));
        compiled.set(key, query);
    }
    return query;
}
/**
 * Loads the runtime, the grammar and its queries ahead of parsing, so that a parse budget
 * measures parsing alone: loading (WebAssembly compilation) varies with the machine's load, and
 * a budget spent on it would make what the research finds depend on how busy the machine is.
 */
async function prepareGrammar(grammar, calls) {
    await queryFor(grammar, 'structure');
    if (calls)
        await queryFor(grammar, 'calls');
}
function classNameOf(node) {
    if (node.type === 'impl_item') {
        // `impl<T> Trait for Type<T>`: the methods belong to `Type`.
        const type = node.childForFieldName('type');
        return type?.text.replace(/<[\s\S]*$/, '').replace(/^.*::/, '');
    }
    return node.childForFieldName('name')?.text;
}
/** The class-like scope directly holding `node` (no function in between). */
function enclosingClass(node) {
    for (let parent = node.parent; parent; parent = parent.parent) {
        if (classScopes.has(parent.type))
            return classNameOf(parent);
        if (functionScopes.has(parent.type))
            return undefined;
    }
    return undefined;
}
/** Go methods belong to their receiver's type: `func (c *Circle) Area()` is `Circle.Area`. */
function goReceiver(node) {
    const receiver = node.childForFieldName('receiver')?.text ?? '';
    return /([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*\)$/.exec(receiver)?.[1];
}
/**
 * What a member is attached to, as written (`Foo.prototype`, `req`, `exports`): its owner's bare
 * name. A module's own `exports` and `this` own nothing: what they hold is top-level.
 */
function ownerName(target) {
    const owner = /^([A-Za-z_$][\w$]*)(?:\.prototype)?$/.exec(target)?.[1];
    return owner && !['exports', 'module', 'this'].includes(owner) ? owner : undefined;
}
/** `Foo.prototype.bar = function` and `Foo.bar = () => …` belong to `Foo`. */
function assignedOwner(node) {
    const target = node.childForFieldName('left')?.childForFieldName('object')?.text ?? '';
    return target === 'module.exports' ? undefined : ownerName(target);
}
/** `module.exports = function createApp() {…}` defines `createApp`, not a member `exports`. */
function exportedName(node) {
    if (node.type !== 'assignment_expression')
        return undefined;
    if (node.childForFieldName('left')?.text !== 'module.exports')
        return undefined;
    return node.childForFieldName('right')?.childForFieldName('name')?.text ?? 'exports';
}
/**
 * The `get` of `Object.defineProperty(o, 'size', { get() {…} })`: the accessor of a descriptor
 * passed to a call, which the registration itself already defines as `size`.
 */
function isDescriptorAccessor(node) {
    const object = node.parent;
    return ((node.type === 'pair' || node.type === 'method_definition') &&
        object?.type === 'object' &&
        object.parent?.type === 'arguments' &&
        object.previousNamedSibling?.type === 'string' &&
        /^(?:get|set|value)$/.test(node.childForFieldName(node.type === 'pair' ? 'key' : 'name')?.text ?? ''));
}
// `#[test]`, `#[tokio::test]`, `#[cfg(test)]`: Rust code that only the tests compile.
const RUST_TEST_ATTRIBUTE = /^#\[\s*(?:cfg\s*\(\s*test\s*\)|(?:[\w]+::)*test\s*(?:\(|\]))/;
/** The attributes written right above an item. */
function attributesOf(node) {
    const attributes = [];
    for (let sibling = node.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
        if (sibling.type === 'attribute_item')
            attributes.push(sibling);
        else if (sibling.type !== 'line_comment' && sibling.type !== 'block_comment')
            break;
    }
    return attributes;
}
/** Rust items under `#[test]` or inside a `#[cfg(test)]` module: test code in a source file. */
function isRustTestCode(node) {
    for (let item = node; item; item = item.parent)
        if (attributesOf(item).some(attribute => RUST_TEST_ATTRIBUTE.test(attribute.text)))
            return true;
    return false;
}
/** The node whose lines a definition covers: decorators and `export const` included. */
function spanNode(node) {
    let span = node;
    if (span.type === 'variable_declarator' && span.parent)
        span = span.parent;
    while (span.parent &&
        (span.parent.type === 'decorated_definition' ||
            span.parent.type === 'export_statement' ||
            span.parent.type === 'expression_statement'))
        span = span.parent;
    return span;
}
function goTypeKind(node) {
    const type = node.childForFieldName('type')?.type;
    return type === 'struct_type' ? 'class' : type === 'interface_type' ? 'interface' : 'type';
}
/** `use a::{b, c as d}` -> `a::b`, `a::c`. */
function expandRustUse(path) {
    const m = /^(.*?)::\{([\s\S]*)\}$/.exec(path.replace(/\s+/g, ''));
    if (!m)
        return [path.replace(/\s+as\s+\w+$/, '')];
    return m[2]
        .split(',')
        .filter(Boolean)
        .map(item => `${m[1]}::${item.replace(/as\w+$/, '').replace(/^self$/, '')}`.replace(/::$/, ''));
}
/** A type as written (`pkg.Base`, `Base<T>`, `a::B`): its bare name. */
function bareTypeName(text) {
    const name = text
        .replace(/<[\s\S]*$/, '')
        .replace(/\[[\s\S]*$/, '')
        .split(/\.|::/)
        .pop()
        ?.trim();
    return name && /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined;
}
/** Named children of the heritage nodes of a class: `class A(B, mod.C)`, `extends B implements C`. */
function heritageNodes(grammar, node) {
    if (grammar === 'python') {
        const list = node.childForFieldName('superclasses');
        return list ? list.namedChildren.filter(child => child.type !== 'keyword_argument') : [];
    }
    if (grammar === 'java') {
        const superclass = node.childForFieldName('superclass')?.namedChildren ?? [];
        const interfaces = node.childForFieldName('interfaces')?.namedChildren ?? [];
        return [...superclass, ...interfaces.flatMap(list => list.namedChildren)];
    }
    if (grammar === 'javascript' || grammar === 'typescript' || grammar === 'tsx') {
        const heritage = node.namedChildren.find(child => child.type === 'class_heritage');
        if (!heritage)
            return [];
        // JavaScript: `extends <expression>`; TypeScript: extends and implements clauses.
        return heritage.namedChildren.flatMap(clause => /_clause$/.test(clause.type) ? clause.namedChildren : [clause]);
    }
    return [];
}
function basesOf(grammar, node) {
    return [
        ...new Set(heritageNodes(grammar, node)
            .map(child => bareTypeName(child.text))
            .filter((name) => name !== undefined))
    ];
}
function definitionOf(grammar, captures, options) {
    const def = captures.find(capture => capture.name.startsWith('def.'));
    const name = captures.find(capture => capture.name === 'name');
    if (!def || !name || isDescriptorAccessor(def.node))
        return undefined;
    const owner = captures.find(capture => capture.name === 'owner');
    let kind = def.name.slice(4);
    let cls;
    if (grammar === 'go') {
        if (def.node.type === 'method_declaration')
            cls = goReceiver(def.node);
        if (def.node.type === 'type_spec')
            kind = goTypeKind(def.node);
    }
    else if (owner) {
        // `defineGetter(req, 'subdomains', function …)`: registered on its first argument.
        cls = ownerName(owner.node.text);
    }
    else if (def.node.type === 'assignment_expression') {
        cls = assignedOwner(def.node);
    }
    else {
        cls = enclosingClass(def.node);
    }
    if (kind === 'function' && cls)
        kind = 'method';
    const span = spanNode(def.node);
    const definition = {
        name: exportedName(def.node) ?? name.node.text,
        kind,
        start: span.startPosition.row + 1,
        end: span.endPosition.row + 1
    };
    if (cls)
        definition.cls = cls;
    if (grammar === 'rust' && isRustTestCode(def.node))
        definition.test = true;
    if (options.bases && (kind === 'class' || kind === 'interface')) {
        const bases = basesOf(grammar, def.node);
        if (bases.length > 0)
            definition.bases = bases;
    }
    return definition;
}
/**
 * Parses `text` and reads its structure, or returns undefined when the deadline passes first
 * (the caller then falls back to the patterns). The tree is freed before returning: wasm memory
 * is not garbage-collected.
 */
async function treeOutline(text, grammar, options) {
    const { parser } = await grammarRuntime(grammar);
    const structure = await queryFor(grammar, 'structure');
    const { deadline } = options;
    // The runtime checks the callback every few milliseconds of parsing; `true` stops it.
    const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
    if (!tree) {
        parser.reset();
        return undefined;
    }
    try {
        const definitions = [];
        const imports = new Set();
        for (const match of structure.matches(tree.rootNode)) {
            const definition = definitionOf(grammar, match.captures, options);
            if (definition) {
                definitions.push(definition);
                continue;
            }
            const from = match.captures.find(capture => capture.name === 'import.from');
            const imported = match.captures.find(capture => capture.name === 'import.name');
            if (from && imported) {
                // `from a.b import c` records `a.b.c`: `c` may be a module of `a.b` or a name in it.
                const separator = from.node.text.endsWith('.') ? '' : '.';
                imports.add(`${from.node.text}${separator}${imported.node.text}`);
                imports.add(from.node.text);
                continue;
            }
            for (const capture of match.captures) {
                if (capture.name !== 'import')
                    continue;
                const path = capture.node.text.replace(/^"|"$/g, '');
                for (const item of grammar === 'rust' ? expandRustUse(path) : [path])
                    imports.add(item);
            }
        }
        const calls = [];
        if (options.calls) {
            const query = await queryFor(grammar, 'calls');
            for (const capture of query.captures(tree.rootNode)) {
                if (capture.name === 'call')
                    calls.push({ name: capture.node.text, line: capture.node.startPosition.row + 1 });
            }
        }
        definitions.sort((a, b) => a.start - b.start || b.end - a.end);
        return { parser: 'tree-sitter', definitions, imports: [...imports], calls };
    }
    finally {
        tree.delete();
    }
}


/***/ })

};
