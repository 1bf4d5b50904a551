// Whether an issue asks for a new member of a family the research found (a new rule, plugin,
// command, check, locale), and under which name: a name the issue writes whole (`no-foo-bar`,
// `relativeTime`) or the words its title puts before the family's kind ("Add a truncate
// plugin"), that no member has yet. The new files then take the family's shape: the member in
// its directory, named in its case, and the companions its siblings have (types, test, docs).
import { foldName } from '../../text/fold-name.js'
import type { IssueSignals } from '../issue/mentions.js'
import type { NewMember } from '../types.js'
import { inCase, wordsOf, type Family } from './families.js'

// The issue asks for something new.
const ASKS_FOR_NEW =
  /\b(?:add(?:s|ing)?|new|support(?:s|ing)?|introduce|implement|create|provide|proposal|request)\b/i
// Words that name what kind of member a title asks for ("a new rule", "add the X plugin").
const KIND_WORDS =
  /\b(?:rule|plugin|command|subcommand|module|check|checker|lint|locale|language|handler|provider|adapter|driver|formatter|reporter|extension|middleware|filter|preset|theme|widget|component|hook|backend|exporter|importer|parser|transformer|integration)s?\b/i

// Words that say the issue extends code that exists: "add a `max_depth` parameter to `install()`",
// "a new option for the rule".
const EXTENDS_WORDS =
  /\b(?:option|parameter|param|argument|arg|flag|setting|config(?:uration)?|property|field|attribute|method|overload|variant)s?\b/i

/**
 * Candidate names, what the request adds first: the words its title puts before a kind word ("Add
 * Duration Plugin": duration), then whole names the title writes, then code-like names of the body
 * (`toISOString()` in a body is what the new member offers, not its name, unless nothing else is).
 */
function candidateNames(title: string, signals: IssueSignals): string[][] {
  const names: string[][] = []
  const kind = KIND_WORDS.exec(title)
  if (kind) {
    // "Add truncate plugin", "New `no-foo` rule", "Support for a relative time locale",
    // "Proposal: no foo bar rule" (a prefix before a colon is the issue's, not the name's).
    const before = title
      .slice(0, kind.index)
      .replace(/[`'"]/g, '')
      .split(/:|\b(?:add|new|support(?:\s+for)?|introduce|implement|create|provide|an?|the)\b/i)
      .pop()
    const words = wordsOf(before ?? '').filter(word => word.length > 1)
    if (words.length > 0 && words.length <= 3) names.push(words)
  }
  for (const m of title.matchAll(/`([A-Za-z][\w-]{1,40})`/g)) names.push(wordsOf(m[1]))
  const compounds = [...signals.compounds.values()]
  for (const compound of compounds.filter(name => name.inTitle))
    names.push(wordsOf(compound.written))
  for (const compound of compounds.filter(name => !name.inTitle && name.codeLike))
    names.push(wordsOf(compound.written))
  return names
}

/**
 * The words that say "a member of this family": its directory's name in the singular (`rules` ->
 * rule, `plugin`), and the word its members' names end in (`…Check`).
 */
function familyWords(family: Family): string[] {
  const dir = (family.dir.split('/').pop() ?? '').toLowerCase()
  const singular = dir.replace(/ies$/, 'y').replace(/(?<!s)s$/, '')
  // A directory names a kind of member when it is a plural (`rules`, `locales`) or a kind word
  // (`plugin`); a package's own name (`rich/`, `src/`) says nothing of the kind.
  const named = singular !== dir || KIND_WORDS.test(dir) ? [singular] : []
  const suffix = /^\{name\}([A-Z][a-z]+)/.exec(family.shape)?.[1]?.toLowerCase()
  return [...named, ...(suffix ? [suffix] : [])].filter(word => word.length >= 3)
}

/**
 * Whether the title extends code that exists rather than asking for a new member: it names a
 * member the family has ("an option for `no-unused-vars`"), or asks for an option, a parameter or
 * a method without naming the family's kind of thing. `existing`: the members' folded names.
 */
function extendsExisting(title: string, signals: IssueSignals, existing: Set<string>): boolean {
  const written = [
    ...[...signals.compounds.values()].filter(name => name.inTitle).map(name => name.written),
    ...[...title.matchAll(/`([^`]{2,60})`/g)].map(m => m[1])
  ]
  if (written.some(name => existing.has(foldName(name)))) return true
  return EXTENDS_WORDS.test(title) && !KIND_WORDS.test(title)
}

/** The issue speaks of the family's kind of thing: a new rule for a family of rules. */
function speaksOf(family: Family, text: string): boolean {
  return familyWords(family).some(word => new RegExp(`\\b${word}s?\\b`, 'i').test(text))
}

/** Whether the title asks for something new at all: the cheap test before any family is read. */
export function asksForNew(title: string): boolean {
  return ASKS_FOR_NEW.test(title)
}

/** The new member's name in the family's case, if the issue asks for one. */
export function newMemberName(
  title: string,
  body: string,
  signals: IssueSignals,
  family: Family
): string | undefined {
  if (!asksForNew(title) || !speaksOf(family, `${title}\n${body.slice(0, 400)}`)) return undefined
  const existing = new Set(family.members.map(foldName))
  if (extendsExisting(title, signals, existing)) return undefined
  const words = candidateNames(title, signals).find(
    candidate => candidate.length > 0 && !existing.has(foldName(candidate.join('')))
  )
  return words && inCase(words, family.case)
}

/** The new member's files: its own in the family's shape, then its companions. */
export function newMemberIn(family: Family, name: string): NewMember {
  const fill = (shape: string) => shape.replace('{name}', name)
  return {
    pattern: `${family.dir}/${family.shape}`,
    name,
    files: [`${family.dir}/${fill(family.shape)}`, ...family.companions.map(fill)],
    siblings: family.members
      .slice(0, 3)
      .map(member => `${family.dir}/${family.shape.replace('{name}', member)}`)
  }
}
