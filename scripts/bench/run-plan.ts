// Runs the bundled CLI as a user would (`adw-plan plan --kind bug`, no model key) on a hard-linked
// copy of a materialised tree, so the cached tree never gets a specs/ directory, and returns the
// plan it wrote, the wall time and the research time the CLI logs.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface PlanRun {
  markdown: string
  ms: number
  /** What the CLI logs as the research time, if it does. */
  researchMs?: number
}

/** The environment without model keys: `--provider auto` then picks the embedded planner. */
function withoutKeys(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(?:ANTHROPIC|OPENAI|GOOGLE)_/.test(key))
  )
}

export function runPlan(options: {
  cli: string
  tree: string
  scratch: string
  title: string
  body: string
  kind: string
}): PlanRun {
  const copy = join(options.scratch, 'tree')
  rmSync(copy, { recursive: true, force: true })
  mkdirSync(options.scratch, { recursive: true })
  execFileSync('cp', ['-al', options.tree, copy])
  const promptFile = join(options.scratch, 'issue.md')
  writeFileSync(promptFile, options.body)
  try {
    const started = performance.now()
    const run = spawnSync(
      process.execPath,
      [
        options.cli,
        'plan',
        '--kind',
        options.kind,
        '--adw-id',
        '1',
        '--title',
        options.title,
        '--prompt-file',
        promptFile,
        '--repo',
        copy
      ],
      { encoding: 'utf8', env: withoutKeys(), cwd: options.scratch }
    )
    const ms = performance.now() - started
    if (run.status !== 0) throw new Error(`the CLI exited ${run.status}: ${run.stderr}`)
    const specs = join(copy, 'specs')
    const file = readdirSync(specs).find(name => name.startsWith(`${options.kind}-1-`))
    if (!file) throw new Error(`no plan in ${specs}`)
    const logged = /considered in (\d+(?:\.\d+)?) ms/.exec(run.stderr)
    return {
      markdown: readFileSync(join(specs, file), 'utf8'),
      ms,
      ...(logged ? { researchMs: Number(logged[1]) } : {})
    }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}
