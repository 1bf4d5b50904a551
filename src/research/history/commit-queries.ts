// Two questions a planner may ask of the history, read-only and bounded: the recent commits of a
// path, and what one commit said and touched. Only HEAD's ancestors answer: a commit no one can
// reach from HEAD (another branch, an object left behind) is refused, as is anything beyond the
// limits. Messages are untrusted text, cleaned like issue text.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { sanitizeIssueText } from '../../text/sanitize.js'
import { SAFE_CONFIG } from './read-log.js'

const run = promisify(execFile)

export interface HistoryQueryLimits {
  /** Commits listed for a path. */
  commits: number
  /** Files listed for a commit. */
  files: number
  /** Characters of a commit message. */
  messageChars: number
  timeoutMs: number
}

export const defaultHistoryQueryLimits: HistoryQueryLimits = {
  commits: 15,
  files: 60,
  messageChars: 2000,
  timeoutMs: 5000
}

async function git(root: string, args: string[], timeoutMs: number): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...SAFE_CONFIG, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 4 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' }
  })
  return stdout
}

/** "a1b2c3d 2024-05-01 Fix the crash when … (#12)", newest first, for the commits that touched `path`. */
export async function recentCommitsOf(
  root: string,
  path: string,
  limits: HistoryQueryLimits = defaultHistoryQueryLimits
): Promise<string[]> {
  const out = await git(
    root,
    [
      'log',
      '--no-color',
      '--first-parent',
      '--no-renames',
      `--max-count=${limits.commits}`,
      '--format=%h%x1f%cs%x1f%s',
      'HEAD',
      '--',
      path
    ],
    limits.timeoutMs
  )
  return out
    .split('\n')
    .filter(line => line.includes('\x1f'))
    .map(line => {
      const [sha, date, subject] = line.split('\x1f')
      return `${sha} ${date} ${sanitizeIssueText(subject, 200).replace(/\s+/g, ' ')}`
    })
}

export interface CommitDetails {
  sha: string
  date: string
  message: string
  files: { status: string; path: string }[]
  /** Files the commit touched beyond the limit. */
  moreFiles: number
}

/** A commit of HEAD's history: its message and the files it touched; undefined when HEAD cannot reach it. */
export async function commitDetails(
  root: string,
  sha: string,
  limits: HistoryQueryLimits = defaultHistoryQueryLimits
): Promise<CommitDetails | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return undefined
  const ancestor = await git(root, ['merge-base', '--is-ancestor', sha, 'HEAD'], limits.timeoutMs)
    .then(() => true)
    .catch(() => false)
  if (!ancestor) return undefined
  const out = await git(
    root,
    [
      'show',
      '--no-color',
      '--no-renames',
      '--diff-merges=first-parent',
      '--name-status',
      '-z',
      '--format=%H%x1f%cs%x1f%B%x1e',
      sha,
      '--'
    ],
    limits.timeoutMs
  )
  const end = out.indexOf('\x1e')
  const [full, date, ...message] = out.slice(0, end).split('\x1f')
  const fields = out
    .slice(end + 1)
    .replace(/^[\s\0]+/, '')
    .split('\0')
    .filter(field => field !== '')
  const files: { status: string; path: string }[] = []
  for (let i = 0; i + 1 < fields.length; i += 2)
    files.push({ status: fields[i].trim().charAt(0), path: fields[i + 1] })
  return {
    sha: full,
    date,
    message: sanitizeIssueText(message.join('\x1f').trim(), limits.messageChars),
    files: files.slice(0, limits.files),
    moreFiles: Math.max(0, files.length - limits.files)
  }
}
