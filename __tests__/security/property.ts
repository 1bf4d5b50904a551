// fc.assert, plus a row for docs/robustness.md saying how many generated cases the property
// held for in this run (fast-check's own count, not the numRuns asked for).
import fc from 'fast-check'
import { recordOutcome } from '../support/outcomes.js'

export async function assertProperty<Ts>(
  row: { case: string; generated: string },
  property: fc.IRawProperty<Ts>,
  params: fc.Parameters<Ts>
): Promise<void> {
  const details = await fc.check(property, params)
  if (details.failed) {
    throw new Error((await fc.asyncDefaultReportMessage(details)) ?? 'property failed')
  }
  const skipped = details.numSkips > 0 ? ` (${details.numSkips} filtered out)` : ''
  recordOutcome({
    group: 'Bad input',
    case: row.case,
    outcome: `held for all ${details.numRuns} generated ${row.generated}${skipped}`
  })
}
