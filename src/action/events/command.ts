// The comment command: `/plan <feedback>` as the first non-empty line of a comment or review.
// Read from the event alone, so an ordinary comment ends the run before any request.
import { isPlanKind, type PlanKind } from '../../plan/format/naming.js'

/**
 * The feedback after the command ('' for a bare command), or undefined when the body does not
 * start with it. Case-insensitive; the command must be followed by a space, a line break or the
 * end, so `/planner` is not `/plan`.
 */
export function readCommand(body: unknown, command: string): string | undefined {
  if (typeof body !== 'string') return undefined
  const text = body.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '')
  const first = text.trimStart()
  if (first.slice(0, command.length).toLowerCase() !== command.toLowerCase()) return undefined
  const rest = first.slice(command.length)
  if (rest !== '' && !/^[ \t\n]/.test(rest)) return undefined
  return rest.replace(/^[ \t]+/, '').trim()
}

/** On an issue, the feedback may start with the kind of plan it asks for: `/plan bug …`. */
export function splitKind(feedback: string): { kind?: PlanKind; feedback: string } {
  const match = /^(\w+)(?:[ \t]+|\n|$)/.exec(feedback)
  const word = match?.[1].toLowerCase()
  if (!match || !isPlanKind(word)) return { feedback }
  return { kind: word, feedback: feedback.slice(match[0].length).trim() }
}
