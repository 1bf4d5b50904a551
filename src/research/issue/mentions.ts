// What the issue reader finds: the files an issue points at (quoted paths, traceback frames, code-host
// links), the names it writes as code, and the words it uses.

export interface PathMention {
  /** As written, with `\` turned into `/`. */
  path: string
  /** Came from a traceback frame (rather than from prose). */
  frame: boolean
  /** Position among the frames, 0 = outermost; the innermost frame is closest to the fault. */
  frameIndex: number
  /** Quoted with a line number (`mod.py:470`), as warnings, linters and compilers print. */
  line?: boolean
  /** The line number a frame or a location gives (`line 42`, `mod.py:470`, "at line 227"). */
  lineNumber?: number
  /** The function a traceback frame names (`in load_config`). */
  functionName?: string
  /** The source line a Python traceback prints under its frame, trimmed. */
  sourceLine?: string
  /** From a link into a code host: it may point into another repository. */
  link?: boolean
}

export interface IdentifierMention {
  name: string
  /** Times it appears in the issue. */
  count: number
  inTitle: boolean
  /** Written as code (backticks, a call, a dotted path, a traceback function): stronger. */
  codeLike: boolean
  /** Named only by traceback frames, whose files already carry the frames' evidence. */
  framed?: boolean
}

export interface IssueSignals {
  paths: PathMention[]
  frameCount: number
  /** Dotted references `pkg.mod.Name`, split into parts. */
  dotted: string[][]
  /**
   * The names and `owner.member` pairs the title and the prose write, outside the quoted code:
   * what the report points at, as opposed to what its example code merely uses to show it.
   */
  prose: Set<string>
  identifiers: Map<string, IdentifierMention>
  /** Stemmed term -> weight, for term statistics (title words count double). */
  terms: Map<string, number>
  /** Stemmed term -> the word the issue wrote, for reasons a person can read. */
  spelling: Map<string, string>
  /** Lower-case words (unstemmed, no stopwords) for matching path names. */
  words: Map<string, number>
  /**
   * Names of several words written whole (`arrow-body-style`, `float_to_top`, `NoLineWrap`), by
   * their folded form (lower case, no separators): a file or directory named so is their home.
   */
  compounds: Map<string, CompoundName>
}

export interface CompoundName {
  /** As the issue first wrote it. */
  written: string
  inTitle: boolean
  /** Written as code: in backticks or quotes, or an identifier of the issue's code. */
  codeLike: boolean
}
