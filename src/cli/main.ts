// `adw-plan`'s arguments: which command, with which options, and the usage text.
import { parseArgs } from 'node:util'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { stderrLogger } from '../log/logger.js'
import { runPlanCommand, runResearchCommand, CliUsageError } from './commands.js'

const usage = `Usage:
  adw-plan plan --adw-id N (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR]
                [--kind feature|bug|chore] [--provider auto|template|anthropic|openai|google|bedrock|vertex]
                [--model M] [--specs-dir DIR] [--templates-dir DIR]
  adw-plan research (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR] [--top K] --json

plan      researches DIR (default: the current directory), writes the plan into DIR/specs/
          and prints its path. --kind picks the Plan Format (default feature):
          specs/feature-N-….md, specs/bug-N-….md or specs/chore-N-….md. Template overrides
          and the planning context (context.md) come from --templates-dir, else DIR/.github/adw
          when it exists. The provider's settings come from the environment:
            anthropic  ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL
            openai     OPENAI_API_KEY, OPENAI_BASE_URL
            google     GOOGLE_GENERATIVE_AI_API_KEY, GOOGLE_GENERATIVE_AI_BASE_URL
            bedrock    AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN
                       (or AWS_BEARER_TOKEN_BEDROCK), AWS_ENDPOINT_URL_BEDROCK_RUNTIME
            vertex     GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION (default global),
                       GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_VERTEX_BASE_URL
          --provider auto (the default) takes the first key set of Anthropic, OpenAI and
          Google; with none, the embedded planner writes the plan. Bedrock and Vertex AI run
          only when named.
research  prints the files ranked for the prompt, best first, with the reasons.`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`)
    return command ? 0 : 2
  }
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      'adw-id': { type: 'string' },
      prompt: { type: 'string' },
      'prompt-file': { type: 'string' },
      title: { type: 'string' },
      repo: { type: 'string', default: '.' },
      provider: { type: 'string', default: 'auto' },
      model: { type: 'string' },
      'specs-dir': { type: 'string', default: 'specs' },
      kind: { type: 'string', default: 'feature' },
      'templates-dir': { type: 'string' },
      top: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false }
    }
  })
  if (values.prompt !== undefined && values['prompt-file'] !== undefined) {
    throw new CliUsageError('give --prompt or --prompt-file, not both')
  }
  const prompt =
    values['prompt-file'] !== undefined
      ? readFileSync(resolve(values['prompt-file']), 'utf8')
      : values.prompt
  if (prompt === undefined) throw new CliUsageError('--prompt or --prompt-file is required')
  const repo = resolve(values.repo)

  if (command === 'plan') {
    const path = await runPlanCommand({
      adwId: values['adw-id'],
      prompt,
      title: values.title,
      repo,
      provider: values.provider,
      model: values.model,
      specsDir: values['specs-dir'],
      kind: values.kind,
      templatesDir: values['templates-dir'],
      env: process.env,
      log: stderrLogger
    })
    process.stdout.write(`${path}\n`)
    return 0
  }
  if (command === 'research') {
    const result = await runResearchCommand({ prompt, title: values.title, repo, top: values.top })
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    } else {
      for (const file of result.files) {
        process.stdout.write(
          `${file.score.toFixed(2)}  ${file.path}  (${file.reasons.join('; ')})\n`
        )
      }
    }
    return 0
  }
  throw new CliUsageError(`unknown command "${command}"`)
}

/** Runs one command and sets the exit code: 0 done, 1 failed, 2 a usage problem. */
export function runCli(argv: string[]): Promise<void> {
  return main(argv).then(
    code => {
      process.exitCode = code
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      const usageProblem =
        error instanceof CliUsageError ||
        (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')
      process.stderr.write(`adw-plan: ${message}\n${usageProblem ? `\n${usage}\n` : ''}`)
      process.exitCode = usageProblem ? 2 : 1
    }
  )
}
