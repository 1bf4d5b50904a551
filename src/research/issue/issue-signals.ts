// Reads an issue the way an engineer skims it: quoted file paths and traceback frames first,
// then code-looking names (CamelCase, snake_case, dotted paths, `backticks`, calls), then words.
import { readCompoundNames } from './compound-names.js'
import { readFrames, withoutFrameSource } from './frames.js'
import { readIdentifiers } from './identifiers.js'
import { withoutCommands } from './issue-commands.js'
import type { IdentifierMention, IssueSignals } from './mentions.js'
import { proseLines } from '../../text/issue-text.js'
import { readQuotedPaths, readSourceLinks } from './quoted-paths.js'
import type { IssueInput } from './issue-input.js'
import { stem, stopwords, subwords } from './terms.js'
import { escapeRegExp } from '../../text/regex.js'

export type * from './mentions.js'

const wordPattern = /[A-Za-z][A-Za-z0-9_]*/g

/** Term statistics: stemmed identifier parts and plain words, title words counting double. */
function readTerms(title: string, bodyWithoutData: string) {
  const terms = new Map<string, number>()
  const words = new Map<string, number>()
  const spelling = new Map<string, string>()
  const addTerms = (source: string, weight: number) => {
    for (const m of source.matchAll(wordPattern)) {
      const word = m[0]
      const lower = word.toLowerCase()
      if (lower.length >= 3 && !stopwords.has(lower))
        words.set(lower, (words.get(lower) ?? 0) + weight)
      for (const part of subwords(word)) {
        if (part.length < 3 || stopwords.has(part)) continue
        const stemmed = stem(part)
        terms.set(stemmed, (terms.get(stemmed) ?? 0) + weight)
        if (!spelling.has(stemmed)) spelling.set(stemmed, part)
      }
    }
  }
  addTerms(title, 2)
  addTerms(bodyWithoutData, 1)
  return { terms, words, spelling }
}

// Inline code that reads as a value or an output line, not code (`Content-Type: text/html;
// charset=utf-8`, `12 files found`): words with spaces and no call. What the program printed is
// the report's symptom; its words name nothing the report is about.
const QUOTED_OUTPUT = /`(?=[^`\n]*\s)(?![^`\n]*\()[^`\n]+`/g

/** The identifiers and `owner.member` pairs (`a.b`, `a::b`) that the prose writes. */
function namedInProse(
  prose: string,
  identifiers: ReadonlyMap<string, IdentifierMention>,
  dotted: readonly string[][]
): Set<string> {
  const words = new Set(prose.match(/[A-Za-z_$][\w$]*/g) ?? [])
  const named = new Set([...identifiers.keys()].filter(name => words.has(name)))
  for (const parts of dotted)
    for (let i = 0; i + 1 < parts.length; i++) {
      const pair = `${parts[i]}.${parts[i + 1]}`
      if (named.has(pair)) continue
      const written = new RegExp(
        `(?<![\\w$])${escapeRegExp(parts[i])}(?:\\.|::)${escapeRegExp(parts[i + 1])}(?![\\w$])`
      )
      if (written.test(prose)) named.add(pair)
    }
  return named
}

/** What a name the example code merely uses weighs, next to what the prose points at. */
const SCAFFOLDING = 0.5

/**
 * How much a name (or an `owner.member` pair) counts as the report's subject: fully when the
 * prose writes it, or when the prose writes no name at all; less when only the quoted code uses
 * it (`res.json(…)` printing the result the report is about).
 */
export function subjectWeight(signals: IssueSignals, name: string): number {
  return signals.prose.size === 0 || signals.prose.has(name) ? 1 : SCAFFOLDING
}

export function readIssueSignals(issue: IssueInput): IssueSignals {
  const { title } = issue
  const { links, body } = readSourceLinks(issue.body)
  const text = `${title}\n${body}`
  // Identifiers come from the text without its data (program output, LaTeX, SQL…) and without
  // the shell commands the reporter ran; terms, paths and frames from the text as written.
  // A Python traceback prints each caller's source under its frame: the calls there name the
  // next frame's function, which the frames already place. They are read apart, as frame names.
  // Links are blanked there too: their host, owner and ref are no words of the issue.
  const bodyWithoutData = readSourceLinks(issue.bodyWithoutData).body
  const { text: codeText, frameSource } = withoutFrameSource(
    `${title}\n${withoutCommands(bodyWithoutData)}`
  )
  const { frames, names: frameNames } = readFrames(text)
  const framePaths = new Set(frames.map(frame => frame.path))
  const quoted = readQuotedPaths(text, links, framePaths)
  const { identifiers, dotted } = readIdentifiers({ title, codeText, frameSource, frameNames })
  return {
    paths: [...frames, ...quoted],
    frameCount: frames.length,
    dotted,
    prose: namedInProse(
      `${title}\n${proseLines(bodyWithoutData).join('\n')}`.replace(QUOTED_OUTPUT, ' '),
      identifiers,
      dotted
    ),
    identifiers,
    compounds: readCompoundNames(title, codeText, identifiers),
    ...readTerms(title, bodyWithoutData)
  }
}
