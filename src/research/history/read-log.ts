// Reads the local history of HEAD, newest first, within a budget: which files each commit
// touched and what its message says. Only what a clone already holds: HEAD's first-parent line
// (a merged pull request is one change, its files against the line it joined), no other ref, no
// network. Rename detection stays off: it would read file contents, which a blob-less clone
// fetches one by one from its remote. git runs with an argument list, never a shell.
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { HistoryRead } from '../types.js'
import type { Commit, HistoryBudget } from './types.js'

const run = promisify(execFile)

/** Settings that could make `git log` run a program or print something else. */
export const SAFE_CONFIG = [
  '-c',
  'core.quotepath=off',
  '-c',
  'log.showSignature=false',
  '-c',
  'diff.renames=false',
  '-c',
  'core.fsmonitor=false'
]

/** A message longer than this is cut: the subject and the start of the body say what it did. */
const MESSAGE_CHARS = 4000

/** What the clone says about its history before it is read. */
async function describeClone(
  root: string
): Promise<{ head: string; shallow: boolean } | { reason: string }> {
  try {
    const { stdout } = await run(
      'git',
      ['-C', root, ...SAFE_CONFIG, 'rev-parse', '--is-shallow-repository', '--verify', 'HEAD'],
      { encoding: 'utf8', timeout: 5000 }
    )
    const [shallow, head] = stdout.trim().split('\n')
    return { head, shallow: shallow === 'true' }
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '')
    if ((error as { code?: string }).code === 'ENOENT') return { reason: 'git is not installed' }
    if (/not a git repository/i.test(stderr)) return { reason: 'the tree is not a git checkout' }
    return { reason: 'the checkout has no commits' }
  }
}

function parseStatusList(list: string): { path: string; status: string }[] {
  const fields = list.split('\0')
  const files: { path: string; status: string }[] = []
  let i = 0
  // The list starts after the message's terminator; blank fields separate commits.
  while (i < fields.length && fields[i].trim() === '') i++
  while (i < fields.length) {
    const status = fields[i++].trim()
    if (status === '') continue
    // A rename or copy (should rename detection ever be on) names its source, then its target.
    if (/^[RC]/.test(status)) i++
    const path = fields[i++]
    if (path !== undefined && path !== '') files.push({ path, status: status[0] })
  }
  return files
}

/**
 * One commit's record: `sha parents␟time␟message<end>` then its NUL-separated name-status list.
 * The end marker is random per read, so no message can forge the boundary of a record.
 */
function parseRecord(record: string, end: string, maxFiles: number): Commit | undefined {
  const close = record.lastIndexOf(end)
  if (close < 0) return undefined
  const head = record.slice(0, close)
  const first = head.indexOf('\x1f')
  const second = head.indexOf('\x1f', first + 1)
  if (first < 0 || second < 0) return undefined
  const [sha, ...parents] = head.slice(0, first).trim().split(' ')
  const time = Number(head.slice(first + 1, second))
  if (!/^[0-9a-f]{7,64}$/.test(sha) || !Number.isFinite(time)) return undefined
  const message = head.slice(second + 1).trim()
  const newline = message.indexOf('\n')
  const subject = (newline < 0 ? message : message.slice(0, newline)).trim()
  const body = newline < 0 ? '' : message.slice(newline + 1, newline + 1 + MESSAGE_CHARS).trim()
  const files = parseStatusList(record.slice(close + end.length))
  return {
    sha,
    parents: parents.filter(parent => parent !== '').length,
    time,
    subject: subject.slice(0, MESSAGE_CHARS),
    body,
    fileCount: files.length,
    // A commit that touches thousands of files (vendoring, formatting) says nothing about which
    // files change together; its count is kept, its list is not.
    files: files.length <= maxFiles ? files : []
  }
}

export interface LogResult {
  commits: Commit[]
  read: HistoryRead
}

/** The history of HEAD in `root`, newest first, as far as the budget reaches. */
export async function readHistory(root: string, budget: HistoryBudget): Promise<LogResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const skipped = (reason: string): LogResult => ({
    commits: [],
    read: { read: false, reason, ms: elapsed() }
  })
  if (budget.commits <= 0) return skipped('history reading is turned off')
  const clone = await describeClone(root)
  if ('reason' in clone) return skipped(clone.reason)

  const start = `\x1e${randomBytes(8).toString('hex')}`
  const end = `\x1d${randomBytes(8).toString('hex')}`
  const args = [
    '-C',
    root,
    ...SAFE_CONFIG,
    'log',
    '--no-color',
    '--no-notes',
    '--no-mailmap',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    // Paths below the root only, relative to it: a plan of one package in a monorepo reads
    // that package's history.
    '--relative',
    '--name-status',
    '-z',
    `--max-count=${Math.floor(budget.commits)}`,
    `--format=${start}%H %P%x1f%ct%x1f%B${end}`,
    clone.head,
    '--'
  ]
  return new Promise(resolvePromise => {
    const commits: Commit[] = []
    let pending = ''
    let bytes = 0
    let cut: string | undefined
    const child = spawn('git', args, { stdio: ['ignore', 'pipe', 'ignore'] })
    const stop = (why: string) => {
      if (cut === undefined) cut = why
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => stop('time budget'), budget.ms)
    const take = (final: boolean) => {
      const records = pending.split(start)
      pending = final ? '' : (records.pop() ?? '')
      for (const record of records) {
        if (record === '') continue
        const commit = parseRecord(record, end, budget.maxFilesPerCommit)
        if (commit) commits.push(commit)
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      bytes += chunk.length
      pending += chunk
      if (pending.length > 1 << 20) take(false)
      if (bytes > budget.bytes) stop('size budget')
    })
    let done = false
    const finish = (failed: boolean) => {
      if (done) return
      done = true
      clearTimeout(timer)
      // A record the budget cut in half is dropped: its file list may be incomplete.
      if (cut === undefined) take(true)
      else take(false)
      if (failed && commits.length === 0) {
        resolvePromise(
          skipped(cut ? `the ${cut} ran out before one commit was read` : 'git log failed')
        )
        return
      }
      if (commits.length === 0) {
        resolvePromise(skipped('the history is empty'))
        return
      }
      resolvePromise({
        commits,
        read: {
          read: true,
          commits: commits.length,
          since: new Date(commits[commits.length - 1].time * 1000).toISOString().slice(0, 10),
          until: new Date(commits[0].time * 1000).toISOString().slice(0, 10),
          shallow: clone.shallow,
          ...(cut ? { stopped: cut } : {}),
          ms: elapsed()
        }
      })
    }
    child.on('error', () => finish(true))
    child.on('close', code => finish(code !== 0))
  })
}
