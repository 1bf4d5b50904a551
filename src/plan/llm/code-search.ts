// Plain-text code search for the model. Deliberately no regular expressions: a model-written
// pattern could backtrack for minutes, and case-insensitive substring search answers the
// questions a planner asks ("where is `parseConfig` used?").
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isSecretLooking, type RepoRoot } from './repo-path.js'

export interface SearchLimits {
  maxResults: number
  maxFiles: number
  /** Files larger than this are skipped (generated or data files, rarely worth a hit). */
  maxFileBytes: number
  /** Total bytes read by one search, so a huge tree cannot stall the run. */
  maxTotalBytes: number
}

export const defaultSearchLimits: SearchLimits = {
  maxResults: 40,
  maxFiles: 5000,
  maxFileBytes: 512 * 1024,
  maxTotalBytes: 32 * 1024 * 1024
}

const skippedDirectories = new Set([
  '.git',
  'node_modules',
  'dist',
  'build',
  'coverage',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  'target',
  'vendor'
])

/** Files under `start` (repository-relative), breadth-first, never following symlinks. */
export function* walk(root: RepoRoot, start: string): Generator<string> {
  const queue = [start]
  while (queue.length > 0) {
    const dir = queue.shift() as string
    const entries = readdirSync(join(root.real, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name)
    )
    for (const entry of entries) {
      if (isSecretLooking(entry.name)) continue
      const rel = dir === '.' ? entry.name : `${dir}/${entry.name}`
      if (root.isCredentialFile(join(root.real, rel))) continue
      if (entry.isDirectory() && !skippedDirectories.has(entry.name)) queue.push(rel)
      else if (entry.isFile()) yield rel
    }
  }
}

/** The files a tool may read under a guarded prefix: the prefix itself when it names a file. */
export function filesUnder(root: RepoRoot, guarded: { relative: string; absolute: string }) {
  return statSync(guarded.absolute).isDirectory()
    ? walk(root, guarded.relative)
    : [guarded.relative]
}

/** A file's bytes, unless it is unreadable, larger than a tool may read, or binary. */
export function readToolFile(root: RepoRoot, rel: string, maxFileBytes: number) {
  try {
    const content = readFileSync(join(root.real, rel))
    return content.length > maxFileBytes || content.includes(0) ? undefined : content
  } catch {
    return undefined
  }
}

export function searchCode(
  root: RepoRoot,
  query: string,
  pathPrefix = '.',
  limits: SearchLimits = defaultSearchLimits
): string {
  const needle = query.trim()
  if (needle.length < 2) return 'Refused: the query must be at least 2 characters.'
  if (needle.length > 200) return 'Refused: the query must be at most 200 characters.'
  const guarded = root.resolve(pathPrefix)
  if (!guarded.ok) return guarded.refusal

  const lowerNeedle = needle.toLowerCase()
  const hits: string[] = []
  let files = 0
  let bytes = 0
  let stoppedBecause: string | undefined
  // A prefix naming a file searches just that file.
  const candidates = filesUnder(root, guarded)

  for (const rel of candidates) {
    if (++files > limits.maxFiles) {
      stoppedBecause = `stopped after ${limits.maxFiles} files`
      break
    }
    const content = readToolFile(root, rel, limits.maxFileBytes)
    if (!content) continue
    bytes += content.length
    if (bytes > limits.maxTotalBytes) {
      stoppedBecause = `stopped after reading ${limits.maxTotalBytes} bytes`
      break
    }
    const lines = content.toString('utf8').split('\n')
    for (let i = 0; i < lines.length && hits.length < limits.maxResults; i++) {
      if (lines[i].toLowerCase().includes(lowerNeedle)) {
        hits.push(`${rel}:${i + 1}: ${lines[i].trim().slice(0, 200)}`)
      }
    }
    if (hits.length >= limits.maxResults) {
      stoppedBecause = `showing the first ${limits.maxResults} matches`
      break
    }
  }

  const where = guarded.relative === '.' ? 'the repository' : guarded.relative
  if (hits.length === 0) {
    return `No matches for ${JSON.stringify(needle)} in ${where}${stoppedBecause ? ` (${stoppedBecause})` : ''}.`
  }
  const header = `Matches for ${JSON.stringify(needle)} in ${where} (case-insensitive):`
  return [header, ...hits, ...(stoppedBecause ? [`[${stoppedBecause}]`] : [])].join('\n')
}
