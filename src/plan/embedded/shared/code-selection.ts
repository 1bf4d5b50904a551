// Which of the research's ranked code files a plan lists to change, lead first, and which it only
// names as also considered: the evidence decides how many, and a bug lists fewer than a feature.
import type { RankedFile, ResearchResult } from '../../../research/types.js'
import { code } from '../prose.js'
import { hasDirectEvidence } from './symbols.js'

/** How many files a kind of plan lists: bugs touch few, features may span several. */
export interface FileSelection {
  /**
   * Another code file is listed when its score is at least this share of the best file's, if the
   * research is unsure of the lead; when it is sure, only files about as strong as the lead are.
   */
  share: number
  /** Code and config files listed at most. */
  max: number
  /** Documentation files listed at most. */
  docs: number
  /** Existing test files of the lead listed at most (each other listed file adds its own). */
  tests: number
}

export const featureSelection: FileSelection = { share: 0.35, max: 4, docs: 2, tests: 2 }

/** The best symbol's file leads only if it scores at least this share of the best file. */
const LEAD_FILE = 0.5
/** A lead symbol this strong rests on direct evidence: a frame, a quote, a qualified name. */
const SURE_SYMBOL = 8
/** When sure, another file is listed if its best symbol is this close to the lead's… */
const CLOSE_SYMBOL = 0.8
/** …or the file itself scores this close to the best file. */
const CLOSE_FILE = 0.85

/** Code files the research's ranking offers: the listed ones and those also considered. */
const MAX_CANDIDATES = 6
const MAX_CONSIDERED = 4

/**
 * The code files a plan lists, lead first. The lead is the file of the research's best symbol
 * (it weighs the evidence inside files too), else its best code file; another file joins when
 * its score is close enough to the best one's, or when `keep` names it. The rest are only
 * "also considered".
 */
export function selectCode(
  research: ResearchResult,
  usable: RankedFile[],
  selection: FileSelection,
  keep: readonly string[]
): { code: RankedFile[]; considered: RankedFile[]; sure: boolean } {
  const candidates = usable
    .filter(file => file.kind === 'code' || file.kind === 'config')
    .slice(0, MAX_CANDIDATES)
  const codeFiles = candidates.filter(file => file.kind === 'code')
  if (candidates.length === 0) return { code: [], considered: [], sure: false }
  const best = Math.max(...candidates.map(file => file.score))
  // The best symbol leads when its file is a serious candidate itself.
  const strong = codeFiles.filter(file => file.score >= best * LEAD_FILE)
  const symbolLead = research.symbols.find(symbol => strong.some(file => file.path === symbol.path))
  const lead = strong.find(file => file.path === symbolLead?.path) ?? candidates[0]
  const leadScore = symbolLead && symbolLead.path === lead.path ? symbolLead.score : 0
  // Without parsed symbols (a language without patterns either), the file's own evidence decides.
  const sure =
    research.symbols.length > 0 ? leadScore >= SURE_SYMBOL : hasDirectEvidence(research, lead)
  const bestSymbol = (file: RankedFile) =>
    research.symbols.find(symbol => symbol.path === file.path)?.score ?? 0
  const close = (file: RankedFile) =>
    sure
      ? bestSymbol(file) >= leadScore * CLOSE_SYMBOL || file.score >= best * CLOSE_FILE
      : file.score >= best * selection.share
  const chosen = [lead]
  for (const file of candidates) {
    if (chosen.length >= selection.max || chosen.includes(file)) continue
    if (close(file) || keep.includes(file.path)) chosen.push(file)
  }
  // Config files only make sense after code: a manifest is rarely the main home of a change.
  const code = [
    lead,
    ...chosen.slice(1).sort((a, b) => Number(a.kind === 'config') - Number(b.kind === 'config'))
  ]
  const considered = codeFiles.filter(file => !code.includes(file)).slice(0, MAX_CONSIDERED)
  return { code, considered, sure }
}

/** "Also considered, with weaker evidence: `a` (mentions `x` 5 times) and `b` (…)." */
export function alsoConsideredLine(files: readonly RankedFile[]): string | undefined {
  if (files.length === 0) return undefined
  const items = files.map(file =>
    file.reasons[0] ? `${code(file.path)} (${file.reasons[0]})` : code(file.path)
  )
  const last = items.pop()!
  return `Also considered, with weaker evidence: ${items.length > 0 ? `${items.join(', ')} and ${last}` : last}.`
}
