// Where a repository keeps its template overrides and planning context. GitHub-free: the action
// and the CLI resolve it the same way once the tree is on disk.
import { lstatSync } from 'node:fs'
import { join, posix } from 'node:path'

/** The directory looked at when the `templates-dir` input is not given. */
export const DEFAULT_TEMPLATES_DIR = '.github/adw'

/**
 * The templates directory to use, relative to `root`: `configured` when given (the inputs have
 * already checked it is relative and inside the repository), else `.github/adw` when the tree
 * has that directory, else undefined (built-in templates only).
 */
export function resolveTemplatesDir(root: string, configured?: string): string | undefined {
  if (configured) return configured
  try {
    // lstat: a symlinked `.github/adw` could point outside the tree; only a real directory counts.
    return lstatSync(join(root, DEFAULT_TEMPLATES_DIR)).isDirectory()
      ? DEFAULT_TEMPLATES_DIR
      : undefined
  } catch {
    return undefined
  }
}

/** The maintainers' standing planning context inside the templates directory. */
export function contextFileIn(templatesDir: string | undefined): string {
  return posix.join(templatesDir ?? DEFAULT_TEMPLATES_DIR, 'context.md')
}
