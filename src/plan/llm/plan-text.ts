// Turns a model's answer into the plan document: unwraps a code fence or a preamble.
import { titleLine } from '../format/sections.js'

const fenceLine = /^(`{3,}|~{3,})/

/** The plan Markdown inside a model answer, or '' when there is none. */
export function extractPlanMarkdown(answer: string): string {
  let text = answer.replace(/\r\n/g, '\n').trim()
  const wrapped = /^(`{3,}|~{3,})[ \t]*(?:md|markdown)?[ \t]*\n([\s\S]*?)\n\1[ \t]*$/.exec(text)
  if (wrapped) text = wrapped[2].trim()

  const start = text.search(titleLine)
  if (start < 0) return ''
  if (start > 0) {
    // A preamble ("Here is the plan:") and perhaps an opening fence precede the plan; the
    // closing fence then dangles at the end, leaving an odd number of fence lines.
    text = text.slice(start)
    const lines = text.split('\n')
    const fences = lines.filter(line => fenceLine.test(line)).length
    if (fences % 2 === 1 && fenceLine.test(lines.at(-1)?.trim() ?? '')) lines.pop()
    text = lines.join('\n').trim()
  }
  return `${text}\n`
}
