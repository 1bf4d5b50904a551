// The benchmark's instances: an issue, the repository at the commit it was filed against, and
// what the merged fix changed. Plan-level gold (tests, functions) is optional.
import { readFileSync } from 'node:fs'
import type { GoldFunction } from './plan-measures.js'

export interface Instance {
  instance_id: string
  repo: string
  base_commit: string
  problem_statement: string
  gold_files: string[]
  gold_tests?: string[]
  gold_functions?: GoldFunction[]
}

export function loadInstances(file: string, only?: string): Instance[] {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Instance[]
  return all.filter(instance => !only || instance.instance_id.includes(only))
}

/** The first line is the title, the rest its body (a trailing `\r` dropped). */
export function titleAndBody(instance: Instance): { title: string; body: string } {
  const [first, ...rest] = instance.problem_statement.split('\n')
  return { title: first.replace(/\r$/, '').trim(), body: rest.join('\n') }
}
