// The parts of an issue that are data rather than code: what a program printed (REPL output, a
// LaTeX rendering), and inputs quoted in data languages (SQL, JSON, YAML, CSV, markup). Their
// words describe the reporter's data, not where the code lives: `\left` from a LaTeX output is
// not a call to a `left` function, and a column named `my_id` is not a definition to look for.

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

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/
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
  let fence: { marker: string; data: boolean; transcript: boolean } | undefined
  let transcript = false
  const out = lines.map((line, index) => {
    const marker = FENCE.exec(line)
    if (fence) {
      if (marker && marker[1][0] === fence.marker[0] && line.trim() === marker[1]) {
        fence = undefined
        return line
      }
      if (fence.data) return blank(line)
      if (fence.transcript && !PROMPT.test(line) && !KEPT_OUTPUT.test(line)) return blank(line)
      return line
    }
    if (marker) {
      // A block is a transcript when a prompt opens one of its lines.
      let end = lines.findIndex((next, at) => at > index && next.trim() === marker[1])
      if (end < 0) end = lines.length
      const inside = lines.slice(index + 1, end)
      fence = {
        marker: marker[1],
        data: DATA_LANGUAGES.has(marker[2].toLowerCase()),
        transcript: inside.some(next => PROMPT.test(next))
      }
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
