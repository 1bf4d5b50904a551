// Runs the committed bundle the way a GitHub runner does: inputs as INPUT_* variables, the
// event as a JSON file, outputs and the job summary through the files the runner provides.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { distNode } from './dist-node.js'

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface RunActionOptions {
  apiUrl: string
  repository: string
  eventName: string
  payload: Record<string, unknown>
  inputs?: Record<string, string>
  /** GITHUB_WORKSPACE; an empty directory (no checkout) when omitted. */
  workspace?: string
  env?: Record<string, string>
  /** The action bundle to run (default: the committed dist/index.js). */
  bundle?: string
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<DELIMITER` blocks, or `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i])
      outputs[heredoc[1]] = value.join('\n')
      continue
    }
    const pair = /^([^=]+)=(.*)$/.exec(lines[i])
    if (pair) outputs[pair[1]] = pair[2]
  }
  return outputs
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'adw-runner-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'adw-workspace-'))

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: dir,
    // Test-only: shortens the client's retry waits so fault tests stay fast.
    ADW_RETRY_DELAY_SCALE: '0.001',
    ...options.env
  }
  const inputs = { 'github-token': 'ghs_fake-token-for-tests', ...options.inputs }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  const bundle = resolve(options.bundle ?? 'dist/index.js')
  const child = spawn(distNode, [bundle], { env, cwd: workspace })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const exitCode = await new Promise<number>(done => child.on('close', code => done(code ?? -1)))
  const run = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8')
  }
  // The runner's files (and the tarball the action extracted into RUNNER_TEMP) go with the run;
  // a workspace the caller passed in is the caller's to keep.
  rmSync(dir, { recursive: true, force: true })
  if (!options.workspace) rmSync(workspace, { recursive: true, force: true })
  return run
}
