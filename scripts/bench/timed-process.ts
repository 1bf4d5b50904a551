// Runs a command as a user would and measures it whole: wall time from spawn to exit, and for a
// Node program its peak resident memory and its processor time (worker threads included: they
// share the process), which a preloaded module reports as the process exits. On a busy machine
// the processor time says more than the wall time about what a build costs.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const PEAK_MARK = 'adw-bench-peak-kb'

export interface TimedRun {
  status: number | null
  stdout: string
  stderr: string
  ms: number
  /** Peak resident memory in MB, for Node programs run through `timedNode`. */
  peakMb?: number
  /** Processor time (user and system, all threads) in seconds, for Node programs. */
  cpuSeconds?: number
}

/**
 * Writes the preload that reports the peak memory and processor time of the whole process (worker
 * threads load it too: only the main thread reports); returns its path.
 */
export function writePeakProbe(dir: string): string {
  const file = join(dir, 'peak-probe.mjs')
  writeFileSync(
    file,
    "import { writeSync } from 'node:fs'\n" +
      "import { isMainThread } from 'node:worker_threads'\n" +
      "if (isMainThread) process.on('exit', () => {\n" +
      '  const usage = process.resourceUsage()\n' +
      `  writeSync(2, '\\n${PEAK_MARK} ' + usage.maxRSS + ' ' + (usage.userCPUTime + usage.systemCPUTime) + '\\n')\n` +
      '})\n'
  )
  return file
}

export function timedRun(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): TimedRun {
  const started = performance.now()
  const run = spawnSync(command, args, {
    ...options,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const ms = performance.now() - started
  if (run.error) throw run.error
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms }
}

/** `node --import probe script …args`, with the peak memory read back from its stderr. */
export function timedNode(
  probe: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv
): TimedRun {
  const run = timedRun(process.execPath, ['--import', probe, script, ...args], { env })
  const mark = new RegExp(`\\n${PEAK_MARK} (\\d+) (\\d+)\\n`).exec(run.stderr)
  return {
    ...run,
    stderr: mark ? run.stderr.replace(mark[0], '') : run.stderr,
    peakMb: mark ? Number(mark[1]) / 1024 : undefined,
    cpuSeconds: mark ? Number(mark[2]) / 1e6 : undefined
  }
}
