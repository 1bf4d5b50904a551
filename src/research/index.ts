// The research step, stage by stage: read the issue, list the tree, rank its files, then the
// definitions inside the best of them, orient (docs, stack, commands, test layout), and find the
// existing tests of the code the change goes into. Each stage has its folder beside this file.
import { findCoveringTests } from './covering/covering-tests.js'
import { findNewMember } from './families/index.js'
import {
  citedChanges,
  companionsOfLead,
  defaultHistoryBudget,
  fuseFiles,
  fuseTests,
  historyInputs,
  historyWeights,
  precedentOf,
  readHistory
} from './history/index.js'
import { readBehaviours } from './issue/behaviours.js'
import { issueInput } from './issue/issue-input.js'
import { readIssueSignals } from './issue/issue-signals.js'
import { readQuotedCode } from './issue/quoted-code.js'
import { orient } from './orientation/index.js'
import { defaultRankOptions, rankFiles } from './rank/rank-files.js'
import { defaultSymbolOptions, outlineFiles, rankSymbols } from './rank/rank-symbols.js'
import { exclusionFor } from './tree/classify.js'
import { listRepositoryFiles } from './tree/list-files.js'
import { Manifests } from './tree/manifests.js'
import type { ResearchQuery, ResearchResult } from './types.js'

export { listRepositoryFiles } from './tree/list-files.js'

/** How deep today's ranking goes for the history to lift a file from. */
const FUSION_DEPTH = 50
export type * from './types.js'

export async function research(query: ResearchQuery): Promise<ResearchResult> {
  const started = performance.now()
  const stagesMs: Record<string, number> = {}
  const mark = (stage: string) => (stagesMs[stage] = Math.round(performance.now() - started))
  // The history is read by a git process of its own while this one scans the tree.
  const history = readHistory(query.root, {
    ...defaultHistoryBudget,
    commits: query.historyCommits ?? defaultHistoryBudget.commits
  })
  // The tree is listed by git while the issue is read.
  const listing = listRepositoryFiles(query.root)
  // The issue, read once for every reader of it.
  const issue = issueInput(query.title, query.body)
  const signals = readIssueSignals(issue)
  const quotes = readQuotedCode(issue)

  // The tree (without what the caller leaves out, such as the plans already written), and its
  // manifests read once: the ranking takes the project's names from them, the orientation its
  // stack and commands.
  const { skip } = query
  const listed = await listing
  const all = skip ? listed.filter(path => !skip(path)) : listed
  const manifests = new Manifests(query.root, all)
  const rankable = all.filter(path => exclusionFor(path) === undefined)
  mark('list')

  // Files by the issue's evidence; then, with the parser loaded only now, the definitions in the
  // few best-ranked files (and those the issue pins a line in).
  // The ranking goes deeper than the result, so the history can lift a file from further down.
  const top = query.top ?? defaultRankOptions.top
  const today = await rankFiles(manifests, rankable, signals, quotes, {
    ...defaultRankOptions,
    top: Math.max(top, FUSION_DEPTH)
  })
  mark('rank')
  const log = await history
  mark('history')
  const tracked = new Set(rankable)
  const inputs =
    log.commits.length > 0
      ? historyInputs(
          log,
          signals,
          `${query.title}\n${query.body}`,
          path => tracked.has(path),
          today.files
        )
      : undefined
  const ranking = inputs
    ? { ...today, files: fuseFiles(inputs, historyWeights).slice(0, top) }
    : { ...today, files: today.files.slice(0, top) }
  const outlined = await outlineFiles(query.root, ranking, defaultSymbolOptions)
  const symbols = rankSymbols(outlined, ranking, signals, readBehaviours(issue))
  mark('symbols')

  // A feature that adds a member to a family (a rule, a plugin, a check) takes its siblings' shape.
  const member = findNewMember(issue, signals, ranking.files, rankable)
  const precedent =
    member && inputs ? precedentOf(member, log.commits, path => tracked.has(path)) : undefined
  const newMember = member && precedent ? { ...member, precedent } : member

  const orientation = orient(manifests, all, { contextFile: query.contextFile }, rankable)
  mark('orient')
  // The tests of the best-ranked code files: those the ranking put first, not files pinned only.
  const subjects = outlined.filter(file => file.prior >= 0.3).slice(0, 3)
  const covering = findCoveringTests(query.root, orientation.tests.files, subjects, symbols)
  if (inputs) {
    inputs.tests = covering
    query.onFusion?.(inputs)
  }
  const tests = inputs ? fuseTests(inputs, ranking.files, historyWeights) : covering
  mark('tests')
  return {
    files: ranking.files,
    symbols,
    tests,
    history: {
      read: log.read,
      similar: inputs
        ? citedChanges(inputs, ranking.files).map(({ sha, subject, files }) => ({
            sha,
            subject,
            files
          }))
        : [],
      companions: inputs ? companionsOfLead(inputs, ranking.files) : []
    },
    parsed: outlined.map(file => ({ path: file.path, parser: file.outline.parser })),
    orientation,
    ...(newMember ? { newMember } : {}),
    fileCount: ranking.fileCount,
    elapsedMs: Math.round(performance.now() - started),
    stagesMs,
    threads: ranking.scan.threads
  }
}
