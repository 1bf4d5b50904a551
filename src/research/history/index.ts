// The history stage: what the repository's own past says about this issue. It reads HEAD's
// history once (in a git process that runs while the tree is scanned), finds the commits worded
// like the issue and what changed with the best-ranked code, and hands both to the fusion with
// today's evidence. No git, an empty history or a budget of 0 leave today's research as it is.
import type { IssueSignals } from '../issue/mentions.js'
import { kindOf } from '../tree/classify.js'
import type { Companion, Companionship, FusionInputs, RankedFile, SimilarCommit } from '../types.js'
import { CoChange } from './co-change.js'
import { commitTitle, plainSubject } from './labels.js'
import type { LogResult } from './read-log.js'
import { similarChanges } from './similar-changes.js'
import type { HistoryBudget } from './types.js'

export { fuseFiles, fuseTests, type FusionWeights } from './fusion.js'
// Started before the tree's scan; the research awaits it once today's ranking is done.
export { readHistory } from './read-log.js'
export { historyWeights } from './weights.js'
export { precedentOf } from './precedent.js'
export type { HistoryBudget } from './types.js'

/**
 * The commits and bytes bound what is read; the time only guards against a pathological
 * repository. A time limit that bites changes the plan with the machine's load: two runs on a
 * busy runner would read different histories and rank differently (`npm run bench:scale` checks
 * that repeated runs rank the same). 3,000 commits take git about 0.3 s of CPU on the corpus's
 * largest histories, read while the tree is scanned.
 */
export const defaultHistoryBudget: HistoryBudget = {
  commits: 3000,
  ms: 15_000,
  bytes: 64 * 1024 * 1024,
  maxFilesPerCommit: 100
}

/** Similar commits the fusion reads, at most: the fit never uses more. */
const SIMILAR = 50
/** Code files whose companions are worked out: those that could rank first after the fusion. */
const SUBJECTS = 10

/** What the fusion needs from the history, for the files that exist in the tree today. */
export function historyInputs(
  log: LogResult,
  signals: IssueSignals,
  issueText: string,
  exists: (path: string) => boolean,
  files: RankedFile[]
): FusionInputs {
  const similar: SimilarCommit[] = similarChanges(log.commits, signals, issueText)
    .slice(0, SIMILAR)
    .map(({ commit, score, referenced }) => ({
      sha: commit.sha,
      subject: plainSubject(commitTitle(commit)),
      score,
      referenced,
      files: commit.files.map(file => file.path).filter(exists)
    }))
  const coChange = new CoChange(log.commits)
  const subjects = new Set(
    files
      .filter(file => file.kind === 'code')
      .slice(0, SUBJECTS)
      .map(file => file.path)
  )
  // Code the similar commits touched may rank first once the history counts.
  for (const commit of similar.slice(0, SUBJECTS))
    for (const path of commit.files) if (subjects.size < 2 * SUBJECTS) subjects.add(path)
  const companions: Record<string, Companion[]> = {}
  for (const path of subjects) companions[path] = coChange.companionsOf(path, exists).slice(0, 40)
  // The covering tests are found after the fusion has ranked the files; the research adds them.
  return { files, tests: [], similar, companions }
}

/** The past changes a plan cites: worded like the issue, and touching the code it changes. */
export function citedChanges(
  inputs: FusionInputs,
  files: readonly RankedFile[],
  max = 3
): SimilarCommit[] {
  const lead = new Set(
    files
      .filter(file => file.kind === 'code')
      .slice(0, 3)
      .map(file => file.path)
  )
  return inputs.similar
    .slice(0, 10)
    .filter(commit => commit.files.some(path => lead.has(path)))
    .slice(0, max)
}

/**
 * What the history says changes with the best-ranked code file besides its tests: files that
 * changed in at least `share` of its recent commits, and in three of them at least.
 */
export function companionsOfLead(
  inputs: FusionInputs,
  files: readonly RankedFile[],
  share = 0.3,
  max = 3
): Companionship[] {
  const lead = files.find(file => file.kind === 'code')
  if (!lead) return []
  return (inputs.companions[lead.path] ?? [])
    .filter(item => item.together >= 3 && item.together / item.of >= share)
    .filter(item => kindOf(item.path) !== 'test')
    .slice(0, max)
    .map(item => ({ path: item.path, with: lead.path, together: item.together, of: item.of }))
}
