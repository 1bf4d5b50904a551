// The project's own code files with their text, for the few questions a plan asks of the whole
// tree (where are environment variables read, which file declares a flag). Breadth-first and
// capped (files, bytes): a plan asks only when the issue names such a thing.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const CODE = /\.(?:[cm]?[jt]sx?|py|rs|go|java|kt|scala|rb|php|c|cc|cpp|h|hpp|cs|swift)$/
// Not the project's own code: dependencies, builds, tests (a test sets a variable or passes a
// flag; it does not declare either for users), examples and docs.
const SKIPPED =
  /^(?:\..*|node_modules|vendor|third_party|dist|build|target|out|coverage|venv|\.venv|__pycache__|tests?|__tests__|spec|specs|testdata|fixtures|examples?|docs?|benches)$/

const MAX_FILES = 6000
const MAX_FILE_BYTES = 256 * 1024
const MAX_TOTAL_BYTES = 48 * 1024 * 1024

/** The code files under `root`, breadth-first, at most `MAX_FILES`. */
function* codePaths(root: string): Generator<string> {
  const queue = ['']
  let seen = 0
  while (queue.length > 0) {
    const dir = queue.shift()!
    let entries
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory() && !SKIPPED.test(entry.name)) queue.push(path)
      else if (
        entry.isFile() &&
        CODE.test(entry.name) &&
        !/[._-](?:test|spec)\./.test(entry.name)
      ) {
        if (++seen > MAX_FILES) return
        yield path
      }
    }
  }
}

/** Each code file of the project (not its tests, builds or dependencies) with its text, capped. */
export function* codeTexts(root: string): Generator<{ path: string; text: string }> {
  let total = 0
  for (const path of codePaths(root)) {
    let text: string
    try {
      if (statSync(join(root, path)).size > MAX_FILE_BYTES) continue
      text = readFileSync(join(root, path), 'utf8')
    } catch {
      continue
    }
    total += text.length
    if (total > MAX_TOTAL_BYTES) return
    yield { path, text }
  }
}
