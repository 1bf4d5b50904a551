// The name a file is known by: its stem (`src/cart.py` -> `cart`), or, for a file that stands for
// the directory holding it, the directory's name. A package's own file always does (`index.js`,
// `__init__.py`, `mod.rs`: `src/formatDuration/index.js` -> `formatDuration`). A program's or a
// crate's entry (`main.go`, `lib.rs`) does where a name is looked for (`cmd/golangci-lint/main.go`
// is the tool `golangci-lint`, a family's member), not where its tests are named (`main_test.go`).

const PACKAGE_STEMS = new Set(['index', 'mod', '__init__'])
const ENTRY_STEMS = new Set(['main', 'lib'])

export interface Standing {
  /** Entry files (`main.go`, `lib.rs`) stand for their directory too. */
  entries?: boolean
}

/** The file name up to its first extension (`cart.test.ts` -> `cart`); a dotfile keeps its dot. */
function stemOfName(name: string): string {
  const dot = name.indexOf('.', 1)
  return dot < 0 ? name : name.slice(0, dot)
}

/** `index`, `mod`, `__init__` (and with `entries`, `main`, `lib`): a stem that stands for its directory. */
export function isIndexStem(stem: string, standing: Standing = {}): boolean {
  return PACKAGE_STEMS.has(stem) || (standing.entries === true && ENTRY_STEMS.has(stem))
}

/** A file name (with its extension) that stands for its directory: `index.ts`, `mod.rs`. */
export function isIndexFile(name: string, standing: Standing = {}): boolean {
  return name.includes('.') && isIndexStem(stemOfName(name), standing)
}

export function moduleName(path: string, standing: Standing = {}): string {
  const parts = path.split('/')
  const name = parts[parts.length - 1]
  if (!isIndexFile(name, standing) || parts.length < 2) return stemOfName(name)
  return parts[parts.length - 2]
}
