// The reproducer a reviewer picks for a bug plan's Steps to Reproduce: the code block they wrote
// in the feedback, or the issue's block their words point at ("the xarray MVCE": the block that
// imports xarray, or sits under a heading saying so). The steps that ran another block give way.
import { blockLines, readFences } from '../../../text/fences.js'
import type { PlanDocument } from './plan-document.js'
import { descriptorWords } from './targets.js'

export const STEPS = 'Steps to Reproduce'

export interface CodeBlock {
  info: string
  code: string
  /** What the issue wrote just above it (its heading or introducing line), to name it by. */
  label: string
}

/** The issue's fenced code blocks, each with the line that introduces it. */
export function codeBlocksOf(text: string): CodeBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const fences = readFences(lines)
  const blocks: CodeBlock[] = []
  fences.forEach((fence, index) => {
    if (fence.role !== 'open') return
    let above = index - 1
    while (above >= 0 && (lines[above].trim() === '' || fences[above].role !== 'outside')) above--
    const label =
      above >= 0
        ? lines[above].replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\*\*)|\*\*:?\s*$/g, '').trim()
        : ''
    blocks.push({ info: fence.block.info, code: blockLines(lines, fence.block).join('\n'), label })
  })
  return blocks
}

/** The one block the words point at (all blocks scored by the words they hold), if one stands out. */
export function pickBlock(blocks: CodeBlock[], words: string[]): CodeBlock | undefined {
  if (words.length === 0) return undefined
  const scored = blocks
    .map(block => {
      const own = new Set(descriptorWords(`${block.code} ${block.label}`))
      return { block, score: words.filter(word => own.has(word)).length }
    })
    .sort((a, b) => b.score - a.score)
  const [best, next] = scored
  return best && best.score > 0 && best.score > (next?.score ?? 0) ? best.block : undefined
}

/** Spans of a step that quote code of `block` (a call, an import). */
const quotes = (step: string, block: CodeBlock) =>
  [...step.matchAll(/`([^`\n]{3,})`/g)].some(match => block.code.includes(match[1]))

/**
 * Makes `chosen` the reproducer: the steps that ran another of the issue's blocks go, and the
 * first step runs the chosen code. False when the plan has no Steps to Reproduce.
 */
export function useReproducer(
  plan: PlanDocument,
  chosen: CodeBlock,
  others: CodeBlock[],
  why: string
): boolean {
  const section = plan.section(STEPS, 2)
  if (!section) return false
  const steps = plan.items().filter(item => item.start >= section.start && item.end <= section.end)
  // Every step that ran the issue's code (this block or another) gives way to the one below.
  plan.remove(steps.filter(step => [chosen, ...others].some(block => quotes(step.text, block))))
  const fence = '`'.repeat(
    Math.max(3, ...[...chosen.code.matchAll(/`{3,}/g)].map(m => m[0].length + 1))
  )
  const label = chosen.label ? ` (${chosen.label.replace(/[`*_]/g, '')})` : ''
  const step = [
    `1. Run the reproducer ${why}${label}:`,
    `   ${fence}${chosen.info}`,
    ...chosen.code.split('\n').map(line => (line ? `   ${line}` : '')),
    `   ${fence}`
  ]
  // First in the list; in a list left empty, right under the heading, a blank line before the next.
  const fresh = plan.section(STEPS, 2)!
  const first = plan.items().find(item => item.start >= fresh.start && item.end <= fresh.end)
  const at = first ? first.start : fresh.start
  plan.insert(at, first || plan.lines[at]?.trim() === '' ? step : [...step, ''])
  renumber(plan)
  return true
}

/** Removes the steps that run `block`; false when no step did. */
export function dropReproducer(plan: PlanDocument, block: CodeBlock): boolean {
  const section = plan.section(STEPS, 2)
  if (!section) return false
  const steps = plan.items().filter(item => item.start >= section.start && item.end <= section.end)
  const running = steps.filter(step => quotes(step.text, block))
  // The section keeps a step: with none left the plan would say nothing of how to reproduce.
  if (running.length === 0 || running.length === steps.length) return false
  plan.remove(running)
  renumber(plan)
  return true
}

function renumber(plan: PlanDocument): void {
  const section = plan.section(STEPS, 2)
  if (!section) return
  let n = 0
  for (const item of plan
    .items()
    .filter(item => item.start >= section.start && item.end <= section.end)) {
    const line = plan.lines[item.start]
    if (/^\d{1,3}\.\s/.test(line))
      plan.replaceLine(item.start, line.replace(/^\d{1,3}\./, `${++n}.`))
  }
}
