// The one pass over the files: each is read once, up to a byte cap, to count the issue's
// terms, measure its length and find which of the names it defines (file-scan.ts), on
// as many threads as the tree is worth (scan-threads.ts); then the statistics over the tree.
import { subwords } from '../issue/terms.js'
import type { FileKind } from '../types.js'
import {
  READ,
  fileKinds,
  sharedFields,
  type ScanJob,
  type ScanOptions,
  type ShardResult
} from './file-scan.js'
import { scanInThreads, threadCount } from './scan-threads.js'
import { TermCounter } from './term-counter.js'
import type { TermTable } from './term-table.js'

export type { ScanOptions } from './file-scan.js'

export interface Scan {
  kinds: FileKind[]
  /** 0 for files found unreadable, binary or generated: never ranked. */
  alive: Uint8Array
  /** Identifier parts per file (the BM25 document length). */
  lengths: Float64Array
  averageLength: number
  /** Per file, sparse pairs (term, count) of the terms it holds. */
  fileTerms: (Uint32Array | undefined)[]
  documentFrequency: Uint32Array
  /** Per file, indices of the wanted names it defines. */
  definitions: (number[] | undefined)[]
  /** Per wanted name, how many files define it. */
  definers: Uint32Array
  /** Files whose content was scanned: the BM25 collection size. */
  documentCount: number
  /** Files considered for ranking. */
  fileCount: number
  /** Threads that took part: this one and the workers that delivered. */
  threads: number
}

function scanJob(
  root: string,
  paths: readonly string[],
  table: TermTable,
  wantedNames: ReadonlyMap<string, number>,
  options: ScanOptions
): ScanJob {
  const names: string[] = []
  for (const [name, id] of wantedNames) names[id] = name
  return {
    root,
    paths,
    forms: [...table.lookup],
    termCount: table.terms.length,
    names,
    nameTerms: names.map(name => [
      ...new Set(
        subwords(name)
          .filter(part => part.length >= TermCounter.minLength)
          .map(part => table.lookup.get(part))
          .filter((id): id is number => id !== undefined)
      )
    ]),
    options
  }
}

/** The shards' per-file records, put back at their files' places. */
function mergeShards(scan: Scan, shards: readonly ShardResult[]): string[] {
  const vendoredDirs: string[] = []
  for (const shard of shards) {
    const { terms, definitions } = shard
    for (let at = 0; at < terms.length;) {
      const file = terms[at]
      const pairs = terms.subarray(at + 2, at + 2 + 2 * terms[at + 1])
      scan.fileTerms[file] = pairs
      for (let p = 0; p < pairs.length; p += 2) scan.documentFrequency[pairs[p]]++
      at += 2 + pairs.length
    }
    for (let at = 0; at < definitions.length;) {
      const file = definitions[at]
      const ids = Array.from(definitions.subarray(at + 2, at + 2 + definitions[at + 1]))
      scan.definitions[file] = ids
      for (const id of ids) scan.definers[id]++
      at += 2 + ids.length
    }
    vendoredDirs.push(...shard.vendoredDirs)
  }
  return vendoredDirs
}

export async function scanFiles(
  root: string,
  paths: readonly string[],
  table: TermTable,
  wantedNames: ReadonlyMap<string, number>,
  options: ScanOptions
): Promise<Scan> {
  const job = scanJob(root, paths, table, wantedNames, options)
  const fields = sharedFields(paths.length)
  const { threads, asked } = threadCount(paths.length)
  const shards = await scanInThreads(job, fields, threads, asked)

  const scan: Scan = {
    kinds: Array.from(fields.kinds, kind => fileKinds[kind]),
    alive: new Uint8Array(paths.length),
    lengths: new Float64Array(paths.length),
    averageLength: 1,
    fileTerms: new Array(paths.length),
    documentFrequency: new Uint32Array(table.terms.length),
    definitions: new Array(paths.length),
    definers: new Uint32Array(wantedNames.size),
    documentCount: 0,
    fileCount: 0,
    threads: shards.length
  }
  let totalLength = 0
  for (let f = 0; f < paths.length; f++) {
    scan.alive[f] = fields.alive[f] === 0 ? 0 : 1
    if (fields.alive[f] !== READ) continue
    scan.lengths[f] = fields.lengths[f]
    totalLength += fields.lengths[f]
    scan.documentCount++
  }
  const vendoredDirs = mergeShards(scan, shards)
  // A library copied in whole: none of its files is the project's own code.
  if (vendoredDirs.length > 0) {
    for (let f = 0; f < paths.length; f++)
      if (vendoredDirs.some(dir => paths[f].startsWith(dir))) scan.alive[f] = 0
  }
  for (let f = 0; f < paths.length; f++) scan.fileCount += scan.alive[f]
  scan.averageLength = scan.documentCount > 0 ? totalLength / scan.documentCount : 1
  return scan
}
