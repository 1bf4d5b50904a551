// What an issue asks an object to do, as the special methods that do it: "not iterable" is
// `__iter__`, "unhashable" is `__hash__`, `t2 - t1` in a snippet is `__sub__` or `__rsub__`.
// Python's data model names these methods the same way in every project, so an issue's words and
// operators point at them even when the issue never names a method.
import { fencePlaces } from '../../text/fences.js'
import type { IssueInput } from './issue-input.js'

interface Behaviour {
  /** Words or code that ask for the behaviour. */
  pattern: RegExp
  methods: string[]
}

const behaviours: Behaviour[] = [
  { pattern: /\b(?:un)?hashable\b|\bhash\(/i, methods: ['__hash__', '__eq__'] },
  { pattern: /\b(?:not )?iterable\b|\biterat(?:e|ing|ion)\b/i, methods: ['__iter__'] },
  { pattern: /\bmembership\b|\bnot iterable\b/i, methods: ['__contains__'] },
  { pattern: /\b(?:comparable|sortable|orderable)\b/i, methods: ['__lt__', '__eq__'] },
  { pattern: /\bpickl(?:e|ed|ing|able)\b|\bunpickl/i, methods: ['__reduce__', '__getstate__'] },
  { pattern: /\bdeepcopy\b|\bcopy\.copy\(/i, methods: ['__deepcopy__', '__copy__'] },
  { pattern: /\bcontext manager\b/i, methods: ['__enter__', '__exit__'] },
  { pattern: /\btruth(?:y|iness)\b|\bfalsy\b|\bbool\(/i, methods: ['__bool__'] },
  { pattern: /\blen\(/, methods: ['__len__'] },
  { pattern: /\brepr\(/, methods: ['__repr__'] },
  { pattern: /\bsubtract(?:ion|ing|s)?\b/i, methods: ['__sub__', '__rsub__'] }
]

// A binary operator between two operands in code (`a - b`, `x | y`), spaced as code writes it.
const BINARY = /[\w)\]]\s([-+*/|&%@]|==|!=)\s[\w([]/g

const operatorMethods: Record<string, string[]> = {
  '-': ['__sub__', '__rsub__'],
  '+': ['__add__', '__radd__'],
  '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'],
  '|': ['__or__', '__ror__'],
  '&': ['__and__', '__rand__'],
  '%': ['__mod__', '__rmod__'],
  '@': ['__matmul__', '__rmatmul__'],
  '==': ['__eq__'],
  '!=': ['__ne__', '__eq__']
}

/**
 * The lines of code an issue quotes: its fenced and indented blocks, its prompt lines (data
 * blanked) and its code spans.
 */
function codeLines(text: string): string[] {
  const lines = text.split('\n')
  const places = fencePlaces(lines)
  const code: string[] = []
  lines.forEach((line, i) => {
    if (places[i] === 'inside') code.push(line)
    // An indented block, or a line typed at a prompt, is code outside fences too.
    else if (places[i] === 'marker') return
    else if (/^(?: {4}|\t)\S|^\s*>>> /.test(line)) code.push(line.replace(/^\s*(?:>>> )?/, ''))
    else for (const span of line.matchAll(/`([^`\n]+)`/g)) code.push(span[1])
  })
  return code
}

/**
 * Special method -> what the issue said that asks for it: words of its prose, and operators in
 * the code it quotes (program output and other data left out).
 */
export function readBehaviours(issue: IssueInput): Map<string, string> {
  const text = issue.bodyWithoutData
  const prose = `${issue.title}\n${text}`
  const code = codeLines(text)
  const found = new Map<string, string>()
  for (const { pattern, methods } of behaviours) {
    const m = pattern.exec(prose)
    if (m) for (const method of methods) if (!found.has(method)) found.set(method, m[0].trim())
  }
  for (const line of code) {
    for (const m of line.matchAll(BINARY)) {
      for (const method of operatorMethods[m[1]] ?? [])
        if (!found.has(method)) found.set(method, `\`${m[1]}\``)
    }
  }
  return found
}
