// Where a project reads its environment variables: the code file that reads the most of them.
// A new variable is read there, next to its kind, whatever file the feature's logic lives in.
// The tree is walked with caps (files, bytes), and only when the issue names a variable.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiItem, ApiSketch } from '../request/api-sketch.js'

export interface EnvHome {
  path: string
  /** Variables that file reads, in the order it reads them. */
  names: string[]
}

export interface EnvReading {
  /** Where the project reads most of its variables, if it reads any. */
  home?: EnvHome
  /** Of the variables asked about, those the project reads already, with the first file that does. */
  readBy: Map<string, string>
}

// How each language reads a variable by name: `process.env.X`, `os.environ["X"]`,
// `os.getenv("X")`, `env::var("X")`, `os.Getenv("X")`, `System.getenv("X")`, `ENV["X"]`, `getenv("X")`.
const READS =
  /(?:process\.env\.|process\.env\[\s*['"`]|import\.meta\.env\.|Deno\.env\.get\(\s*['"]|environ(?:\.get\(|\.setdefault\(|\[)\s*['"]|getenv\(\s*['"]|(?:Getenv|LookupEnv)\(\s*"|env::var(?:_os)?\(\s*"|env!\(\s*"|ENV(?:\.fetch\(|\[)\s*['"])([A-Z_][A-Z0-9_]*)/g

const CODE = /\.(?:[cm]?[jt]sx?|py|rs|go|java|kt|scala|rb|php|c|cc|cpp|h|hpp|cs|swift)$/
// Never the project's own reading: dependencies, builds, tests (a test sets variables, it does not read them for users).
const SKIPPED =
  /^(?:\..*|node_modules|vendor|third_party|dist|build|target|out|coverage|venv|\.venv|__pycache__|tests?|__tests__|spec|specs|testdata|fixtures|examples?|docs?|benches)$/

const MAX_FILES = 6000
const MAX_FILE_BYTES = 256 * 1024
const MAX_TOTAL_BYTES = 48 * 1024 * 1024

/** The names a text reads from the environment, each once. */
export function envReads(text: string): string[] {
  return [...new Set([...text.matchAll(READS)].map(match => match[1]))]
}

function* codeFiles(root: string): Generator<string> {
  const queue = ['']
  let seen = 0
  while (queue.length > 0) {
    const dir = queue.shift()!
    let entries
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory() && !SKIPPED.test(entry.name)) queue.push(path)
      else if (
        entry.isFile() &&
        CODE.test(entry.name) &&
        !/[._-](?:test|spec)\./.test(entry.name)
      ) {
        if (++seen > MAX_FILES) return
        yield path
      }
    }
  }
}

/**
 * The file that reads the most environment variables, with the ones it reads (`preferred`, the
 * files the research ranked, wins a tie); and which of `asked` the project reads already, where.
 */
export function envReadingIn(root: string, asked: string[], preferred: string[] = []): EnvReading {
  let best: EnvHome | undefined
  const readBy = new Map<string, string>()
  let total = 0
  const rank = (path: string) => {
    const at = preferred.indexOf(path)
    return at < 0 ? preferred.length : at
  }
  for (const path of codeFiles(root)) {
    let text: string
    try {
      if (statSync(join(root, path)).size > MAX_FILE_BYTES) continue
      text = readFileSync(join(root, path), 'utf8')
    } catch {
      continue
    }
    total += text.length
    if (total > MAX_TOTAL_BYTES) break
    const names = envReads(text)
    if (names.length === 0) continue
    for (const name of names) if (asked.includes(name) && !readBy.has(name)) readBy.set(name, path)
    if (
      !best ||
      names.length > best.names.length ||
      (names.length === best.names.length && rank(path) < rank(best.path))
    )
      best = { path, names }
  }
  return { home: best, readBy }
}

/**
 * The sketch with its environment variables placed: one the project reads already is extended
 * where it is read; a new one is read next to the others.
 */
export function withEnvPlaces(api: ApiSketch, reading: EnvReading): ApiSketch {
  const read = (item: ApiItem) => item.kind === 'env' && reading.readBy.has(item.name)
  const home = reading.home
  return {
    ...api,
    items: api.items
      .filter(item => !read(item))
      .map(item =>
        item.kind === 'env' && home
          ? { ...item, nextTo: { path: home.path, names: home.names.slice(0, 3) } }
          : item
      ),
    existing: [
      ...api.items
        .filter(read)
        .map(item => ({ ...item, declaredIn: reading.readBy.get(item.name) })),
      ...api.existing
    ]
  }
}
