// What the parser looks for in each language, as tree-sitter queries: definitions (`@def.<kind>`
// around the whole definition, `@name` on its name, `@owner` on what a call or an assignment
// attaches it to), imports (`@import`, and for Python's
// `from a import b` the pair `@import.from` / `@import.name`) and, in a query of their own so they
// cost nothing when unused, calls (`@call` on the called name).
import type { Grammar } from './languages.js'

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
`

const typescriptStructure = `${javascriptStructure}
(abstract_class_declaration name: (_) @name) @def.class
(interface_declaration name: (_) @name) @def.interface
(type_alias_declaration name: (_) @name) @def.type
(enum_declaration name: (_) @name) @def.enum
(function_signature name: (identifier) @name) @def.function
(abstract_method_signature name: (_) @name) @def.method
(public_field_definition name: (property_identifier) @name value: [(arrow_function) (function_expression)]) @def.method
(internal_module name: (_) @name) @def.module
`

const javascriptCalls = `
(call_expression function: [(identifier) @call (member_expression property: (property_identifier) @call)])
(new_expression constructor: [(identifier) @call (member_expression property: (property_identifier) @call)])
`

export const structureQueries: Record<Grammar, string> = {
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
}

export const callQueries: Record<Grammar, string> = {
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
}

/** Nodes that open a class-like scope: a method defined inside belongs to it. */
export const classScopes = new Set([
  'class_definition',
  'class_declaration',
  'abstract_class_declaration',
  'class',
  'interface_declaration',
  'enum_declaration',
  'record_declaration',
  'impl_item',
  'trait_item'
])

/** Nodes that open a function scope: a class-like scope beyond one does not own what is inside. */
export const functionScopes = new Set([
  'function_definition',
  'function_declaration',
  'generator_function_declaration',
  'method_definition',
  'method_declaration',
  'constructor_declaration',
  'function_item',
  'arrow_function',
  'function_expression'
])
