// How a commit is named where a reviewer reads it: its short hash and its subject, cleaned like
// issue text (a commit message is untrusted) and kept to one short line of plain words.
import { sanitizeIssueText } from '../../text/sanitize.js'

const SUBJECT_CHARS = 72

/**
 * What a commit did, in its own words: a merge commit's subject only names the branch
 * ("Merge pull request #1755 from user/branch"), and the pull request's title is its body's
 * first line.
 */
export function commitTitle(commit: { subject: string; body: string }): string {
  const merge =
    /^Merge (?:pull request|branch '[^']*' of \S+|remote-tracking branch) ?(#\d+)?/i.exec(
      commit.subject
    )
  const title = commit.body.split('\n').find(line => line.trim() !== '')
  if (!merge || !title) return commit.subject
  return merge[1] ? `${title.trim()} (${merge[1]})` : title.trim()
}

/** The subject as plain text: no markup of its own, no line breaks, at most one short line. */
export function plainSubject(subject: string): string {
  const clean = sanitizeIssueText(subject, 1000)
    .replace(/\s+/g, ' ')
    .replace(/[`*_[\]\\|]/g, '')
    .trim()
  if (clean.length <= SUBJECT_CHARS) return clean
  // A long subject is cut between words, and the pull request it names is kept whole: it is
  // what a reader looks the change up by.
  const reference = / \((?:[\w.-]+\/[\w.-]+)?#\d+\)$/.exec(clean)?.[0] ?? ''
  const text = clean.slice(0, clean.length - reference.length)
  const room = SUBJECT_CHARS - 1 - reference.length
  const cut = text.slice(0, room + 1)
  const space = cut.lastIndexOf(' ')
  const kept = space > room / 2 ? cut.slice(0, space) : cut.slice(0, room)
  return `${kept.replace(/[\s,;:.(-]+$/, '')}…${reference}`
}

/** "`a1b2c3d` *Fix crash when the path has spaces (#1234)*" */
export function commitLabel(commit: { sha: string; subject: string }): string {
  const subject = plainSubject(commit.subject)
  return subject ? `\`${commit.sha.slice(0, 7)}\` *${subject}*` : `\`${commit.sha.slice(0, 7)}\``
}
