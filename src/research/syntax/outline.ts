// A file's structure as the ranking needs it: definitions with their line spans and enclosing
// class, imports and (on request) calls. Read with tree-sitter where a grammar exists, else, or
// when the grammar cannot load or the time is spent, with the definition patterns.
import { grammarFor } from './languages.js'
import { patternOutline } from './pattern-outline.js'
import type { Outline, OutlineOptions } from './structure.js'

/** A file to outline: its path (which picks the language) and its text. */
export interface SourceText {
  path: string
  text: string
}

/**
 * Loads the parser for these files' languages before any budget starts (see `prepareGrammar`);
 * a language whose grammar cannot load is left to the patterns, as it would be anyway.
 */
export async function prepareParsing(paths: readonly string[], calls = false): Promise<void> {
  const wanted = new Set(paths.map(grammarFor).filter(grammar => grammar !== undefined))
  if (wanted.size === 0) return
  try {
    const { prepareGrammar } = await import('./tree-outline.js')
    for (const grammar of wanted) await prepareGrammar(grammar, calls).catch(() => undefined)
  } catch {
    // The parser's module itself failed to load: every file goes to the patterns.
  }
}

/** Reads the structure of one file's text (`path` picks the language). */
export async function outlineSource(
  path: string,
  text: string,
  options: OutlineOptions
): Promise<Outline> {
  const grammar = grammarFor(path)
  if (grammar && performance.now() < options.deadline) {
    try {
      // The parser's module, the runtime and the grammars load only when a file needs them.
      const { treeOutline } = await import('./tree-outline.js')
      const outline = await treeOutline(text, grammar, options)
      if (outline) return outline
    } catch {
      // A grammar that fails to load leaves the file to the patterns, like any other language.
    }
  }
  return patternOutline(path, text)
}

/**
 * Outlines `files` one after another, calls included, under one parse budget: the parser for the
 * languages of `prepareFor` loads first, outside the budget, then `parseMs` starts running. The
 * files are taken one at a time, as each outline is asked for, so a caller may read them lazily
 * and queue more as it goes (the code graph queues what a seed imports).
 */
export async function* outlineAll<T extends SourceText>(
  files: Iterable<T>,
  options: { parseMs: number; prepareFor: readonly string[]; bases?: boolean }
): AsyncGenerator<T & { outline: Outline }> {
  await prepareParsing(options.prepareFor, true)
  const deadline = performance.now() + options.parseMs
  const asked = { deadline, calls: true, bases: options.bases }
  for (const file of files)
    yield { ...file, outline: await outlineSource(file.path, file.text, asked) }
}
