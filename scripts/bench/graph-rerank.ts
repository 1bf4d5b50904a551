// An experiment kept with its fitting script (scripts/fit-graph.ts): evidence flowing between
// files along the code graph. A file the evidence points to lends weight to the files it
// imports, calls and extends, and to the files that import and call it; a file that draws on
// many other candidates (an entry point, a registry) gives up some of its own weight. Fitted on
// the corpus's tuning half, the best weights gained 2 points of Acc@1 there and lost 1.6 on the
// reporting half: no weight carried, so the research does not rerank files this way (it lets
// evidence flow along calls between functions instead, see research/rank/rank-symbols.ts).

export interface GraphWeights {
  /** Weight a file passes to a file it imports, calls or extends (the callee side). */
  toImported: number
  toCalled: number
  toBase: number
  /** Weight a file passes to a file that imports or calls it (the caller side). */
  toImporter: number
  toCaller: number
  /** Share of its own score a file gives up per other candidate it draws on (up to 4). */
  hub: number
}

export const defaultGraphWeights: GraphWeights = {
  toImported: 0,
  toCalled: 0,
  toBase: 0,
  toImporter: 0,
  toCaller: 0,
  hub: 0
}

export interface Candidate {
  path: string
  score: number
  /** Only code files take part: tests and docs follow the code they describe. */
  code: boolean
}

export interface Links {
  /** `[from, to]`: from imports to. */
  imports: readonly (readonly [string, string])[]
  /** `[from, to, count]`: functions of from call functions of to. */
  calls: readonly (readonly [string, string, number])[]
  /** `[from, to]`: a class of from extends one of to. */
  extends: readonly (readonly [string, string])[]
}

export interface Flow {
  /** The new score. */
  score: number
  /** The strongest contribution, for the reasons a person reads. */
  strongest?: {
    from: string
    relation: 'imported by' | 'called by' | 'extended by' | 'imports' | 'calls'
  }
}

/** New scores for the code candidates; others keep theirs. */
export function rerank(
  candidates: readonly Candidate[],
  links: Links,
  weights: GraphWeights
): Map<string, Flow> {
  const code = new Map(candidates.filter(c => c.code).map(c => [c.path, c.score]))
  const best = Math.max(1e-9, ...code.values())
  const flows = new Map<string, Flow>()
  const gains = new Map<string, { total: number; strongest?: Flow['strongest']; top: number }>()
  const gain = (
    to: string,
    amount: number,
    from: string,
    relation: NonNullable<Flow['strongest']>['relation']
  ) => {
    if (!code.has(to) || amount <= 0) return
    const entry = gains.get(to) ?? { total: 0, top: 0 }
    entry.total += amount
    if (amount > entry.top) Object.assign(entry, { top: amount, strongest: { from, relation } })
    gains.set(to, entry)
  }
  const drawsOn = new Map<string, Set<string>>()
  const note = (from: string, to: string) => {
    if (!code.has(from) || !code.has(to) || from === to) return
    drawsOn.set(from, (drawsOn.get(from) ?? new Set()).add(to))
  }
  for (const [from, to] of links.imports) {
    note(from, to)
    gain(to, weights.toImported * (code.get(from) ?? 0), from, 'imported by')
    gain(from, weights.toImporter * (code.get(to) ?? 0), to, 'imports')
  }
  for (const [from, to] of links.calls) {
    note(from, to)
    gain(to, weights.toCalled * (code.get(from) ?? 0), from, 'called by')
    gain(from, weights.toCaller * (code.get(to) ?? 0), to, 'calls')
  }
  for (const [from, to] of links.extends)
    gain(to, weights.toBase * (code.get(from) ?? 0), from, 'extended by')
  for (const [path, score] of code) {
    const hubShare = Math.min(4, drawsOn.get(path)?.size ?? 0) * weights.hub
    const entry = gains.get(path)
    flows.set(path, {
      score: score * Math.max(0, 1 - hubShare) + (entry?.total ?? 0),
      ...(entry?.strongest && entry.top >= 0.1 * best ? { strongest: entry.strongest } : {})
    })
  }
  return flows
}
