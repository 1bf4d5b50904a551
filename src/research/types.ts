// Contracts of the research step. GitHub-free: everything here works on a directory tree.
import type { FileRole } from './tree/roles.js'

/** What the research is asked about: the issue, as text. */
export interface ResearchQuery {
  /** Absolute path of the repository tree (a git checkout or an extracted tarball). */
  root: string
  title: string
  body: string
  /** How many ranked files to return (default 10). */
  top?: number
  /** The maintainers' planning context, relative to root (default `.github/adw/context.md`). */
  contextFile?: string
  /**
   * Paths (relative to root) the research leaves out as if absent: the plans already written,
   * which quote the issue word for word and would otherwise rank first.
   */
  skip?: (path: string) => boolean
  /** Commits of HEAD's history to read (default 3,000); 0 reads none. */
  historyCommits?: number
  /**
   * Receives what the fusion of today's evidence with the history's reads, before it runs: the
   * benchmark records it to fit the fusion's weights (`npm run bench:fit-history`).
   */
  onFusion?: (inputs: FusionInputs) => void
}

export type FileKind = 'code' | 'test' | 'doc' | 'config' | 'other'

/** One file the change is likely to touch, with the evidence for it. */
export interface RankedFile {
  /** POSIX path relative to the root. */
  path: string
  score: number
  kind: FileKind
  /** Human-readable evidence, strongest first: "defines `URLValidator`", "named in the traceback". */
  reasons: string[]
  /**
   * The machinery around the project's code, when the file is part of it (build scripts, the
   * website, examples, generated copies, CI, templates, changelogs): rarely where a change goes.
   */
  role?: Exclude<FileRole, 'project'>
  /** The issue names this file outright (a quoted path, a traceback frame). */
  named?: boolean
}

/** A definition the change is likely to touch, with the evidence for it. */
export interface RankedSymbol {
  /** POSIX path of its file, relative to the root. */
  path: string
  name: string
  /** `function`, `method`, `class`, `interface`, `enum`, `type`, `module` or `variable`. */
  kind: string
  /** The class, interface, impl or receiver type it belongs to, if any. */
  className?: string
  /** 1-based first and last line of the definition. */
  startLine: number
  endLine: number
  /** The line the issue points at inside it (a traceback frame, a quoted line), if any. */
  line?: number
  score: number
  /** Human-readable evidence, strongest first. */
  reasons: string[]
}

/** An existing test file of a ranked code file, found by what it imports and calls. */
export interface RankedTest {
  /** POSIX path of the test file, relative to the root. */
  path: string
  /** The code file it tests. */
  subject: string
  score: number
  reasons: string[]
}

export type CommandPurpose = 'test' | 'lint' | 'format' | 'typecheck' | 'build' | 'dev' | 'other'

/** A command the repository itself declares (package.json script, Makefile target, tox env…). */
export interface RepoCommand {
  /** What to run, exactly as a developer would type it: `npm test`, `make lint`, `tox -e py311`. */
  command: string
  purpose: CommandPurpose
  /** One line saying what it does. */
  description: string
  /** The file that declares it: `package.json`, `Makefile`, `pyproject.toml`. */
  source: string
}

export interface DocRef {
  path: string
  /** First heading, or the file name. */
  title: string
  /** A short excerpt (first paragraph, a few hundred characters at most). */
  summary: string
}

/** A top-level area of the codebase with a one-line description (derived, not hand-written). */
export interface Area {
  path: string
  summary: string
  fileCount: number
}

/** Where tests live and how they are named, so new test files follow the convention. */
export interface TestLayout {
  /** Directories holding tests, most used first: `tests`, `__tests__`, `src/foo/tests`. */
  dirs: string[]
  /**
   * Naming pattern with `{name}` for the subject: `tests/test_{name}.py`,
   * `__tests__/{name}.test.ts`, `{dir}/{name}_test.go`. Empty when the repo has no tests.
   */
  pattern: string
  /** A few real test files, as examples. */
  examples: string[]
  /** Every file named like a test module, so a plan can find the tests that cover a module. */
  files: string[]
  /** Test framework when recognisable: `pytest`, `jest`, `go test`… */
  framework?: string
}

/** Orientation: what an engineer reads before planning (the seed's README/CLAUDE.md/docs step). */
export interface Orientation {
  /** README, CLAUDE.md, AGENTS.md, docs/**: best first. */
  docs: DocRef[]
  /** Paths of agent guides (CLAUDE.md, AGENTS.md, .github/copilot-instructions.md) present. */
  agentGuides: string[]
  /** Languages, frameworks and tools recognised from manifests: `TypeScript`, `pytest`. */
  stack: string[]
  /** Dev/test/lint/format commands declared by the repository, most useful first. */
  commands: RepoCommand[]
  tests: TestLayout
  /** Top-level areas, like a hand-written "Codebase Structure" section. */
  structure: Area[]
  /** Text of the maintainers' standing instructions (planning context, CLAUDE.md, AGENTS.md). */
  guidance?: GuidanceFile[]
  /**
   * The names the project is imported and run by (its packages, Go module, npm package, crate),
   * lower case: an issue's code that uses them exercises the project.
   */
  names?: string[]
}

/** One guidance file's text, cleaned of hidden content and capped. Repository data, never compiled. */
export interface GuidanceFile {
  /** POSIX path relative to the root. */
  path: string
  text: string
  /** True when the text was cut to fit the caps. */
  truncated: boolean
}

/** A new member of a family (a rule, a plugin, a check), in its siblings' shape. */
export interface NewMember {
  /** The family's shape: `lib/rules/{name}.js`. */
  pattern: string
  name: string
  /** The member's file, then the companions its siblings have (types, test, docs). */
  files: string[]
  /** Existing members, as examples of the shape. */
  siblings: string[]
  /** How the last sibling was added, when the history shows it. */
  precedent?: Precedent
}

/** The commit that added a sibling of a new member, read as a recipe for the new one. */
export interface Precedent {
  sha: string
  /** Its subject as plain text (cleaned: commit messages are untrusted). */
  subject: string
  /** The sibling it added. */
  sibling: string
  /** The other files it added, renamed for the new member, that the member's files lack. */
  files: string[]
  /** Files it changed besides (registrations, docs lists, the changelog) that exist today. */
  registrations: string[]
}

/** A past change like the one the issue asks for, as a plan cites it. */
export interface PastChange {
  sha: string
  /** The commit's subject as plain text (cleaned: commit messages are untrusted). */
  subject: string
  /** The files it touched that exist today. */
  files: string[]
}

export interface HistoryReport {
  read: HistoryRead
  /** Commits worded like the issue that touched the best-ranked code, most similar first. */
  similar: PastChange[]
  /**
   * Files other than tests that usually change with the best-ranked code file (a registry, a
   * types file, docs, the changelog), most often first.
   */
  companions: Companionship[]
}

export interface ResearchResult {
  /** Files ranked for the issue, best first, at most `top`. Code and tests, docs and config mixed. */
  files: RankedFile[]
  /** Definitions in the best-ranked code files, best first: where in those files the change goes. */
  symbols: RankedSymbol[]
  /** Existing tests of the best-ranked code files, best first. */
  tests: RankedTest[]
  /**
   * The files read for their structure: by a real parse (tree-sitter), or by the fallback
   * patterns (a language without a grammar, or a file the parse budget did not reach).
   */
  parsed?: { path: string; parser: 'tree-sitter' | 'patterns' }[]
  orientation: Orientation
  /**
   * When the issue asks for a new member of a family the best-ranked code belongs to (a rule, a
   * plugin, a check): the new files in its siblings' shape.
   */
  newMember?: NewMember
  /** What history the research read (or why none), and the past changes most like the issue. */
  history?: HistoryReport
  /** Number of files that were considered for ranking. */
  fileCount: number
  elapsedMs: number
  /**
   * Milliseconds from the start at which each stage ended (`list`, `rank`, `history`, `symbols`,
   * `orient`, `tests`): where a slow research spent its time. The history is read beside the
   * ranking, so its mark is when the research had it, not how long git took (that is
   * `history.read.ms`).
   */
  stagesMs?: Record<string, number>
  /** Threads that read the files (the process's own and its workers); the results never depend on it. */
  threads?: number
}

// What the history stage reads and hands to the fusion with today's evidence (history/).

/** What history the research read, or why it read none: `research --json` prints it. */
export type HistoryRead =
  | {
      read: true
      commits: number
      /** Dates (YYYY-MM-DD) of the oldest and the newest commit read. */
      since: string
      until: string
      /** The clone is shallow: older history exists but is not here. */
      shallow: boolean
      /** The budget that ended the reading early, if one did. */
      stopped?: string
      ms: number
    }
  | { read: false; reason: string; ms: number }

/** A file that changed together with another in the history read. */
export interface Companion {
  path: string
  /** Commits that touched both files. */
  together: number
  /** Commits that touched the file the companion goes with. */
  of: number
}

/** A companion of the best-ranked code file (`with`), as a plan cites it. */
export interface Companionship extends Companion {
  with: string
}

/** One similar commit as the fusion reads it: the files it touched that exist today. */
export interface SimilarCommit {
  sha: string
  subject: string
  score: number
  referenced: boolean
  files: string[]
}

/**
 * Everything the fusion reads, apart from the weights: what `bench:fit-history` records per
 * issue to fit them.
 */
export interface FusionInputs {
  /** Today's ranking, best first, deeper than the research returns. */
  files: RankedFile[]
  /** Tests found by what they import and call. */
  tests: RankedTest[]
  /** Commits most like the issue, best first. */
  similar: SimilarCommit[]
  /** What changed with each code file the fusion may rank first. */
  companions: Record<string, Companion[]>
}
