// What the feature plan reads besides the issue's parts: the issue's own sentences about the
// request (for the considerations, which quote them), and the text of the code the change touches
// (to tell a name the issue proposes from one the code already has).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isChatter } from '../../../text/chatter.js'
import type { IssueReading } from '../../../text/issue-text.js'
import { sentencesOf } from '../../../text/sentences.js'
import { escapeRegExp } from '../../../text/regex.js'

/**
 * The issue's sentences that speak about the request: the title, the problem, the proposal, its
 * sketch, criteria and drawbacks, and the loose prose; not the alternatives set aside, not logs,
 * code, versions or courtesies.
 */
export function issueSentences(title: string, reading: IssueReading): string[] {
  const { sections } = reading
  const parts = [
    sections.problem,
    sections.solution,
    sections.api,
    sections.criteria,
    sections.cons,
    ...reading.looseParagraphs,
    ...reading.checklist
  ]
  // The body's sentences first: they say more about the concern than the title's few words.
  return [
    ...parts.flatMap(part => (part ? sentencesOf(part) : [])).filter(text => !isChatter(text)),
    title
  ]
}

/** The code file the change touches that already has a name, if one does (read once, capped). */
export function knownIn(root: string, paths: string[]): (name: string) => string | undefined {
  const kept = paths.slice(0, 8)
  const texts = kept.map(path => {
    try {
      return readFileSync(join(root, path), 'utf8').slice(0, 512 * 1024)
    } catch {
      return ''
    }
  })
  return name => {
    const escaped = escapeRegExp(name)
    // A plain word ("hide") is in every docstring: the code has it when it uses it as a name
    // (a parameter, a key, a call, a member), not when a comment says it.
    const plain = /^[a-z]+$/.test(name)
    const pattern = plain
      ? new RegExp(
          `(?:\\.|--)${escaped}(?![\\w$-])|['"\`]${escaped}['"\`]|(?<![\\w$-])${escaped}\\s*(?:[=:(),]|\\?:)`
        )
      : new RegExp(`(?<![\\w$-])${escaped}(?![\\w$-])`)
    const at = texts.findIndex(text => pattern.test(text))
    return at >= 0 ? kept[at] : undefined
  }
}
