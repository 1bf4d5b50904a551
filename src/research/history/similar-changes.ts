// Past changes worded like the issue: an Okapi BM25 over the commit messages read, with the
// issue's terms as the query, so a commit that fixed "crash when the config path has spaces"
// comes up for a report about config paths. The pull request a message names counts too: an
// issue that points at #1234 finds the change that merged it.
import type { IssueSignals } from '../issue/mentions.js'
import { stopwords, subwords } from '../issue/terms.js'
import { buildTermTable, type TermTable } from '../scan/term-table.js'
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

/** What of a message is read: the subject and the start of the body say what a change did. */
const BODY_CHARS = 800

/**
 * A message's length in terms, and how often it uses each of the issue's terms (by index). Words
 * are matched by their surface forms, as the file scan matches them, so no word is stemmed here.
 */
function termCounts(
  commit: Commit,
  table: TermTable
): { counts: Map<number, number>; length: number } {
  const counts = new Map<number, number>()
  let length = 0
  const add = (text: string, weight: number) => {
    for (const word of text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) {
      for (const part of subwords(word)) {
        if (part.length < 3 || stopwords.has(part)) continue
        length += weight
        const term = table.lookup.get(part)
        if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + weight)
      }
    }
  }
  add(commit.subject, SUBJECT_WEIGHT)
  add(commit.body.slice(0, BODY_CHARS), 1)
  return { counts, length }
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
  const table = buildTermTable(signals)
  const docs = usable.map(commit => termCounts(commit, table))
  const average = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length || 1
  const frequency = new Float64Array(table.terms.length)
  for (const doc of docs) for (const term of doc.counts.keys()) frequency[term]++
  const numbers = referencedNumbers(issueText)

  const out: SimilarChange[] = []
  docs.forEach((doc, i) => {
    let score = 0
    for (const [term, tf] of doc.counts) {
      const df = frequency[term]
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5))
      const norm = tf + K1 * (1 - B + (B * doc.length) / average)
      score += table.queryWeight[term] * idf * ((tf * (K1 + 1)) / norm)
    }
    const commit = usable[i]
    const referenced =
      numbers.size > 0 &&
      [...referencedNumbers(`${commit.subject}\n${commit.body}`)].some(n => numbers.has(n))
    if (score > 0 || referenced) out.push({ commit, score, referenced })
  })
  return out.sort((a, b) => Number(b.referenced) - Number(a.referenced) || b.score - a.score)
}
