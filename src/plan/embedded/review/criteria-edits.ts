// The plan's acceptance criteria as a reviewer points at them: by quoting one, by words of it, or
// by the heading of the issue's section it came from ("the MVCE confirmation checkboxes" are the
// issue's checklist under "MVCE confirmation"). Removed, added or reworded in place.
import { readFences } from '../../../text/fences.js'
import { prose } from '../prose.js'
import type { PlanDocument, PlanItem } from './plan-document.js'
import { descriptorWords } from './targets.js'

const SECTION = 'Acceptance Criteria'
const BOX = /^(\s*[-*+]\s+\[[ xX]\]\s+)(.*)$/

/** A word's stem, so "confirmations" finds "confirmation" and "documented" finds "document". */
const stem = (word: string) => word.toLowerCase().replace(/(?:ations?|ing|ed|es|s)$/, '')

export function criteriaOf(plan: PlanDocument): PlanItem[] {
  return plan.itemsUnder(SECTION).filter(item => BOX.test(item.text))
}

const textOf = (item: PlanItem) => BOX.exec(item.text.split('\n')[0])?.[2].trim() ?? ''

/** The heading the issue wrote above a line holding `text` (its checklist's title), if any. */
function issueHeadingOf(text: string, issueBody: string): string {
  const lines = issueBody.split('\n')
  const fences = readFences(lines)
  const at = lines.findIndex((line, i) => fences[i].role === 'outside' && line.includes(text))
  for (let i = at - 1; i >= 0; i--) {
    if (fences[i].role !== 'outside') continue
    const heading =
      /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[i]) ?? /^\s*\*\*(.+?)\*\*:?\s*$/.exec(lines[i])
    if (heading) return heading[1]
  }
  return ''
}

/** The criteria the words point at: every one holding them all, in its text or its issue heading. */
export function matchCriteria(
  plan: PlanDocument,
  target: { words: string[]; quoted?: string },
  issueBody: string
): PlanItem[] {
  const criteria = criteriaOf(plan)
  if (target.quoted) {
    // A quote is of a criterion or of its checklist's heading ("the “Done when” boxes").
    const quoted = target.quoted.toLowerCase()
    return criteria.filter(item => {
      const text = textOf(item)
      return [text, issueHeadingOf(text, issueBody)].some(part =>
        part.toLowerCase().includes(quoted)
      )
    })
  }
  if (target.words.length === 0) return []
  const wanted = target.words.map(stem)
  return criteria.filter(item => {
    const text = textOf(item)
    const words = new Set(descriptorWords(`${text} ${issueHeadingOf(text, issueBody)}`).map(stem))
    return wanted.every(word => words.has(word))
  })
}

/** The one criterion the words fit best, or undefined when none or several fit as well. */
export function bestCriterion(
  plan: PlanDocument,
  target: { words: string[]; quoted?: string },
  issueBody: string
): PlanItem | undefined {
  const all = matchCriteria(plan, target, issueBody)
  if (all.length === 1) return all[0]
  if (target.quoted || target.words.length === 0) return undefined
  const wanted = new Set(target.words.map(stem))
  const scored = criteriaOf(plan)
    .map(item => ({
      item,
      score: descriptorWords(textOf(item)).filter(word => wanted.has(stem(word))).length
    }))
    .sort((a, b) => b.score - a.score)
  return scored[0]?.score > 0 && scored[0].score > (scored[1]?.score ?? 0)
    ? scored[0].item
    : undefined
}

export function addCriterion(plan: PlanDocument, text: string): 'added' | 'listed' | 'no-section' {
  const line = prose(text, 300)
  if (criteriaOf(plan).some(item => textOf(item).toLowerCase() === line.toLowerCase()))
    return 'listed'
  return plan.appendItems(SECTION, [`- [ ] ${line}`]) ? 'added' : 'no-section'
}

export function rewordCriterion(plan: PlanDocument, item: PlanItem, text: string): void {
  const box = BOX.exec(plan.lines[item.start])!
  plan.replaceLine(item.start, `${box[1]}${prose(text, 300)}`)
}

export const criterionText = textOf
