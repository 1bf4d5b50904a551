// Plan benchmark: for each instance, the research and the plan of the bundled CLI, run as a user
// would with no model key (the embedded planner), scored against the change that was merged; and
// a plain BM25 over the same tree in the same run. Tables per half of the corpus, per language and
// per kind; `--compare OTHER_DIST` runs a second build side by side; `--json` keeps the
// per-instance results for comparing two runs.
//
//   npm run bench:plan -- --mirrors DIR [--split report] [--compare OTHER_DIST] [--json FILE]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bm25Rank } from './bench/bm25.js'
import { runPlan, runResearch } from './bench/cli-runs.js'
import { goldOf, loadInstances, type Instance } from './bench/instances.js'
import { parseOptions, type BenchOptions } from './bench/options.js'
import { scoreFault } from './bench/fault-measures.js'
import { scorePlan } from './bench/plan-measures.js'
import { measureProse } from './bench/prose-measures.js'
import { detail, rowOf, type BuildResult, type Row } from './bench/report.js'
import { scoreResearch } from './bench/research-measures.js'
import { summary } from './bench/summary.js'
import { treeOf } from './bench/trees.js'

/** A build to run: its label, its CLI, and the options every command gets. */
type Build = [label: string, cli: string, extra: string[]]

function runBuild(
  [label, cli, extra]: Build,
  instance: Instance,
  tree: string,
  scratch: string,
  options: BenchOptions
): BuildResult {
  const issue = { scratch: join(scratch, label), title: instance.title, body: instance.body }
  const result: BuildResult = {}
  try {
    const research = runResearch(cli, tree, issue, options.top, extra)
    result.research = scoreResearch(
      research.files,
      research.symbols,
      goldOf(instance),
      research.ms,
      research.tests
    )
  } catch (error) {
    // One failing instance is a finding, not the end of the run.
    process.stderr.write(`${instance.id} (${label}): ${String(error).slice(0, 500)}\n`)
  }
  if (options.researchOnly) return result
  const kind = options.planKind ?? instance.kind
  const run = runPlan(cli, tree, { ...issue, kind }, extra)
  if (!run.markdown) {
    result.plan = { ...scorePlan('', { ...goldOf(instance), tests: [] }), ms: run.ms, valid: false }
    result.plan.error = run.error
    return result
  }
  const score = scorePlan(run.markdown, {
    ...goldOf(instance),
    tests: instance.gold_tests,
    added: instance.code_added
  })
  result.plan = { ...score, ms: run.ms, valid: true, fault: scoreFault(run.markdown, tree) }
  // How a feature plan reads: chatter, considerations, docs (bench/prose-measures.ts).
  if (kind === 'feature') result.plan.prose = measureProse(run.markdown, instance)
  if (options.plans) {
    const dir = join(options.plans, label)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${instance.id}.md`), run.markdown)
  }
  return result
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = loadInstances(options.instances, options.filter)
  const builds: Build[] = [['dist', options.cli, []]]
  if (options.compare) builds.push(['other', options.compare, []])
  // The same builds without the repository's history: what the history adds, in one run.
  if (options.noHistory)
    builds.push(
      ...builds.map(([label, cli]): Build => [`${label}-nohist`, cli, ['--history', '0']])
    )
  const scratch = mkdtempSync(join(tmpdir(), 'adw-bench-plan-'))
  const rows: Row[] = []
  try {
    for (const [index, instance] of instances.entries()) {
      const tree = await treeOf(instance, options.mirrors, options.work)
      const started = performance.now()
      const plain = bm25Rank(tree, `${instance.title}\n${instance.body}`, options.top)
      const bm25 = scoreResearch(plain, [], goldOf(instance), performance.now() - started)
      const row = rowOf(instance, bm25)
      for (const build of builds)
        row.builds[build[0]] = runBuild(build, instance, tree, join(scratch, instance.id), options)
      rows.push(row)
      process.stderr.write(`[${index + 1}/${instances.length}] ${detail(row)}\n`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  const labels = builds.map(([label]) => label)
  const described = builds.map(([label, cli, extra]) => [label, [cli, ...extra].join(' ')])
  process.stdout.write(
    `${instances.length} instances; builds: ${described.map(([label, run]) => `${label} = ${run}`).join(', ')}\n` +
      summary(rows, labels, options.researchOnly)
  )
  if (options.json)
    writeFileSync(
      options.json,
      `${JSON.stringify({ builds: Object.fromEntries(described), rows }, null, 2)}\n`
    )
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
