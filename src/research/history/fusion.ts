// Today's evidence and the history's, combined. A file's score is its share of the best file's
// score on each side, weighted and summed, on the scale of today's ranking (so the planners'
// "close to the best file" keeps its meaning); a test's likewise, from what it imports and calls,
// how often it changed with the code ranked first, and how often it changed in similar changes.
// The weights are fitted on the corpus's tuning half (`npm run bench:fit-history`), not by hand.
import { kindOf } from '../tree/classify.js'
import { roleOf, roleWeight } from '../tree/roles.js'
import { kindWeight } from '../evidence/scoreboard.js'
import { languageFamily, looksLikeTestFile } from '../covering/test-files.js'
import type { RankedFile, RankedTest } from '../types.js'
import type { Companion } from './co-change.js'
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

/** One similar commit as the fusion reads it: the files it touched that exist today. */
export interface SimilarCommit {
  sha: string
  subject: string
  score: number
  referenced: boolean
  files: string[]
}

/**
 * Everything the fusion reads, apart from the weights: what `bench:fit-history` records per
 * issue to fit them.
 */
export interface FusionInputs {
  /** Today's ranking, best first, deeper than the research returns. */
  files: RankedFile[]
  /** Tests found by what they import and call. */
  tests: RankedTest[]
  /** Commits most like the issue, best first. */
  similar: SimilarCommit[]
  /** What changed with each code file the fusion may rank first. */
  companions: Record<string, Companion[]>
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
      if (looksLikeTestFile(path)) continue
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

/**
 * The tests of the change, best first: the research's by imports and calls, those that changed
 * with the best-ranked code, and those that changed in similar commits. Each keeps the code file
 * it tests as its subject, so a plan lists it beside that file.
 */
export function fuseTests(
  inputs: FusionInputs,
  files: readonly RankedFile[],
  weights: FusionWeights
): RankedTest[] {
  const w = weights.tests
  const scores = new Map<string, Scored>()
  const subjects = new Map<string, string>()
  const bestCovering = Math.max(0, ...inputs.tests.map(test => test.score)) || 1
  for (const test of inputs.tests) {
    if (!subjects.has(test.path)) subjects.set(test.path, test.subject)
    const entry = scores.get(test.path)
    const share = (w.covering * test.score) / bestCovering
    if (!entry) scores.set(test.path, { score: share, reasons: [...test.reasons] })
    else if (share > entry.score) entry.score = share
  }
  const code = files.filter(file => file.kind === 'code').slice(0, w.subjects)
  code.forEach((subject, rank) => {
    for (const companion of inputs.companions[subject.path] ?? []) {
      if (companion.of < 2 || !looksLikeTestFile(companion.path)) continue
      if (languageFamily(companion.path) !== languageFamily(subject.path)) continue
      add(
        scores,
        companion.path,
        (w.coChange * companion.together) / companion.of / (rank + 1),
        togetherReason(subject.path, companion)
      )
      if (!subjects.has(companion.path)) subjects.set(companion.path, subject.path)
    }
  })
  const similar = new Map<string, Scored>()
  const best = inputs.similar[0]?.score || 1
  for (const commit of inputs.similar.slice(0, weights.similarCommits))
    for (const path of commit.files)
      if (looksLikeTestFile(path))
        add(
          similar,
          path,
          Math.max(commit.score / best, commit.referenced ? 1 : 0),
          `changed by ${commitLabel(commit)}`
        )
  const bestSimilar = Math.max(0, ...[...similar.values()].map(entry => entry.score)) || 1
  for (const [path, entry] of similar) {
    add(scores, path, (w.similar * entry.score) / bestSimilar, entry.reasons[0])
    if (!subjects.has(path)) {
      // The test goes with the best-ranked code file its commits touched, else the best one.
      const touched = inputs.similar.filter(commit => commit.files.includes(path))
      const subject = files.find(
        file => file.kind === 'code' && touched.some(commit => commit.files.includes(file.path))
      )
      const fallback = subject ?? code[0]
      if (fallback) subjects.set(path, fallback.path)
    }
  }
  return [...scores]
    .filter(([path]) => subjects.has(path))
    .map(([path, entry]) => ({
      path,
      subject: subjects.get(path)!,
      score: Math.round(entry.score * 1000) / 1000,
      reasons: entry.reasons.slice(0, 3)
    }))
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path))
}
