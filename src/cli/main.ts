// `adw-plan`'s arguments: which command, with which options. The conventions of command-line
// tools: `--help`/`-h`/`help` print the usage on stdout and exit 0, `--version` prints the
// version; a usage error prints the problem and the usage on stderr and exits 2; a command that
// fails (no valid plan) exits 1.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { stderrLogger } from '../log/logger.js'
import { closestName } from './suggest.js'
import { CliUsageError, usage } from './usage.js'
import { version } from './version.js'

type Options = NonNullable<ParseArgsConfig['options']>
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

/** Where a command writes: stdout for its result, stderr for the usage after an error. */
export interface CliOutput {
  out: (text: string) => void
  err: (text: string) => void
}

const repo = { repo: { type: 'string', default: '.' } } as const
const provider = {
  provider: { type: 'string', default: 'auto' },
  model: { type: 'string' },
  'templates-dir': { type: 'string' }
} as const
/** Commits of the repository's history the research reads; 0 reads none. */
const history = { history: { type: 'string' } } as const
const prompt = {
  prompt: { type: 'string' },
  'prompt-file': { type: 'string' },
  title: { type: 'string' }
} as const

/** The repository `--repo` names, as an absolute path: a directory that exists. */
function repoOption(values: Values): string {
  const dir = resolve(values.repo as string)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliUsageError(`--repo ${String(values.repo)} is not a directory`)
  }
  return dir
}

/** A file an option names, read whole; a file that cannot be read is the option's problem. */
function readOptionFile(option: string, file: string): string {
  try {
    return readFileSync(resolve(file), 'utf8')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'not readable (permission denied)'
            : String((error as { message?: unknown }).message)
    throw new CliUsageError(`${option} ${file}: ${why}`)
  }
}

/** Text from `--NAME TEXT` or `--NAME-file FILE`, exactly one of them. */
function textOption(values: Values, name: string): string {
  const text = values[name] as string | undefined
  const file = values[`${name}-file`] as string | undefined
  if (text !== undefined && file !== undefined) {
    throw new CliUsageError(`give --${name} or --${name}-file, not both`)
  }
  if (file !== undefined) return readOptionFile(`--${name}-file`, file)
  if (text === undefined) throw new CliUsageError(`--${name} or --${name}-file is required`)
  return text
}

const commands: Record<
  string,
  { options: Options; run: (values: Values, io: CliOutput) => Promise<void> }
> = {
  plan: {
    options: {
      ...prompt,
      ...repo,
      ...provider,
      ...history,
      'adw-id': { type: 'string' },
      'specs-dir': { type: 'string', default: 'specs' },
      kind: { type: 'string', default: 'feature' }
    },
    async run(values, io) {
      // The commands load their pipeline when they run: `--help` and `--version` never need it.
      const { runPlanCommand } = await import('./commands.js')
      const path = await runPlanCommand({
        adwId: values['adw-id'] as string | undefined,
        prompt: textOption(values, 'prompt'),
        title: values.title as string | undefined,
        repo: repoOption(values),
        provider: values.provider as string,
        model: values.model as string | undefined,
        specsDir: values['specs-dir'] as string,
        kind: values.kind as string,
        templatesDir: values['templates-dir'] as string | undefined,
        history: values.history as string | undefined,
        env: process.env,
        log: stderrLogger
      })
      io.out(`${path}\n`)
    }
  },
  revise: {
    options: {
      ...repo,
      ...provider,
      ...history,
      plan: { type: 'string' },
      feedback: { type: 'string' },
      'feedback-file': { type: 'string' }
    },
    async run(values, io) {
      if (values.plan === undefined) throw new CliUsageError('--plan is required')
      const { describeRevision, runReviseCommand } = await import('./revise-command.js')
      const outcome = await runReviseCommand({
        plan: values.plan as string,
        feedback: textOption(values, 'feedback'),
        repo: repoOption(values),
        provider: values.provider as string,
        model: values.model as string | undefined,
        templatesDir: values['templates-dir'] as string | undefined,
        history: values.history as string | undefined,
        env: process.env,
        log: stderrLogger
      })
      io.out(`${describeRevision(outcome).join('\n')}\n`)
    }
  },
  research: {
    options: {
      ...prompt,
      ...repo,
      ...history,
      top: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false }
    },
    async run(values, io) {
      const { runResearchCommand } = await import('./commands.js')
      const result = await runResearchCommand({
        prompt: textOption(values, 'prompt'),
        title: values.title as string | undefined,
        repo: repoOption(values),
        top: values.top as string,
        log: stderrLogger,
        history: values.history as string | undefined
      })
      if (values.json) {
        io.out(`${JSON.stringify(result, null, 2)}\n`)
        return
      }
      for (const file of result.files) {
        io.out(`${file.score.toFixed(2)}  ${file.path}  (${file.reasons.join('; ')})\n`)
      }
    }
  }
}

/** The command's options; an unknown one is named with the known option it most likely meant. */
function parseOptions(args: string[], options: Options): Values {
  try {
    return parseArgs({ args, strict: true, options }).values
  } catch (error) {
    const text = (error as { message?: unknown } | null)?.message
    const unknown = typeof text === 'string' ? /^Unknown option '--([^']+)'/.exec(text) : null
    if (!unknown) throw error
    const meant = closestName(unknown[1], Object.keys(options))
    throw new CliUsageError(
      `Unknown option '--${unknown[1]}'${meant ? `; did you mean --${meant}?` : ''}`
    )
  }
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h'

async function main(argv: string[], io: CliOutput): Promise<void> {
  const [command, ...rest] = argv
  if (command === undefined) throw new CliUsageError('no command given')
  if (isHelp(command) || command === 'help') {
    io.out(`${usage}\n`)
    return
  }
  if (command === '--version') {
    io.out(`${version}\n`)
    return
  }
  const spec = Object.hasOwn(commands, command) ? commands[command] : undefined
  if (!spec) {
    const meant = closestName(command, Object.keys(commands))
    throw new CliUsageError(
      `unknown command "${command}"${meant ? `; did you mean "${meant}"?` : ''}`
    )
  }
  // `adw-plan plan --help` asks for help whatever else the line holds.
  if (rest.some(isHelp)) {
    io.out(`${usage}\n`)
    return
  }
  await spec.run(parseOptions(rest, spec.options), io)
}

function isUsageProblem(error: unknown): boolean {
  return (
    error instanceof CliUsageError ||
    Boolean((error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS'))
  )
}

/** Runs one command and returns its exit code: 0 done, 1 failed, 2 a usage problem. */
export async function runCommandLine(argv: string[], io: CliOutput): Promise<number> {
  try {
    await main(argv, io)
    return 0
  } catch (error) {
    // Node's own errors (parseArgs') may come from another realm: read their message as data.
    const text = (error as { message?: unknown } | null)?.message
    const message = typeof text === 'string' ? text : String(error)
    const usageProblem = isUsageProblem(error)
    io.err(`adw-plan: ${message}\n${usageProblem ? `\n${usage}\n` : ''}`)
    return usageProblem ? 2 : 1
  }
}

/** The CLI on this process's arguments and streams; sets the exit code. */
export async function runCli(argv: string[]): Promise<void> {
  process.exitCode = await runCommandLine(argv, {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text)
  })
}
