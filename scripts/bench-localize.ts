// File-localisation benchmark: for each instance, ranks the files of the repository at its
// base commit from the problem statement alone, with the research step and with a plain BM25
// in the same process, and reports Acc@1/5/10 and the median time per instance.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadInstances } from './bench/instances.js'
import { compareRankings } from './bench/localize.js'
import { materialise } from './bench/materialise.js'
import { accuracyAt, median } from './bench/metrics.js'
import { findGitDir } from './bench/mirrors.js'
import { parseOptions } from './bench/options.js'

function formatRank(rank: number | undefined): string {
  return rank === undefined ? '-' : String(rank)
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = loadInstances(options.instances, options.only)
  const methods = ['research', 'bm25'] as const
  const ranks: Record<(typeof methods)[number], (number | undefined)[]> = { research: [], bm25: [] }
  const times: Record<(typeof methods)[number], number[]> = { research: [], bm25: [] }

  const lines: string[] = []
  for (const instance of instances) {
    const gitDir = findGitDir(options.mirrors, instance.repo)
    const cacheDir = join(options.work, instance.repo.replace('/', '+'))
    mkdirSync(cacheDir, { recursive: true })
    const tree = await materialise(gitDir, instance.base_commit, cacheDir)
    const { research: ours, bm25: plain } = await compareRankings(instance, tree.root, options)
    ranks.research.push(ours.rank)
    ranks.bm25.push(plain.rank)
    times.research.push(ours.ms)
    times.bm25.push(plain.ms)
    lines.push(
      `${instance.instance_id.padEnd(36)} research ${formatRank(ours.rank).padStart(2)} ` +
        `(${ours.ms.toFixed(0).padStart(5)} ms)  bm25 ${formatRank(plain.rank).padStart(2)} ` +
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
