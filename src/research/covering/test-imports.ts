// What a test file imports, read from its head without parsing it: test files are many, and an
// import statement is one of the few things a line-based reading gets right in every language.
// Each import becomes a module path (`a/b/c`) that can be compared with a source file's path.
import { posix } from 'node:path'
import { extensionOf } from '../tree/classify.js'

export interface TestImport {
  /** The module as a path without extension: `marshmallow/fields`, `src/cart`, `shop/cart`. */
  module: string
  /** Names imported from it (`from m import A, B`, `import { A } from 'm'`). */
  names: string[]
}

const PYTHON_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)/gm
const PYTHON_IMPORT = /^[ \t]*import[ \t]+([\w. ,]+)/gm
const JS_IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:([\w$*{}\s,]+?)\s+from\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g
const JAVA_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(?:\.\*)?;/gm
const GO_IMPORT_BLOCK = /^import\s*\(([^)]*)\)|^import\s+(?:\w+\s+)?"([^"]+)"/gm
const RUST_USE = /^[ \t]*(?:pub\s+)?use[ \t]+([\w:]+)(?:::\{([^}]*)\})?/gm
const JVM_PACKAGE = /^[ \t]*package[ \t]+([\w.]+)[ \t]*;?[ \t]*$/m

function namesIn(list: string): string[] {
  return list
    .replace(/[(){}]/g, ' ')
    .split(',')
    .map(item => item.trim().split(/\s+as\s+|\s+/)[0])
    .filter(name => /^[A-Za-z_$][\w$]*$/.test(name))
}

function fromPython(text: string): TestImport[] {
  const out: TestImport[] = []
  for (const m of text.matchAll(PYTHON_FROM)) {
    if (m[1].startsWith('.')) continue
    out.push({ module: m[1].replace(/\./g, '/'), names: namesIn(m[2]) })
  }
  for (const m of text.matchAll(PYTHON_IMPORT)) {
    for (const item of m[1].split(',')) {
      const module = item.trim().split(/\s+/)[0]
      if (module) out.push({ module: module.replace(/\./g, '/'), names: [] })
    }
  }
  return out
}

function fromJavaScript(text: string, testPath: string): TestImport[] {
  const out: TestImport[] = []
  for (const m of text.matchAll(JS_IMPORT)) {
    const source = m[2] ?? m[3] ?? m[4]
    if (!source) continue
    // Relative imports resolve against the test's directory; packages stay as named.
    const module = source.startsWith('.')
      ? posix.normalize(posix.join(posix.dirname(testPath), source))
      : source
    out.push({
      module: module.replace(/\.[cm]?[jt]sx?$/, '').replace(/\/index$/, ''),
      names: m[1] ? namesIn(m[1]) : []
    })
  }
  return out
}

function fromJava(text: string): TestImport[] {
  return [...text.matchAll(JAVA_IMPORT)].map(m => {
    const parts = m[1].split('.')
    // `import static a.b.C.method;` imports from the class `a.b.C`.
    const last = parts[parts.length - 1]
    return /^[a-z]/.test(last) && parts.length > 1 && /^[A-Z]/.test(parts[parts.length - 2])
      ? { module: parts.slice(0, -1).join('/'), names: [last] }
      : { module: parts.join('/'), names: [] }
  })
}

function fromGo(text: string): TestImport[] {
  const out: TestImport[] = []
  for (const m of text.matchAll(GO_IMPORT_BLOCK)) {
    const paths = m[1] ? [...m[1].matchAll(/"([^"]+)"/g)].map(item => item[1]) : [m[2]]
    for (const path of paths) if (path) out.push({ module: path, names: [] })
  }
  return out
}

function fromRust(text: string): TestImport[] {
  return [...text.matchAll(RUST_USE)].map(m => ({
    module: m[1]
      .replace(/^crate::/, '')
      .replace(/::$/, '')
      .replace(/::/g, '/'),
    names: m[2] ? namesIn(m[2]) : []
  }))
}

/** The imports in the head of a test file (`text`), by the file's language. */
export function testImports(testPath: string, text: string): TestImport[] {
  switch (extensionOf(testPath)) {
    case 'py':
      return fromPython(text)
    case 'js':
    case 'jsx':
    case 'mjs':
    case 'cjs':
    case 'ts':
    case 'tsx':
    case 'mts':
    case 'cts':
      return fromJavaScript(text, testPath)
    case 'java':
    case 'kt':
    case 'scala':
      return fromJava(text)
    case 'go':
      return fromGo(text)
    case 'rs':
      return fromRust(text)
    default:
      return []
  }
}

/**
 * The package a Java, Kotlin or Scala test declares (`package org.jsoup.nodes;`) as a path,
 * `org/jsoup/nodes`; undefined for other languages. A test in its subject's package uses the
 * subject without importing it.
 */
export function declaredPackage(testPath: string, text: string): string | undefined {
  if (!['java', 'kt', 'scala'].includes(extensionOf(testPath))) return undefined
  return JVM_PACKAGE.exec(text)?.[1].replace(/\./g, '/')
}

/** A source file as the module path imports name it: no extension, no `__init__`/`index`/`mod`. */
export function modulePathOf(path: string): string {
  return path.replace(/\.[^./]+$/, '').replace(/\/(?:__init__|index|mod)$/, '')
}

/**
 * The module path by which an import names the module at `subject`, or undefined: the module's path ends with the import's
 * (`src/marshmallow/fields` ends with `marshmallow/fields`), with two parts at least unless the
 * import was resolved from a relative path. Go imports name the package, i.e. the directory.
 */
export function importsModule(imported: TestImport, subject: string): string | undefined {
  const target = modulePathOf(subject)
  const candidates = [imported.module, ...imported.names.map(name => `${imported.module}/${name}`)]
  if (extensionOf(subject) === 'go') {
    const dir = posix.dirname(subject)
    return candidates.find(module => module === dir || module.endsWith(`/${dir}`))
  }
  return candidates.find(module => {
    const path = module.replace(/^\.\//, '')
    return path.includes('/') && (target === path || target.endsWith(`/${path}`))
  })
}
