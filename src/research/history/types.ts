// What the history stage reads and what it reports.

/** How much history to read: at most this many commits and this much output; `ms` is a safety net. */
export interface HistoryBudget {
  /** Commits of HEAD's first-parent line, newest first; 0 turns history off. */
  commits: number
  /** Kills a git that runs this long: a repository gone wrong, not a busy machine. */
  ms: number
  bytes: number
  /** A commit touching more files than this (vendoring, formatting) keeps no file list. */
  maxFilesPerCommit: number
}

export interface ChangedFile {
  /** POSIX path relative to the research root, as the commit left it. */
  path: string
  /** `A` added, `M` modified, `D` deleted (git's name-status letter). */
  status: string
}

export interface Commit {
  sha: string
  /** Number of parents: 2 or more for a merge. */
  parents: number
  /** Commit time, seconds since the epoch. */
  time: number
  /** Untrusted text, like an issue's: data only. */
  subject: string
  body: string
  /** Files the commit touched, all of them even when `files` was left empty. */
  fileCount: number
  files: ChangedFile[]
}
