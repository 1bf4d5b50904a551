// Repositories grow by families: every lint rule is `lib/rules/<name>.js`, every plugin
// `src/plugin/<name>/index.js`, every check `checks/<area>/<Name>Check.java`, every prompt module
// `src/modules/<name>.rs` beside `src/configs/<name>.rs`. A family is read off the paths alone:
// the directory of a file, its siblings of the same shape, the case they are named in, and the
// companions each member has elsewhere in the tree (its types, its test, its docs page).
import { posix } from 'node:path'
import { isIndexFile } from '../tree/module-name.js'

export type NameCase = 'kebab' | 'snake' | 'camel' | 'pascal' | 'lower'

export interface Family {
  /** The directory the members live in. */
  dir: string
  /** A member's path inside `dir`, with `{name}` for its name: `{name}.js`, `{name}/index.js`. */
  shape: string
  /** The members' names, as written. */
  members: string[]
  case: NameCase
  /** Paths elsewhere in the tree, with `{name}`, that most members also have. */
  companions: string[]
}

const MIN_MEMBERS = 4

export function nameCase(names: readonly string[]): NameCase {
  const count = (test: (name: string) => boolean) => names.filter(test).length
  const cases: [NameCase, number][] = [
    ['kebab', count(name => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name))],
    ['snake', count(name => /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(name))],
    ['camel', count(name => /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(name))],
    ['pascal', count(name => /^(?:[A-Z][a-z0-9]*){2,}$/.test(name))]
  ]
  const [best, n] = cases.sort((a, b) => b[1] - a[1])[0]
  return n > 0 ? best : 'lower'
}

/** Splits a name into lower-case words, whatever its case. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(word => word.toLowerCase())
}

export function inCase(words: readonly string[], style: NameCase): string {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
  switch (style) {
    case 'kebab':
      return words.join('-')
    case 'snake':
      return words.join('_')
    case 'camel':
      return words.map((word, i) => (i === 0 ? word : capital(word))).join('')
    case 'pascal':
      return words.map(capital).join('')
    case 'lower':
      return words.join('')
  }
}

/** The part two or more names share at their end (`Check` of `NoLineWrapCheck`, `LineLengthCheck`). */
function sharedSuffix(names: readonly string[]): string {
  let suffix = names[0]
  for (const name of names.slice(1))
    while (suffix && !name.endsWith(suffix)) suffix = suffix.slice(1)
  // A suffix is a whole word: `Check`, not `eck`.
  return /^[A-Z_-]/.test(suffix) && suffix.length < (names[0]?.length ?? 0) ? suffix : ''
}

function fileFamily(anchor: string, byDir: Map<string, string[]>): Family | undefined {
  const dir = posix.dirname(anchor)
  const name = posix.basename(anchor)
  const extension = name.slice(name.indexOf('.'))
  const siblings = (byDir.get(dir) ?? [])
    .map(path => posix.basename(path))
    .filter(
      file => file.endsWith(extension) && file.indexOf('.') === file.length - extension.length
    )
    .filter(file => !isIndexFile(file, { entries: true }))
  if (siblings.length < MIN_MEMBERS) return undefined
  const stems = siblings.map(file => file.slice(0, -extension.length))
  const suffix = sharedSuffix(stems)
  const members = stems.map(stem => stem.slice(0, stem.length - suffix.length))
  return {
    dir,
    shape: `{name}${suffix}${extension}`,
    members,
    case: nameCase(members),
    companions: []
  }
}

function directoryFamily(anchor: string, byDir: Map<string, string[]>): Family | undefined {
  const memberDir = posix.dirname(anchor)
  const dir = posix.dirname(memberDir)
  const inner = posix.basename(anchor)
  if (dir === '.' || !isIndexFile(inner, { entries: true })) return undefined
  const members = [...byDir.keys()]
    .filter(candidate => posix.dirname(candidate) === dir)
    .filter(candidate => (byDir.get(candidate) ?? []).includes(`${candidate}/${inner}`))
    .map(candidate => posix.basename(candidate))
  if (members.length < MIN_MEMBERS) return undefined
  return { dir, shape: `{name}/${inner}`, members, case: nameCase(members), companions: [] }
}

/**
 * Where else the members have a file named after them (`types/plugin/{name}.d.ts`,
 * `tests/lib/rules/{name}.js`, `docs/rules/{name}.md`): kept when most members have one.
 */
function companionsOf(family: Family, paths: readonly string[]): string[] {
  // A sample of the members is enough to see the pattern, and keeps a family of hundreds cheap.
  const sample = family.members.slice(0, 40)
  const members = new Map(sample.map(member => [member.toLowerCase(), member]))
  const counts = new Map<string, Set<string>>()
  for (const path of paths) {
    if (path.startsWith(`${family.dir}/`)) continue
    const dir = posix.dirname(path)
    const file = posix.basename(path)
    const lower = file.toLowerCase()
    const dirName = posix.basename(dir).toLowerCase()
    // `{name}.ext`, `{name}.test.ext`, `{name}_test.ext`, `{name}/index.ext`, `Test{name}.ext`.
    for (const [key, member] of members) {
      let shape: string | undefined
      if (lower.startsWith(key) && /^[._-]/.test(file.slice(key.length)))
        shape = `${dir}/{name}${file.slice(key.length)}`
      else if (dirName === key && isIndexFile(file, { entries: true }))
        shape = `${posix.dirname(dir)}/{name}/${file}`
      if (!shape) continue
      counts.set(shape, (counts.get(shape) ?? new Set()).add(member))
    }
  }
  const needed = Math.max(3, Math.ceil(sample.length / 2))
  return [...counts]
    .filter(([, found]) => found.size >= needed)
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .map(([shape]) => shape)
    .slice(0, 4)
}

/** The tree's files by directory, for reading families off it. */
export function filesByDirectory(paths: readonly string[]): Map<string, string[]> {
  const byDir = new Map<string, string[]>()
  for (const path of paths) {
    const dir = posix.dirname(path)
    const list = byDir.get(dir)
    if (list) list.push(path)
    else byDir.set(dir, [path])
  }
  return byDir
}

/**
 * The family `anchor` belongs to, if its directory holds enough siblings of its shape; its
 * companions are looked for only when asked (they take a pass over the whole tree).
 */
export function familyOf(
  anchor: string,
  paths: readonly string[],
  byDir = filesByDirectory(paths),
  withCompanions = true
): Family | undefined {
  const family = directoryFamily(anchor, byDir) ?? fileFamily(anchor, byDir)
  return family && withCompanions ? withCompanionsOf(family, paths) : family
}

export function withCompanionsOf(family: Family, paths: readonly string[]): Family {
  return { ...family, companions: companionsOf(family, paths) }
}
