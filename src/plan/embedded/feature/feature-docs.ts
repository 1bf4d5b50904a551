// Documentation Updates of a feature plan: the documents that describe the behaviour the change
// touches, and only those: the README where it has a section on it, the documentation pages the
// research ranked, the man page of the command, the changelog if the project keeps one. An
// example program, an issue or pull request template and a CI workflow document nothing a user
// reads about the feature, so they are never listed however the research ranked them.
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { ResearchResult } from '../../../research/types.js'
import { isDocumentation } from '../shared/doc-paths.js'
import { isDirectory, isFile } from '../shared/listable-paths.js'
import { code, prose } from '../prose.js'

export interface DocsInput {
  research: ResearchResult
  root: string
  /** Documentation files the research ranked for the issue, best first. */
  rankedDocs: string[]
  featureLabel: string
  /** Names the change is about (options, flags, functions, the command): what a section would mention. */
  names: string[]
  /** Words of the feature's name, for matching a README section's heading. */
  words: string[]
}

function readText(root: string, path: string): string {
  try {
    return readFileSync(join(root, path), 'utf8').slice(0, 256 * 1024)
  } catch {
    return ''
  }
}

/** Markdown (`## Usage`) and reStructuredText (`Usage` over `-----`) headings. */
function headingsOf(text: string): string[] {
  // Code blocks hold `#` comments and `----` lines that are no headings.
  const lines = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').split(/\r?\n/)
  return lines
    .map((line, index) => {
      const atx = /^#{1,4}\s+(.+?)\s*#*\s*$/.exec(line)
      if (atx) return atx[1]
      const under = lines[index + 1] ?? ''
      return /^([=\-~^"'`#*+])\1{2,}\s*$/.test(under) &&
        /^[\w"'`*].*\w/.test(line) &&
        !/[=(){};]/.test(line) &&
        under.trim().length >= line.trim().length - 1 &&
        line.length <= 80
        ? line.trim()
        : undefined
    })
    .filter((heading): heading is string => heading !== undefined)
    .map(heading =>
      heading
        .replace(/[`*_[\]]/g, '')
        .replace(/\(.*?\)/g, '')
        .trim()
    )
    .filter(Boolean)
}

/** The README's section that describes the touched behaviour: one naming it, else one on usage or options. */
function readmeSection(text: string, input: DocsInput): string | undefined {
  const headings = headingsOf(text).slice(1)
  // Whole words only: the flag `-s` is not in "Installation".
  const mentions = (heading: string, word: string) =>
    word.length >= 3 &&
    new RegExp(`(?<![\\w-])${word.replace(/[^\w-]/g, '')}(?![\\w-])`, 'i').test(heading)
  const named = headings.find(heading =>
    input.names.some(name => mentions(heading, name.replace(/^-+/, '')))
  )
  return named ?? headings.find(heading => input.words.some(word => mentions(heading, word)))
}

function readmeLine(input: DocsInput, others: number): string | undefined {
  // `others`: the other documents the plan lists; with none, the README is the documentation.
  const readme = input.research.orientation.docs.find(doc => /^readme(\.[a-z]+)?$/i.test(doc.path))
  if (!readme) return undefined
  const text = readText(input.root, readme.path)
  const section = readmeSection(text, input)
  if (section)
    return `${code(readme.path)} (section “${prose(section, 60)}”) - describe ${input.featureLabel} there: what it does and how to use it.`
  const mentioned = input.names.find(name => name.length > 2 && text.includes(name))
  if (mentioned) return `${code(readme.path)} - update where it documents ${code(mentioned)}.`
  // A README with no section on this area is the place only when the project has no other docs.
  return others === 0
    ? `${code(readme.path)} - describe ${input.featureLabel}: what it does, how to use or configure it, with an example.`
    : undefined
}

const CHANGELOG =
  /^(?:changelog|changes|history|news|release[-_ ]?notes)(?:\.(?:md|rst|txt|adoc|markdown))?$/i
const FRAGMENT_DIRS = ['changelog.d', 'changes', 'newsfragments', '.changeset', 'changelog']

/** The project's changelog, or the directory its change notes go into, if it keeps one. */
function changelogLine(root: string): string | undefined {
  for (const dir of ['', 'docs', 'doc']) {
    const where = dir ? join(root, dir) : root
    const file = safeList(where).find(name => CHANGELOG.test(name) && isFile(where, name))
    if (file)
      return `${code(dir ? posix.join(dir, file) : file)} - add an entry for the new behaviour under the next release.`
  }
  const fragments = FRAGMENT_DIRS.find(dir => isDirectory(root, dir))
  return fragments
    ? `${code(`${fragments}/`)} - add a change note for the new behaviour, as the other notes there are written.`
    : undefined
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** The man page of a command the change touches. */
function manPageLines(root: string, names: string[]): string[] {
  const commands = names
    .map(name => name.replace(/^-+/, '').toLowerCase())
    .filter(name => name.length > 1)
  const pages: string[] = []
  for (const dir of ['man', 'doc/man', 'docs/man', 'man/man1', 'doc', 'docs']) {
    for (const name of safeList(join(root, dir))) {
      const stem = name.toLowerCase().replace(/\.(?:\d\w*|md|rst|adoc|txt|ronn|scd)$/, '')
      if (
        /\.(?:\d\w*|ronn|scd)$/.test(name) ||
        (dir.includes('man') && stem !== name.toLowerCase())
      )
        if (commands.includes(stem) || commands.includes(stem.replace(/^[\w]+-/, '')))
          pages.push(posix.join(dir, name))
    }
  }
  return [...new Set(pages)]
    .slice(0, 2)
    .map(path => `${code(path)} - document the new option in the man page.`)
}

export function docLines(input: DocsInput): string[] {
  const { research, root } = input
  const { docs, agentGuides } = research.orientation
  const ranked = input.rankedDocs
    .filter(isDocumentation)
    .filter(path => !/^readme(\.[a-z]+)?$/i.test(path))
  const lines: string[] = []
  const guide = docs.find(
    doc => /^docs?\//.test(doc.path) && isDocumentation(doc.path) && !ranked.includes(doc.path)
  )
  const readme = readmeLine(input, ranked.length + (guide ? 1 : 0))
  if (readme) lines.push(readme)
  for (const path of ranked) lines.push(`${code(path)} - update the parts the feature changes.`)
  lines.push(...manPageLines(root, input.names))
  if (guide)
    lines.push(
      `${code(guide.path)} (${prose(guide.title, 80)}) and the rest of ${code(`${guide.path.split('/')[0]}/`)} - check for pages that describe the behaviour being changed.`
    )
  const changelog = changelogLine(root)
  if (changelog) lines.push(changelog)
  for (const path of agentGuides.slice(0, 2))
    lines.push(
      `${code(path)} - update if the feature changes how the project is built, tested or laid out.`
    )
  if (lines.length === 0)
    lines.push(
      'The repository has no README or docs/ yet: describe the feature in the pull request, and add a README section if users need to know about it.'
    )
  return lines
}
