// Scaling benchmark: how the research's time and memory grow with the tree. One corpus issue's
// tree is copied side by side 1×, 10×, 40× (`pkgN/…`, one git repository each, built once under
// --work), and the corpus's largest trees (`--min-files N`) run their own issues. On each tree the
// bundled CLI's `adw-plan research` runs whole (Node's start included) with its peak memory, next
// to `git grep -c -i` of the issue's terms on the same tree in the same run (its three weightiest
// terms, and all of them): what reading the tree costs a tool built for it. `--compare OTHER_DIST` runs a second build side by side and says
// whether the two rank the same files; `--threads 1,2,4` runs the build at each thread count
// (ADW_RESEARCH_THREADS) and says whether the rankings depend on it.
//
//   npm run bench:scale -- --mirrors DIR --scale ID [--copies 1,10,40] [--min-files 10000]
//     [--work DIR] [--copies-dir DIR] [--compare OTHER_DIST] [--threads 1,2] [--repeats 3] [--json FILE]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { issueInput } from '../src/research/issue/issue-input.js'
import { readIssueSignals } from '../src/research/issue/issue-signals.js'
import { loadInstances, type Instance } from './bench/instances.js'
import { median } from './bench/metrics.js'
import { cliOf } from './bench/options.js'
import { copiedTree } from './bench/scale-trees.js'
import { timedNode, timedRun, writePeakProbe } from './bench/timed-process.js'
import { treeOf } from './bench/trees.js'

const usage = [
  'usage: bench-scale --mirrors DIR [--scale ID] [--copies 1,10,40] [--min-files N]',
  '         [--instances bench/corpus/corpus.json] [--work DIR] [--copies-dir DIR] [--cli dist/cli.js]',
  '         [--compare OTHER_DIST] [--threads N[,N…]] [--repeats 3] [--json FILE]'
].join('\n')

interface Case {
  label: string
  root: string
  instance: Instance
}

interface Measure {
  build: string
  threads?: number
  seconds: number[]
  /** The research's own time (`elapsedMs`): the whole run less Node's start and the code's loading. */
  researchSeconds: number[]
  /** Per stage, when it ended (`stagesMs`), one value per run. */
  stages: Record<string, number[]>
  cpuSeconds: number[]
  peakMb: number[]
  files?: string[]
  error?: string
}

interface Result {
  label: string
  files: number
  megabytes: number
  terms: string[]
  /** `git grep` of the three weightiest terms, and of all of them. */
  grepSeconds: number[]
  grepAllSeconds: number[]
  measures: Measure[]
}

function numbers(text: string | undefined, name: string): number[] {
  if (!text) return []
  const list = text.split(',').map(Number)
  if (list.some(n => !Number.isInteger(n) || n < 1))
    throw new Error(`--${name} takes whole numbers >= 1, got ${text}`)
  return list
}

/**
 * The issue's terms as the research reads them (stems), weightiest first (title words count
 * double): what `git grep` looks for, all of them and the first three.
 */
function termsOf(instance: Instance): string[] {
  const { terms } = readIssueSignals(issueInput(instance.title, instance.body))
  return [...terms].sort((a, b) => b[1] - a[1]).map(([term]) => term)
}

function treeSize(root: string): { files: number; megabytes: number } {
  // git itself lists and sizes a checkout; a plain directory is walked by `find`.
  const listed = timedRun('find', [
    root,
    '-type',
    'f',
    '-not',
    '-path',
    '*/.git/*',
    '-printf',
    '%s\\n'
  ])
  const sizes = listed.stdout.split('\n').filter(Boolean).map(Number)
  return { files: sizes.length, megabytes: sizes.reduce((sum, n) => sum + n, 0) / 1e6 }
}

/**
 * `git grep -c -i` of the terms, as one alternation (PCRE, which git runs fast; with many terms
 * its fixed-string matcher is slower by an order of magnitude under `-i`).
 */
function gitGrep(root: string, terms: string[]): number {
  const inRepository = timedRun('git', ['-C', root, 'rev-parse', '--is-inside-work-tree'])
  const args = [
    '-C',
    root,
    'grep',
    ...(inRepository.status === 0 ? [] : ['--no-index']),
    '-c',
    '-i'
  ]
  const alternation = terms.map(term => term.replace(/[^A-Za-z0-9_]/g, '\\$&')).join('|')
  let run = timedRun('git', [...args, '-P', alternation])
  // A git built without PCRE says so (128): the fixed strings then.
  if (run.status === 128) run = timedRun('git', [...args, '-F', ...terms.flatMap(t => ['-e', t])])
  // 1: nothing matched, which is an answer too.
  if (run.status !== 0 && run.status !== 1) throw new Error(`git grep: ${run.stderr}`)
  return run.ms / 1000
}

function research(
  probe: string,
  cli: string,
  root: string,
  promptFile: string,
  instance: Instance,
  threads: number | undefined
) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(?:ANTHROPIC|OPENAI|GOOGLE|AWS)_/.test(key))
  )
  if (threads !== undefined) env.ADW_RESEARCH_THREADS = String(threads)
  const args = ['research', '--json', `--title=${instance.title}`, '--prompt-file', promptFile]
  const run = timedNode(probe, cli, [...args, '--repo', root], env)
  if (run.status !== 0) return { error: `exit ${run.status}: ${run.stderr.slice(-400)}` }
  const result = JSON.parse(run.stdout) as {
    files: { path: string }[]
    elapsedMs: number
    stagesMs?: Record<string, number>
  }
  const files = result.files.map(f => f.path)
  return {
    seconds: run.ms / 1000,
    researchSeconds: result.elapsedMs / 1000,
    stagesMs: result.stagesMs ?? {},
    cpuSeconds: run.cpuSeconds ?? NaN,
    peakMb: run.peakMb ?? NaN,
    files
  }
}

const fmt = (value: number, digits = 2) => (Number.isNaN(value) ? '-' : value.toFixed(digits))

const columns = [24, 8, 22, 10, 7, 8, 7]

function row(cells: string[]): string {
  return `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(columns[i]) : cell.padStart(columns[i] ?? 0))).join(' ')}`
}

function report(results: Result[]): string {
  const lines: string[] = []
  for (const result of results) {
    const grep = median(result.grepSeconds)
    lines.push(
      '',
      `${result.label}: ${result.files.toLocaleString('en')} files, ${fmt(result.megabytes, 0)} MB`,
      `  git grep -c -i of ${result.terms.slice(0, 3).join(', ')}: ${fmt(grep)} s; of all ` +
        `${result.terms.length} terms: ${fmt(median(result.grepAllSeconds))} s (medians)`,
      row(['build', 's', 'runs (s)', 'research s', 'CPU s', 'peak MB', '÷ grep3', ' ranking'])
    )
    const reference = result.measures.find(measure => measure.files)?.files
    for (const measure of result.measures) {
      const name = `${measure.build}${measure.threads ? `, ${measure.threads} thread${measure.threads > 1 ? 's' : ''}` : ''}`
      if (measure.error) {
        lines.push(row([name, measure.error]))
        continue
      }
      const seconds = median(measure.seconds)
      const same = JSON.stringify(measure.files) === JSON.stringify(reference)
      lines.push(
        row([
          name,
          fmt(seconds),
          measure.seconds.map(s => fmt(s)).join(' '),
          fmt(median(measure.researchSeconds)),
          fmt(median(measure.cpuSeconds)),
          fmt(Math.max(...measure.peakMb), 0),
          fmt(seconds / grep, 1),
          same ? ' same files as the first' : ' FILES DIFFER from the first'
        ])
      )
    }
    // Where the first build's research spent its time: when each stage ended (medians, ms).
    const stages = Object.entries(result.measures[0]?.stages ?? {})
    if (stages.length > 0)
      lines.push(
        `  ${result.measures[0].build}'s stages, ended at (ms from the research's start, medians): ` +
          stages.map(([stage, ms]) => `${stage} ${fmt(median(ms), 0)}`).join(' · ')
      )
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      mirrors: { type: 'string' },
      instances: { type: 'string', default: 'bench/corpus/corpus.json' },
      scale: { type: 'string' },
      copies: { type: 'string', default: '1,10,40' },
      'min-files': { type: 'string' },
      work: { type: 'string' },
      'copies-dir': { type: 'string' },
      cli: { type: 'string', default: 'dist/cli.js' },
      compare: { type: 'string' },
      threads: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      json: { type: 'string' }
    }
  })
  if (!values.mirrors || (!values.scale && !values['min-files'])) throw new Error(usage)
  const mirrors = resolve(values.mirrors)
  const work = resolve(values.work ?? join(tmpdir(), 'adw-bench-work'))
  const instances = resolve(values.instances!)
  const repeats = numbers(values.repeats, 'repeats')[0]
  const threads: (number | undefined)[] = values.threads
    ? numbers(values.threads, 'threads')
    : [undefined]
  const builds: [string, string][] = [['dist', cliOf(values.cli!)]]
  if (values.compare) builds.push(['compared', cliOf(values.compare)])

  const cases: Case[] = []
  if (values.scale) {
    const [instance] = loadInstances(instances, { only: values.scale })
    if (!instance) throw new Error(`no corpus instance matches ${values.scale}`)
    const base = await treeOf(instance, mirrors, work)
    const copiesDir = resolve(values['copies-dir'] ?? join(work, 'scale'))
    const dir = join(copiesDir, `${instance.repo.replace('/', '+')}-${instance.base_commit}`)
    for (const copies of numbers(values.copies, 'copies')) {
      process.stderr.write(`building ${copies} copies of ${instance.repo}…\n`)
      const root = copiedTree(base, copies, dir)
      cases.push({ label: `${instance.repo} ×${copies} (${instance.id})`, root, instance })
    }
  }
  if (values['min-files']) {
    const minFiles = numbers(values['min-files'], 'min-files')[0]
    for (const instance of loadInstances(instances, { minFiles }))
      cases.push({ label: instance.id, root: await treeOf(instance, mirrors, work), instance })
  }

  const scratch = mkdtempSync(join(tmpdir(), 'adw-bench-scale-'))
  const probe = pathToFileURL(writePeakProbe(scratch)).href
  const results: Result[] = []
  try {
    for (const [index, item] of cases.entries()) {
      const promptFile = join(scratch, 'issue.md')
      writeFileSync(promptFile, item.instance.body)
      const terms = termsOf(item.instance)
      const result: Result = {
        label: item.label,
        ...treeSize(item.root),
        terms,
        grepSeconds: [],
        grepAllSeconds: [],
        // The compared build runs as a user would run it, on the threads it picks itself.
        measures: builds.flatMap(([build], b) =>
          (b === 0 ? threads : [undefined]).map(
            count =>
              ({
                build,
                threads: count,
                seconds: [],
                researchSeconds: [],
                stages: {},
                cpuSeconds: [],
                peakMb: []
              }) as Measure
          )
        )
      }
      // Rounds, not runs back to back: a busy moment of the machine falls on every build alike.
      for (let round = 0; round < repeats; round++) {
        result.grepSeconds.push(gitGrep(item.root, terms.slice(0, 3)))
        result.grepAllSeconds.push(gitGrep(item.root, terms))
        for (const measure of result.measures) {
          if (measure.error) continue
          const cli = builds.find(([build]) => build === measure.build)![1]
          const run = research(probe, cli, item.root, promptFile, item.instance, measure.threads)
          if ('error' in run) {
            measure.error = run.error
            continue
          }
          measure.seconds.push(run.seconds)
          measure.researchSeconds.push(run.researchSeconds)
          for (const [stage, ms] of Object.entries(run.stagesMs))
            (measure.stages[stage] ??= []).push(ms)
          measure.cpuSeconds.push(run.cpuSeconds)
          measure.peakMb.push(run.peakMb)
          measure.files ??= run.files
          if (JSON.stringify(measure.files) !== JSON.stringify(run.files))
            measure.error = 'ranked differently on a repeat run'
        }
      }
      results.push(result)
      process.stderr.write(`[${index + 1}/${cases.length}] ${item.label}${report([result])}\n`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  process.stdout.write(
    `builds: ${builds.map(([label, cli]) => `${label} = ${cli}`).join(', ')}\n${report(results)}\n`
  )
  if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(results, null, 2)}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
