// Lookups from names to files: resolves the paths and dotted module names an issue quotes to
// the files of the tree, however much of a path (an absolute site-packages path, a bare file
// name) the issue gives.

export interface PathIndex {
  paths: readonly string[]
  /** Lower-case file name -> indices of files with that name. */
  byName: Map<string, number[]>
  /** Lower-case file name without extension -> indices. */
  byStem: Map<string, number[]>
}

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function stemOf(name: string): string {
  const dot = name.indexOf('.', 1)
  return dot < 0 ? name : name.slice(0, dot)
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key)
  if (list) list.push(index)
  else map.set(key, [index])
}

export function buildPathIndex(paths: readonly string[]): PathIndex {
  const byName = new Map<string, number[]>()
  const byStem = new Map<string, number[]>()
  paths.forEach((path, index) => {
    const name = fileNameOf(path).toLowerCase()
    push(byName, name, index)
    push(byStem, stemOf(name), index)
  })
  return { paths, byName, byStem }
}

/** Number of trailing path components two paths share. */
function sharedTail(a: string[], b: string[]): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

/**
 * Files a quoted path names: those sharing the longest tail with it (`/usr/lib/site-packages/
 * pkg/mod.py` finds `src/pkg/mod.py`). Returns the matches and how many components matched.
 * `whole` asks for every part to match: a link names its repository's whole path, and one this
 * tree lacks (`src/net/http/server.go` of another project) points elsewhere, whatever names the
 * two share.
 */
export function resolveQuotedPath(
  index: PathIndex,
  quoted: string,
  whole = false
): { files: number[]; shared: number } {
  const parts = quoted
    .replace(/^[A-Za-z]:/, '')
    .split('/')
    .filter(part => part !== '' && part !== '.' && part !== '..')
  if (parts.length === 0) return { files: [], shared: 0 }
  const candidates = index.byName.get(parts[parts.length - 1].toLowerCase()) ?? []
  let best: number[] = []
  let bestShared = 0
  for (const candidate of candidates) {
    const shared = sharedTail(index.paths[candidate].split('/'), parts)
    if (shared > bestShared) {
      best = [candidate]
      bestShared = shared
    } else if (shared === bestShared && shared > 0) best.push(candidate)
  }
  if (whole && bestShared < parts.length) return { files: [], shared: 0 }
  return { files: best, shared: bestShared }
}

// No `.go`: a Go package is a directory, and `echo.New` names the package `echo`, not the file
// `echo.go` that happens to share its name.
const moduleSuffixes = [
  '.py',
  '/__init__.py',
  '.pyi',
  '.ts',
  '.js',
  '.rb',
  '.rs',
  '/index.ts',
  '/index.js',
  '/mod.rs'
]

/**
 * The file a dotted reference's longest module prefix names: `pkg.sub.Class.method` tries
 * `pkg/sub/Class/method`, `pkg/sub/Class`, `pkg/sub` and `sub`... as module paths. Returns the
 * file and the number of parts used for the module.
 */
export function resolveDottedModule(
  index: PathIndex,
  parts: readonly string[]
): { file: number; used: number } | undefined {
  for (let used = parts.length; used >= 1; used--) {
    for (let start = 0; start < used; start++) {
      const modulePath = parts.slice(start, used).join('/')
      const last = parts[used - 1]
      // A single short part (`np`, `df`) is a variable far more often than a module.
      if (used - start === 1 && last.length < 3) continue
      for (const suffix of moduleSuffixes) {
        const tail = `${modulePath}${suffix}`
        const candidates = index.byName.get(fileNameOf(tail).toLowerCase()) ?? []
        const hits = candidates.filter(
          candidate =>
            index.paths[candidate] === tail || index.paths[candidate].endsWith(`/${tail}`)
        )
        if (hits.length === 1) return { file: hits[0], used }
      }
    }
  }
  return undefined
}
