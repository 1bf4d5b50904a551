// Read-only views of the repository for the model: directory listings and bounded file reads.
// Every answer is text meant for the model, refusals included, so a refused call teaches the
// model what it may do instead of failing the run.
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { RepoRoot, isSecretLooking } from './repo-path.js'

export interface ReadLimits {
  /** Bytes read from a file at most, whatever lines were asked for. */
  maxFileBytes: number
  /** Lines returned by one read at most. */
  maxLines: number
  /** Entries shown by one listing at most. */
  maxEntries: number
  /** Characters shown of one line (minified code would otherwise fill the context). */
  maxLineChars: number
  /** Characters returned by one read at most. */
  maxOutputChars: number
}

export const defaultReadLimits: ReadLimits = {
  maxLineChars: 500,
  maxOutputChars: 24_000,
  maxFileBytes: 256 * 1024,
  maxLines: 400,
  maxEntries: 200
}

/** Directories the model gains nothing from listing entry by entry. */
const bulkyDirectories = new Set(['node_modules', '.venv', 'venv', '__pycache__', '.tox'])

function readHead(path: string, bytes: number): { buffer: Buffer; truncated: boolean } {
  const size = statSync(path).size
  const length = Math.min(size, bytes)
  const buffer = Buffer.alloc(length)
  const fd = openSync(path, 'r')
  try {
    let offset = 0
    while (offset < length) {
      const read = readSync(fd, buffer, offset, length - offset, offset)
      if (read === 0) break
      offset += read
    }
    return { buffer: buffer.subarray(0, offset), truncated: size > length }
  } finally {
    closeSync(fd)
  }
}

export class RepoReader {
  readonly root: RepoRoot

  /** `env` names the credential files to refuse (see RepoRoot). */
  constructor(
    root: string,
    readonly limits: ReadLimits = defaultReadLimits,
    env: Record<string, string | undefined> = process.env
  ) {
    this.root = new RepoRoot(root, env)
  }

  listDirectory(path: string): string {
    const guarded = this.root.resolve(path)
    if (!guarded.ok) return guarded.refusal
    if (!statSync(guarded.absolute).isDirectory()) {
      return `${guarded.relative} is a file, not a directory: use read_file to read it.`
    }
    const entries = readdirSync(guarded.absolute, { withFileTypes: true })
      .filter(
        entry =>
          entry.name !== '.git' &&
          !isSecretLooking(entry.name) &&
          !this.root.isCredentialFile(join(guarded.absolute, entry.name))
      )
      .map(entry => {
        if (entry.isDirectory()) {
          return bulkyDirectories.has(entry.name) ? `${entry.name}/ (not listed)` : `${entry.name}/`
        }
        return entry.isSymbolicLink() ? `${entry.name} (symlink)` : entry.name
      })
      .sort((a, b) => a.localeCompare(b))
    const shown = entries.slice(0, this.limits.maxEntries)
    const header = `Directory ${guarded.relative === '.' ? '(repository root)' : guarded.relative}/:`
    const more =
      entries.length > shown.length
        ? [`… ${entries.length - shown.length} more entries not shown`]
        : []
    return [header, ...(shown.length ? shown : ['(empty)']), ...more].join('\n')
  }

  /** Lines `startLine`..`endLine` (1-based, inclusive), numbered, within the limits. */
  readFile(path: string, startLine?: number, endLine?: number): string {
    const guarded = this.root.resolve(path)
    if (!guarded.ok) return guarded.refusal
    if (!statSync(guarded.absolute).isFile()) {
      return `${guarded.relative} is a directory: use list_directory to see it.`
    }
    const { buffer, truncated } = readHead(guarded.absolute, this.limits.maxFileBytes)
    if (buffer.includes(0))
      return `${guarded.relative} is a binary file; it cannot be shown as text.`

    const lines = buffer.toString('utf8').split('\n')
    // A byte cap can cut the last line in half: drop it rather than show a fragment.
    if (truncated) lines.pop()
    const first = Math.max(1, Math.floor(startLine ?? 1))
    if (first > lines.length) {
      return `${guarded.relative} has ${lines.length} lines${truncated ? ' (in its first part)' : ''}; start_line ${first} is past the end.`
    }
    const requestedLast = Math.floor(endLine ?? lines.length)
    let last = Math.min(lines.length, requestedLast, first + this.limits.maxLines - 1)
    const width = String(last).length
    const shown: string[] = []
    let chars = 0
    for (let number = first; number <= last; number++) {
      const line = lines[number - 1]
      const clipped =
        line.length > this.limits.maxLineChars
          ? `${line.slice(0, this.limits.maxLineChars)}… [line cut at ${this.limits.maxLineChars} characters]`
          : line
      const numbered = `${String(number).padStart(width)}| ${clipped}`
      if (shown.length > 0 && chars + numbered.length + 1 > this.limits.maxOutputChars) {
        last = number - 1
        break
      }
      shown.push(numbered)
      chars += numbered.length + 1
    }
    const body = shown.join('\n')
    const notes: string[] = []
    if (last < Math.min(lines.length, requestedLast)) {
      notes.push(
        `[shown lines ${first}-${last}; call read_file again with start_line ${last + 1} for more]`
      )
    } else if (last < lines.length) {
      notes.push(`[file continues after line ${last}]`)
    }
    if (truncated && last >= lines.length) {
      notes.push(
        `[file is larger than ${this.limits.maxFileBytes} bytes; the rest is not readable]`
      )
    }
    return [`File ${guarded.relative} (lines ${first}-${last}):`, body, ...notes].join('\n')
  }
}
