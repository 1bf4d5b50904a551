// Dumps, per instance, what the graph-guided reranking sees: the files the evidence ranks (with
// their scores) and the edges the code graph finds between them, for fitting the reranking's
// weights on the tuning half (scripts/bench/fit-graph.py reads it).
import { writeFileSync } from 'node:fs'
import { buildGraph } from '../../src/research/graph/code-graph.js'
import { treeFiles } from '../../src/research/graph/import-resolution.js'
import { issueInput } from '../../src/research/issue/issue-input.js'
import { readIssueSignals } from '../../src/research/issue/issue-signals.js'
import { readQuotedCode } from '../../src/research/issue/quoted-code.js'
import { defaultRankOptions, rankFiles } from '../../src/research/rank/rank-files.js'
import { exclusionFor } from '../../src/research/tree/classify.js'
import { listRepositoryFiles } from '../../src/research/tree/list-files.js'
import { Manifests } from '../../src/research/tree/manifests.js'
import type { Instance } from './instances.js'

export interface GraphDump {
  id: string
  split: string
  kind: string
  language: string
  gold: string[]
  candidates: { path: string; score: number; kind: string }[]
  imports: [string, string][]
  calls: [string, string, number][]
  extends: [string, string][]
  parsed: number
  ms: number
}

export async function dumpGraph(
  instance: Instance,
  root: string,
  seeds: number
): Promise<GraphDump> {
  const issue = issueInput(instance.title, instance.body)
  const all = await listRepositoryFiles(root)
  const manifests = new Manifests(root, all)
  const rankable = all.filter(path => exclusionFor(path) === undefined)
  const ranking = await rankFiles(
    manifests,
    rankable,
    readIssueSignals(issue),
    readQuotedCode(issue),
    {
      ...defaultRankOptions,
      top: 50
    }
  )
  const goModule = /^module\s+(\S+)/m.exec(manifests.text('go.mod') ?? '')?.[1]
  const code = ranking.files.filter(file => file.kind === 'code').map(file => file.path)
  const graph = await buildGraph(root, code.slice(0, seeds), treeFiles(rankable, goModule))
  const callCounts = new Map<string, number>()
  for (const call of graph.calls) {
    if (call.from.path === call.to.path) continue
    const key = `${call.from.path}\0${call.to.path}`
    callCounts.set(key, (callCounts.get(key) ?? 0) + 1)
  }
  return {
    id: instance.id,
    split: instance.split,
    kind: instance.kind,
    language: instance.language,
    gold: instance.gold_files,
    candidates: ranking.files.map(file => ({
      path: file.path,
      score: file.score,
      kind: file.kind
    })),
    imports: [...graph.files.values()].flatMap(file =>
      file.imports.map(target => [file.path, target] as [string, string])
    ),
    calls: [...callCounts].map(([key, count]) => {
      const [from, to] = key.split('\0')
      return [from, to, count] as [string, string, number]
    }),
    extends: graph.extends
      .filter(link => link.from.path !== link.to.path)
      .map(link => [link.from.path, link.to.path] as [string, string]),
    parsed: graph.parsed.length,
    ms: graph.ms
  }
}

export function writeDumps(file: string, dumps: GraphDump[]): void {
  writeFileSync(file, `${JSON.stringify(dumps)}\n`)
}
