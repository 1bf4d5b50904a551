// Names a file defines, found by one cheap regular expression per language family (not a
// parser): enough to tell the file that defines `URLValidator` from the files that use it.
import { extensionOf } from '../tree/classify.js'

const python =
  /^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+([A-Za-z_]\w*)|^([A-Za-z_]\w*)[ \t]*(?::[^=\n]{1,80})?=(?!=)/gm
const javascript =
  /^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:declare[ \t]+)?(?:abstract[ \t]+)?(?:async[ \t]+)?(?:function\*?|class|interface|type|enum|const|let|var|namespace)[ \t]+([A-Za-z_$][\w$]*)|^[ \t]+(?:(?:public|private|protected|static|readonly|async|override|get|set)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*(?:<[^>\n]{0,80}>)?\([^)\n]{0,200}\)[ \t]*(?::[^{\n]{0,120})?\{/gm
const go =
  /^func[ \t]+(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)|^type[ \t]+([A-Za-z_]\w*)|^[ \t]+([A-Za-z_]\w*)[ \t]+(?:struct|interface)\b/gm
const rust =
  /\b(?:fn|struct|enum|trait|type|mod|const|static|union)[ \t]+([A-Za-z_]\w*)|macro_rules![ \t]*([A-Za-z_]\w*)/g
const jvm =
  /\b(?:class|interface|enum|record|struct|object|trait|fun|func|def|protocol|extension)[ \t]+([A-Za-z_]\w*)|^[ \t]+(?:(?:public|private|protected|internal|static|final|abstract|synchronized|override|virtual|async|open)[ \t]+)+[\w<>[\], ?.]+[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm
const ruby = /^[ \t]*(?:def[ \t]+(?:self\.)?|class[ \t]+|module[ \t]+)([A-Za-z_]\w*[?!]?)/gm
const php = /\b(?:function|class|interface|trait|enum)[ \t]+&?([A-Za-z_]\w*)/g
const cFamily =
  /^(?:typedef[ \t]+)?(?:struct|class|enum|union|namespace)[ \t]+([A-Za-z_]\w*)|^#[ \t]*define[ \t]+([A-Za-z_]\w*)|^[A-Za-z_][^;\n(=]{0,120}?\b([A-Za-z_]\w*)[ \t]*\([^;\n]*\)[ \t]*(?:const[ \t]*)?\{?[ \t]*$/gm
const shell = /^[ \t]*(?:function[ \t]+)?([A-Za-z_][\w-]*)[ \t]*\(\)[ \t]*\{/gm

const byExtension = new Map<string, RegExp>()
for (const ext of ['py', 'pyi', 'pyx']) byExtension.set(ext, python)
for (const ext of ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte'])
  byExtension.set(ext, javascript)
byExtension.set('go', go)
byExtension.set('rs', rust)
for (const ext of ['java', 'kt', 'kts', 'scala', 'cs', 'swift', 'groovy', 'dart'])
  byExtension.set(ext, jvm)
byExtension.set('rb', ruby)
byExtension.set('php', php)
for (const ext of ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'm', 'mm'])
  byExtension.set(ext, cFamily)
for (const ext of ['sh', 'bash', 'zsh']) byExtension.set(ext, shell)

/** Words the method-shaped patterns also catch (`if (x) {`) that are never definitions. */
const keywords = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'return',
  'function',
  'with',
  'elif',
  'else',
  'new',
  'typeof',
  'await',
  'sizeof'
])

/** The definition pattern for a path, or undefined for languages without one. */
export function definitionPatternFor(path: string): RegExp | undefined {
  return byExtension.get(extensionOf(path))
}

/**
 * Calls `found` with each name `text` defines. `wanted` filters early, so scanning a file
 * creates no strings beyond the matches themselves.
 */
export function forEachDefinition(
  pattern: RegExp,
  text: string,
  found: (name: string, offset: number) => void
): void {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++
      continue
    }
    for (let group = 1; group < m.length; group++) {
      const name = m[group]
      if (name !== undefined) {
        if (!keywords.has(name)) found(name, m.index)
        break
      }
    }
  }
}

/**
 * `forEachDefinition` over only the lines of `bytes[0, end)` that hold one of `names`: the same
 * definitions of those names, in the same order, since no pattern reaches across a line break
 * (a line read alone yields what it yields inside the whole text). Most of a file is not decoded.
 */
export function forEachDefinitionOnLines(
  pattern: RegExp,
  bytes: Buffer,
  end: number,
  names: readonly Uint8Array[],
  found: (name: string) => void
): void {
  const text = bytes.subarray(0, end)
  const lineStarts = new Set<number>()
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      lineStarts.add(text.lastIndexOf(10, at) + 1)
  }
  for (const start of [...lineStarts].sort((a, b) => a - b)) {
    const newline = text.indexOf(10, start)
    forEachDefinition(pattern, text.toString('utf8', start, newline < 0 ? end : newline), found)
  }
}
