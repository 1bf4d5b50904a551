// Loads web-tree-sitter and its grammars, once per process and only when a file is parsed.
//
// The bundle copies `web-tree-sitter.js`, its `.wasm` and the grammars into `dist/tree-sitter/`,
// above the chunks of both bundles, and this module imports the runtime from there by a path computed at run
// time (`webpackIgnore`): the bundler must not see it, because it would rewrite the runtime's own
// `import("module")` and re-encode the `.wasm` files as text. Run from the sources (tests, tools)
// the same files come from node_modules. ADW_TREE_SITTER_DIR points elsewhere when set.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type * as TreeSitter from 'web-tree-sitter'
import type { Grammar } from './languages.js'

type Runtime = typeof TreeSitter

export interface LoadedGrammar {
  language: TreeSitter.Language
  parser: TreeSitter.Parser
}

const RUNTIME_FILE = 'web-tree-sitter.js'

function findUp(start: string, relativePath: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath)
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) return undefined
  }
}

interface Location {
  /** File URL of the runtime, or undefined to import the installed package. */
  runtimeUrl?: string
  grammarDir: string
}

function locate(): Location {
  const here = dirname(fileURLToPath(import.meta.url))
  // The action's chunks sit in dist/, the CLI's in dist/cli/: the copy is in dist/tree-sitter/.
  const bundled = process.env.ADW_TREE_SITTER_DIR
    ? join(process.env.ADW_TREE_SITTER_DIR, RUNTIME_FILE)
    : findUp(here, join('tree-sitter', RUNTIME_FILE))
  if (bundled && existsSync(bundled)) {
    return { runtimeUrl: pathToFileURL(bundled).href, grammarDir: dirname(bundled) }
  }
  const grammarDir = findUp(here, join('node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'))
  if (!grammarDir) throw new Error('the tree-sitter grammars are not installed')
  return { grammarDir }
}

let runtime: Promise<{ ts: Runtime; grammarDir: string }> | undefined
const grammars = new Map<Grammar, Promise<LoadedGrammar>>()

async function loadRuntime(): Promise<{ ts: Runtime; grammarDir: string }> {
  const where = locate()
  const ts = (
    where.runtimeUrl
      ? await import(/* webpackIgnore: true */ where.runtimeUrl)
      : await import(/* webpackIgnore: true */ 'web-tree-sitter')
  ) as Runtime
  // The runtime finds its own .wasm beside its .js, in the bundle and in node_modules alike.
  await ts.Parser.init()
  return { ts, grammarDir: where.grammarDir }
}

async function loadGrammar(grammar: Grammar): Promise<LoadedGrammar> {
  runtime ??= loadRuntime()
  const { ts, grammarDir } = await runtime
  const language = await ts.Language.load(
    readFileSync(join(grammarDir, `tree-sitter-${grammar}.wasm`))
  )
  const parser = new ts.Parser()
  parser.setLanguage(language)
  return { language, parser }
}

/** The grammar's language and a parser set to it; loaded on first use, then shared. */
export function grammarRuntime(grammar: Grammar): Promise<LoadedGrammar> {
  let loaded = grammars.get(grammar)
  if (!loaded) {
    loaded = loadGrammar(grammar)
    // A failed load is not cached as a success, but neither is it retried for every file.
    grammars.set(grammar, loaded)
  }
  return loaded
}

/** Builds a query for a loaded language (the runtime's `Query` class). */
export async function compileQuery(
  language: TreeSitter.Language,
  source: string
): Promise<TreeSitter.Query> {
  runtime ??= loadRuntime()
  const { ts } = await runtime
  return new ts.Query(language, source)
}
