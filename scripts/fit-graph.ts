// Fits the weights of the graph-guided reranking (scripts/bench/graph-rerank.ts) on the tuning
// half of the corpus, from the candidates and edges `bench:localize --dump FILE` wrote, and shows
// what the fitted weights do on the reporting half (which the fit never sees).
//
//   npm run bench:localize -- --mirrors DIR --dump graph.json
//   npm run bench:fit-graph -- graph.json
import { readFileSync } from 'node:fs'
import { defaultGraphWeights, rerank, type GraphWeights } from './bench/graph-rerank.js'
import type { GraphDump } from './bench/dump-graph.js'
import { accuracyAt, firstGoldRank } from './bench/metrics.js'

const STEPS = [0, 0.05, 0.1, 0.2, 0.4]
const HUB = [0, 0.05, 0.1, 0.2]

function ranked(dump: GraphDump, weights: GraphWeights): string[] {
  const flows = rerank(
    dump.candidates.map(c => ({ path: c.path, score: c.score, code: c.kind === 'code' })),
    dump,
    weights
  )
  return dump.candidates
    .map(c => ({ path: c.path, score: flows.get(c.path)?.score ?? c.score }))
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
    .map(c => c.path)
}

function measure(dumps: GraphDump[], weights: GraphWeights): number[] {
  const ranks = dumps.map(dump => firstGoldRank(ranked(dump, weights).slice(0, 10), dump.gold))
  return [1, 3, 5, 10].map(k => accuracyAt(ranks, k))
}

/** What the fit maximises: first place most, the first three and five next. */
const objective = (acc: number[]) => 3 * acc[0] + 2 * acc[1] + acc[2]

function* grid(): Generator<GraphWeights> {
  for (const toImported of STEPS)
    for (const toCalled of STEPS)
      for (const toBase of [0, 0.1, 0.2])
        for (const toImporter of STEPS)
          for (const toCaller of STEPS)
            for (const hub of HUB) yield { toImported, toCalled, toBase, toImporter, toCaller, hub }
}

const show = (acc: number[]) => acc.map(value => (100 * value).toFixed(1).padStart(6)).join('')

const dumps = (JSON.parse(readFileSync(process.argv[2], 'utf8')) as GraphDump[]).filter(
  dump => dump.gold.length > 0
)
const tune = dumps.filter(dump => dump.split === 'tune')
const report = dumps.filter(dump => dump.split === 'report')
// No flow at all: the ranking as the research makes it.
const zero = defaultGraphWeights
const results = [...grid()].map(weights => ({ weights, acc: measure(tune, weights) }))
results.sort((a, b) => objective(b.acc) - objective(a.acc))
process.stdout.write(
  `${tune.length} tuning and ${report.length} reporting instances; Acc@1 @3 @5 @10\n`
)
process.stdout.write(
  `no graph      tune ${show(measure(tune, zero))}  report ${show(measure(report, zero))}\n`
)
// The reporting half is measured for the chosen weights only: choosing among several by their
// reporting figures would be tuning on it.
for (const { weights, acc } of results.slice(1, 8))
  process.stdout.write(`${JSON.stringify(weights)}\n              tune ${show(acc)}\n`)
const chosen = results[0]
process.stdout.write(
  `chosen: ${JSON.stringify(chosen.weights)}\n              tune ${show(chosen.acc)}  report ${show(measure(report, chosen.weights))}\n`
)
