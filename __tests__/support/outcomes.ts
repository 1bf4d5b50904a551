// Records what a robustness test actually observed, so docs/robustness.md is generated from a
// test run rather than typed by hand. Off unless ADW_OUTCOMES names a file (JSON lines).
import { appendFileSync } from 'node:fs'

export interface Outcome {
  /** Table the row belongs to: "Bad input", "Events", "API faults", "Races", "Models". */
  group: string
  /** What was tried, in a few words: "500 on creating the commit (2 times)". */
  case: string
  /** What happened, built from values the test observed: "retried; 1 branch, 1 PR, 1 comment". */
  outcome: string
}

export function recordOutcome(entry: Outcome): void {
  const file = process.env.ADW_OUTCOMES
  if (!file) return
  // One short line per append: concurrent jest workers do not interleave within it.
  appendFileSync(file, `${JSON.stringify(entry)}\n`)
}
