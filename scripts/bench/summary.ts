// What a benchmark run prints at the end: for each half of the corpus it ran on, the research and
// plan tables of every build, then one line per instance.
import { detail, planTable, proseRows, researchTable, type Row } from './report.js'

const HALVES: Record<string, string> = {
  tune: 'tuning half (the rules are developed on it)',
  report: 'reporting half (never tuned on: the figures to quote)',
  dev: 'SWE-bench Lite dev split'
}

export function summary(rows: Row[], builds: string[], researchOnly: boolean): string {
  const out: string[] = []
  for (const split of Object.keys(HALVES)) {
    const half = rows.filter(row => row.split === split)
    if (half.length === 0) continue
    const repos = new Set(half.map(row => row.id.replace(/-\d+$/, ''))).size
    out.push('', `== ${HALVES[split]}: ${half.length} instances from ${repos} repositories ==`)
    for (const build of builds) {
      out.push('', ...researchTable(half, build))
      if (!researchOnly) out.push('', ...planTable(half, build), ...proseRows(half, build))
    }
  }
  out.push('', ...rows.map(detail), '')
  return out.join('\n')
}
