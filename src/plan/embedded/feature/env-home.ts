// Where a project reads its environment variables: the code file that reads the most of them.
// A new variable is read there, next to its kind, whatever file the feature's logic lives in.
// The tree is walked (code-walk.ts) only when the issue names a variable.
import { codeTexts } from './code-walk.js'
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

/** The names a text reads from the environment, each once. */
export function envReads(text: string): string[] {
  return [...new Set([...text.matchAll(READS)].map(match => match[1]))]
}

/**
 * The file that reads the most environment variables, with the ones it reads (`preferred`, the
 * files the research ranked, wins a tie); and which of `asked` the project reads already, where.
 */
export function envReadingIn(root: string, asked: string[], preferred: string[] = []): EnvReading {
  let best: EnvHome | undefined
  const readBy = new Map<string, string>()
  const rank = (path: string) => {
    const at = preferred.indexOf(path)
    return at < 0 ? preferred.length : at
  }
  for (const { path, text } of codeTexts(root)) {
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
  const read = (item: ApiItem) => reading.readBy.has(item.name)
  const home = reading.home
  return {
    ...api,
    variables: api.variables
      .filter(item => !read(item))
      .map(item =>
        home ? { ...item, nextTo: { path: home.path, names: home.names.slice(0, 3) } } : item
      ),
    existing: [
      ...api.variables
        .filter(read)
        .map(item => ({ ...item, declaredIn: reading.readBy.get(item.name) })),
      ...api.existing
    ]
  }
}
