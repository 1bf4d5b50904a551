// Scores one written plan against the fix that was merged: which gold files it lists to modify,
// how many of its listed code files are gold, whether it names a gold function in its own
// analysis, and whether it names a gold test file.
import { posix } from 'node:path'
import type { GoldFunction } from './corpus/types.js'
import { isCodePath } from './paths.js'

export interface Gold {
  files: string[]
  tests: string[]
  functions: GoldFunction[]
  /** New code files the change added: a plan should propose one in the same directory. */
  added?: string[]
}

export interface PlanScore {
  /** Share of gold files listed under Existing Files to Modify. */
  recall: number
  /** Listed code files, and how many of them are gold. */
  listedCode: number
  goldCode: number
  /** A gold function named as code in the plan's own analysis; undefined without gold functions. */
  functionHit?: boolean
  /** The same, in the first file bullet under Existing Files to Modify. */
  functionHitFirst?: boolean
  /** A gold test file named anywhere in the plan; undefined without gold tests. */
  testHit?: boolean
  /** A new file proposed in the directory of a code file the change added; undefined without one. */
  newFileHit?: boolean
  listed: string[]
}

/** The lines under `heading` (e.g. `### Existing Files to Modify`) up to the next heading of its level or above. */
export function sectionOf(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)![0].length
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => line.trim() === heading)
  if (start < 0) return ''
  const out: string[] = []
  for (const line of lines.slice(start + 1)) {
    const m = /^(#+)\s/.exec(line)
    if (m && m[1].length <= level) break
    out.push(line)
  }
  return out.join('\n')
}

/** Paths of the bullets under a Relevant Files heading, in order, each once. */
export function listedFiles(markdown: string, heading = '### Existing Files to Modify'): string[] {
  const paths: string[] = []
  for (const line of sectionOf(markdown, heading).split('\n')) {
    const m = /^\s*[-*]\s+`([^`]+)`/.exec(line)
    if (m && !paths.includes(m[1])) paths.push(m[1])
  }
  return paths
}

/**
 * The plan's own analysis: where the planner says what to change, as opposed to the sections
 * that restate the issue (description, problem, steps to reproduce, criteria, the quoted prompt).
 */
export const ANALYSIS_SECTIONS = [
  '## Root Cause Analysis',
  '## Relevant Files',
  '## Step by Step Tasks',
  '## Implementation Phases'
]

function namesAsCode(text: string, names: string[]): boolean {
  return names.some(name => text.includes(`\`${name}\``) || text.includes(`\`${name}(`))
}

export function goldNames(functions: GoldFunction[]): string[] {
  return functions.flatMap(fn => (fn.cls ? [fn.name, `${fn.cls}.${fn.name}`] : [fn.name]))
}

export function scorePlan(markdown: string, gold: Gold): PlanScore {
  const listed = listedFiles(markdown)
  const listedCode = listed.filter(isCodePath)
  const score: PlanScore = {
    // A change that only adds files has nothing to list; such a plan is not scored on recall.
    recall:
      gold.files.length === 0
        ? NaN
        : gold.files.filter(file => listed.includes(file)).length / gold.files.length,
    listedCode: listedCode.length,
    goldCode: listedCode.filter(path => gold.files.includes(path)).length,
    listed
  }
  if (gold.functions.length > 0) {
    const names = goldNames(gold.functions)
    const analysis = ANALYSIS_SECTIONS.map(heading => sectionOf(markdown, heading)).join('\n')
    score.functionHit = namesAsCode(analysis, names)
    const firstBullet =
      sectionOf(markdown, '### Existing Files to Modify')
        .split('\n')
        .find(line => /^\s*[-*]\s+`/.test(line)) ?? ''
    score.functionHitFirst = namesAsCode(firstBullet, names)
  }
  if (gold.tests.length > 0) score.testHit = gold.tests.some(test => markdown.includes(test))
  if (gold.added && gold.added.length > 0) {
    const proposed = listedFiles(markdown, '### New Files to Create').map(path =>
      posix.dirname(path)
    )
    score.newFileHit = gold.added.some(path => proposed.includes(posix.dirname(path)))
  }
  return score
}
