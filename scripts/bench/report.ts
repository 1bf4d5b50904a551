// The benchmark's tables: one row for all instances, then one per language and one per kind, for
// the research (files and functions ranked, against a plain BM25 over the same tree) and for the
// plans (what they list, name and propose, whether they are valid, how long they take).
import type { Instance } from './instances.js'
import { accuracyAt, median } from './metrics.js'
import type { FaultScore } from './fault-measures.js'
import type { PlanScore } from './plan-measures.js'
import { proseTable, type ProseScore } from './prose-measures.js'
import type { ResearchScore } from './research-measures.js'

export interface BuildResult {
  research?: ResearchScore
  plan?: PlanScore & {
    ms: number
    valid: boolean
    error?: string
    prose?: ProseScore
    fault?: FaultScore
  }
}

export interface Row {
  id: string
  language: string
  kind: string
  split: string
  goldFiles: number
  goldFunctions: number
  /** Existing test files the change extended. */
  goldTests?: number
  bm25: ResearchScore
  /** By build label (`dist`, and the compared build's). */
  builds: Record<string, BuildResult>
}

/** An instance's row: what it is, how much gold it has, BM25's score; the builds' results join it. */
export function rowOf(
  instance: Instance,
  bm25: ResearchScore,
  builds: Record<string, BuildResult> = {}
): Row {
  return {
    id: instance.id,
    language: instance.language,
    kind: instance.kind,
    split: instance.split,
    goldFiles: instance.gold_files.length,
    goldFunctions: instance.gold_functions.length,
    goldTests: instance.gold_tests.length,
    bm25,
    builds
  }
}

const pct = (value: number) => (Number.isNaN(value) ? '   -' : (100 * value).toFixed(0).padStart(4))
const mean = (values: number[]) => {
  const kept = values.filter(value => !Number.isNaN(value))
  return kept.length === 0 ? NaN : kept.reduce((sum, value) => sum + value, 0) / kept.length
}

function share(values: (boolean | undefined)[]): string {
  const scored = values.filter(value => value !== undefined)
  if (scored.length === 0) return '     -'
  return `${scored.filter(Boolean).length}/${scored.length}`.padStart(6)
}

/** All the rows, then one group per language and one per kind. */
export function groups<T extends { language: string; kind: string }>(rows: T[]): [string, T[]][] {
  const by = (key: 'language' | 'kind') =>
    [...new Set(rows.map(row => row[key]))]
      .sort()
      .map(value => [value, rows.filter(row => row[key] === value)] as [string, T[]])
  return [['all', rows], ...by('language'), ...by('kind')]
}

function accuracies(ranks: (number | undefined)[], ks: number[]): string {
  return ks.map(k => pct(accuracyAt(ranks, k))).join('')
}

export function researchTable(rows: Row[], build: string): string[] {
  const lines = [
    `research (${build}) against plain BM25: file Acc@1/3/5/10, function Acc@1/5/10, ` +
      'the existing test the change extended Acc@1/3/5, median ms',
    `${'group'.padEnd(12)}${'n'.padStart(4)} | ${'file @1  @3  @5 @10'} | ${'fn  n  @1  @5 @10'} | ${'test n  @1  @3  @5'} | ${'BM25 @1  @3  @5 @10'} | ${'ms  bm25'}`
  ]
  for (const [name, group] of groups(rows)) {
    const ranked = group.filter(row => row.goldFiles > 0 && row.builds[build]?.research)
    const withFunctions = ranked.filter(row => row.goldFunctions > 0)
    const withTests = group.filter(row => (row.goldTests ?? 0) > 0 && row.builds[build]?.research)
    const ours = ranked.map(row => row.builds[build].research!)
    lines.push(
      `${name.padEnd(12)}${String(ranked.length).padStart(4)} |     ` +
        accuracies(
          ours.map(score => score.fileRank),
          [1, 3, 5, 10]
        ) +
        ` | ${String(withFunctions.length).padStart(4)}` +
        accuracies(
          withFunctions.map(row => row.builds[build].research!.functionRank),
          [1, 5, 10]
        ) +
        ` | ${String(withTests.length).padStart(4)}` +
        accuracies(
          withTests.map(row => row.builds[build]?.research?.testRank),
          [1, 3, 5]
        ) +
        ' |     ' +
        accuracies(
          ranked.map(row => row.bm25.fileRank),
          [1, 3, 5, 10]
        ) +
        ` | ${median(ours.map(score => score.ms))
          .toFixed(0)
          .padStart(4)} ${median(ranked.map(row => row.bm25.ms))
          .toFixed(0)
          .padStart(5)}`
    )
  }
  return lines
}

export function planTable(rows: Row[], build: string): string[] {
  const lines = [
    `plans (${build}): recall and precision of Existing Files to Modify (code files listed per plan), ` +
      'a changed function named (anywhere in its analysis, and by its lead: the first file to modify), ' +
      'the existing test named, a new file where the change added one, valid plans, ' +
      'plans that point at a declaration line or test code as the fault, median seconds',
    `${'group'.padEnd(12)}${'n'.padStart(4)} | recall prec files | function   lead   test  newfile  valid |  bad |    s`
  ]
  for (const [name, group] of groups(rows)) {
    const plans = group.map(row => row.builds[build]?.plan).filter(plan => plan !== undefined)
    if (plans.length === 0) continue
    const written = plans.filter(plan => plan.valid)
    lines.push(
      `${name.padEnd(12)}${String(plans.length).padStart(4)} |   ${pct(mean(written.map(plan => plan.recall)))} ` +
        `${pct(mean(written.map(plan => (plan.listedCode === 0 ? 0 : plan.goldCode / plan.listedCode))))}` +
        `${mean(written.map(plan => plan.listedCode))
          .toFixed(1)
          .padStart(6)} |   ` +
        `${share(written.map(plan => plan.functionHit))} ${share(written.map(plan => plan.functionHitFirst))} ` +
        `${share(written.map(plan => plan.testHit))}   ` +
        `${share(written.map(plan => plan.newFileHit))} ${share(plans.map(plan => plan.valid))} | ` +
        `${String(written.filter(plan => plan.fault && (plan.fault.declaration || plan.fault.testCode)).length).padStart(4)} | ` +
        `${(median(plans.map(plan => plan.ms)) / 1000).toFixed(2).padStart(4)}`
    )
  }
  return lines
}

/** How the build's feature plans read, per language; nothing when it wrote none. */
export function proseRows(rows: Row[], build: string): string[] {
  const scored = rows.filter(row => row.builds[build]?.plan?.prose)
  if (scored.length === 0) return []
  const grouped = groups(scored)
    .filter(([name]) => !['bug', 'feature', 'chore'].includes(name))
    .map(
      ([name, group]) =>
        [name, group.map(row => row.builds[build].plan!.prose!)] as [string, ProseScore[]]
    )
  return ['', ...proseTable(grouped, build)]
}

/** One line per instance: ranks and plan scores per build. */
export function detail(row: Row): string {
  const rank = (value?: number) => (value === undefined ? '-' : String(value)).padStart(2)
  const builds = Object.entries(row.builds).map(([label, result]) => {
    const research = result.research
      ? `file ${rank(result.research.fileRank)} fn ${rank(result.research.functionRank)}` +
        ` test ${rank(result.research.testRank)}`
      : ''
    const plan = result.plan
    const scored = !plan
      ? ''
      : !plan.valid
        ? ' plan INVALID'
        : ` R ${Number.isNaN(plan.recall) ? '-' : plan.recall.toFixed(2)} P ${plan.goldCode}/${plan.listedCode}` +
          ` fn ${mark(plan.functionHit)} lead ${mark(plan.functionHitFirst)} test ${mark(plan.testHit)}` +
          ` new ${mark(plan.newFileHit)}${plan.fault?.offending.length ? ` BAD ${plan.fault.offending.join(', ')}` : ''}`
    return `${label}: ${research}${scored}`
  })
  return `${row.id.padEnd(44)} ${row.kind.padEnd(7)} bm25 ${rank(row.bm25.fileRank)}  ${builds.join('  |  ')}`
}

function mark(value: boolean | undefined): string {
  return value === undefined ? '-' : value ? 'Y' : 'n'
}
