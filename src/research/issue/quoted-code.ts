// The code an issue quotes, as lines to look for in the repository: a line of code from a
// snippet or a traceback, a call typed at a prompt, an error or lint message, a message quoted in
// prose ("Avoid using aliases in join condition"). Found in the code, each pins the issue to the
// function that holds it.
import { blockLines, readFences } from '../../text/fences.js'
import type { IssueInput } from './issue-input.js'

export interface QuotedCode {
  /** The quoted text with its whitespace folded. */
  text: string
  /** A line of code (matched as a whole line) or a message (matched as a fragment of a string). */
  kind: 'code' | 'message'
  /** Quoted in a sentence (backticks, quotation marks), rather than pasted in a block: deliberate. */
  inProse?: boolean
  /** Typed at an interactive prompt (`>>> f(x)`): what the reporter ran. */
  typed?: boolean
  /**
   * A line of the reporter's own program (a block with imports or a `main`): how the project
   * is used, so the same line in the project is more likely an example than the fault.
   */
  script?: boolean
}

const PROMPT = /^\s*(?:>>>\s?|\.\.\.\s|In \[\d*\]:\s?|\s*\.\.\.:\s?)/
const FRAME = /^\s*(?:File "|Traceback \(|at [\w$.<>]+ \(|\^+\s*$)/
// `ValueError: bad value`, `FutureWarning: …`, `error: …`, `panic: …`.
const ERROR_LINE =
  /^\s*(?:[\w.]*(?:Error|Exception|Warning|Exit)|error|warning|panic|fatal)\s*:\s*(.+)$/i
const COMMENT = /^\s*(?:#|\/\/|\/\*|\*|--)/
const SHELL = /^\s*(?:\$\s|>\s|pip\s|npm\s|yarn\s|cd\s|python\d?\s+-m\s)/
const IMPORT = /^\s*(?:import\s|from\s+[\w.]+\s+import\s|#include\s|using\s|package\s)/
const MAIN =
  /^\s*(?:func main\s*\(|fn main\s*\(|if __name__ == ["']__main__["']|(?:public\s+)?static\s+void\s+main\s*\()/

const MAX_QUOTES = 24

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function wordCount(text: string): number {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).length
}

// Punctuation or a keyword that prose does not have: the text is code, not a message.
const CODE_SHAPED =
  /[=(){}[\];]|^\s*(?:def|class|return|if|for|while|import|from|const|let|var|function|fn|func|pub|raise|throw)\b/

/** A message worth looking for: three words or more, and more than a handful of letters. */
function asMessage(text: string): QuotedCode | undefined {
  const folded = fold(text).replace(/^["'`]|["'`]$/g, '')
  if (COMMENT.test(folded) || wordCount(folded) < 3 || folded.length < 15) return undefined
  return { text: folded, kind: 'message' }
}

/** A line of code worth looking for: long enough, and code-shaped rather than a word or a path. */
function asCode(line: string): QuotedCode | undefined {
  const folded = fold(line)
  if (folded.replace(/\s/g, '').length < 12) return undefined
  if (COMMENT.test(folded) || SHELL.test(folded) || IMPORT.test(folded)) return undefined
  if (!/[=([{.:]/.test(folded) || !/[A-Za-z_]\w{2,}/.test(folded)) return undefined
  return { text: folded, kind: 'code' }
}

/** Messages on one output line: the text after `Error:`, or the parts a linter separates with `|`. */
function messagesOn(line: string): QuotedCode[] {
  const error = ERROR_LINE.exec(line)
  if (error) return [asMessage(error[1])].filter(item => item !== undefined)
  return line
    .split(/\s\|\s|:\s/)
    .map(asMessage)
    .filter(item => item !== undefined)
}

/** A quoted line as code when it is shaped like code, else as the messages it holds. */
function asCodeOrMessages(line: string): QuotedCode[] {
  if (ERROR_LINE.test(line)) return messagesOn(line)
  if (CODE_SHAPED.test(line)) {
    const typed = asCode(line)
    return typed ? [typed] : []
  }
  return messagesOn(line)
}

/** What one line inside a fenced block quotes: a typed call, messages, or a line of code. */
function readFencedLine(
  lines: readonly string[],
  index: number,
  block: { transcript: boolean; script: boolean }
): { messages: QuotedCode[]; code: QuotedCode[] } {
  const line = lines[index]
  const found = { messages: [] as QuotedCode[], code: [] as QuotedCode[] }
  // A traceback's frames, and the source lines printed under them, are the frames' evidence.
  if (line.trim() === '' || FRAME.test(line) || /^\s*File "/.test(lines[index - 1] ?? ''))
    return found
  if (PROMPT.test(line)) {
    const typed = asCode(line.replace(PROMPT, ''))
    if (typed) found.code.push({ ...typed, typed: true })
    return found
  }
  if (block.transcript) {
    found.messages.push(...messagesOn(line))
    return found
  }
  // A command typed in a shell is how the reporter ran things, not text of the code.
  if (SHELL.test(line)) return found
  // IPython prints source lines with their numbers (`--> 253 elif …`): the code is after them.
  for (const item of asCodeOrMessages(line.replace(/^\s*(?:-+>\s*)?\d+\s/, ''))) {
    if (item.kind === 'code') found.code.push(block.script ? { ...item, script: true } : item)
    else found.messages.push(item)
  }
  return found
}

/** The quoted code of an issue, messages first (they are the rarest strings), each once. */
export function readQuotedCode(issue: IssueInput): QuotedCode[] {
  const messages: QuotedCode[] = []
  const code: QuotedCode[] = []
  // Data (SQL inputs, LaTeX, plain program output) is blanked: what remains is code and errors.
  const lines = issue.bodyWithoutData.split('\n')
  const fences = readFences(lines)
  let transcript = false
  let script = false
  for (const [index, line] of lines.entries()) {
    const fence = fences[index]
    if (fence.role === 'close') continue
    if (fence.role === 'open') {
      const block = blockLines(lines, fence.block)
      transcript = block.some(next => PROMPT.test(next))
      script = block.some(next => IMPORT.test(next) || MAIN.test(next))
      continue
    }
    if (fence.role === 'inside') {
      const found = readFencedLine(lines, index, { transcript, script })
      messages.push(...found.messages)
      code.push(...found.code)
      continue
    }
    // Prose: error lines, code in backticks, messages in double quotes.
    const inProse: QuotedCode[] = ERROR_LINE.test(line) ? messagesOn(line) : []
    for (const span of line.matchAll(/`([^`\n]+)`/g)) {
      const found = ERROR_LINE.test(span[1]) ? messagesOn(span[1]) : [asCode(span[1])]
      for (const item of found) if (item) inProse.push(item)
    }
    for (const quoted of line.matchAll(/"([^"\n]{15,200})"|“([^”\n]{15,200})”/g))
      inProse.push(...asCodeOrMessages(quoted[1] ?? quoted[2]))
    for (const item of inProse) {
      item.inProse = true
      if (item.kind === 'code') code.push(item)
      else messages.push(item)
    }
  }
  for (const quoted of issue.title.matchAll(/"([^"\n]{15,200})"|“([^”\n]{15,200})”/g)) {
    const message = asMessage(quoted[1] ?? quoted[2])
    if (message) messages.unshift({ ...message, inProse: true })
  }
  const seen = new Set<string>()
  return [...messages, ...code]
    .filter(item => !seen.has(item.text) && seen.add(item.text))
    .slice(0, MAX_QUOTES)
}
