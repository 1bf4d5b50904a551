// Stage: give the research the history it reads. `actions/checkout` fetches one commit by
// default; a shallow checkout is deepened from its own `origin` to the commits the research
// reads, without file contents (commits and trees only), within a time limit. It authenticates
// as the checkout did (its persisted credentials), else with the workflow's token, handed to that
// one git command through its environment: never on a command line, in a log or in .git/config.
// A fetch that fails costs the plan nothing: the research reads what the checkout holds.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface DeepenOptions {
  /** Commits the research reads; 0 turns the history off. */
  commits: number
  /** The workflow's token, used only when the checkout persisted no credentials. */
  token?: string
  /** `https://github.com`, or a GitHub Enterprise Server's address. */
  serverUrl: string
  timeoutMs: number
}

export interface DeepenOutcome {
  /** What happened: `deepened`, or why nothing was fetched. */
  status: 'off' | 'complete' | 'enough' | 'deepened' | 'failed'
  /** Commits reachable from HEAD afterwards, when known. */
  commits?: number
  ms: number
  /** One line for the log and the job summary. */
  note: string
}

/** The environment of every git command here: never a prompt, never a pager. */
function quietEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', ...extra }
}

async function git(
  root: string,
  args: string[],
  options: { timeoutMs?: number; env?: Record<string, string> } = {}
): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...args], {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 10_000,
    env: quietEnv(options.env),
    maxBuffer: 16 * 1024 * 1024
  })
  return stdout.trim()
}

/** The checkout's own credentials for its remote: an `http.*.extraheader` actions/checkout persisted. */
async function hasPersistedCredentials(root: string): Promise<boolean> {
  try {
    return (await git(root, ['config', '--get-regexp', '^http\\..*\\.extraheader$'])) !== ''
  } catch {
    // git exits 1 when nothing matches.
    return false
  }
}

/**
 * The token as git's HTTP layer takes it, scoped to the server, in the variables git reads
 * configuration from (`GIT_CONFIG_COUNT`…): the command line and the config file never hold it.
 */
export function tokenEnvironment(token: string, serverUrl: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`
  }
}

async function reachable(root: string): Promise<number> {
  return Number(await git(root, ['rev-list', '--count', '--first-parent', 'HEAD']))
}

/** Deepens a shallow checkout to `commits` commits, or says why it did not. */
export async function deepenHistory(root: string, options: DeepenOptions): Promise<DeepenOutcome> {
  const started = performance.now()
  const done = (
    status: DeepenOutcome['status'],
    note: string,
    commits?: number
  ): DeepenOutcome => ({
    status,
    note,
    ms: Math.round(performance.now() - started),
    ...(commits !== undefined ? { commits } : {})
  })
  if (options.commits <= 0) return done('off', 'History not read: `history-depth` is 0.')
  let head: string
  try {
    if ((await git(root, ['rev-parse', '--is-shallow-repository'])) !== 'true')
      return done('complete', 'History: the checkout holds its full history.')
    head = await git(root, ['rev-parse', '--verify', 'HEAD^{commit}'])
    const present = await reachable(root)
    if (present >= options.commits)
      return done('enough', `History: the checkout holds ${present} commits.`, present)
  } catch (error) {
    return done('failed', `History not deepened: the checkout could not be read (${brief(error)}).`)
  }
  const env =
    options.token && !(await hasPersistedCredentials(root))
      ? tokenEnvironment(options.token, options.serverUrl)
      : {}
  try {
    await git(
      root,
      [
        '-c',
        'protocol.version=2',
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        '--filter=blob:none',
        `--depth=${options.commits}`,
        'origin',
        head
      ],
      { timeoutMs: options.timeoutMs, env }
    )
  } catch (error) {
    return done(
      'failed',
      `History not deepened: \`git fetch --depth=${options.commits} --filter=blob:none origin\` ` +
        `failed (${brief(error)}); the research read the commits the checkout holds.`
    )
  }
  const now = await reachable(root).catch(() => undefined)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  return done(
    'deepened',
    `History: the shallow checkout was deepened to ${now ?? options.commits} commits ` +
      `(commits and trees, no file contents) in ${seconds} s.`,
    now
  )
}

/** A failure in a few words: git's first error line, or the timeout; never its environment. */
function brief(error: unknown): string {
  const failure = error as { killed?: boolean; signal?: string; stderr?: string; message?: string }
  if (failure.killed || failure.signal === 'SIGTERM') return 'timed out'
  const line = String(failure.stderr ?? failure.message ?? error)
    .split('\n')
    .map(text => text.trim())
    .find(text => /^(?:fatal|error):/i.test(text))
  return (line ?? 'git failed').slice(0, 200)
}
