// Plan benchmark: every measure of a plan against the fix that was merged. For each instance it
// ranks the files in this process (research against a plain BM25: Acc@1/5/10 and time), then runs
// the bundled CLI as a user would (`adw-plan plan --kind bug`, no model key) and scores the plan:
// recall and precision of the files it lists to modify, whether it names a gold function in its
// own analysis, whether it names the test file the fix's tests extend, and the time per plan.
//
//   npm run bench:plan -- --instances FILE.json --mirrors DIR [--work DIR] [--plans DIR]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadInstances, titleAndBody } from './bench/instances.js'
import { compareRankings } from './bench/localize.js'
import { materialise } from './bench/materialise.js'
import { accuracyAt, median } from './bench/metrics.js'
import { findGitDir } from './bench/mirrors.js'
import { parseOptions } from './bench/options.js'
import { scorePlan, type PlanScore } from './bench/plan-measures.js'
import { runPlan } from './bench/run-plan.js'

interface Row {
  id: string
  language?: string
  researchRank?: number
  bm25Rank?: number
  researchMs: number
  bm25Ms: number
  plan?: PlanScore & { ms: number; cliResearchMs?: number }
}

const pct = (value: number) => `${(100 * value).toFixed(1)}%`
const mean = (values: number[]) =>
  values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length

function share(rows: Row[], pick: (row: Row) => boolean | undefined): string {
  const scored = rows.filter(row => pick(row) !== undefined)
  const hits = scored.filter(row => pick(row)).length
  return scored.length === 0 ? 'n/a' : `${pct(hits / scored.length)} (${hits}/${scored.length})`
}

function mark(value: boolean | undefined): string {
  return value === undefined ? '-' : value ? 'Y' : 'n'
}

function summary(rows: Row[], repeats: number, cli: string, kind: string): string[] {
  const ranks = (pick: (row: Row) => number | undefined) => rows.map(pick)
  const research = ranks(row => row.researchRank)
  const bm25 = ranks(row => row.bm25Rank)
  const researchMedian = median(rows.map(row => row.researchMs))
  const bm25Median = median(rows.map(row => row.bm25Ms))
  const lines = [
    `${rows.length} instances; rankings: ${repeats} run(s) each in this process`,
    '',
    `${'ranking'.padEnd(12)}${'Acc@1'.padStart(8)}${'Acc@5'.padStart(8)}${'Acc@10'.padStart(8)}${'median ms'.padStart(11)}`,
    `${'research'.padEnd(12)}${pct(accuracyAt(research, 1)).padStart(8)}${pct(accuracyAt(research, 5)).padStart(8)}${pct(accuracyAt(research, 10)).padStart(8)}${researchMedian.toFixed(1).padStart(11)}`,
    `${'plain BM25'.padEnd(12)}${pct(accuracyAt(bm25, 1)).padStart(8)}${pct(accuracyAt(bm25, 5)).padStart(8)}${pct(accuracyAt(bm25, 10)).padStart(8)}${bm25Median.toFixed(1).padStart(11)}`,
    `research time / BM25 time: ${(researchMedian / bm25Median).toFixed(2)} (medians), ${(
      rows.reduce((sum, row) => sum + row.researchMs, 0) /
      rows.reduce((sum, row) => sum + row.bm25Ms, 0)
    ).toFixed(2)} (totals)`
  ]
  const planned = rows.filter(row => row.plan)
  if (planned.length === 0) return lines
  const plans = planned.map(row => row.plan!)
  const listed = plans.map(plan => plan.listedCode)
  lines.push(
    '',
    `plans: node ${cli} plan --kind ${kind} (embedded planner, no key), one run each`,
    `  recall (gold files under Existing Files to Modify)   ${pct(mean(plans.map(plan => plan.recall)))}`,
    `  precision (listed code files that are gold)          ${pct(
      mean(plans.map(plan => (plan.listedCode === 0 ? 0 : plan.goldCode / plan.listedCode)))
    )} (${mean(listed).toFixed(1)} code files listed per plan)`,
    `  function hit (named in the plan's own analysis)      ${share(planned, row => row.plan!.functionHit)}`,
    `    in the first file bullet                           ${share(planned, row => row.plan!.functionHitFirst)}`,
    `  test hit (names the test file the fix extends)       ${share(planned, row => row.plan!.testHit)}`,
    `  median time per plan (process start to exit)         ${(median(plans.map(plan => plan.ms)) / 1000).toFixed(2)} s`
  )
  const cliResearch = plans.map(plan => plan.cliResearchMs).filter(ms => ms !== undefined)
  if (cliResearch.length > 0)
    lines.push(
      `  median research time inside the CLI                  ${median(cliResearch).toFixed(0)} ms`
    )
  return lines
}

function detail(row: Row): string {
  const rank = (value?: number) => (value === undefined ? '-' : String(value)).padStart(2)
  const head = `${row.id.padEnd(38)} research ${rank(row.researchRank)} (${row.researchMs.toFixed(0).padStart(5)} ms)  bm25 ${rank(row.bm25Rank)} (${row.bm25Ms.toFixed(0).padStart(5)} ms)`
  if (!row.plan) return head
  const plan = row.plan
  return `${head}  R ${plan.recall.toFixed(2)} P ${plan.goldCode}/${plan.listedCode} fn ${mark(plan.functionHit)}${mark(plan.functionHitFirst)} test ${mark(plan.testHit)} ${plan.ms.toFixed(0).padStart(5)} ms`
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = loadInstances(options.instances, options.only)
  const scratch = mkdtempSync(join(tmpdir(), 'adw-bench-plan-'))
  if (options.plans) mkdirSync(options.plans, { recursive: true })
  const rows: Row[] = []
  try {
    for (const instance of instances) {
      const gitDir = findGitDir(options.mirrors, instance.repo)
      const cacheDir = join(options.work, instance.repo.replace('/', '+'))
      mkdirSync(cacheDir, { recursive: true })
      const tree = await materialise(gitDir, instance.base_commit, cacheDir)
      const ranked = await compareRankings(instance, tree.root, options)
      const row: Row = {
        id: instance.instance_id,
        researchRank: ranked.research.rank,
        bm25Rank: ranked.bm25.rank,
        researchMs: ranked.research.ms,
        bm25Ms: ranked.bm25.ms
      }
      if (!options.researchOnly) {
        const { title, body } = titleAndBody(instance)
        const run = runPlan({
          cli: options.cli,
          tree: tree.root,
          scratch: join(scratch, instance.instance_id),
          title,
          body,
          kind: options.kind
        })
        const score = scorePlan(run.markdown, {
          files: instance.gold_files,
          tests: instance.gold_tests ?? [],
          functions: instance.gold_functions ?? []
        })
        row.plan = { ...score, ms: run.ms, cliResearchMs: run.researchMs }
        if (options.plans)
          writeFileSync(join(options.plans, `${instance.instance_id}.md`), run.markdown)
      }
      rows.push(row)
      if (options.verbose) process.stderr.write(`${detail(row)}\n`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  process.stdout.write(
    [
      ...summary(rows, options.repeats, options.cli, options.kind),
      '',
      ...rows.map(detail),
      ''
    ].join('\n')
  )
  if (options.json) writeFileSync(options.json, `${JSON.stringify(rows, null, 2)}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
