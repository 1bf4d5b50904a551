// The family a feature joins, if the issue asks for a new member of one the best-ranked code
// belongs to.
import type { IssueSignals } from '../issue/mentions.js'
import type { NewMember, RankedFile, ResearchQuery } from '../types.js'
import { familyOf, filesByDirectory, withCompanionsOf } from './families.js'
import { asksForNew, newMemberIn, newMemberName } from './new-member.js'

/** The families of the first three code files, nearest the top first. */
export function findNewMember(
  query: Pick<ResearchQuery, 'title' | 'body'>,
  signals: IssueSignals,
  ranked: readonly RankedFile[],
  paths: readonly string[]
): NewMember | undefined {
  if (!asksForNew(query.title)) return undefined
  // Type declarations (`.d.ts`) follow the code they describe: the family is the code's.
  const code = ranked.filter(item => item.kind === 'code' && !item.path.endsWith('.d.ts'))
  const byDir = filesByDirectory(paths)
  for (const file of code.slice(0, 3)) {
    const family = familyOf(file.path, paths, byDir, false)
    const name = family && newMemberName(query.title, query.body, signals, family)
    if (family && name) return newMemberIn(withCompanionsOf(family, paths), name)
  }
  return undefined
}
