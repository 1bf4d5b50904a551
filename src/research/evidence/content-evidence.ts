// Evidence from what files contain: BM25 over the issue's terms, definitions of the names the
// issue uses, and qualified names (`Class.member`) whose both parts a file defines.
import { subjectWeight, type IssueSignals } from '../issue/issue-signals.js'
import type { Scan } from '../scan/scan-files.js'
import type { Scoreboard } from './scoreboard.js'
import type { TermTable } from '../scan/term-table.js'

const k1 = 1.2
const b = 0.75

/** BM25, scaled so the best file gets 3: a tie-breaker and a net, not the main evidence. */
export function addTermEvidence(
  board: Scoreboard,
  scan: Scan,
  table: TermTable,
  signals: IssueSignals
): void {
  const termCount = table.terms.length
  const idf = new Float64Array(termCount)
  for (let t = 0; t < termCount; t++) {
    const df = scan.documentFrequency[t]
    idf[t] = Math.log(1 + (scan.documentCount - df + 0.5) / (df + 0.5))
  }
  const scores = new Float64Array(scan.fileTerms.length)
  let best = 0
  scan.fileTerms.forEach((pairs, f) => {
    if (!pairs) return
    const norm = k1 * (1 - b + (b * scan.lengths[f]) / scan.averageLength)
    let score = 0
    for (let p = 0; p < pairs.length; p += 2) {
      const tf = pairs[p + 1]
      score += table.queryWeight[pairs[p]] * idf[pairs[p]] * ((tf * (k1 + 1)) / (tf + norm))
    }
    scores[f] = score
    if (score > best) best = score
  })
  if (best === 0) return
  scan.fileTerms.forEach((pairs, f) => {
    if (!pairs || scores[f] === 0) return
    // The reason names the term that weighs most in this file.
    let top = 0
    let topValue = -1
    for (let p = 0; p < pairs.length; p += 2) {
      const value = table.queryWeight[pairs[p]] * idf[pairs[p]] * Math.log(1 + pairs[p + 1])
      if (value > topValue) {
        topValue = value
        top = p
      }
    }
    const term = table.terms[pairs[top]]
    const times = pairs[top + 1]
    const word = signals.spelling.get(term) ?? term
    board.add(
      f,
      (3 * scores[f]) / best,
      `mentions \`${word}\` ${times} time${times === 1 ? '' : 's'}`
    )
  })
}

/**
 * Files defining the names the issue uses, rare definitions counting most. A frame's function
 * counts for files the traceback does not already place: for the frame's own file it is the
 * same evidence twice.
 */
export function addDefinitionEvidence(
  board: Scoreboard,
  scan: Scan,
  names: readonly string[],
  signals: IssueSignals,
  frameFiles: ReadonlySet<number>
): void {
  scan.definitions.forEach((defined, f) => {
    if (!defined) return
    let total = 0
    const shown: string[] = []
    for (const id of defined) {
      const mention = signals.identifiers.get(names[id])
      if (!mention || (mention.framed && frameFiles.has(f))) continue
      shown.push(`\`${names[id]}\``)
      const strength =
        (mention.codeLike ? 1 : 0.5) *
        (mention.inTitle ? 1.5 : 1) *
        (1 + Math.log(mention.count) / 2) *
        subjectWeight(signals, names[id])
      // A name many files define (`get`, `visit`) says little about any one of them.
      const rarity = 1 / (1 + Math.log2(scan.definers[id]))
      total += 2.5 * strength * rarity
    }
    if (total === 0) return
    board.add(f, Math.min(total, 7), `defines ${shown.slice(0, 3).join(', ')}`)
  })
}

/** `Dataset.to_json_dict`: the file that defines both the class and the member. */
export function addQualifiedNameEvidence(
  board: Scoreboard,
  scan: Scan,
  nameIndex: ReadonlyMap<string, number>,
  signals: IssueSignals
): void {
  const pairs: { owner: number; member: number; label: string; weight: number }[] = []
  for (const parts of signals.dotted) {
    for (let i = 0; i + 1 < parts.length; i++) {
      // `module.function` is the dotted-module evidence's job; this is for `Class.member`.
      if (!/^[A-Z]/.test(parts[i])) continue
      const owner = nameIndex.get(parts[i])
      const member = nameIndex.get(parts[i + 1])
      if (owner === undefined || member === undefined) continue
      const label = `${parts[i]}.${parts[i + 1]}`
      const weight =
        (signals.identifiers.get(parts[i + 1])?.inTitle ? 3.75 : 2.5) *
        subjectWeight(signals, label)
      pairs.push({ owner, member, label, weight })
    }
  }
  if (pairs.length === 0) return
  scan.definitions.forEach((defined, f) => {
    if (!defined || defined.length < 2) return
    for (const pair of pairs) {
      if (defined.includes(pair.owner) && defined.includes(pair.member))
        board.add(f, pair.weight, `defines \`${pair.label}\``)
    }
  })
}
