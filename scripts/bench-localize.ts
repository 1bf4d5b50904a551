// File-localisation benchmark: for each instance, ranks the files of the repository at its
// base commit from the problem statement alone, with the research step and with a plain BM25
// in the same process, and reports Acc@1/5/10 and the median time per instance.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { research } from '../src/research/index.js'
import { bm25Rank } from './bench/bm25.js'
import { materialise } from './bench/materialise.js'
import { accuracyAt, firstGoldRank, median } from './bench/metrics.js'
import { findGitDir } from './bench/mirrors.js'
import { parseOptions } from './bench/options.js'

interface Instance {
  instance_id: string
  repo: string
  base_commit: string
  problem_statement: string
  gold_files: string[]
}

interface MethodRun {
  ranked: string[]
  ms: number
}

async function timed(run: () => Promise<string[]> | string[]): Promise<MethodRun> {
  const started = performance.now()
  const ranked = await run()
  return { ranked, ms: performance.now() - started }
}

/** Runs `run` `repeats` times; keeps the last ranking and the median time. */
async function repeated(
  repeats: number,
  run: () => Promise<string[]> | string[]
): Promise<MethodRun> {
  const runs: MethodRun[] = []
  for (let i = 0; i < repeats; i++) runs.push(await timed(run))
  return { ranked: runs[runs.length - 1].ranked, ms: median(runs.map(r => r.ms)) }
}

function formatRank(rank: number | undefined): string {
  return rank === undefined ? '-' : String(rank)
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = (JSON.parse(readFileSync(options.instances, 'utf8')) as Instance[]).filter(
    instance => !options.only || instance.instance_id.includes(options.only)
  )
  const methods = ['research', 'bm25'] as const
  const ranks: Record<(typeof methods)[number], (number | undefined)[]> = { research: [], bm25: [] }
  const times: Record<(typeof methods)[number], number[]> = { research: [], bm25: [] }

  const lines: string[] = []
  for (const instance of instances) {
    const gitDir = findGitDir(options.mirrors, instance.repo)
    const cacheDir = join(options.work, instance.repo.replace('/', '+'))
    mkdirSync(cacheDir, { recursive: true })
    const tree = await materialise(gitDir, instance.base_commit, cacheDir)
    const [title, ...rest] = instance.problem_statement.split('\n')
    const body = rest.join('\n')

    const ours = await repeated(options.repeats, async () => {
      const result = await research({ root: tree.root, title, body, top: options.top })
      return result.files.map(file => file.path)
    })
    const plain = await repeated(options.repeats, () =>
      bm25Rank(tree.root, instance.problem_statement, options.top)
    )
    const oursRank = firstGoldRank(ours.ranked, instance.gold_files)
    const plainRank = firstGoldRank(plain.ranked, instance.gold_files)
    ranks.research.push(oursRank)
    ranks.bm25.push(plainRank)
    times.research.push(ours.ms)
    times.bm25.push(plain.ms)
    lines.push(
      `${instance.instance_id.padEnd(36)} research ${formatRank(oursRank).padStart(2)} ` +
        `(${ours.ms.toFixed(0).padStart(5)} ms)  bm25 ${formatRank(plainRank).padStart(2)} ` +
        `(${plain.ms.toFixed(0).padStart(5)} ms)  gold ${instance.gold_files.join(', ')}`
    )
    if (options.verbose) {
      process.stderr.write(
        `${lines[lines.length - 1]}\n  research: ${ours.ranked.slice(0, 5).join(', ')}\n`
      )
    }
  }

  const header = `${'method'.padEnd(10)} ${'Acc@1'.padStart(7)} ${'Acc@5'.padStart(7)} ${'Acc@10'.padStart(7)} ${'median ms'.padStart(10)}`
  const rows = methods.map(
    method =>
      `${method.padEnd(10)} ${pct(accuracyAt(ranks[method], 1)).padStart(7)} ` +
      `${pct(accuracyAt(ranks[method], 5)).padStart(7)} ${pct(accuracyAt(ranks[method], 10)).padStart(7)} ` +
      `${median(times[method]).toFixed(1).padStart(10)}`
  )
  process.stdout.write(
    [
      `${instances.length} instances, ${options.repeats} repeat(s) each`,
      '',
      header,
      ...rows,
      '',
      ...lines,
      ''
    ].join('\n')
  )
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
