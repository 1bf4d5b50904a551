// How the last member of a family was added: the commit that created a sibling shows every file a
// new member needs, the registrations included (an index that imports the rules, a docs list, a
// changelog). The new member takes the same files, its name in place of the sibling's.
import { kindOf } from '../tree/classify.js'
import type { NewMember, Precedent } from '../types.js'
import { commitTitle, plainSubject } from './labels.js'
import type { Commit } from './types.js'
import { escapeRegExp } from '../../text/regex.js'

const MAX_FILES = 6

function memberPattern(pattern: string): RegExp {
  const [before, after] = pattern.split('{name}').map(escapeRegExp)
  return new RegExp(`^${before}([^/]+)${after ?? ''}$`)
}

/** The newest commit that added a sibling of the new member, and what it did besides. */
export function precedentOf(
  member: NewMember,
  commits: readonly Commit[],
  exists: (path: string) => boolean
): Precedent | undefined {
  if (!member.pattern.includes('{name}')) return undefined
  const pattern = memberPattern(member.pattern)
  for (const commit of commits) {
    const added = commit.files
      .filter(file => file.status === 'A')
      .map(file => pattern.exec(file.path)?.[1])
      .find((name): name is string => name !== undefined && name !== member.name)
    // A commit that added many members at once (an import, a rename) shows no one member's shape.
    if (!added || commit.files.length > 40) continue
    const renamed = (path: string) => path.split(added).join(member.name)
    const files = commit.files
      .filter(file => file.status === 'A' && file.path.includes(added))
      .map(file => renamed(file.path))
      .filter(path => !member.files.includes(path) && !exists(path))
      .slice(0, MAX_FILES)
    const registrations = commit.files
      .filter(file => file.status === 'M' && exists(file.path) && kindOf(file.path) !== 'test')
      .map(file => file.path)
      .slice(0, MAX_FILES)
    return {
      sha: commit.sha,
      subject: plainSubject(commitTitle(commit)),
      sibling: added,
      files,
      registrations
    }
  }
  return undefined
}
