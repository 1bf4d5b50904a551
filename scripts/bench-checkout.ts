// What each checkout set-up costs before the research can read a repository's history: the
// seconds to clone it, the commits the clone holds and its size, for the set-ups the README
// names, against a remote on this machine (so the figures are git's own work, not a network's).
//
//   npm run bench:checkout -- --repo path/to/repository [--repo …] [--runs 3] [--depth 3000]
//
// `--repo` is any repository, bare or not; its HEAD is what is checked out.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { deepenHistory } from '../src/action/stages/deepen-history.js'
import { median } from './bench/metrics.js'

interface Options {
  repos: string[]
  runs: number
  depth: number
}

function parse(argv: string[]): Options {
  const options: Options = { repos: [], runs: 3, depth: 3000 }
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index + 1]
    if (argv[index] === '--repo') options.repos.push(resolve(value))
    else if (argv[index] === '--runs') options.runs = Number(value)
    else if (argv[index] === '--depth') options.depth = Number(value)
    else throw new Error(`Unknown option ${argv[index]}`)
    index++
  }
  if (!options.repos.length) throw new Error('Pass at least one --repo DIR.')
  return options
}

/** The remote allows filters whatever its own configuration says, as GitHub's does. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'uploadpack.allowFilter=true', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  }).trim()
}

/** A checkout as `actions/checkout` makes it: an empty repository fetching one commit. */
function checkout(remote: string, target: string, fetch: string[]): void {
  git(tmpdir(), 'init', '--quiet', target)
  git(target, 'remote', 'add', 'origin', `file://${remote}`)
  const head = git(remote, 'rev-parse', 'HEAD')
  git(target, 'fetch', '--quiet', '--no-tags', ...fetch, 'origin', head)
  git(target, 'checkout', '--quiet', '--detach', head)
}

interface SetUp {
  name: string
  run: (remote: string, target: string, depth: number) => Promise<void>
}

const SET_UPS: SetUp[] = [
  {
    name: 'fetch-depth: 1 (the default), no history read (`history-depth: 0`)',
    run: async (remote, target) => checkout(remote, target, ['--depth=1'])
  },
  {
    name: 'fetch-depth: 1, deepened by the action to `history-depth`',
    run: async (remote, target, depth) => {
      checkout(remote, target, ['--depth=1'])
      const outcome = await deepenHistory(target, {
        commits: depth,
        serverUrl: 'https://github.com',
        timeoutMs: 600_000
      })
      if (outcome.status !== 'deepened' && outcome.status !== 'enough')
        throw new Error(outcome.note)
    }
  },
  {
    name: 'fetch-depth: 0 with filter: blob:none',
    run: async (remote, target) => checkout(remote, target, ['--filter=blob:none'])
  },
  {
    name: 'fetch-depth: 0',
    run: async (remote, target) => checkout(remote, target, [])
  }
]

/** A mirror kept as `owner+name/repo` is named by its directory. */
function nameOf(repo: string): string {
  const name = basename(repo)
  return name === 'repo' || name === '.git' ? basename(dirname(repo)) : name
}

function sizeMb(path: string): number {
  return (
    Number(execFileSync('du', ['-sk', join(path, '.git')], { encoding: 'utf8' }).split('\t')[0]) /
    1024
  )
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2))
  const lines = [
    '| repository | set-up | seconds (median) | commits | .git size |',
    '| --- | --- | --- | --- | --- |'
  ]
  for (const repo of options.repos) {
    for (const setUp of SET_UPS) {
      const seconds: number[] = []
      let commits = 0
      let size = 0
      let failure = ''
      for (let run = 0; run < options.runs && !failure; run++) {
        const scratch = mkdtempSync(join(tmpdir(), 'bench-checkout-'))
        const target = join(scratch, 'checkout')
        try {
          const started = performance.now()
          await setUp.run(repo, target, options.depth)
          seconds.push((performance.now() - started) / 1000)
          commits = Number(git(target, 'rev-list', '--count', 'HEAD'))
          size = sizeMb(target)
        } catch (error) {
          // A remote that cannot serve a set-up (objects it lacks) is a row, not the end of the run.
          failure =
            String((error as { stderr?: string }).stderr ?? error)
              .split('\n')
              .find(text => /^(?:fatal|error):/.test(text)) ?? 'failed'
        } finally {
          rmSync(scratch, { recursive: true, force: true })
        }
      }
      const line = failure
        ? `| ${nameOf(repo)} | ${setUp.name} | ${failure} | | |`
        : `| ${nameOf(repo)} | ${setUp.name} | ${median(seconds).toFixed(1)} | ${commits} | ${size.toFixed(0)} MB |`
      process.stderr.write(`${line}\n`)
      lines.push(line)
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
