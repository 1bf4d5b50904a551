// Ranks definitions, not only files: where in the best-ranked files the change goes. The top code
// files (and the files the issue pins a line in) are parsed; each definition then collects the
// evidence that points inside it: the traceback frames that run through it, the quoted line or
// message it holds, its name or `Class.member` written in the issue, and how much of the issue's
// vocabulary its body uses. Only these few files are parsed, under a time budget.
import { join } from 'node:path'
import { subjectWeight, type IssueSignals } from '../issue/issue-signals.js'
import { stemOf, fileNameOf } from '../tree/path-index.js'
import type { Pin } from '../evidence/pins.js'
import type { FileRanking } from './rank-files.js'
import { HeadReader } from '../tree/read-file.js'
import { linkCalls } from '../graph/code-graph.js'
import { outlineAll } from '../syntax/outline.js'
import {
  enclosingDefinition,
  qualifiedName,
  type Definition,
  type OutlinedFile
} from '../syntax/structure.js'
import { TermCounter } from '../scan/term-counter.js'
import type { RankedSymbol } from '../types.js'

export interface SymbolOptions {
  /** How many of the best-ranked code files are parsed. */
  files: number
  /** Files parsed at most, pinned ones included. */
  maxFiles: number
  /** A ranked file is parsed only if it scores at least this share of the best code file. */
  minShare: number
  /**
   * Time for all parsing, once the parser has loaded; files left when it runs out are read with
   * the fallback patterns. A safety net for pathological files, far above what parsing these few
   * capped files takes, so that what the research finds does not depend on the machine's load.
   */
  parseMs: number
  capBytes: number
  /** Symbols returned. */
  top: number
}

export const defaultSymbolOptions: SymbolOptions = {
  files: 3,
  maxFiles: 4,
  minShare: 0.5,
  parseMs: 4000,
  capBytes: 256 * 1024,
  top: 12
}

interface Candidate {
  path: string
  definition: Definition
  prior: number
  evidence: { score: number; reason: string; key: string }[]
  line?: number
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function pinWeight(pin: Pin): number {
  return pin.kind === 'frame' ? 1 + (pin.depth ?? 0) : pin.kind === 'quote' ? 1.5 : 1
}

/** Files to parse: the best-ranked code files, then files the issue pins a line in. */
function filesToOutline(ranking: FileRanking, options: SymbolOptions): Map<string, number> {
  const top = ranking.files.find(file => file.kind === 'code')?.score ?? 1
  const chosen = new Map<string, number>()
  for (const file of ranking.files) {
    if (file.kind !== 'code' || chosen.size >= options.files) continue
    // A file far behind the best could not hold the change's best symbol: not worth parsing.
    if (file.score < top * options.minShare) break
    chosen.set(file.path, file.score / top)
  }
  // The innermost frames and the quotes first: they pin the fault more closely than outer frames.
  const pins = [...ranking.pins].sort((a, b) => pinWeight(b) - pinWeight(a))
  for (const pin of pins) {
    if (chosen.size >= options.maxFiles) break
    if (!chosen.has(pin.path)) {
      const ranked = ranking.files.find(file => file.path === pin.path)
      chosen.set(pin.path, ranked ? ranked.score / top : 0)
    }
  }
  return chosen
}

export async function outlineFiles(
  root: string,
  ranking: FileRanking,
  options: SymbolOptions = defaultSymbolOptions
): Promise<OutlinedFile[]> {
  const reader = new HeadReader(options.capBytes)
  const chosen = filesToOutline(ranking, options)
  function* texts(): Generator<Omit<OutlinedFile, 'outline'>> {
    for (const [path, prior] of chosen) {
      const text = reader.read(join(root, path))?.text
      if (text !== undefined) yield { path, text, prior }
    }
  }
  const out: OutlinedFile[] = []
  for await (const file of outlineAll(texts(), {
    parseMs: options.parseMs,
    prepareFor: [...chosen.keys()]
  })) {
    // A source file's own test code (a Rust `#[cfg(test)]` module) tests the change; it is
    // never where the change goes.
    file.outline.definitions = file.outline.definitions.filter(definition => !definition.test)
    out.push(file)
  }
  return out
}

function lineTexts(text: string): string[] {
  return text.split('\n')
}

/** The definition a frame runs through: by its function's name, its printed source, its line. */
function frameDefinition(
  pin: Pin,
  definitions: readonly Definition[],
  lines: readonly string[]
): { definition: Definition; line?: number } | undefined {
  const named = pin.functionName
    ? definitions.filter(definition => definition.name === pin.functionName)
    : []
  if (pin.text) {
    const wanted = fold(pin.text)
    for (let i = 0; i < lines.length; i++) {
      if (fold(lines[i]) !== wanted) continue
      const holder = named.find(definition => definition.start <= i + 1 && i + 1 <= definition.end)
      if (holder) return { definition: holder, line: i + 1 }
      if (named.length === 0) {
        const inner = enclosingDefinition(definitions, i + 1)
        if (inner) return { definition: inner, line: i + 1 }
      }
    }
  }
  if (pin.line !== undefined) {
    const holder = named.find(d => d.start <= pin.line! && pin.line! <= d.end)
    if (holder) return { definition: holder, line: pin.line }
  }
  if (named.length > 0) {
    // Lines drift between the reporter's version and this one: the nearest of that name.
    const line = pin.line ?? 0
    const nearest = [...named].sort(
      (a, b) => Math.abs(a.start - line) - Math.abs(b.start - line)
    )[0]
    return { definition: nearest }
  }
  return undefined
}

/**
 * Adds evidence to a definition. Evidence of one kind (`key`) counts once, at its strongest: two
 * frames of one traceback in the same function are one piece of evidence.
 */
function addEvidence(
  candidate: Candidate,
  score: number,
  reason: string,
  line?: number,
  key = reason
): void {
  const same = candidate.evidence.find(item => item.key === key)
  if (!same) candidate.evidence.push({ score, reason, key })
  else if (score > same.score) Object.assign(same, { score, reason })
  if (line !== undefined && candidate.line === undefined) candidate.line = line
}

function addPinEvidence(
  file: OutlinedFile,
  pins: readonly Pin[],
  candidateOf: (definition: Definition) => Candidate
): void {
  const lines = lineTexts(file.text)
  const { definitions } = file.outline
  for (const pin of pins) {
    if (pin.path !== file.path) continue
    if (pin.kind === 'frame') {
      const found = frameDefinition(pin, definitions, lines)
      if (!found) continue
      const depth = pin.depth ?? 1
      const at = found.line ?? pin.line
      const reason =
        depth === 1
          ? `innermost project frame of the traceback${at ? ` (line ${at})` : ''}`
          : `in the traceback${at ? ` (line ${at})` : ''}`
      // The innermost frame is where the failure surfaces; outer frames only pass through.
      addEvidence(candidateOf(found.definition), 3 + 5 * depth * depth, reason, found.line, 'frame')
      continue
    }
    if (pin.line === undefined) continue
    const holder = enclosingDefinition(definitions, pin.line)
    if (!holder) continue
    if (pin.kind === 'location') {
      addEvidence(
        candidateOf(holder),
        5,
        `the issue points at line ${pin.line}`,
        pin.line,
        'location'
      )
    } else {
      const message = pin.quoteKind === 'message'
      // Code quoted in a sentence is what the reporter points at; code pasted in a block is context.
      const strength = (message ? 6 : 5) * (pin.inProse ? 1.4 : pin.script ? 0.5 : 1)
      addEvidence(
        candidateOf(holder),
        strength / (pin.holders ?? 1),
        `holds the ${message ? 'message' : 'line'} quoted in the issue (line ${pin.line})`,
        pin.line,
        `quote:${pin.text}`
      )
    }
  }
}

function addNameEvidence(
  files: readonly OutlinedFile[],
  signals: IssueSignals,
  candidates: ReadonlyMap<Definition, Candidate>,
  candidateOf: (path: string, definition: Definition) => Candidate
): void {
  const definers = new Map<string, number>()
  for (const file of files)
    for (const definition of file.outline.definitions)
      definers.set(definition.name, (definers.get(definition.name) ?? 0) + 1)
  const qualified = new Set<string>()
  for (const parts of signals.dotted)
    for (let i = 0; i + 1 < parts.length; i++) qualified.add(`${parts[i]}.${parts[i + 1]}`)

  for (const file of files) {
    const module = stemOf(fileNameOf(file.path))
    for (const definition of file.outline.definitions) {
      const mention = signals.identifiers.get(definition.name)
      // A frame's function is named in the issue because the traceback prints its callers'
      // source: the frame is the evidence, not the name.
      const framed = candidates
        .get(definition)
        ?.evidence.some(item => /traceback/.test(item.reason))
      if (mention?.codeLike && !framed) {
        const strength =
          (mention.inTitle ? 1.5 : 1) *
          (1 + Math.log(mention.count) / 2) *
          subjectWeight(signals, definition.name)
        const rarity = 1 / (1 + Math.log2(definers.get(definition.name) ?? 1))
        const container = ['class', 'interface', 'module'].includes(definition.kind) ? 0.7 : 1
        addEvidence(
          candidateOf(file.path, definition),
          3 * strength * rarity * container,
          `named in the issue`
        )
      }
      const owner = definition.cls ?? module
      const pair = `${owner}.${definition.name}`
      if (qualified.has(pair)) {
        addEvidence(
          candidateOf(file.path, definition),
          4 * subjectWeight(signals, pair),
          `\`${pair}\` named in the issue`
        )
      }
    }
  }
}

const k1 = 1.2
const b = 0.75

/** BM25 of function bodies over the issue's terms, with the tree's statistics; best gets 2.5. */
function addTermEvidence(
  files: readonly OutlinedFile[],
  ranking: FileRanking,
  signals: IssueSignals,
  candidateOf: (path: string, definition: Definition) => Candidate
): void {
  const { table, scan } = ranking
  const counter = new TermCounter(table.lookup)
  const counts = new Uint32Array(table.terms.length)
  const idf = table.terms.map((_, t) => {
    const df = scan.documentFrequency[t]
    return Math.log(1 + (scan.documentCount - df + 0.5) / (df + 0.5))
  })
  const bodies: { path: string; definition: Definition; pairs: number[]; length: number }[] = []
  for (const file of files) {
    const lines = lineTexts(file.text)
    for (const definition of file.outline.definitions) {
      if (!['function', 'method'].includes(definition.kind)) continue
      counts.fill(0)
      const body = lines.slice(definition.start - 1, definition.end).join('\n')
      const length = counter.count(body, counts)
      const pairs: number[] = []
      counts.forEach((count, term) => {
        if (count > 0) pairs.push(term, count)
      })
      if (pairs.length > 0) bodies.push({ path: file.path, definition, pairs, length })
    }
  }
  if (bodies.length === 0) return
  const average = bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length
  const scored = bodies.map(body => {
    const norm = k1 * (1 - b + (b * body.length) / average)
    let score = 0
    let top = 0
    let topValue = -1
    for (let p = 0; p < body.pairs.length; p += 2) {
      const term = body.pairs[p]
      const tf = body.pairs[p + 1]
      score += table.queryWeight[term] * idf[term] * ((tf * (k1 + 1)) / (tf + norm))
      const value = table.queryWeight[term] * idf[term] * Math.log(1 + tf)
      if (value > topValue) {
        topValue = value
        top = p
      }
    }
    return { body, score, top }
  })
  const best = Math.max(...scored.map(item => item.score))
  if (best <= 0) return
  for (const { body, score, top } of scored) {
    const term = table.terms[body.pairs[top]]
    const times = body.pairs[top + 1]
    const word = signals.spelling.get(term) ?? term
    addEvidence(
      candidateOf(body.path, body.definition),
      (2.5 * score) / best,
      `mentions \`${word}\` ${times} time${times === 1 ? '' : 's'}`
    )
  }
}

/** Special methods that do what the issue's words or operators ask (`readBehaviours`). */
function addBehaviourEvidence(
  files: readonly OutlinedFile[],
  signals: IssueSignals,
  behaviours: ReadonlyMap<string, string>,
  candidates: ReadonlyMap<Definition, Candidate>,
  candidateOf: (path: string, definition: Definition) => Candidate
): void {
  if (behaviours.size === 0) return
  for (const file of files)
    for (const definition of file.outline.definitions) {
      const asked = definition.kind === 'method' ? behaviours.get(definition.name) : undefined
      if (!asked) continue
      // Of a class the issue names, the method is where the behaviour lives, not the class: it
      // outranks the class by what the class's name earned it.
      const owner = definition.cls && signals.identifiers.get(definition.cls)
      const ownerDefinition = owner
        ? file.outline.definitions.find(item => item.name === definition.cls && item !== definition)
        : undefined
      const named = ownerDefinition
        ? (candidates
            .get(ownerDefinition)
            ?.evidence.find(item => item.reason === 'named in the issue')?.score ?? 0)
        : 0
      addEvidence(
        candidateOf(file.path, definition),
        Math.max(3, named + 1),
        owner
          ? `the special method for ${asked} of \`${definition.cls}\`, which the issue names`
          : `the special method for ${asked}`
      )
    }
}

/**
 * Calls between the parsed files, as reasons: what a named function, a frame or a quoted line
 * points at is often done by the function it calls (a wrapper and its implementation). Weights
 * fitted on the corpus's tuning half moved the functions' ranking for no more than one instance,
 * so the flow only annotates the candidates the evidence found ("called by `walk`"), with no
 * weight; a caller needs this much evidence of its own to lend its name.
 */
const CALLER_LEAST_EVIDENCE = 3

function addCallEvidence(
  files: readonly OutlinedFile[],
  candidates: ReadonlyMap<Definition, Candidate>
): void {
  const strength = new Map(
    [...candidates].map(([definition, candidate]) => [
      definition,
      candidate.evidence.reduce((sum, item) => sum + item.score, 0)
    ])
  )
  for (const { from, to } of linkCalls(files)) {
    const callee = candidates.get(to.definition)
    if ((strength.get(from.definition) ?? 0) < CALLER_LEAST_EVIDENCE || !callee) continue
    addEvidence(callee, 0, `called by \`${qualifiedName(from.definition)}\``, undefined, 'calls')
  }
}

export function rankSymbols(
  files: readonly OutlinedFile[],
  ranking: FileRanking,
  signals: IssueSignals,
  behaviours: ReadonlyMap<string, string> = new Map(),
  top: number = defaultSymbolOptions.top
): RankedSymbol[] {
  const candidates = new Map<Definition, Candidate>()
  const priors = new Map(files.map(file => [file.path, file.prior]))
  const candidateOf = (path: string, definition: Definition): Candidate => {
    let candidate = candidates.get(definition)
    if (!candidate) {
      candidate = { path, definition, prior: priors.get(path) ?? 0, evidence: [] }
      candidates.set(definition, candidate)
    }
    return candidate
  }
  for (const file of files)
    addPinEvidence(file, ranking.pins, definition => candidateOf(file.path, definition))
  addNameEvidence(files, signals, candidates, candidateOf)
  addTermEvidence(files, ranking, signals, candidateOf)
  addBehaviourEvidence(files, signals, behaviours, candidates, candidateOf)
  addCallEvidence(files, candidates)

  const ranked: RankedSymbol[] = []
  for (const candidate of candidates.values()) {
    const { definition } = candidate
    candidate.evidence.sort((x, y) => y.score - x.score)
    // The file's own rank counts too: a strong function in a weak file stays behind.
    const total = 1.5 * candidate.prior + candidate.evidence.reduce((sum, e) => sum + e.score, 0)
    ranked.push({
      path: candidate.path,
      name: definition.name,
      ...(definition.cls ? { className: definition.cls } : {}),
      kind: definition.kind,
      startLine: definition.start,
      endLine: definition.end,
      ...(candidate.line !== undefined ? { line: candidate.line } : {}),
      score: Math.round(total * 1000) / 1000,
      reasons: candidate.evidence.slice(0, 4).map(item => item.reason)
    })
  }
  ranked.sort(
    (x, y) => y.score - x.score || x.path.localeCompare(y.path) || x.startLine - y.startLine
  )
  return ranked.slice(0, top)
}
