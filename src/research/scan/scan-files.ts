// The one pass over the files: each is read once, up to a byte cap, to count the issue's
// terms, measure its length and find which of the names it defines.
import { join } from 'node:path'
import { codeExtensions, extensionOf, kindOf } from '../tree/classify.js'
import { definitionPatternFor, forEachDefinition } from './definitions.js'
import { HeadReader, looksGenerated } from '../tree/read-file.js'
import { TermCounter } from './term-counter.js'
import { subwords } from '../issue/terms.js'
import { looksVendored, vendoredPackageDir } from '../tree/vendored.js'
import type { TermTable } from './term-table.js'
import type { FileKind } from '../types.js'

export interface ScanOptions {
  /** Bytes read per source, test or documentation file. */
  capBytes: number
  /** Bytes read per configuration file, which rarely holds the fix. */
  dataCapBytes: number
}

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
}

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

export function scanFiles(
  root: string,
  paths: readonly string[],
  table: TermTable,
  wantedNames: ReadonlyMap<string, number>,
  options: ScanOptions
): Scan {
  const termCount = table.terms.length
  const counter = new TermCounter(table.lookup)
  const reader = new HeadReader(Math.max(options.capBytes, options.dataCapBytes))
  const counts = new Uint32Array(termCount)
  const scan: Scan = {
    kinds: new Array(paths.length),
    alive: new Uint8Array(paths.length),
    lengths: new Float64Array(paths.length),
    averageLength: 1,
    fileTerms: new Array(paths.length),
    documentFrequency: new Uint32Array(termCount),
    definitions: new Array(paths.length),
    definers: new Uint32Array(wantedNames.size),
    documentCount: 0,
    fileCount: 0
  }
  // A file can define a name only if it holds each of the name's parts the scan counts: most
  // files are ruled out by the counts alone, and the definition pattern runs on the rest.
  const nameParts = [...wantedNames.keys()].map(name => ({
    name,
    terms: [
      ...new Set(
        subwords(name)
          .filter(part => part.length >= TermCounter.minLength)
          .map(part => table.lookup.get(part))
      )
    ].filter((id): id is number => id !== undefined)
  }))
  const mayDefine = (text: string) =>
    nameParts.some(({ name, terms }) =>
      terms.length > 0 ? terms.every(id => counts[id] > 0) : text.includes(name)
    )
  let totalLength = 0
  const listed = new Set(paths)
  const vendoredDirs: string[] = []

  for (let f = 0; f < paths.length; f++) {
    const kind = kindOf(paths[f])
    scan.kinds[f] = kind
    if (!worthReading(paths[f], kind)) {
      scan.alive[f] = 1
      continue
    }
    const head = reader.read(join(root, paths[f]))
    if (!head || looksGenerated(head.text) || (kind === 'code' && looksVendored(head.text)))
      continue
    const copied = vendoredPackageDir(paths[f], head.text, path => listed.has(path))
    if (copied) vendoredDirs.push(`${copied}/`)
    scan.alive[f] = 1
    scan.documentCount++
    const cap = kind === 'config' ? options.dataCapBytes : options.capBytes
    const text = head.text.length > cap ? head.text.slice(0, cap) : head.text

    counts.fill(0)
    const length = counter.count(text, counts)
    scan.lengths[f] = length
    totalLength += length
    let hits = 0
    for (let t = 0; t < termCount; t++) if (counts[t] > 0) hits++
    if (hits > 0) {
      const pairs = new Uint32Array(hits * 2)
      let p = 0
      for (let t = 0; t < termCount; t++) {
        if (counts[t] === 0) continue
        pairs[p++] = t
        pairs[p++] = counts[t]
        scan.documentFrequency[t]++
      }
      scan.fileTerms[f] = pairs
    }

    const pattern = wantedNames.size > 0 ? definitionPatternFor(paths[f]) : undefined
    if (!pattern || !mayDefine(text)) continue
    let defined: number[] | undefined
    forEachDefinition(pattern, text, name => {
      const id = wantedNames.get(name)
      if (id === undefined || defined?.includes(id)) return
      ;(defined ??= []).push(id)
      scan.definers[id]++
    })
    scan.definitions[f] = defined
  }
  // A library copied in whole: none of its files is the project's own code.
  if (vendoredDirs.length > 0) {
    for (let f = 0; f < paths.length; f++)
      if (vendoredDirs.some(dir => paths[f].startsWith(dir))) scan.alive[f] = 0
  }
  for (let f = 0; f < paths.length; f++) scan.fileCount += scan.alive[f]
  scan.averageLength = scan.documentCount > 0 ? totalLength / scan.documentCount : 1
  return scan
}
