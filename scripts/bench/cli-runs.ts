// Runs a bundled CLI as a user would, with no model key (so the embedded planner plans):
// `adw-plan research --json` on the materialised tree, and `adw-plan plan --kind K` on a
// hard-linked copy of it, so the cached tree never gets a specs/ directory.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RankedSymbolLike } from './research-measures.js'

/** The environment without model keys: `--provider auto` then picks the embedded planner. */
function withoutKeys(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(?:ANTHROPIC|OPENAI|GOOGLE|AWS)_/.test(key))
  )
}

interface IssueFiles {
  scratch: string
  title: string
  body: string
}

function writePrompt(issue: IssueFiles): string {
  mkdirSync(issue.scratch, { recursive: true })
  const promptFile = join(issue.scratch, 'issue.md')
  writeFileSync(promptFile, issue.body)
  return promptFile
}

export interface ResearchRun {
  files: string[]
  symbols: RankedSymbolLike[]
  /** The existing tests it found, best first. */
  tests: string[]
  /** The research's own time, as it reports it (Node's start excluded). */
  ms: number
}

export function runResearch(
  cli: string,
  tree: string,
  issue: IssueFiles,
  top = 10,
  extra: readonly string[] = []
): ResearchRun {
  const promptFile = writePrompt(issue)
  const run = spawnSync(
    process.execPath,
    // `--title=…`: a title may start with a dash (`--max-results flag`).
    [cli, 'research', '--json', '--top', String(top), `--title=${issue.title}`, ...extra].concat([
      '--prompt-file',
      promptFile,
      '--repo',
      tree
    ]),
    { encoding: 'utf8', env: withoutKeys(), maxBuffer: 64 * 1024 * 1024 }
  )
  if (run.status !== 0) throw new Error(`research exited ${run.status}: ${run.stderr}`)
  const result = JSON.parse(run.stdout) as {
    files: { path: string }[]
    symbols: RankedSymbolLike[]
    tests: { path: string }[]
    elapsedMs: number
  }
  return {
    files: result.files.map(file => file.path),
    symbols: result.symbols,
    tests: result.tests.map(test => test.path),
    ms: result.elapsedMs
  }
}

export interface ReviseRun {
  /** The plan after the revision (the same text when nothing was applied). */
  markdown: string
  /** What `adw-plan revise` printed on stdout: what it applied and what it did not. */
  report: string
  status: number | null
  stderr: string
}

/** `adw-plan revise` on a plan file in a tree, with the feedback in a file. */
export function runRevise(
  cli: string,
  tree: string,
  planFile: string,
  feedback: string,
  scratch: string
): ReviseRun {
  const feedbackFile = join(scratch, 'feedback.md')
  writeFileSync(feedbackFile, feedback)
  const run = spawnSync(
    process.execPath,
    [cli, 'revise', '--plan', planFile, '--feedback-file', feedbackFile, '--repo', tree],
    { encoding: 'utf8', env: withoutKeys(), cwd: scratch }
  )
  return {
    markdown: readFileSync(planFile, 'utf8'),
    report: run.stdout,
    status: run.status,
    stderr: run.stderr
  }
}

export interface PlanRun {
  /** The plan, or undefined when the CLI wrote none (it refuses an invalid plan). */
  markdown?: string
  error?: string
  ms: number
}

/**
 * `afterPlan` runs on the plan while its copy of the tree still exists (bench:revise revises it
 * there); the copy is removed after it.
 */
export function runPlan(
  cli: string,
  tree: string,
  issue: IssueFiles & { kind: string },
  extra: readonly string[] = [],
  afterPlan?: (copy: string, planFile: string) => void
): PlanRun {
  const copy = join(issue.scratch, 'tree')
  rmSync(copy, { recursive: true, force: true })
  const promptFile = writePrompt(issue)
  execFileSync('cp', ['-al', tree, copy])
  try {
    const started = performance.now()
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'plan',
        '--kind',
        issue.kind,
        '--adw-id',
        '1',
        `--title=${issue.title}`,
        ...extra
      ].concat(['--prompt-file', promptFile, '--repo', copy]),
      { encoding: 'utf8', env: withoutKeys(), cwd: issue.scratch }
    )
    const ms = performance.now() - started
    if (run.status !== 0)
      return {
        ms,
        error: `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`
      }
    const specs = join(copy, 'specs')
    const file = readdirSync(specs).find(name => name.startsWith(`${issue.kind}-1-`))
    if (!file) return { ms, error: `no plan in ${specs}` }
    const markdown = readFileSync(join(specs, file), 'utf8')
    afterPlan?.(copy, join(specs, file))
    return { markdown, ms }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}
