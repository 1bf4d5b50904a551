// Past changes worded like the issue: an Okapi BM25 over the commit messages read, with the
// issue's terms as the query, so a commit that fixed "crash when the config path has spaces"
// comes up for a report about config paths. The pull request a message names counts too: an
// issue that points at #1234 finds the change that merged it.
import type { IssueSignals } from '../issue/mentions.js'
import { stem, stopwords, subwords } from '../issue/terms.js'
import type { Commit } from './types.js'

const K1 = 1.2
const B = 0.75

/** A commit's subject says what it did; it counts twice, as an issue's title does. */
const SUBJECT_WEIGHT = 2

/** The pull request or issue numbers a text names: `(#1234)`, `Fixes #12`, `pull request #9`. */
export function referencedNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w&/])#(\d{1,7})\b/g)].map(match => match[1]))
}

/** Version bumps, releases and merges of branches say nothing about what changed. */
const ROUTINE =
  /^(?:merge (?:branch|remote-tracking)|bump |release |prepare (?:for )?release|v?\d+\.\d+(?:\.\d+)?$|update changelog)/i

function termCounts(commit: Commit): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (text: string, weight: number) => {
    for (const word of text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) {
      for (const part of subwords(word)) {
        if (part.length < 3 || stopwords.has(part)) continue
        const term = stem(part)
        counts.set(term, (counts.get(term) ?? 0) + weight)
      }
    }
  }
  add(commit.subject, SUBJECT_WEIGHT)
  add(commit.body, 1)
  return counts
}

export interface SimilarChange {
  commit: Commit
  score: number
  /** The issue names this commit's pull request. */
  referenced: boolean
}

/** Commits ranked by how much their messages share the issue's rarer terms, best first. */
export function similarChanges(
  commits: readonly Commit[],
  signals: IssueSignals,
  issueText: string
): SimilarChange[] {
  const usable = commits.filter(commit => commit.files.length > 0 && !ROUTINE.test(commit.subject))
  if (usable.length === 0) return []
  const docs = usable.map(termCounts)
  const lengths = docs.map(doc => [...doc.values()].reduce((sum, n) => sum + n, 0))
  const average = lengths.reduce((sum, n) => sum + n, 0) / docs.length || 1
  const frequency = new Map<string, number>()
  for (const doc of docs)
    for (const term of doc.keys())
      if (signals.terms.has(term)) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  const numbers = referencedNumbers(issueText)

  const out: SimilarChange[] = []
  docs.forEach((doc, i) => {
    let score = 0
    for (const [term, weight] of signals.terms) {
      const tf = doc.get(term)
      if (!tf) continue
      const df = frequency.get(term) ?? 0
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5))
      const norm = tf + K1 * (1 - B + (B * lengths[i]) / average)
      score += (1 + Math.log(weight)) * idf * ((tf * (K1 + 1)) / norm)
    }
    const commit = usable[i]
    const referenced = [...referencedNumbers(`${commit.subject}\n${commit.body}`)].some(n =>
      numbers.has(n)
    )
    if (score > 0 || referenced) out.push({ commit, score, referenced })
  })
  return out.sort((a, b) => Number(b.referenced) - Number(a.referenced) || b.score - a.score)
}
