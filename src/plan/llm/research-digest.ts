// Packs the research into the model's request under a token budget. Orientation (stack,
// structure, commands, tests) always goes in; then the repository's guidance text, ranked
// files, ranked symbols, the code's existing tests, doc summaries and file excerpts, best-ranked
// first, until the budget is spent. The model can read the rest itself.
import type { RankedSymbol, ResearchResult } from '../../research/types.js'
import type { RepoReader } from './repo-reader.js'

/** Rough token count for budgeting: English text and code average about 4 characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}

/** A Markdown code fence longer than any backtick run inside `text`, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  return '`'.repeat(Math.max(3, longest + 1))
}

export interface ResearchDigest {
  stack: string[]
  structure: { path: string; summary: string; fileCount: number }[]
  guides: string[]
  /** The maintainers' standing instructions, verbatim (cleaned and capped by the research). */
  guidance: { path: string; text: string; fence: string; truncated: boolean }[]
  commands: { command: string; purpose: string; description: string; source: string }[]
  tests: { dirs: string[]; pattern: string; examples: string[]; framework: string }
  docs: { path: string; title: string; summary: string }[]
  files: { path: string; kind: string; reasons: string[] }[]
  /** Where in those files: functions and classes, `Class.method`, with their lines. */
  symbols: { name: string; path: string; lines: string; reasons: string[] }[]
  /** Existing tests of the ranked code, found by what they import and call. */
  coveringTests: { path: string; subject: string; reasons: string[] }[]
  /** Past commits worded like the issue that touched the ranked code (subjects already cleaned). */
  pastChanges: { sha: string; subject: string; files: string[] }[]
  excerpts: { path: string; text: string; fence: string }[]
  /** Items left out for the budget. */
  omitted: number
  estimatedTokens: number
}

export interface DigestOptions {
  tokenBudget: number
  /** How many top-ranked files get an excerpt. */
  excerptFiles: number
  excerptLines: number
  excerptChars: number
}

export const defaultDigestOptions: DigestOptions = {
  tokenBudget: 8000,
  excerptFiles: 6,
  excerptLines: 40,
  excerptChars: 2000
}

function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}…`
}

type Candidate = { priority: number; tokens: number; add: (digest: ResearchDigest) => void }

function clipAll(reasons: readonly string[], count: number): string[] {
  return reasons.slice(0, count).map(reason => clip(reason, 160))
}

/** One candidate per item, best-ranked first: `priority` is the first one's, `into` its list. */
function queueRanked<T, E>(
  candidates: Candidate[],
  items: readonly T[],
  priority: number,
  entryOf: (item: T) => E,
  into: (digest: ResearchDigest) => E[]
): void {
  items.forEach((item, rank) => {
    const entry = entryOf(item)
    candidates.push({
      priority: priority + rank,
      tokens: estimateTokens(JSON.stringify(entry)),
      add: digest => into(digest).push(entry)
    })
  })
}

/** What always goes in: the orientation (stack, structure, commands, tests), with empty lists for the rest. */
function orientationDigest(research: ResearchResult): ResearchDigest {
  const { orientation } = research
  return {
    stack: orientation.stack.slice(0, 20),
    structure: orientation.structure
      .slice(0, 25)
      .map(area => ({ ...area, summary: clip(area.summary, 160) })),
    guides: orientation.agentGuides.slice(0, 10),
    commands: orientation.commands
      .slice(0, 15)
      .map(({ command, purpose, description, source }) => ({
        command,
        purpose,
        description: clip(description, 160),
        source
      })),
    tests: {
      dirs: orientation.tests.dirs.slice(0, 5),
      pattern: orientation.tests.pattern,
      examples: orientation.tests.examples.slice(0, 3),
      framework: orientation.tests.framework ?? ''
    },
    guidance: [],
    docs: [],
    files: [],
    symbols: [],
    coveringTests: [],
    pastChanges: [],
    excerpts: [],
    omitted: 0,
    estimatedTokens: 0
  }
}

function symbolEntry(symbol: RankedSymbol): ResearchDigest['symbols'][number] {
  const span =
    symbol.startLine === symbol.endLine
      ? `${symbol.startLine}`
      : `${symbol.startLine}-${symbol.endLine}`
  return {
    name: symbol.className ? `${symbol.className}.${symbol.name}` : symbol.name,
    path: symbol.path,
    lines: symbol.line !== undefined ? `${span} (line ${symbol.line} in particular)` : span,
    reasons: clipAll(symbol.reasons, 3)
  }
}

/** The first lines of the best-ranked code files, read through `reader`. */
function queueExcerpts(
  candidates: Candidate[],
  research: ResearchResult,
  reader: RepoReader,
  options: DigestOptions
): void {
  research.files
    .filter(file => file.kind !== 'doc')
    .slice(0, options.excerptFiles)
    .forEach((file, rank) => {
      const answer = reader.readFile(file.path, 1, options.excerptLines)
      if (!answer.startsWith('File ')) return
      const text = clip(answer, options.excerptChars)
      const entry = { path: file.path, text, fence: fenceFor(text) }
      candidates.push({
        priority: 300 + rank,
        tokens: estimateTokens(text) + 4,
        add: digest => digest.excerpts.push(entry)
      })
    })
}

/** Everything that goes in only while the budget lasts, in the order it is offered. */
function optionalCandidates(
  research: ResearchResult,
  reader: RepoReader,
  options: DigestOptions
): Candidate[] {
  const { orientation } = research
  // Lower priority number = kept first. Within a kind, rank order decides.
  const candidates: Candidate[] = []
  // The maintainers' own instructions outrank anything the research inferred.
  for (const [rank, file] of (orientation.guidance ?? []).entries()) {
    const entry = { ...file, fence: fenceFor(file.text) }
    candidates.push({
      priority: 50 + rank,
      tokens: estimateTokens(file.text) + estimateTokens(file.path) + 8,
      add: digest => digest.guidance.push(entry)
    })
  }
  queueRanked(
    candidates,
    research.files,
    100,
    file => ({ path: file.path, kind: file.kind, reasons: clipAll(file.reasons, 4) }),
    digest => digest.files
  )
  queueRanked(candidates, research.symbols, 150, symbolEntry, digest => digest.symbols)
  queueRanked(
    candidates,
    research.tests,
    180,
    test => ({ path: test.path, subject: test.subject, reasons: clipAll(test.reasons, 3) }),
    digest => digest.coveringTests
  )
  queueRanked(
    candidates,
    research.history?.similar ?? [],
    190,
    change => ({
      sha: change.sha.slice(0, 7),
      subject: clip(change.subject, 120),
      files: change.files.slice(0, 8)
    }),
    digest => digest.pastChanges
  )
  queueRanked(
    candidates,
    orientation.docs,
    200,
    doc => ({ path: doc.path, title: clip(doc.title, 120), summary: clip(doc.summary, 500) }),
    digest => digest.docs
  )
  queueExcerpts(candidates, research, reader, options)
  return candidates
}

/** Builds the digest; `reader` supplies excerpts through the same guard as the model's tools. */
export function digestResearch(
  research: ResearchResult,
  reader: RepoReader,
  options: DigestOptions = defaultDigestOptions
): ResearchDigest {
  const digest = orientationDigest(research)
  let spent = estimateTokens(JSON.stringify(digest))
  const candidates = optionalCandidates(research, reader, options)
  for (const candidate of candidates.sort((a, b) => a.priority - b.priority)) {
    if (spent + candidate.tokens > options.tokenBudget) {
      digest.omitted++
      continue
    }
    spent += candidate.tokens
    candidate.add(digest)
  }
  digest.estimatedTokens = spent
  return digest
}
