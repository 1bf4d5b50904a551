// Fits the weights of the history fusion (src/research/history/weights.ts) on the tuning half of
// the corpus, from what `bench:localize --fusion-dump FILE` recorded, and shows what the fitted
// weights do on the reporting half, which the fit never sees. The files' weights are fitted
// first (on the changed files), then the tests' (on the existing tests the changes extended),
// with the files ranked by the fitted weights.
//
//   npm run bench:localize -- --mirrors DIR --fusion-dump fusion.json
//   npm run bench:fit-history -- fusion.json
import { readFileSync } from 'node:fs'
import { fuseFiles, fuseTests, type FusionWeights } from '../src/research/history/index.js'
import { historyWeights } from '../src/research/history/weights.js'
import type { FusionDump } from './bench/fusion-dump.js'
import { accuracyAt, firstGoldRank } from './bench/metrics.js'
import { groups } from './bench/report.js'

const TOP = 10

/** What the fit maximises: first place most, the first three and five next. */
const objective = (acc: number[]) => 3 * acc[0] + 2 * acc[1] + acc[2]
const show = (acc: number[]) => acc.map(value => (100 * value).toFixed(1).padStart(6)).join('')

function fileAccuracy(dumps: FusionDump[], weights: FusionWeights | undefined): number[] {
  const ranks = dumps.map(dump => {
    const files = weights ? fuseFiles(dump.inputs, weights) : dump.inputs.files
    return firstGoldRank(
      files.slice(0, TOP).map(file => file.path),
      dump.gold
    )
  })
  return [1, 3, 5, 10].map(k => accuracyAt(ranks, k))
}

function testAccuracy(dumps: FusionDump[], weights: FusionWeights | undefined): number[] {
  const ranks = dumps.map(dump => {
    const tests = weights
      ? fuseTests(dump.inputs, fuseFiles(dump.inputs, weights).slice(0, TOP), weights)
      : dump.inputs.tests
    return firstGoldRank([...new Set(tests.map(test => test.path))], dump.goldTests)
  })
  return [1, 3, 5, 10].map(k => accuracyAt(ranks, k))
}

function* fileGrid(): Generator<FusionWeights> {
  for (const history of [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1])
    for (const similarCommits of [10, 20, 30, 50])
      for (const similarityPower of [0.5, 1, 2])
        yield { ...historyWeights, history, similarCommits, similarityPower }
}

function* testGrid(files: FusionWeights): Generator<FusionWeights> {
  for (const coChange of [0, 0.25, 0.5, 1, 2])
    for (const similar of [0, 0.25, 0.5, 1, 2])
      for (const subjects of [1, 2, 3])
        yield { ...files, tests: { covering: 1, coChange, similar, subjects } }
}

function best(
  grid: Iterable<FusionWeights>,
  measure: (weights: FusionWeights) => number[]
): { weights: FusionWeights; acc: number[] }[] {
  const results = [...grid].map(weights => ({ weights, acc: measure(weights) }))
  // Stable: among equals, the grid's first (the smaller weights) wins.
  return results.sort((a, b) => objective(b.acc) - objective(a.acc))
}

function table(
  title: string,
  dumps: FusionDump[],
  accuracy: (dumps: FusionDump[], weights: FusionWeights | undefined) => number[],
  weights: FusionWeights
): string[] {
  const lines = [
    title,
    `${'group'.padEnd(12)}${'n'.padStart(4)}   today @1    @3    @5   @10   fused @1    @3    @5   @10`
  ]
  for (const [name, group] of groups(dumps))
    lines.push(
      `${name.padEnd(12)}${String(group.length).padStart(4)} ${show(accuracy(group, undefined))}  ${show(accuracy(group, weights))}`
    )
  return lines
}

const dumps = JSON.parse(readFileSync(process.argv[2], 'utf8')) as FusionDump[]
const withFiles = dumps.filter(dump => dump.gold.length > 0)
const withTests = dumps.filter(dump => dump.goldTests.length > 0)
const tune = (list: FusionDump[]) => list.filter(dump => dump.split === 'tune')
const report = (list: FusionDump[]) => list.filter(dump => dump.split === 'report')

const files = best(fileGrid(), weights => fileAccuracy(tune(withFiles), weights))
const chosenFiles = files[0].weights
const tests = best(testGrid(chosenFiles), weights => testAccuracy(tune(withTests), weights))
const chosen = tests[0].weights

const out = [
  `${dumps.length} instances with history read; fitted on the tuning half, Acc@1 @3 @5 @10`,
  '',
  'files, best five on the tuning half (history, similar commits, power):'
]
for (const { weights, acc } of files.slice(0, 5))
  out.push(
    `  ${weights.history} ${weights.similarCommits} ${weights.similarityPower}  tune ${show(acc)}  report ${show(fileAccuracy(report(withFiles), weights))}`
  )
out.push('', 'tests, best five on the tuning half (co-change, similar, subjects):')
for (const { weights, acc } of tests.slice(0, 5))
  out.push(
    `  ${weights.tests.coChange} ${weights.tests.similar} ${weights.tests.subjects}  tune ${show(acc)}  report ${show(testAccuracy(report(withTests), weights))}`
  )
for (const [half, pick] of [
  ['reporting half (never fitted on)', report],
  ['tuning half', tune]
] as const) {
  out.push('', ...table(`files, ${half}`, pick(withFiles), fileAccuracy, chosen))
  out.push('', ...table(`tests, ${half}`, pick(withTests), testAccuracy, chosen))
}
out.push('', 'weights.ts:', JSON.stringify(chosen, null, 2), '')
process.stdout.write(out.join('\n'))
