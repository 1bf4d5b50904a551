// What a revision changed in a plan, in the words a reviewer scans for: sections added, removed
// or rewritten, and files that joined or left Relevant Files.
import {
  bulletPaths,
  findHeading,
  outline,
  sectionBody,
  sectionTree,
  type Outline
} from './markdown.js'

export interface PlanChanges {
  /** Section titles, `Parent > Child` for nested ones, in the order of the plan they belong to. */
  added: string[]
  removed: string[]
  changed: string[]
  filesAdded: string[]
  filesDropped: string[]
}

/** Each section (level 2 and below) by its heading path, with its own text. */
function sections(doc: Outline): Map<string, string> {
  const found = new Map<string, string>()
  const path: string[] = []
  for (const heading of doc.headings) {
    if (heading.level < 2) continue
    path.length = Math.max(0, heading.level - 2)
    path.push(heading.text)
    const key = path.filter(Boolean).join(' > ')
    const text = sectionBody(doc, heading).join('\n').trim()
    // A heading repeated at one level (two `#### Tasks`) keeps each body apart.
    let unique = key
    for (let n = 2; found.has(unique); n++) unique = `${key} (${n})`
    found.set(unique, text)
  }
  return found
}

function relevantPaths(doc: Outline): string[] {
  const heading = findHeading(doc, 'Relevant Files', 2)
  return heading ? bulletPaths(sectionTree(doc, heading)) : []
}

export function comparePlans(before: string, after: string): PlanChanges {
  const old = outline(before)
  const now = outline(after)
  const was = sections(old)
  const is = sections(now)
  const oldFiles = new Set(relevantPaths(old))
  const newFiles = relevantPaths(now)
  return {
    added: [...is.keys()].filter(key => !was.has(key)),
    removed: [...was.keys()].filter(key => !is.has(key)),
    changed: [...is.keys()].filter(key => was.has(key) && was.get(key) !== is.get(key)),
    filesAdded: [...new Set(newFiles.filter(path => !oldFiles.has(path)))],
    filesDropped: [...oldFiles].filter(path => !newFiles.includes(path))
  }
}

export function hasChanges(changes: PlanChanges): boolean {
  return Object.values(changes).some(list => list.length > 0)
}
