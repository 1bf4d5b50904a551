// Localisation benchmark: for each instance, ranks the files and functions of the repository at
// its base commit from the issue alone, with the research step (the sources, in this process) and
// with a plain BM25, and reports Acc@k per half, language and kind, and the median time of each
// (`--repeats N` times each ranking N times and keeps the median).
//
//   npm run bench:localize -- --mirrors DIR [--split report] [--repeats 3]
import { writeFileSync } from 'node:fs'
import { research } from '../src/research/index.js'
import { bm25Rank } from './bench/bm25.js'
import { dumpGraph, writeDumps, type GraphDump } from './bench/dump-graph.js'
import type { FusionDump } from './bench/fusion-dump.js'
import type { FusionInputs } from '../src/research/types.js'
import { goldOf, loadInstances } from './bench/instances.js'
import { median } from './bench/metrics.js'
import { parseOptions } from './bench/options.js'
import { detail, rowOf, type Row } from './bench/report.js'
import { scoreResearch } from './bench/research-measures.js'
import { summary } from './bench/summary.js'
import { treeOf } from './bench/trees.js'

async function timed<T>(
  repeats: number,
  run: () => Promise<T> | T
): Promise<{ value: T; ms: number }> {
  const times: number[] = []
  let value: T | undefined
  for (let i = 0; i < repeats; i++) {
    const started = performance.now()
    value = await run()
    times.push(performance.now() - started)
  }
  return { value: value as T, ms: median(times) }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = loadInstances(options.instances, options.filter)
  const rows: Row[] = []
  const dumps: GraphDump[] = []
  const fusions: FusionDump[] = []
  for (const [index, instance] of instances.entries()) {
    const root = await treeOf(instance, options.mirrors, options.work)
    const { title, body } = instance
    const gold = goldOf(instance)
    let fused: FusionInputs | undefined
    const ours = await timed(options.repeats, () =>
      research({ root, title, body, top: options.top, onFusion: inputs => (fused = inputs) })
    )
    if (options.fusionDump && fused)
      fusions.push({
        id: instance.id,
        split: instance.split,
        kind: instance.kind,
        language: instance.language,
        gold: instance.gold_files,
        goldTests: instance.gold_tests,
        inputs: fused
      })
    const without = options.noHistory
      ? await timed(options.repeats, () =>
          research({ root, title, body, top: options.top, historyCommits: 0 })
        )
      : undefined
    const plain = options.skipBm25
      ? { value: [], ms: NaN }
      : await timed(options.repeats, () => bm25Rank(root, `${title}\n${body}`, options.top))
    const row = rowOf(instance, scoreResearch(plain.value, [], gold, plain.ms))
    for (const [label, run] of [
      ['src', ours],
      ['src-nohist', without]
    ] as const)
      if (run)
        row.builds[label] = {
          research: scoreResearch(
            run.value.files.map(file => file.path),
            run.value.symbols,
            gold,
            run.ms,
            run.value.tests.map(test => test.path)
          )
        }
    rows.push(row)
    if (options.dump) dumps.push(await dumpGraph(instance, root, 24))
    process.stderr.write(`[${index + 1}/${instances.length}] ${detail(row)}\n`)
    if (options.verbose)
      process.stderr.write(
        `  research: ${ours.value.files
          .slice(0, 5)
          .map(file => file.path)
          .join(', ')}\n`
      )
  }
  process.stdout.write(
    `${instances.length} instances, ${options.repeats} repeat(s) each\n${summary(rows, options.noHistory ? ['src', 'src-nohist'] : ['src'], true)}`
  )
  if (options.dump) writeDumps(options.dump, dumps)
  if (options.fusionDump) writeFileSync(options.fusionDump, JSON.stringify(fusions))
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ rows }, null, 2)}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
