// Resolves what a file imports to files of the tree, the way each language's tooling would:
// Python's dotted modules (absolute and relative), JavaScript and TypeScript relative specifiers
// (extension and index files inferred), Go import paths under the module go.mod declares (a
// package is a directory), Rust's `crate::`, `super::` and `self::` paths, and Java's
// fully qualified classes and packages. Imports of other projects resolve to nothing.
import { posix } from 'node:path'
import type { Grammar } from '../syntax/languages.js'

export interface TreeFiles {
  /** Every listed path. */
  has(path: string): boolean
  /** Files directly in a directory ('' for the root). */
  filesIn(dir: string): readonly string[]
  /** Files whose path ends with `/tail` or equals `tail`. */
  endingWith(tail: string): readonly string[]
  /** Directories whose path ends with `/tail` or equals `tail`. */
  dirsEndingWith(tail: string): readonly string[]
  /** The Go module path go.mod declares, if any. */
  goModule?: string
}

function append(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key)
  if (list) list.push(path)
  else map.set(key, [path])
}

export function treeFiles(paths: readonly string[], goModule?: string): TreeFiles {
  const all = new Set(paths)
  const byDir = new Map<string, string[]>()
  const byName = new Map<string, string[]>()
  for (const path of paths) {
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path)
    const name = posix.basename(path)
    append(byDir, dir, path)
    append(byName, name, path)
  }
  return {
    has: path => all.has(path),
    filesIn: dir => byDir.get(dir) ?? [],
    endingWith: tail =>
      (byName.get(posix.basename(tail)) ?? []).filter(
        path => path === tail || path.endsWith(`/${tail}`)
      ),
    dirsEndingWith: tail =>
      [...byDir.keys()].filter(dir => dir === tail || dir.endsWith(`/${tail}`)),
    goModule
  }
}

const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.d.ts']

function python(spec: string, from: string, tree: TreeFiles): string[] {
  const dots = /^\.*/.exec(spec)![0].length
  const rest = spec.slice(dots).split('.').filter(Boolean)
  const candidates = (parts: string[]) => [
    `${parts.join('/')}.py`,
    `${parts.join('/')}/__init__.py`
  ]
  if (dots > 0) {
    let dir = posix.dirname(from)
    for (let i = 1; i < dots; i++) dir = posix.dirname(dir)
    const base = dir === '.' ? '' : `${dir}/`
    for (const tail of rest.length > 0 ? candidates(rest) : ['__init__.py']) {
      if (tree.has(`${base}${tail}`)) return [`${base}${tail}`]
    }
    return []
  }
  // An absolute module: the file whose path ends with it (a `src/` layout or a package root).
  for (const tail of candidates(rest)) {
    const found = tree.endingWith(tail)
    if (found.length === 1) return [...found]
    if (found.length > 1) {
      // Several packages of that name (tests, vendored copies): the one nearest the importer.
      return [nearest(found, from)]
    }
  }
  return []
}

function nearest(paths: readonly string[], from: string): string {
  const shared = (path: string) => {
    const a = path.split('/')
    const b = from.split('/')
    let n = 0
    while (n < a.length && n < b.length && a[n] === b[n]) n++
    return n
  }
  return [...paths].sort((x, y) => shared(y) - shared(x) || x.length - y.length)[0]
}

function script(spec: string, from: string, tree: TreeFiles): string[] {
  if (!spec.startsWith('.')) return []
  const target = posix.normalize(posix.join(posix.dirname(from), spec))
  // TypeScript written for ESM imports `./x.js` for `./x.ts`.
  const stem = target.replace(/\.(?:[cm]?js|jsx)$/, '')
  const tries = [
    target,
    ...SCRIPT_EXTENSIONS.map(extension => `${stem}${extension}`),
    ...SCRIPT_EXTENSIONS.map(extension => `${target}/index${extension}`)
  ]
  const found = tries.find(path => tree.has(path))
  return found ? [found] : []
}

function go(spec: string, tree: TreeFiles): string[] {
  const module = tree.goModule
  if (!module || (spec !== module && !spec.startsWith(`${module}/`))) return []
  const dir = spec.slice(module.length + 1)
  return tree.filesIn(dir).filter(path => path.endsWith('.go') && !path.endsWith('_test.go'))
}

/** The directory holding a Rust file's child modules: `src/a/b.rs` -> `src/a/b`, `mod.rs` -> its dir. */
function rustModuleDir(file: string): string {
  const name = posix.basename(file)
  const dir = posix.dirname(file)
  return ['mod.rs', 'lib.rs', 'main.rs'].includes(name)
    ? dir
    : `${dir}/${name.replace(/\.rs$/, '')}`
}

function rustCrateRoot(file: string): string {
  const parts = file.split('/')
  const src = parts.lastIndexOf('src')
  return src >= 0 ? parts.slice(0, src + 1).join('/') : posix.dirname(file)
}

function rust(spec: string, from: string, tree: TreeFiles): string[] {
  const parts = spec.split('::').filter(Boolean)
  let dir: string
  if (parts[0] === 'crate') dir = rustCrateRoot(from)
  else if (parts[0] === 'self') dir = rustModuleDir(from)
  else if (parts[0] === 'super') {
    dir = posix.dirname(rustModuleDir(from))
    while (parts[1] === 'super') {
      parts.shift()
      dir = posix.dirname(dir)
    }
  } else return []
  const path = parts.slice(1)
  // The longest prefix of the path that is a module file: the rest names items inside it.
  for (let used = path.length; used >= 1; used--) {
    const module = `${dir}/${path.slice(0, used).join('/')}`
    for (const file of [`${module}.rs`, `${module}/mod.rs`]) if (tree.has(file)) return [file]
  }
  return []
}

function java(spec: string, tree: TreeFiles): string[] {
  const cleaned = spec.replace(/^static\s+/, '')
  const parts = cleaned.split('.')
  if (parts[parts.length - 1] === '*') {
    const dir = tree.dirsEndingWith(parts.slice(0, -1).join('/'))[0]
    return dir === undefined ? [] : tree.filesIn(dir).filter(path => path.endsWith('.java'))
  }
  // `a.b.C` or, for a static import or a nested class, `a.b.C.member`.
  for (let used = parts.length; used >= 2; used--) {
    const found = tree.endingWith(`${parts.slice(0, used).join('/')}.java`)
    if (found.length > 0) return [found[0]]
  }
  return []
}

export function resolveImport(
  grammar: Grammar,
  spec: string,
  from: string,
  tree: TreeFiles
): string[] {
  switch (grammar) {
    case 'python':
      return python(spec, from, tree)
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return script(spec, from, tree)
    case 'go':
      return go(spec, tree)
    case 'rust':
      return rust(spec, from, tree)
    case 'java':
      return java(spec, tree)
  }
}
