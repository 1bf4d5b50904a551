// Today's evidence and the history's, combined. A file's score is its share of the best file's
// score on each side, weighted and summed, on the scale of today's ranking (so the planners'
// "close to the best file" keeps its meaning); a test's likewise, from what it imports and calls,
// how often it changed with the code ranked first, and how often it changed in similar changes.
// The weights are fitted on the corpus's tuning half (`npm run bench:fit-history`), not by hand.
import { codeExtensions, extensionOf, kindOf } from '../tree/classify.js'
import { roleOf } from '../tree/roles.js'
import { kindWeight, roleWeight } from '../tree/path-priors.js'
import { languageFamily } from '../covering/test-files.js'
import type { Companion, FusionInputs, RankedFile, RankedTest } from '../types.js'
import { commitLabel } from './labels.js'

export interface FusionWeights {
  /** What the history's ranking adds, as a share of the best file's score today. */
  history: number
  /** Similar commits whose files the history ranks. */
  similarCommits: number
  /** A similar commit's weight is its share of the best one's similarity, to this power. */
  similarityPower: number
  tests: {
    /** Tests found by what they import and call. */
    covering: number
    /** Tests that changed together with the best-ranked code. */
    coChange: number
    /** Tests that changed in similar commits. */
    similar: number
    /** The best-ranked code files whose co-changed tests count (the first counts most). */
    subjects: number
  }
}

interface Scored {
  score: number
  reasons: string[]
}

function add(map: Map<string, Scored>, path: string, score: number, reason?: string): void {
  const entry = map.get(path) ?? { score: 0, reasons: [] }
  entry.score += score
  if (reason && !entry.reasons.includes(reason)) entry.reasons.push(reason)
  map.set(path, entry)
}

/**
 * A test a change may extend: code in the tests' tree or named as a test. Broader than a name
 * alone (`test/request/subdomains.js`, `spec/partials.js`, a linter's fixture `ERA001.py`): that
 * it changes with the code is the evidence. Generated outputs (snapshots, expected text) are not.
 */
function isTest(path: string): boolean {
  return kindOf(path) === 'test' && codeExtensions.has(extensionOf(path))
}

/** How much a kind and role of file counts, as today's ranking weighs them. */
function pathWeight(path: string): number {
  return kindWeight[kindOf(path)] * roleWeight[roleOf(path)]
}

/** Files of the similar commits, scored by the commits' similarity. */
function historyScores(inputs: FusionInputs, weights: FusionWeights): Map<string, Scored> {
  const similar = inputs.similar.slice(0, weights.similarCommits)
  const best = similar[0]?.score || 1
  const scores = new Map<string, Scored>()
  for (const commit of similar) {
    const strength = Math.max(commit.score / best, commit.referenced ? 1 : 0)
    for (const path of commit.files) {
      if (isTest(path)) continue
      add(
        scores,
        path,
        strength ** weights.similarityPower * pathWeight(path),
        `changed by ${commitLabel(commit)}`
      )
    }
  }
  return scores
}

/** Today's ranking with the history's added, best first, each file with its reasons. */
export function fuseFiles(inputs: FusionInputs, weights: FusionWeights): RankedFile[] {
  const top = inputs.files[0]?.score || 1
  const history = historyScores(inputs, weights)
  const best = Math.max(0, ...[...history.values()].map(entry => entry.score)) || 1
  const fused = new Map<string, RankedFile>()
  for (const file of inputs.files) fused.set(file.path, { ...file, reasons: [...file.reasons] })
  for (const [path, entry] of history) {
    const gain = top * weights.history * (entry.score / best)
    const known = fused.get(path)
    const file: RankedFile = known ?? {
      path,
      score: 0,
      kind: kindOf(path),
      reasons: [],
      ...(roleOf(path) !== 'project' ? { role: roleOf(path) as RankedFile['role'] } : {})
    }
    file.score += gain
    // The history's reason after today's strongest ones: the reader sees both kinds of evidence.
    file.reasons.splice(Math.min(file.reasons.length, 2), 0, entry.reasons[0])
    fused.set(path, file)
  }
  return [...fused.values()]
    .map(file => ({
      ...file,
      score: Math.round(file.score * 1000) / 1000,
      reasons: file.reasons.slice(0, 4)
    }))
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
}

/** "changed with `src/x.rs` in 14 of its last 20 commits" */
function togetherReason(subject: string, companion: Companion): string {
  return `changed with \`${subject}\` in ${companion.together} of its last ${companion.of} commits`
}

/** A test of one subject, as the fusion scores it; `order` keeps the research's own order on ties. */
interface TestEntry extends RankedTest {
  order: number
}

/**
 * The research's tests as the fusion starts from them: each keeps its place in the research's
 * order (which puts a test that uses the code again and again first), its score never above the
 * one before it, so with no history the order stays as it was.
 */
function coveringEntries(tests: readonly RankedTest[], weight: number): Map<string, TestEntry> {
  const best = Math.max(0, ...tests.map(test => test.score)) || 1
  const entries = new Map<string, TestEntry>()
  let ceiling = Infinity
  tests.forEach((test, order) => {
    ceiling = Math.min(ceiling, (weight * test.score) / best)
    const key = `${test.subject}\0${test.path}`
    if (!entries.has(key))
      entries.set(key, { ...test, reasons: [...test.reasons], score: ceiling, order })
  })
  return entries
}

/** Adds evidence to the test's entry for `subject`, making one if the research had none. */
function credit(
  entries: Map<string, TestEntry>,
  path: string,
  subject: string,
  score: number,
  reason: string
): void {
  const key = `${subject}\0${path}`
  const entry = entries.get(key) ?? { path, subject, score: 0, reasons: [], order: entries.size }
  entry.score += score
  // After the research's two strongest reasons: a reader sees both kinds of evidence.
  if (!entry.reasons.includes(reason))
    entry.reasons.splice(Math.min(entry.reasons.length, 2), 0, reason)
  entries.set(key, entry)
}

/**
 * The tests of the change, best first: the research's by imports and calls, those that changed
 * with the best-ranked code, and those that changed in similar commits. Each is tied to the code
 * file it tests (its subject), so a plan lists it beside that file.
 */
export function fuseTests(
  inputs: FusionInputs,
  files: readonly RankedFile[],
  weights: FusionWeights
): RankedTest[] {
  const w = weights.tests
  const entries = coveringEntries(inputs.tests, w.covering)
  const code = files.filter(file => file.kind === 'code').slice(0, w.subjects)
  code.forEach((subject, rank) => {
    for (const companion of inputs.companions[subject.path] ?? []) {
      if (companion.of < 2 || !isTest(companion.path)) continue
      if (languageFamily(companion.path) !== languageFamily(subject.path)) continue
      const share = companion.together / companion.of
      credit(
        entries,
        companion.path,
        subject.path,
        (w.coChange * share) / (rank + 1),
        togetherReason(subject.path, companion)
      )
    }
  })
  // Tests the similar commits changed, by the commits' similarity.
  const similar = new Map<string, Scored>()
  const best = inputs.similar[0]?.score || 1
  for (const commit of inputs.similar.slice(0, weights.similarCommits))
    for (const path of commit.files)
      if (isTest(path))
        add(
          similar,
          path,
          Math.max(commit.score / best, commit.referenced ? 1 : 0),
          `changed by ${commitLabel(commit)}`
        )
  const bestSimilar = Math.max(0, ...[...similar.values()].map(entry => entry.score)) || 1
  for (const [path, entry] of similar) {
    const score = (w.similar * entry.score) / bestSimilar
    const own = [...entries.values()].filter(item => item.path === path)
    if (own.length > 0) {
      for (const item of own) credit(entries, path, item.subject, score, entry.reasons[0])
      continue
    }
    // A test only the history knows goes with the best-ranked code its commits touched.
    const touched = inputs.similar.filter(commit => commit.files.includes(path))
    const subject =
      files.find(
        file => file.kind === 'code' && touched.some(commit => commit.files.includes(file.path))
      ) ?? code[0]
    if (subject) credit(entries, path, subject.path, score, entry.reasons[0])
  }
  return [...entries.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _order, ...test }) => ({
      ...test,
      score: Math.round(test.score * 1000) / 1000,
      reasons: test.reasons.slice(0, 3)
    }))
}
