// Line-level evidence: places in the code the issue points at more precisely than a file. A
// traceback frame (its line, its function, the source line it printed), a location quoted with a
// line number, a quoted line or message found in the code. The symbol ranking turns each pin
// into the definition that holds it.
import type { IssueSignals } from '../issue/issue-signals.js'
import type { QuoteHit } from './locate-quotes.js'
import { resolveQuotedPath, type PathIndex } from '../tree/path-index.js'

export type PinKind = 'frame' | 'location' | 'quote'

export interface Pin {
  /** POSIX path relative to the root. */
  path: string
  kind: PinKind
  /** 1-based line the evidence names; for frames the line of the reporter's version. */
  line?: number
  /** The function a frame names. */
  functionName?: string
  /** A line of source to find (a frame's printed source line), or the quote that was found. */
  text?: string
  /** For quotes: a message (a string in the code) or a line of code. */
  quoteKind?: 'code' | 'message'
  /** Quotes: written in a sentence of the issue rather than pasted in a block. */
  inProse?: boolean
  /** A line of the reporter's own program: usage more than a location. */
  script?: boolean
  /** Frames: 1 for the innermost frame of the project's code, less for outer ones. */
  depth?: number
  /** How many files share this evidence (quotes): it weighs less when shared. */
  holders?: number
}

export function collectPins(
  index: PathIndex,
  signals: IssueSignals,
  hits: readonly QuoteHit[]
): Pin[] {
  const pins: Pin[] = []
  const frames: Pin[] = []
  for (const mention of signals.paths) {
    const { files } = resolveQuotedPath(index, mention.path, mention.link)
    if (files.length !== 1) continue
    const path = index.paths[files[0]]
    if (mention.frame) {
      const pin: Pin = { path, kind: 'frame' }
      if (mention.lineNumber !== undefined) pin.line = mention.lineNumber
      if (mention.functionName) pin.functionName = mention.functionName
      if (mention.sourceLine) pin.text = mention.sourceLine
      frames.push(pin)
    } else if (mention.lineNumber !== undefined) {
      pins.push({ path, kind: 'location', line: mention.lineNumber })
    }
  }
  frames.forEach((pin, i) => {
    pin.depth = frames.length === 1 ? 1 : i / (frames.length - 1)
    pins.push(pin)
  })
  for (const hit of hits) {
    pins.push({
      path: index.paths[hit.file],
      kind: 'quote',
      line: hit.line,
      text: hit.quote.text,
      quoteKind: hit.quote.kind,
      holders: hit.holders,
      ...(hit.quote.inProse ? { inProse: true } : {}),
      ...(hit.quote.script ? { script: true } : {})
    })
  }
  return pins
}
