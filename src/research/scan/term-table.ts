// The issue's terms as the file scanner needs them: every surface form mapped to its term, and
// a query weight per term.
import type { IssueSignals } from '../issue/issue-signals.js'
import { surfaceForms } from '../issue/terms.js'

export interface TermTable {
  /** Lower-case surface form -> term index. */
  lookup: Map<string, number>
  /** Stemmed terms, by index. */
  terms: string[]
  queryWeight: Float64Array
}

export function buildTermTable(signals: IssueSignals): TermTable {
  const lookup = new Map<string, number>()
  const terms: string[] = []
  const weights: number[] = []
  for (const [term, weight] of signals.terms) {
    const index = terms.length
    terms.push(term)
    // Repetition in the issue matters, but with diminishing returns.
    weights.push(1 + Math.log(weight))
    for (const form of surfaceForms(term)) if (!lookup.has(form)) lookup.set(form, index)
    if (!lookup.has(term)) lookup.set(term, index)
  }
  return { lookup, terms, queryWeight: Float64Array.from(weights) }
}
