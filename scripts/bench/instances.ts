// The benchmark's instances: an issue, the repository at the commit it was filed against, and
// what the merged change did. Two files hold them: the project's corpus (bench/corpus/corpus.json,
// several languages, bugs and features, split in a tuning and a reporting half) and SWE-bench
// style lists (an array of instances with `problem_statement` and `gold_files`).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Corpus, GoldFunction, LabelledAsk } from './corpus/types.js'

export type { GoldFunction } from './corpus/types.js'

export interface Instance {
  id: string
  repo: string
  base_commit: string
  title: string
  body: string
  kind: string
  language: string
  /** `tune` or `report` for the corpus; `dev` for a SWE-bench style list. */
  split: string
  gold_files: string[]
  gold_tests: string[]
  gold_functions: GoldFunction[]
  /** New code files the change added. */
  code_added: string[]
  /** Files in the tree at the base commit, when the list says. */
  tree_files?: number
  /** What a feature request asks for, labelled by hand (bench/corpus/asks.json). */
  asks?: LabelledAsk[]
}

export interface InstanceFilter {
  only?: string
  split?: string
  language?: string
  kind?: string
  /** Only trees of at least this many files. */
  minFiles?: number
}

interface SweBenchInstance {
  instance_id: string
  repo: string
  base_commit: string
  problem_statement: string
  gold_files: string[]
  gold_tests?: string[]
  gold_functions?: GoldFunction[]
}

/** The first line is the issue's title, the rest its body (a trailing `\r` dropped). */
/** What the research is scored against: the files and functions the merged change touched. */
export function goldOf(instance: Instance): {
  files: string[]
  functions: GoldFunction[]
  tests: string[]
} {
  return {
    files: instance.gold_files,
    functions: instance.gold_functions,
    tests: instance.gold_tests
  }
}

export function titleAndBody(problem: string): { title: string; body: string } {
  const [first, ...rest] = problem.split('\n')
  return { title: first.replace(/\r$/, '').trim(), body: rest.join('\n') }
}

/** The asks labelled for the corpus's feature requests, in `asks.json` beside the corpus. */
function labelledAsks(file: string): Record<string, LabelledAsk[]> {
  const path = join(dirname(file), 'asks.json')
  if (!existsSync(path)) return {}
  return (JSON.parse(readFileSync(path, 'utf8')) as { asks: Record<string, LabelledAsk[]> }).asks
}

function fromCorpus(corpus: Corpus, asks: Record<string, LabelledAsk[]>): Instance[] {
  return corpus.instances
    .filter(instance => instance.derived)
    .map(instance => ({
      id: instance.id,
      repo: instance.repo,
      base_commit: instance.derived!.base_commit,
      title: instance.issue.title,
      body: instance.issue.body,
      kind: instance.kind,
      language: instance.language,
      split: corpus.repositories[instance.repo]?.split ?? 'tune',
      gold_files: instance.derived!.gold_files,
      gold_tests: instance.derived!.gold_tests,
      gold_functions: instance.derived!.gold_functions,
      code_added: instance.derived!.code_added,
      tree_files: instance.derived!.tree_files,
      ...(asks[instance.id] ? { asks: asks[instance.id] } : {})
    }))
}

function fromSweBench(list: SweBenchInstance[], kind: string): Instance[] {
  return list.map(instance => ({
    id: instance.instance_id,
    repo: instance.repo,
    base_commit: instance.base_commit,
    ...titleAndBody(instance.problem_statement),
    kind,
    language: 'python',
    split: 'dev',
    gold_files: instance.gold_files,
    gold_tests: instance.gold_tests ?? [],
    gold_functions: instance.gold_functions ?? [],
    code_added: []
  }))
}

/** The corpus, or a SWE-bench list (whose instances are bug reports). */
export function loadInstances(file: string, filter: InstanceFilter): Instance[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Corpus | SweBenchInstance[]
  const all = Array.isArray(data) ? fromSweBench(data, 'bug') : fromCorpus(data, labelledAsks(file))
  return all.filter(
    instance =>
      (!filter.only || filter.only.split(',').some(part => instance.id.includes(part))) &&
      (!filter.split || filter.split === 'all' || instance.split === filter.split) &&
      (!filter.language || instance.language === filter.language) &&
      (!filter.kind || instance.kind === filter.kind) &&
      (!filter.minFiles || (instance.tree_files ?? 0) >= filter.minFiles)
  )
}
