// Shell commands quoted in an issue: `sqlfluff fix --ignore parsing`, `$ hyperfine -w 1 …`,
// `python -c "…"`. They say how the reporter ran the program, not which names the code defines:
// the `fix` of `sqlfluff fix` is a subcommand, and taking it for a function named in the issue
// makes every `fix` and `lint` in the tree look like the subject.
import { readFences } from '../../text/fences.js'

const PROMPT = /^\s*[$%]\s+(?=\S)/
// A program as typed: a bare word (`sqlfluff`, `python3`, `go`) or a relative path (`./prog`).
const PROGRAM = /^(?:\.{1,2}\/)?[A-Za-z][\w.+-]*(?:\/[\w.+-]+)*$/
const FLAG = /^--?[A-Za-z][\w-]*(?:=.*)?$/

/** The span without its quoted arguments: `python -c "print(1)"` becomes `python -c ""`. */
function unquoted(span: string): string {
  return span.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""')
}

/** Words of a span shaped like a command line, or undefined when it reads as code or prose. */
function commandWords(span: string, prompted: boolean): string[] | undefined {
  const bare = unquoted(span.replace(PROMPT, '')).trim()
  // Calls, blocks, statements and assignments are code, whatever their first word; after a
  // prompt, pipes and redirections are the shell's.
  if (bare === '' || (!prompted && /[(){};<>|]|\s=\s|^\w+=/.test(bare))) return undefined
  const words = bare.split(/\s+/)
  return PROGRAM.test(words[0]) ? words : undefined
}

interface Span {
  start: number
  end: number
  text: string
  /** Typed after a shell prompt (`$ tool …`): a command whatever it holds. */
  prompted: boolean
}

/** Backticked spans in prose, and the lines of fenced blocks and prompts. */
function spansOf(text: string): Span[] {
  const spans: Span[] = []
  let offset = 0
  const lines = text.split('\n')
  const fences = readFences(lines)
  for (const [index, line] of lines.entries()) {
    const role = fences[index].role
    if (role === 'inside' || (role === 'outside' && PROMPT.test(line))) {
      spans.push({
        start: offset,
        end: offset + line.length,
        text: line,
        prompted: PROMPT.test(line)
      })
    } else if (role === 'outside') {
      for (const m of line.matchAll(/`([^`\n]+)`/g)) {
        const start = offset + m.index + 1
        spans.push({ start, end: start + m[1].length, text: m[1], prompted: false })
      }
    }
    offset += line.length + 1
  }
  return spans
}

/**
 * The text with its shell command lines blanked (lengths kept, so offsets still line up). A span
 * is a command when it follows a prompt, when it passes flags (`tool sub --opt`), or when its
 * program is one the issue runs as a command elsewhere (`sqlfluff fix` beside `sqlfluff --version`).
 */
export function withoutCommands(text: string): string {
  const spans = spansOf(text).map(span => ({
    ...span,
    words: commandWords(span.text, span.prompted)
  }))
  const programs = new Set<string>()
  for (const span of spans) {
    if (!span.words) continue
    if (span.prompted || span.words.slice(1).some(word => FLAG.test(word)))
      programs.add(span.words[0])
  }
  if (programs.size === 0) return text
  let out = text
  for (const span of spans) {
    if (!span.words || !programs.has(span.words[0])) continue
    out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end)
  }
  return out
}
