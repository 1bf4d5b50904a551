// The parts of an issue that are data rather than code: what a program printed (REPL output, a
// LaTeX rendering), and inputs quoted in data languages (SQL, JSON, YAML, CSV, markup). Their
// words describe the reporter's data, not where the code lives: `\left` from a LaTeX output is
// not a call to a `left` function, and a column named `my_id` is not a definition to look for.
import { blockLines, readFences, type FenceBlock } from '../../text/fences.js'

const DATA_LANGUAGES = new Set([
  'sql',
  'json',
  'jsonc',
  'yaml',
  'yml',
  'csv',
  'tsv',
  'xml',
  'html',
  'tex',
  'latex',
  'math'
])

// `>>> x`, `... x`, `In [3]: x`, `   ...: x`: a line typed at an interactive prompt.
const PROMPT = /^\s*(?:>>>|\.\.\.(?=\s|$)|In \[\d*\]:|\s*\.\.\.:)/
// Lines a transcript shows that are not plain output: traceback frames and error lines.
const KEPT_OUTPUT =
  /^\s*(?:Traceback \(|File "|[\w.]*(?:Error|Exception|Warning|Exit)\b|\s*\^+\s*$|at\s)/

/** Blanks a line, keeping the line itself so that line numbers and lengths still line up. */
function blank(line: string): string {
  return line.replace(/\S/g, ' ')
}

/**
 * The issue text with its data blanked out: LaTeX commands, fenced blocks in data languages,
 * and the output lines of interactive transcripts (error lines and tracebacks stay).
 */
export function withoutIssueData(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const fences = readFences(lines)
  // A block is a transcript when a prompt opens one of its lines.
  const transcripts = new Set<FenceBlock>()
  for (const fence of fences)
    if (fence.role === 'open' && blockLines(lines, fence.block).some(line => PROMPT.test(line)))
      transcripts.add(fence.block)
  let transcript = false
  const out = lines.map((line, index) => {
    const fence = fences[index]
    if (fence.role === 'open' || fence.role === 'close') return line
    if (fence.role === 'inside') {
      if (DATA_LANGUAGES.has(fence.block.info)) return blank(line)
      if (transcripts.has(fence.block) && !PROMPT.test(line) && !KEPT_OUTPUT.test(line))
        return blank(line)
      return line
    }
    // Unfenced transcripts: output follows a `>>>` or `In [n]:` line until a blank line.
    if (/^\s*(?:>>>|In \[\d*\]:)/.test(line)) {
      transcript = true
      return line
    }
    if (line.trim() === '') transcript = false
    else if (transcript && !KEPT_OUTPUT.test(line)) return blank(line)
    return line
  })
  // `\left(`, `\frac{…}`, `\\right`: LaTeX commands are rendering, never names in the code.
  return out.join('\n').replace(/\\{1,2}[A-Za-z]+/g, match => ' '.repeat(match.length))
}
