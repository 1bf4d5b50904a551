// The corpus file (bench/corpus/corpus.json): real issues, each with the merged change that
// resolved it. `sources` fields are curated by hand (the issue as its tracker shows it, and the
// commit that fixed it); `derived` fields are computed from the repository by the builder and
// checked against it by `--check`.

export type Language = 'python' | 'javascript' | 'typescript' | 'go' | 'rust' | 'java'
export type Kind = 'bug' | 'feature' | 'chore'
export type Split = 'tune' | 'report'

export interface IssueSource {
  number: number
  url: string
  title: string
  /** The issue's first post, verbatim as the tracker showed it. */
  body: string
  /** True when the copy the corpus was built from ended inside the description. */
  body_truncated: boolean
  labels: string[]
  created: string
}

export interface FixSource {
  /** The commit on the default branch that landed the change (a squash or a merge commit). */
  commit: string
  pr: number | null
  /** How the commit is known to resolve the issue. */
  evidence: string
}

export interface GoldFunction {
  file: string
  name: string
  cls: string | null
}

export interface Derived {
  /** The fix commit's first parent: the tree the issue is planned against. */
  base_commit: string
  /** Files in that tree, for telling small repositories from large. */
  tree_files: number
  /** Files the change modified (present at the base), added and deleted; renames count as both. */
  modified: string[]
  added: string[]
  deleted: string[]
  /** Modified code files, tests and docs aside: what a plan should list to modify. */
  gold_files: string[]
  /** Test files at the base that the change's tests modify: where a plan should put its tests. */
  gold_tests: string[]
  tests_added: string[]
  /** New code files (not tests): a plan should propose a file in the same directory. */
  code_added: string[]
  /** The innermost definitions around the lines the change touched in the gold files. */
  gold_functions: GoldFunction[]
}

export interface CorpusInstance {
  id: string
  repo: string
  language: Language
  kind: Kind
  kind_reason: string
  issue: IssueSource
  fix: FixSource
  derived?: Derived
}

export interface RepositoryEntry {
  language: Language
  split: Split
}

export interface Corpus {
  about: string
  repositories: Record<string, RepositoryEntry>
  instances: CorpusInstance[]
}

/** One thing a feature request asks for, and the key terms a criterion must name to cover it. */
export interface LabelledAsk {
  ask: string
  /** Each term: alternatives split by `|`; a trailing `*` matches any word it starts. */
  terms: string[]
}
