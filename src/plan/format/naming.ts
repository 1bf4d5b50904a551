// File and branch names for plans. Titles come from strangers: whatever they hold, the name is
// short lowercase ASCII kebab-case, never empty, and cannot leave the specs directory.
import { posix } from 'node:path'

export type PlanKind = 'feature' | 'bug' | 'chore'

/** Every plan kind, the default first. */
export const planKinds: readonly PlanKind[] = ['feature', 'bug', 'chore']

export function isPlanKind(value: unknown): value is PlanKind {
  return typeof value === 'string' && (planKinds as readonly string[]).includes(value)
}

/** The word a plan's title heading starts with: `# Feature: …`, `# Bug: …`, `# Chore: …`. */
export function planTitlePrefix(kind: PlanKind = 'feature'): string {
  return kind === 'bug' ? 'Bug' : kind === 'chore' ? 'Chore' : 'Feature'
}

const MAX_WORDS = 5
const MAX_LENGTH = 40

// Labels that issue templates and commit conventions put in front of a title:
// `[Feature]`, `[Bug]`, `[RFC][UI]`, `feat(ui):`, `fix:`, `Bug report:`, `chore(deps):`,
// `Enhancement -`.
const TITLE_PREFIX =
  /^\s*(?:(?:\[[^\]]{0,30}\]|\([^)]{0,30}\))\s*)+|^\s*(?:feat(?:ure)?(?:\s+request)?|enhancement|request|rfc|proposal|idea|fr|bug(?:\s*(?:report|fix))?|fix|hotfix|defect|chore|maintenance|task)(?:\([^)]*\))?!?(?:\s*:\s*|\s+[-–—|]\s+)/i

/** The title without its `[Feature]` / `feat:` / `Bug:` / `fix:` / `chore:` labels. */
export function stripTitlePrefix(title: string): string {
  let rest = title
  for (let i = 0; i < 3; i++) {
    const next = rest.replace(TITLE_PREFIX, '')
    if (next === rest) break
    rest = next
  }
  return rest.trim()
}

// Requests wrapped around the subject. The seed's examples ("user-auth",
// "real-time-notifications") keep the subject and drop the request around it.
const FILLER_PHRASES = [
  'allow users to',
  'allow the user to',
  'let users',
  'enable users to',
  'users should be able to',
  'it would be nice to',
  'it would be great to',
  'would be nice',
  'support for',
  'ability to',
  'the option to',
  'an option to',
  'add the ability to',
  'i would like',
  'we need',
  'as a user'
]
const FILLER_WORDS = new Set(
  (
    'a an the to of for in on at by with and or from into as is are be it its this that these ' +
    'add adds adding implement implementing implementation support supporting supports feature ' +
    'features please new allow allows enable introduce provide create make let ' +
    'would like want need needs should could can able ability proposal idea rfc ' +
    'improve improvement enhancement via using bug fix chore'
  ).split(' ')
)

// Letters NFKD leaves whole because they are not a base letter plus a mark.
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i'
}

function asciiWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[ßæœøđðłþı]/g, letter => LIGATURES[letter] ?? letter)
      .normalize('NFKD')
      // Combining marks left by NFKD: "café" -> "cafe".
      .replace(/\p{M}/gu, '')
      // Apostrophes join their word: "user's" -> "users", not "user s".
      .replace(/['’`]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  )
}

/**
 * Words of a title, with hyphenated compounds ("real-time", "feature-flags") kept as one word:
 * they are never filler, and they count once towards the word limit.
 */
function titleWords(text: string): string[] {
  return text
    .split(/[\s/\\,;:!?()[\]{}"“”<>|]+|\.(?=\s|$)/)
    .map(token => asciiWords(token).join('-'))
    .filter(Boolean)
}

function shorten(words: string[]): string {
  let name = ''
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = name ? `${name}-${word}` : word
    if (next.length > MAX_LENGTH) break
    name = next
  }
  // A first word longer than the limit is cut (at a hyphen when it has one) rather than dropped.
  if (name) return name
  const first = (words[0] ?? '').slice(0, MAX_LENGTH + 1)
  const cut = first.length > MAX_LENGTH ? first.slice(0, first.lastIndexOf('-')) : first
  return (cut || first.slice(0, MAX_LENGTH)).replace(/-+$/, '')
}

function meaningful(text: string): string {
  let flat = ` ${titleWords(stripTitlePrefix(text)).join(' ')} `
  for (const phrase of FILLER_PHRASES) flat = flat.split(` ${phrase} `).join(' ')
  const words = flat.split(' ').filter(Boolean)
  const strong = words.filter(word => !FILLER_WORDS.has(word))
  // A title made only of filler ("Add support") still says something: keep it rather than nothing.
  return shorten(strong.length > 0 ? strong : words)
}

/**
 * `{descriptive-name}` of the plan file, from the title (or the body when the title gives
 * nothing); the kind itself (`feature`, `bug`, `chore`) when neither says anything.
 */
export function descriptiveName(title: string, body = '', kind: PlanKind = 'feature'): string {
  const fromTitle = meaningful(title)
  if (fromTitle) return fromTitle
  const firstLine =
    body
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .split('\n')
      .find(line => asciiWords(line).length > 0) ?? ''
  return meaningful(firstLine) || kind
}

export function assertAdwId(adwId: string): void {
  if (!/^[1-9][0-9]{0,15}$/.test(adwId))
    throw new Error(`adw_id must be a positive issue number, got "${adwId}"`)
}

function assertKind(kind: PlanKind): void {
  // Kinds reach file and branch names: an unchecked string from a caller must not.
  if (!isPlanKind(kind))
    throw new Error(`plan kind must be one of ${planKinds.join(', ')}, got "${String(kind)}"`)
}

/** `{kind}-{adwId}-{name}.md`; `name` is re-checked so a hand-made name cannot escape. */
export function planFileName(adwId: string, name: string, kind: PlanKind = 'feature'): string {
  assertAdwId(adwId)
  assertKind(kind)
  const words = asciiWords(name)
  const joined = words.join('-')
  // A name from descriptiveName() is kept as it is; anything else is cut down the same way.
  const safe = (joined.length <= MAX_LENGTH ? joined : shorten(words)) || kind
  return `${kind}-${adwId}-${safe}.md`
}

/** Checks a specs directory option: relative, inside the repository. Returns it normalised. */
export function normaliseSpecsDir(specsDir: string): string {
  const dir = posix.normalize(specsDir.replace(/\\/g, '/')).replace(/\/+$/, '')
  if (
    dir === '' ||
    dir === '.' ||
    dir.startsWith('/') ||
    /^[a-zA-Z]:/.test(dir) ||
    dir.split('/').includes('..') ||
    dir.split('/').includes('.git')
  ) {
    throw new Error(
      `specs-dir must be a relative directory inside the repository, got "${specsDir}"`
    )
  }
  return dir
}

/** POSIX path of the plan relative to the repository root, always directly inside `specsDir`. */
export function planPath(
  specsDir: string,
  adwId: string,
  name: string,
  kind: PlanKind = 'feature'
): string {
  return `${normaliseSpecsDir(specsDir)}/${planFileName(adwId, name, kind)}`
}

export function branchName(prefix: string, adwId: string, kind: PlanKind = 'feature'): string {
  assertAdwId(adwId)
  assertKind(kind)
  return `${prefix}${kind}-${adwId}`
}

/**
 * The kind and issue of a plan branch (`adw/bug-12` with prefix `adw/`), or undefined for any
 * other branch name: the inverse of `branchName`.
 */
export function parsePlanBranch(
  prefix: string,
  ref: string
): { kind: PlanKind; adwId: string } | undefined {
  if (!ref.startsWith(prefix)) return undefined
  const match = /^(feature|bug|chore)-([1-9][0-9]{0,15})$/.exec(ref.slice(prefix.length))
  return match ? { kind: match[1] as PlanKind, adwId: match[2] } : undefined
}

/**
 * True for this plan files of this kind (`feature-7-*.md`, `bug-7-*.md`), never for
 * another issue's (`feature-71-…`) or another kind's.
 */
export function isPlanFileFor(
  adwId: string,
  fileName: string,
  kind: PlanKind = 'feature'
): boolean {
  assertAdwId(adwId)
  assertKind(kind)
  return new RegExp(`^${kind}-${adwId}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`).test(fileName)
}

/**
 * True for any plan this tool writes (`specs/bug-12-crash-on-empty-cart.md`), whatever its issue
 * or kind: the plans in `specsDir` are the tool's output, never evidence for the next plan.
 */
export function isPlanPath(path: string, specsDir: string): boolean {
  const dir = `${normaliseSpecsDir(specsDir)}/`
  return (
    path.startsWith(dir) &&
    new RegExp(`^(?:${planKinds.join('|')})-[1-9][0-9]{0,15}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`).test(
      path.slice(dir.length)
    )
  )
}
