// How a feature plan reads, counted by rules of the benchmark's own (not the product's, so the
// planner is not graded by the filter it uses): acceptance criteria and Solution Overviews that
// carry the issue's chatter (first person, hedges, courtesies, offers to send a pull request),
// user stories that paste the title in or promise nothing, security and performance notes that
// fire and whether they give a reason a reader can check, documentation lines that point at
// examples, templates or CI, and how many phases the work is cut into; and the acceptance
// criteria against the asks labelled for the request (bench/corpus/asks.json): the asks a
// criterion names, the specific criteria that name none, and the criteria that carry a reason, a
// hint or a service's boilerplate instead of a behaviour.
import type { LabelledAsk } from './corpus/types.js'
import { sectionOf } from './plan-measures.js'

export interface ProseScore {
  criteria: number
  /** Criteria carrying first-person or hedging chatter. */
  criteriaChatter: number
  /** The Solution Overview quotes chatter (courtesy, an offer, a hedge, the reporter's "I"). */
  overviewChatter: boolean
  /** The Problem Statement carries courtesy, offers, hedges or environment lines. */
  problemChatter: boolean
  /** The user story holds the issue's title verbatim, or promises only that "the problem goes away". */
  storyTitle: boolean
  storyVacuous: boolean
  /** Security and performance notes other than the plan's "nothing apparent" line. */
  securityFired: number
  performanceFired: number
  /** Of those, the notes that cite neither the issue's words nor a file the plan lists. */
  firedWithoutReason: number
  /** Documentation Updates lines naming an example, an issue or PR template, or CI. */
  docsOffTarget: number
  phases: number
  /** The asks labelled for the request, and those one criterion covers. */
  asks: number
  asksCovered: number
  /** Criteria beyond the generic ones (tests pass, behaviour unchanged, documented), and those covering no ask. */
  specific: number
  specificUncovered: number
  /** Criteria that carry why or how (a reason, a hint) or a service's boilerplate. */
  criteriaReasonHint: number
}

// Outside code spans: the words of the reporter, not the code's.
const FIRST_PERSON = /\b(?:I|I'm|I'd|I've|I'll|me|my|mine|myself|we|we're|we've|us|our)\b/
const HEDGE =
  /\b(?:maybe|perhaps|probably|possibly|arguably|hopefully|I (?:think|guess|believe|suppose|feel|imagine)|seems?|might|may|imo|imho|not sure|kind of|sort of|would be (?:nice|great|cool|handy|helpful|awesome|good))\b/i
const COURTESY =
  /\b(?:thanks?|thank you|please|let me know|what do you think|any thoughts|hi|hello|hey)\b|\b(?:submit|open|send|make|provide|prepare|create|raise)\s+(?:a\s+|the\s+)?(?:pr|pull request)\b|\bwilling to\b|\bhappy to (?:help|contribute)\b/i
const ENVIRONMENT = /\b(?:OS|Version|Node(?:\/npm)? version|Platform|Browser):\s/

function words(text: string): string {
  return text.replace(/(`+)[\s\S]*?\1/g, ' ').replace(/\]\([^)]*\)|https?:\/\/\S+/g, ' ')
}

function isChatty(text: string): boolean {
  const prose = words(text)
  return FIRST_PERSON.test(prose) || HEDGE.test(prose) || COURTESY.test(prose)
}

function bullets(section: string): string[] {
  return section
    .split('\n')
    .map(line => /^\s*-\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line)?.[1])
    .filter((item): item is string => item !== undefined && item.trim() !== '')
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()
// A quote may drop the issue's formatting (backticks, emphasis): compare the words.
const bare = (text: string) => flat(text.replace(/[`*_]/g, ''))

/** A note gives a reason a reader can check: a quote of the issue, or a file the plan lists. */
function citesReason(note: string, issueBody: string, listed: string[]): boolean {
  const body = bare(issueBody)
  const quotes = [...note.matchAll(/“([^”]{4,})”|`([^`]{4,})`/g)].map(m => m[1] ?? m[2])
  return quotes.some(quote => body.includes(bare(quote)) || listed.includes(quote))
}

// An example program, an issue or pull request template, or a CI definition.
const OFF_TARGET =
  /(?:^|\/)(?:examples?|samples?|demos?)\/|\.github\/(?:ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE|workflows)|pull_request_template|\.circleci\/|\.travis\.ya?ml|appveyor\.ya?ml|azure-pipelines|\.gitlab-ci|Jenkinsfile/i

function firedNotes(section: string, nothing: RegExp): string[] {
  return bullets(section).filter(note => !nothing.test(note))
}

function storyScores(story: string, title: string): { storyTitle: boolean; storyVacuous: boolean } {
  const bare = flat(title.replace(/^\s*(?:\[[^\]]*\]|[\w-]+(?:\([^)]*\))?:)\s*/, ''))
  return {
    storyTitle: bare.length > 12 && flat(story).includes(bare),
    storyVacuous: /the problem described below goes away|the project does what the issue asks/.test(
      story
    )
  }
}

// The criteria every plan closes with, whatever it asks: tests, unchanged behaviour, docs.
const GENERIC =
  /\bcovered by (?:automated )?tests\b|\bexisting (?:behaviou?r|tests)\b|\btests? pass\b|\bdocument(?:ed|ation)\b|\bworks as the issue describes\b/i
// Why it is wanted, or how it might be done, rather than what it must do.
const REASON = /\b(?:because|since|given that|which means|due to|in order to|so that|the reason)\b/i
const HINT =
  /\b(?:you (?:could|can|might|may|would)|one (?:could|can|might)|(?:a|the) (?:simple|generic|possible|good|better|easy) way|for example|for instance|e\.g\.|maybe|perhaps|might)\b/i
const BOILERPLATE =
  /\b(?:sponsor\w*|bount(?:y|ies)|backers?|funded|upvote|thanks?|thank you|checkout|become a|subscribe|donat\w*|rewarded)\b|\p{Extended_Pictographic}/iu

/** A term's alternative found in a text at a word's start (`*`: any word it starts). */
function names(text: string, alternative: string): boolean {
  const prefix = alternative.endsWith('*')
  const needle = (prefix ? alternative.slice(0, -1) : alternative).toLowerCase()
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' '
    const after = text[at + needle.length] ?? ' '
    if (/[a-z0-9_]/.test(before) && /^[a-z0-9_]/.test(needle)) continue
    if (prefix || !/[a-z0-9_]/.test(after) || !/[a-z0-9_]$/.test(needle)) return true
  }
  return false
}

// A term with at most one letter or digit (`*`, `#`, `/`, `-o`, `{n}`) is too short to be found
// inside words: it is named only as a token of its own, and its `*` is a character, not a prefix.
const isShortTerm = (alternative: string) => alternative.replace(/[^a-z0-9]/gi, '').length <= 1

/** The criterion's tokens: each code span whole and split at spaces, each word of its prose. */
function tokensOf(criterion: string): Set<string> {
  const tokens = new Set<string>()
  const add = (piece: string) => {
    if (!piece) return
    tokens.add(piece)
    // Prose punctuation around a word ("(`-o`)," "“#”") is not part of it.
    const trimmed = piece.replace(/^[([{“"'‘]+(?=\S)/, '').replace(/(?<=\S)[)\]}”"'’,.;:!?]+$/, '')
    if (trimmed) tokens.add(trimmed)
  }
  const prose = criterion.replace(/(`+)([\s\S]*?)\1/g, (_, __, span: string) => {
    add(span.trim().toLowerCase())
    for (const piece of span.toLowerCase().split(/\s+/)) add(piece)
    return ' '
  })
  for (const piece of prose.toLowerCase().split(/\s+/)) add(piece)
  return tokens
}

/** A criterion covers an ask when it names each of the ask's key terms. */
export function coversAsk(criterion: string, ask: LabelledAsk): boolean {
  const text = criterion.toLowerCase().replace(/[`*]/g, ' ').replace(/\s+/g, ' ')
  const tokens = tokensOf(criterion)
  return ask.terms.every(term =>
    term
      .split('|')
      .some(alternative =>
        isShortTerm(alternative) ? tokens.has(alternative.toLowerCase()) : names(text, alternative)
      )
  )
}

/** The criteria beyond the generic ones that name none of the asks. */
export function uncoveredCriteria(markdown: string, asks: LabelledAsk[]): string[] {
  if (asks.length === 0) return []
  return bullets(sectionOf(markdown, '## Acceptance Criteria')).filter(
    criterion => !GENERIC.test(criterion) && !asks.some(ask => coversAsk(criterion, ask))
  )
}

/** Criteria against the asks labelled for their request (none labelled: no criterion is counted as uncovered). */
export function askScores(criteria: string[], asks: LabelledAsk[]) {
  const specific = criteria.filter(criterion => !GENERIC.test(criterion))
  return {
    asks: asks.length,
    asksCovered: asks.filter(ask => criteria.some(criterion => coversAsk(criterion, ask))).length,
    specific: specific.length,
    specificUncovered:
      asks.length === 0
        ? 0
        : specific.filter(criterion => !asks.some(ask => coversAsk(criterion, ask))).length,
    criteriaReasonHint: criteria.filter(criterion => {
      const prose = words(criterion)
      return REASON.test(prose) || HINT.test(prose) || BOILERPLATE.test(prose)
    }).length
  }
}

export function measureProse(
  markdown: string,
  issue: { title: string; body: string; asks?: LabelledAsk[] }
): ProseScore {
  const criteria = bullets(sectionOf(markdown, '## Acceptance Criteria'))
  const listed = [
    ...bullets(sectionOf(markdown, '### Existing Files to Modify')),
    ...bullets(sectionOf(markdown, '### New Files to Create'))
  ].map(line => /^`([^`]+)`/.exec(line)?.[1] ?? '')
  const security = firedNotes(
    sectionOf(markdown, '## Security Considerations'),
    /^No new trust boundary|^No security-relevant|^Nothing in the issue/i
  )
  const performance = firedNotes(
    sectionOf(markdown, '## Performance Considerations'),
    /^No performance-sensitive|^Nothing in the issue/i
  )
  const problem = sectionOf(markdown, '## Problem Statement')
  return {
    criteria: criteria.length,
    criteriaChatter: criteria.filter(isChatty).length,
    overviewChatter: isChatty(sectionOf(markdown, '## Solution Overview')),
    problemChatter:
      HEDGE.test(words(problem)) || COURTESY.test(words(problem)) || ENVIRONMENT.test(problem),
    ...storyScores(sectionOf(markdown, '## User Story'), issue.title),
    securityFired: security.length,
    performanceFired: performance.length,
    firedWithoutReason: [...security, ...performance].filter(
      note => !citesReason(note, issue.body, listed)
    ).length,
    docsOffTarget: bullets(sectionOf(markdown, '## Documentation Updates')).filter(line =>
      [...line.matchAll(/`([^`]+)`/g)].some(m => OFF_TARGET.test(m[1]))
    ).length,
    phases: markdown.split('\n').filter(line => /^### Phase \d+:/.test(line)).length,
    ...askScores(criteria, issue.asks ?? [])
  }
}

const sum = (scores: ProseScore[], pick: (score: ProseScore) => number) =>
  scores.reduce((total, score) => total + pick(score), 0)
const plans = (scores: ProseScore[], pick: (score: ProseScore) => boolean | number) =>
  scores.filter(score => Boolean(pick(score))).length

/** One line per group of plans; counts are plans unless the header says otherwise. */
export function proseTable(groups: [string, ProseScore[]][], title: string): string[] {
  const lines = [
    `prose of feature plans (${title}): criteria with chatter (criteria/all criteria, plans), ` +
      'overviews and problem statements quoting chatter, stories with the title pasted in or an empty benefit, ' +
      'security/performance notes fired (plans), fired notes without a reason (notes/fired), docs lines at examples/templates/CI, plans in 3 phases',
    `${'group'.padEnd(12)}${'n'.padStart(4)} |  crit chat  plans | overview problem | title empty | sec perf  noreason | docs | 3 phases`
  ]
  for (const [name, scores] of groups) {
    if (scores.length === 0) continue
    const fired = sum(scores, score => score.securityFired + score.performanceFired)
    lines.push(
      `${name.padEnd(12)}${String(scores.length).padStart(4)} | ` +
        `${`${sum(scores, s => s.criteriaChatter)}/${sum(scores, s => s.criteria)}`.padStart(10)} ${String(plans(scores, s => s.criteriaChatter)).padStart(6)} | ` +
        `${String(plans(scores, s => s.overviewChatter)).padStart(8)} ${String(plans(scores, s => s.problemChatter)).padStart(7)} | ` +
        `${String(plans(scores, s => s.storyTitle)).padStart(5)} ${String(plans(scores, s => s.storyVacuous)).padStart(5)} | ` +
        `${String(plans(scores, s => s.securityFired)).padStart(3)} ${String(plans(scores, s => s.performanceFired)).padStart(4)} ` +
        `${`${sum(scores, s => s.firedWithoutReason)}/${fired}`.padStart(9)} | ` +
        `${String(sum(scores, s => s.docsOffTarget)).padStart(4)} | ${String(plans(scores, s => s.phases >= 3)).padStart(8)}`
    )
  }
  return [...lines, '', ...askTable(groups, title)]
}

const percent = (part: number, whole: number) =>
  `${part}/${whole} ${whole === 0 ? '  -' : `${Math.round((100 * part) / whole)}%`.padStart(4)}`

/** The criteria against the asks labelled for each request (only requests with labels count). */
function askTable(groups: [string, ProseScore[]][], title: string): string[] {
  const lines = [
    `criteria of feature plans against the labelled asks (${title}): asks a criterion covers, specific criteria covering no ask, criteria carrying a reason, hint or boilerplate`,
    `${'group'.padEnd(12)}${'n'.padStart(4)} | ${'asks covered'.padStart(14)} | ${'specific, no ask'.padStart(16)} | ${'reason/hint'.padStart(14)}`
  ]
  for (const [name, all] of groups) {
    const scores = all.filter(score => score.asks > 0)
    if (scores.length === 0) continue
    lines.push(
      `${name.padEnd(12)}${String(scores.length).padStart(4)} | ` +
        `${percent(
          sum(scores, s => s.asksCovered),
          sum(scores, s => s.asks)
        ).padStart(14)} | ` +
        `${percent(
          sum(scores, s => s.specificUncovered),
          sum(scores, s => s.specific)
        ).padStart(16)} | ` +
        `${percent(
          sum(scores, s => s.criteriaReasonHint),
          sum(scores, s => s.criteria)
        ).padStart(14)}`
    )
  }
  return lines
}
