// The baseline: a plain Okapi BM25 over every text file of a tree, with its own listing,
// reading and indexing, so its time is counted whole. Identifiers are split on case changes
// and underscores; no stemming, no stopwords, no knowledge of code.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const k1 = 1.2
const b = 0.75
const tokenPattern = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g

function tokens(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(tokenPattern)) if (m[0].length >= 2) out.push(m[0].toLowerCase())
  return out
}

function listFiles(root: string): string[] {
  const files: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(rel)
      } else if (entry.isFile()) files.push(rel)
    }
  }
  return files.sort()
}

function isText(content: Buffer): boolean {
  const end = Math.min(content.length, 1024)
  for (let i = 0; i < end; i++) if (content[i] === 0) return false
  return true
}

/** Paths of the tree ranked by BM25 for `query`, best first. */
export function bm25Rank(root: string, query: string, top: number): string[] {
  const paths: string[] = []
  const documents: Map<string, number>[] = []
  const lengths: number[] = []
  const documentFrequency = new Map<string, number>()
  for (const path of listFiles(root)) {
    const content = readFileSync(join(root, path))
    if (!isText(content)) continue
    const counts = new Map<string, number>()
    const words = tokens(content.toString('utf8'))
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
    for (const word of counts.keys())
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1)
    paths.push(path)
    documents.push(counts)
    lengths.push(words.length)
  }
  const n = paths.length
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, n)
  const queryTerms = tokens(query)
  const scores = documents.map((counts, d) => {
    let score = 0
    const norm = k1 * (1 - b + (b * lengths[d]) / averageLength)
    for (const term of queryTerms) {
      const tf = counts.get(term)
      if (!tf) continue
      const df = documentFrequency.get(term) as number
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
      score += (idf * tf * (k1 + 1)) / (tf + norm)
    }
    return score
  })
  return scores
    .map((score, d) => ({ score, path: paths[d] }))
    .filter(item => item.score > 0)
    .sort((x, y) => y.score - x.score || x.path.localeCompare(y.path))
    .slice(0, top)
    .map(item => item.path)
}
