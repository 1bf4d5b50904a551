// One file's part of the scan, the same on every thread: read its head once, undecoded, count
// the terms in its bytes, measure its length and find which of the names it
// defines. Only the few files that may define a name are decoded whole.
import { join } from 'node:path'
import { codeExtensions, extensionOf, kindOf } from '../tree/classify.js'
import { HeadReader, looksGenerated } from '../tree/read-file.js'
import { looksVendored, vendoredPackageDir } from '../tree/vendored.js'
import type { FileKind } from '../types.js'
import { definitionPatternFor, forEachDefinitionOnLines } from './definitions.js'
import { TermCounter } from './term-counter.js'

export interface ScanOptions {
  /** Bytes read per source, test or documentation file. */
  capBytes: number
  /** Bytes read per configuration file, which rarely holds the fix. */
  dataCapBytes: number
}

/** What every thread of one scan is given: plain data, so that it crosses to a worker as is. */
export interface ScanJob {
  root: string
  paths: readonly string[]
  /** Lower-case surface form -> term index. */
  forms: [string, number][]
  termCount: number
  /** The names, by index. */
  names: string[]
  /** Per name, the terms of its parts the scan counts: a file must hold each to define it. */
  nameTerms: number[][]
  options: ScanOptions
}

export const fileKinds: readonly FileKind[] = ['code', 'test', 'doc', 'config', 'other']

/** `alive` values. */
export const DEAD = 0
/** Alive, not read: its name counts, its content is not worth reading. */
export const UNREAD = 1
export const READ = 2

/** Per-file results of fixed size, in memory every thread shares (each writes its own files). */
export interface SharedFields {
  kinds: Uint8Array
  alive: Uint8Array
  lengths: Uint32Array
}

export function sharedFields(fileCount: number): SharedFields {
  return {
    kinds: new Uint8Array(new SharedArrayBuffer(fileCount)),
    alive: new Uint8Array(new SharedArrayBuffer(fileCount)),
    lengths: new Uint32Array(new SharedArrayBuffer(4 * fileCount))
  }
}

/** Per-file results of varying size, collected by one thread and handed over at its end. */
export interface ShardResult {
  /** Records `file, n, term, count, term, count…` for the files holding any term. */
  terms: Uint32Array
  /** Records `file, n, name, name…` for the files defining any of the names. */
  definitions: Uint32Array
  /** Packages found to be copies of other libraries (`dir/`). */
  vendoredDirs: string[]
}

/**
 * The checks on a file's top (a generated marker, minified lines, a library's banner) read the
 * first 16 KB: at least 5,461 characters, more than any of them looks at, so they see what they
 * would in the whole text. A package's `__init__.py` is read for its first 8,000 characters.
 */
const TOP_BYTES = 16 * 1024
const INIT_BYTES = 32 * 1024
/** UTF-8 takes at most three bytes for one UTF-16 unit. */
const MAX_BYTES_PER_UNIT = 3

/**
 * Whether a file's content is worth scanning. Data files and test fixtures (an `.sql` or
 * `.yml` input under `tests/`) are inputs to the code, not the code a change goes into: their
 * names still count, their words would only add noise and time.
 */
function worthReading(path: string, kind: FileKind): boolean {
  if (kind === 'code' || kind === 'doc' || kind === 'config') return true
  if (kind === 'test') return codeExtensions.has(extensionOf(path)) && !/\.(?:sql|sh)$/.test(path)
  return false
}

export class FileScanner {
  private readonly counter: TermCounter
  private readonly reader: HeadReader
  private readonly counts: Uint32Array
  private readonly nameBytes: Buffer[]
  private readonly nameIndex: Map<string, number>
  private readonly terms: number[] = []
  private readonly definitions: number[] = []
  private readonly vendoredDirs: string[] = []
  private listed: Set<string> | undefined

  constructor(
    private readonly job: ScanJob,
    private readonly out: SharedFields
  ) {
    this.counter = new TermCounter(job.forms)
    this.reader = new HeadReader(Math.max(job.options.capBytes, job.options.dataCapBytes))
    this.counts = new Uint32Array(job.termCount)
    this.nameBytes = job.names.map(name => Buffer.from(name, 'utf8'))
    this.nameIndex = new Map(job.names.map((name, i) => [name, i]))
  }

  scan(f: number): void {
    const { job, out } = this
    const path = job.paths[f]
    const kind = kindOf(path)
    out.kinds[f] = fileKinds.indexOf(kind)
    if (!worthReading(path, kind)) {
      out.alive[f] = UNREAD
      return
    }
    // A data file counts for its first characters only (below): no more of it is read.
    const cap = job.options.dataCapBytes
    const limit = kind === 'config' ? cap * MAX_BYTES_PER_UNIT : job.options.capBytes
    const head = this.reader.readBytes(join(job.root, path), limit)
    if (!head) return
    const init = path.endsWith('/__init__.py')
    const top = head.buffer.toString('utf8', 0, Math.min(head.bytes, init ? INIT_BYTES : TOP_BYTES))
    if (looksGenerated(top) || (kind === 'code' && looksVendored(top))) return
    const copied = vendoredPackageDir(path, top, other => this.isListed(other))
    if (copied) this.vendoredDirs.push(`${copied}/`)
    out.alive[f] = READ

    let bytes = head.buffer
    let end = head.bytes
    if (kind === 'config' && end > cap) {
      const text = bytes.toString('utf8', 0, end)
      bytes = Buffer.from(text.length > cap ? text.slice(0, cap) : text, 'utf8')
      end = bytes.length
    }

    const counts = this.counts
    counts.fill(0)
    out.lengths[f] = this.counter.countBytes(bytes, end, counts)
    let hits = 0
    for (let t = 0; t < counts.length; t++) if (counts[t] > 0) hits++
    if (hits > 0) {
      this.terms.push(f, hits)
      for (let t = 0; t < counts.length; t++) if (counts[t] > 0) this.terms.push(t, counts[t])
    }

    const pattern = job.names.length > 0 ? definitionPatternFor(path) : undefined
    if (!pattern) return
    // A file can define a name only if it holds each of the name's parts the scan counts, and
    // the name itself on the line of the definition: most files are ruled out by the counts, and
    // the pattern reads only the lines that hold a name.
    const held = this.nameBytes.filter((_, id) => job.nameTerms[id].every(t => counts[t] > 0))
    if (held.length === 0) return
    const defined: number[] = []
    forEachDefinitionOnLines(pattern, bytes, end, held, name => {
      const id = this.nameIndex.get(name)
      if (id !== undefined && !defined.includes(id)) defined.push(id)
    })
    if (defined.length > 0) this.definitions.push(f, defined.length, ...defined)
  }

  private isListed(path: string): boolean {
    this.listed ??= new Set(this.job.paths)
    return this.listed.has(path)
  }

  result(): ShardResult {
    return {
      terms: Uint32Array.from(this.terms),
      definitions: Uint32Array.from(this.definitions),
      vendoredDirs: this.vendoredDirs
    }
  }
}
