// Which tree-sitter grammar reads a file, from its extension. Kept apart from the parser so that
// deciding whether to parse costs nothing: the runtime loads only when a file needs it.
import { extensionOf } from '../tree/classify.js'

export type Grammar = 'python' | 'javascript' | 'typescript' | 'tsx' | 'go' | 'rust' | 'java'

const byExtension: Record<string, Grammar> = {
  py: 'python',
  pyi: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  // The JavaScript grammar reads JSX; the TypeScript one would misread `<T>` as a tag.
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  go: 'go',
  rs: 'rust',
  java: 'java'
}

/** The grammar for a path, or undefined when the file is left to the fallback patterns. */
export function grammarFor(path: string): Grammar | undefined {
  return byExtension[extensionOf(path)]
}
