// Fits the weights of the ask scorer (src/plan/embedded/request/ask-likelihood.ts) on the tuning
// half's feature requests: every title, sentence and list item of a request is a unit, and a unit
// that names every key term of one of the asks labelled for it (bench/corpus/asks.json, the
// benchmark's own `coversAsk`) is an ask. A logistic regression with a small L2 penalty; then the
// threshold below which a criterion's source is no ask, chosen on the tuning half's criteria as
// the one that leaves the fewest specific criteria covering no ask without losing a covered ask.
// The criteria are the embedded planner's own (`criteriaOf`) read from the issue alone: the
// interface sketch is read as if the code held none of its names.
//
//   npm run bench:fit-asks [-- --report]   (--report: the reporting half too, never fitted on)
//   npm run bench:fit-asks -- --show ID      the tuning half's units of the requests named, scored
//   npm run bench:fit-asks -- --candidates   the tuning half's candidate criteria, scored
import { readIssue } from '../src/text/issue-text.js'
import { readFeatureRequest } from '../src/plan/embedded/feature/feature-request.js'
import { apiSketch } from '../src/plan/embedded/request/api-sketch.js'
import {
  askScorer,
  candidatesOf,
  criteriaOf,
  type CriteriaInput
} from '../src/plan/embedded/feature/feature-criteria.js'
import {
  ASK_FEATURES,
  ASK_THRESHOLD,
  ASK_WEIGHTS,
  askFeatures,
  askLikelihood,
  askUnits,
  type AskWeights
} from '../src/plan/embedded/request/ask-likelihood.js'
import { loadInstances, type Instance } from './bench/instances.js'
import { askScores, coversAsk } from './bench/prose-measures.js'

interface Sample {
  x: number[]
  y: number
}

const PENALTY = 1
const STEPS = 4000
const RATE = 0.5

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
const dot = (w: number[], x: number[]) => w.reduce((sum, value, index) => sum + value * x[index], 0)

function samplesOf(instance: Instance): Sample[] {
  const units = askUnits(instance.title, readIssue(instance.body))
  return units.map(unit => ({
    x: askFeatures(unit, instance.title),
    y: (instance.asks ?? []).some(ask => coversAsk(unit.text, ask)) ? 1 : 0
  }))
}

/** Batch gradient descent on the mean log loss plus an L2 penalty (the bias unpenalised). */
function fit(samples: Sample[]): number[] {
  const w = ASK_FEATURES.map(() => 0)
  for (let step = 0; step < STEPS; step++) {
    const gradient = w.map((value, index) => (index === 0 ? 0 : (PENALTY * value) / samples.length))
    for (const { x, y } of samples) {
      const error = sigmoid(dot(w, x)) - y
      for (let index = 0; index < w.length; index++)
        gradient[index] += (error * x[index]) / samples.length
    }
    for (let index = 0; index < w.length; index++) w[index] -= RATE * gradient[index]
  }
  return w
}

function logLoss(w: number[], samples: Sample[]): number {
  const loss = samples.reduce((sum, { x, y }) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(dot(w, x))))
    return sum - (y * Math.log(p) + (1 - y) * Math.log(1 - p))
  }, 0)
  return loss / samples.length
}

/** The chance a positive unit scores above a negative one. */
function auc(w: number[], samples: Sample[]): number {
  const scored = samples.map(({ x, y }) => ({ p: dot(w, x), y }))
  const positives = scored.filter(s => s.y === 1)
  const negatives = scored.filter(s => s.y === 0)
  let wins = 0
  for (const positive of positives)
    for (const negative of negatives)
      wins += positive.p > negative.p ? 1 : positive.p === negative.p ? 0.5 : 0
  return wins / Math.max(1, positives.length * negatives.length)
}

const asWeights = (w: number[]): AskWeights =>
  Object.fromEntries(
    ASK_FEATURES.map((name, index) => [name, Number(w[index].toFixed(3))])
  ) as AskWeights

interface Totals {
  asks: number
  asksCovered: number
  specific: number
  specificUncovered: number
}

function inputOf(instance: Instance): CriteriaInput {
  const reading = readIssue(instance.body)
  const request = readFeatureRequest(instance.title, reading)
  return {
    title: instance.title,
    reading,
    request,
    api: apiSketch(instance.title, reading, request.proposalSource, () => false),
    featureLabel: '“the feature”'
  }
}

function criteriaScores(instances: Instance[], weights: AskWeights, threshold: number): Totals {
  const totals: Totals = { asks: 0, asksCovered: 0, specific: 0, specificUncovered: 0 }
  for (const instance of instances) {
    const input = inputOf(instance)
    const reading = input.reading
    const criteria = criteriaOf(input, askScorer(instance.title, reading, weights), threshold)
    const score = askScores(criteria.all, instance.asks ?? [])
    for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += score[key]
  }
  return totals
}

const share = (part: number, whole: number) =>
  `${part}/${whole} ${whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`}`
const line = (totals: Totals) =>
  `asks covered ${share(totals.asksCovered, totals.asks).padEnd(12)} specific, no ask ${share(totals.specificUncovered, totals.specific)}`

const labelled = loadInstances('bench/corpus/corpus.json', { kind: 'feature' }).filter(
  instance => (instance.asks ?? []).length > 0
)
const tune = labelled.filter(instance => instance.split === 'tune')
const report = labelled.filter(instance => instance.split === 'report')
const samples = tune.flatMap(samplesOf)
const show = process.argv.indexOf('--show')
if (show > 0) {
  // The units of the requests named, each with its label and its likelihood under the committed weights.
  for (const instance of tune.filter(one => one.id.includes(process.argv[show + 1] ?? ''))) {
    const reading = readIssue(instance.body)
    for (const unit of askUnits(instance.title, reading)) {
      const ask = (instance.asks ?? []).some(one => coversAsk(unit.text, one)) ? 'ask' : '   '
      const p = askLikelihood(unit, instance.title)
      process.stdout.write(
        `${instance.id} ${ask} ${p.toFixed(2)} ${unit.item ?? ''}/${unit.part ?? ''} | ${unit.text.slice(0, 160)}\n`
      )
    }
  }
  process.exit(0)
}
if (process.argv.includes('--candidates')) {
  // The tuning half's candidate criteria, each with whether it covers an ask and its likelihood.
  for (const instance of tune) {
    const input = inputOf(instance)
    const score = askScorer(instance.title, input.reading)
    for (const candidate of candidatesOf(input)) {
      if (!candidate.line) continue
      const ask = (instance.asks ?? []).some(one => coversAsk(candidate.line!, one)) ? 'ask' : '   '
      process.stdout.write(
        `${instance.id} ${ask} ${score(candidate).toFixed(2)} | ${candidate.line.slice(0, 150)}  <= ${(candidate.source ?? '(interface)').slice(0, 80)}\n`
      )
    }
  }
  process.exit(0)
}
const w = fit(samples)
const weights = asWeights(w)

const out = [
  `${tune.length} labelled feature requests of the tuning half: ${samples.length} units, ${samples.filter(s => s.y === 1).length} of them asks`,
  `fit on the tuning half: log loss ${logLoss(w, samples).toFixed(3)} (all weights 0: ${logLoss(
    w.map(() => 0),
    samples
  ).toFixed(3)}), AUC ${auc(w, samples).toFixed(3)}`,
  '',
  'weights:',
  ...ASK_FEATURES.map((name, index) => `  ${name.padEnd(20)} ${w[index].toFixed(3).padStart(7)}`),
  '',
  "the tuning half's criteria by threshold (0: every candidate kept):"
]
const keepAll = criteriaScores(tune, weights, 0)
out.push(`  ${'0'.padStart(5)}  ${line(keepAll)}`)
let chosen = { threshold: 0, totals: keepAll }
for (let threshold = 0.05; threshold < 0.61; threshold += 0.025) {
  const totals = criteriaScores(tune, weights, threshold)
  out.push(`  ${threshold.toFixed(3)}  ${line(totals)}`)
  const ratio = (t: Totals) => t.specificUncovered / Math.max(1, t.specific)
  if (totals.asksCovered >= keepAll.asksCovered && ratio(totals) < ratio(chosen.totals))
    chosen = { threshold: Number(threshold.toFixed(3)), totals }
}
out.push('', `chosen threshold ${chosen.threshold}: ${line(chosen.totals)}`)
out.push(
  `committed (ASK_WEIGHTS, ASK_THRESHOLD ${ASK_THRESHOLD}) on the tuning half: ${line(criteriaScores(tune, ASK_WEIGHTS, ASK_THRESHOLD))}`
)
if (process.argv.includes('--report'))
  out.push(
    '',
    `reporting half (never fitted on), ${report.length} requests:`,
    `  every candidate kept: ${line(criteriaScores(report, weights, 0))}`,
    `  fitted, threshold ${chosen.threshold}: ${line(criteriaScores(report, weights, chosen.threshold))}`
  )
out.push(
  '',
  'ask-likelihood.ts:',
  `export const ASK_WEIGHTS: AskWeights = ${JSON.stringify(weights, null, 2)}`,
  `export const ASK_THRESHOLD = ${chosen.threshold}`,
  ''
)
process.stdout.write(out.join('\n'))
