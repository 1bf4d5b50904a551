// Revision benchmark: for each instance, the bundled CLI plans with no model key, then
// `adw-plan revise` reads the review a reviewer who knows the merged change would write
// (bench/review-requests.ts). Per request: applied (the plan shows it and the output says so),
// claimed (said but not done: must stay 0), declined (said plainly it could not), unreported,
// silent; and the gold files listed to modify before and after the revision.
//
//   npm run bench:revise -- --mirrors DIR [--work DIR] [--split report] [--language L] [--json FILE]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPlan, runRevise } from './bench/cli-runs.js'
import { loadInstances, type Instance } from './bench/instances.js'
import { parseOptions } from './bench/options.js'
import { isCodePath } from './bench/paths.js'
import { listedFiles } from './bench/plan-measures.js'
import {
  outcomeOf,
  reviewRequests,
  type Outcome,
  type RequestKind,
  type ReviewRequest
} from './bench/review-requests.js'
import { treeOf } from './bench/trees.js'

interface Row {
  id: string
  language: string
  split: string
  requests: (ReviewRequest & { outcome: Outcome })[]
  /** Gold code files listed under Existing Files to Modify, and listed code files, before and after. */
  before: { gold: number; code: number }
  after: { gold: number; code: number }
  goldCode: number
  error?: string
}

const OUTCOMES: Outcome[] = ['applied', 'claimed', 'declined', 'unreported', 'silent']
const KINDS: RequestKind[] = ['drop', 'add', 'use-test', 'wish']

function listedCode(plan: string, gold: string[]): { gold: number; code: number } {
  const code = listedFiles(plan).filter(isCodePath)
  return { gold: code.filter(path => gold.includes(path)).length, code: code.length }
}

function revised(
  cli: string,
  instance: Instance,
  tree: string,
  scratch: string,
  seed: number
): Row {
  const goldCode = instance.gold_files.filter(isCodePath)
  const row: Row = {
    id: instance.id,
    language: instance.language,
    split: instance.split,
    requests: [],
    before: { gold: 0, code: 0 },
    after: { gold: 0, code: 0 },
    goldCode: goldCode.length
  }
  const issue = { scratch, title: instance.title, body: instance.body, kind: instance.kind }
  const run = runPlan(cli, tree, issue, [], (copy, planFile) => {
    const plan = readFileSync(planFile, 'utf8')
    const requests = reviewRequests(
      plan,
      { files: instance.gold_files, tests: instance.gold_tests },
      copy,
      seed
    )
    const feedback = requests.map(request => request.sentence).join(' ')
    const revision = runRevise(cli, copy, planFile, feedback, scratch)
    if (revision.status !== 0)
      row.error = `revise exited ${revision.status}: ${revision.stderr.trim().split('\n').at(-1)}`
    row.before = listedCode(plan, goldCode)
    row.after = listedCode(revision.markdown, goldCode)
    row.requests = requests.map(request => ({
      ...request,
      outcome: outcomeOf(request, revision.markdown, revision.report)
    }))
  })
  if (!run.markdown) row.error = run.error ?? 'no plan'
  return row
}

const pct = (part: number, whole: number) =>
  whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`

function table(rows: Row[], title: string): string {
  const requests = rows.flatMap(row => row.requests)
  const lines = [`${title}: ${rows.length} plans, ${requests.length} requests`]
  lines.push(
    `| request | n | ${OUTCOMES.join(' | ')} |`,
    `| --- | --- |${' --- |'.repeat(OUTCOMES.length)}`
  )
  for (const kind of [...KINDS, 'all'] as const) {
    const some = requests.filter(request => kind === 'all' || request.kind === kind)
    const cells = OUTCOMES.map(outcome => {
      const n = some.filter(request => request.outcome === outcome).length
      return `${n} (${pct(n, some.length)})`
    })
    lines.push(`| ${kind} | ${some.length} | ${cells.join(' | ')} |`)
  }
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0)
  const gold = sum(row => row.goldCode)
  lines.push(
    '',
    `gold code files listed to modify: ${pct(
      sum(row => row.before.gold),
      gold
    )} -> ${pct(
      sum(row => row.after.gold),
      gold
    )}; ` +
      `listed code files that are gold: ${pct(
        sum(row => row.before.gold),
        sum(row => row.before.code)
      )} -> ${pct(
        sum(row => row.after.gold),
        sum(row => row.after.code)
      )}`
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = loadInstances(options.instances, options.filter)
  const scratch = mkdtempSync(join(tmpdir(), 'adw-bench-revise-'))
  const rows: Row[] = []
  try {
    for (const [index, instance] of instances.entries()) {
      const tree = await treeOf(instance, options.mirrors, options.work)
      const row = revised(options.cli, instance, tree, join(scratch, instance.id), index)
      rows.push(row)
      const outcomes = row.requests.map(request => `${request.kind}:${request.outcome}`)
      process.stderr.write(
        `[${index + 1}/${instances.length}] ${instance.id} ${row.error ?? outcomes.join(' ')}\n`
      )
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  const splits = [...new Set(rows.map(row => row.split))].sort().reverse()
  const languages = [...new Set(rows.map(row => row.language))].sort()
  const errors = rows.filter(row => row.error).length
  process.stdout.write(
    [
      `${rows.length} instances (${errors} without a revision); cli = ${options.cli}`,
      ...splits.map(split =>
        table(
          rows.filter(row => row.split === split),
          `split ${split}`
        )
      ),
      ...languages.map(language =>
        table(
          rows.filter(row => row.language === language),
          `language ${language}`
        )
      )
    ].join('\n\n') + '\n'
  )
  if (options.json) writeFileSync(options.json, `${JSON.stringify(rows, null, 2)}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
