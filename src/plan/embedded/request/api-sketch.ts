// The interface a request sketches: the flags (`-z`, `--with-nth`), options and keyword arguments
// (`hide=True`, `requestIdHeader: false`, `case_sensitive`) and environment variables
// (`$BAT_THEME_DARK`) it names that the code does not have yet, what they attach to
// (`progressbar`, `seq`), and a line of the issue's own example. These become tasks ("add `hide`
// to `progressbar`") and checkable criteria ("`progressbar` accepts `hide`; leaving it out keeps
// today's behaviour"). The names the issue writes that the code already has are kept apart, with
// the file that has them: the plan extends those where they are, it does not declare them again.
import type { CodeBlock, IssueReading } from '../../../text/issue-text.js'

export interface ApiItem {
  kind: 'flag' | 'option' | 'env'
  /** `--format`, `hide`. */
  name: string
  /** The other spelling of a flag (`--zero-terminated` for `-z`), from the help text the issue quotes. */
  alias?: string
  /** What the help text the issue quotes says the flag does. */
  description?: string
  /** What it belongs to: the function it is passed to, the command it is given to. */
  owner?: string
  /** The value the issue's example gives it (`True`, `false`). */
  value?: string
  /** The default the issue declares for it (`max_errors: int | None = None`). */
  default?: string
  /** The file of the code that already declares or reads it (for a name the code has). */
  declaredIn?: string
  /** Where the others of its kind are declared or read, and a few of them (for a new name). */
  nextTo?: { path: string; names: string[] }
}

export interface ApiSketch {
  /** What the request adds: flags and options the code does not have yet. */
  items: ApiItem[]
  /**
   * The environment variables it adds. Apart from the flags and options: a variable's criterion
   * is the issue's own sentence about it ("`$X` is used when …"), not that it "can be set".
   */
  variables: ApiItem[]
  /** Names the issue writes in its prose that the code already has: to extend, not to declare. */
  existing: ApiItem[]
  /** One line of the issue's example that uses a new name, as the issue wrote it. */
  example?: string
}

// Parts of the issue where the proposal is written (the problem's code shows today's use).
const PROPOSAL_PARTS = new Set([undefined, 'solution', 'api', 'criteria'])

// A name that is a name, not a word: snake_case, camelCase, or kebab-case with a dash inside.
const NAMELIKE =
  /^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:-[a-z0-9]+)+)$/
const WORDS =
  /^(?:true|false|none|null|nil|self|this|return|function|const|let|var|def|class|new|import|from|with|for|while|if|else|print|console|log)$/i

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map(match => match[1].trim())
}

/** Help-text lines the issue quotes: `-z, --zero-terminated    line delimiter is NUL`. */
function helpLines(
  blocks: CodeBlock[]
): Array<{ short?: string; long?: string; description: string }> {
  const out: Array<{ short?: string; long?: string; description: string }> = []
  const lines = blocks.flatMap(block => block.lines)
  lines.forEach((line, index) => {
    const match =
      /^\s*(?:(-[A-Za-z0-9])(?:,\s*|\s+))?(--[\w-]+)?(?:[= ][A-Z_<[][\w<>[\]=-]*)?(?:\s{2,}|\s*$)(.*)$/.exec(
        line
      )
    if (!match || !(match[1] || match[2])) return
    // man pages put the description on the next, deeper-indented line.
    const next = lines[index + 1] ?? ''
    const below =
      !match[3].trim() && /^\s{4,}\S/.test(next) && !/^\s*-/.test(next) ? next.trim() : ''
    out.push({
      short: match[1],
      long: match[2],
      description: (match[3].trim() || below).replace(/\s+/g, ' ')
    })
  })
  return out
}

// A title that asks for something to be added: "paste: missing support for `-z`", "Add --json".
const ADDS =
  /\b(?:add|adds|adding|support|supports|missing|new|introduce|implement|provide|allow)\b/i

/**
 * Whether the title asks for the flag itself ("seq: missing -f option"), not for something done
 * with flags the code has ("Action to change `--nth` dynamically").
 */
export function titleAsksFor(title: string, flag: string): boolean {
  return flagsIn(title).includes(flag) && ADDS.test(title)
}

function flagsIn(text: string): string[] {
  return [...text.matchAll(/(?:^|[\s`(])(--?[A-Za-z][\w-]*)(?=[\s`=),.:]|$)/g)].map(m => m[1])
}

/** Keyword arguments and object keys inside calls: `f(a, hide=True)`, `cors({ origin: [...] })`. */
function namedArguments(line: string): Array<{ name: string; owner?: string; value?: string }> {
  const out: Array<{ name: string; owner?: string; value?: string }> = []
  // A definition's parameters (`def hello(name: str)`) are not arguments passed to the API.
  if (/^\s*(?:def|function|fn|func|async def|public|private|protected|static)\b/.test(line))
    return out
  // Inside a string ("name:20,total:8r") a colon is data, not a key.
  const bare = line.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '""')
  for (const match of bare.matchAll(/([\w$.]+)\s*\(([^()]*)/g)) {
    const owner = match[1].split('.').pop()
    for (const arg of match[2].matchAll(
      /(?:^|[,{(]\s*)([A-Za-z_$][\w$]*)\s*(?:=(?!=)|:)\s*([^,)}\s]+)?/g
    ))
      out.push({ name: arg[1], owner, value: arg[2] === '""' ? undefined : arg[2] })
  }
  return out
}

/** Keys of config lines: `skipAmendWarning: true`, `max_errors = 3`. */
function configKey(line: string): { name: string; value?: string } | undefined {
  const match = /^\s*([A-Za-z_][\w.-]*)\s*[:=]\s*([^\s#/]+)?/.exec(line)
  return match && !/[(){}]/.test(line)
    ? { name: match[1].split('.').pop()!, value: match[2] }
    : undefined
}

/** The owner a title names: "`seq`: …", "… for `amendLastCommit`", "… to `install()`". */
function ownerInTitle(title: string): string | undefined {
  const labelled = /^\s*`?([\w.-]+)`?\s*:\s/.exec(title.replace(/^\s*(?:\[[^\]]*\]\s*)+/, ''))
  if (
    labelled &&
    !/^(?:feat|feature|fix|enhancement|request|proposal|rfc|config|docs?)$/i.test(labelled[1])
  )
    return labelled[1]
  const target = /\b(?:to|for|in|on|of)\s+`([\w.$#]+)(?:\(\))?`/.exec(title)
  return target?.[1].split(/[.#]/).pop()
}

interface Sources {
  title: string
  /** Prose of the proposal: the title and the sentences that propose (not the problem's). */
  prose: string
  blocks: CodeBlock[]
}

function sourcesOf(title: string, reading: IssueReading, proposal: string[]): Sources {
  return {
    title,
    prose: [title, reading.sections.api, reading.sections.criteria, ...proposal]
      .filter(Boolean)
      .join('\n'),
    blocks: reading.code.filter(block => PROPOSAL_PARTS.has(block.part))
  }
}

function flagItems(sources: Sources, titleOwner: string | undefined): ApiItem[] {
  const help = helpLines(sources.blocks)
  const named = [
    ...flagsIn(sources.title),
    ...codeSpans(sources.prose).flatMap(span => flagsIn(` ${span}`))
  ]
  // Every command has these; asking for one is asking about it, not for it.
  const ownFlags = named.filter(flag => !/^(?:-h|--help|-V|--version)$/.test(flag))
  return ownFlags.map(flag => {
    // The help text the issue quotes for this flag: its other spelling and what it does.
    const line = help.find(entry => entry.short === flag || entry.long === flag)
    const alias = line && (line.short === flag ? line.long : line.short)
    return {
      kind: 'flag' as const,
      name: flag,
      owner: titleOwner,
      alias,
      description: line?.description || undefined
    }
  })
}

// An environment variable as prose writes it: `$NAME`, or an upper-case name in a sentence that
// says it is one ("set `BAT_THEME_DARK` in the environment").
const ENV_NAME = /^\$?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][A-Z0-9]{2,})$/
const ENV_WORDS = /\benv(?:ironment)?(?:\s+|-)?(?:var(?:iable)?s?)?\b|\$[A-Z]/i

function envItems(prose: string): ApiItem[] {
  const items: ApiItem[] = []
  for (const sentence of prose.split(/\n+|(?<=[.!?])\s+/)) {
    if (!ENV_WORDS.test(sentence.replace(/`[^`]*`/g, span => (span.includes('$') ? '$X' : ''))))
      continue
    const written = [
      ...codeSpans(sentence),
      ...[...sentence.matchAll(/(?:^|[\s(])(\$[A-Z][A-Z0-9_]{2,})\b/g)].map(m => m[1])
    ]
    for (const span of written) {
      const name = ENV_NAME.exec(span)?.[1]
      // An upper-case word without `$` or `_` is a constant or an acronym more often than a variable.
      if (name && (span.startsWith('$') || name.includes('_'))) items.push({ kind: 'env', name })
    }
  }
  return items
}

// What says a name in prose is a setting: "`extend_skip` option", "`max_depth` as a parameter".
const SETTING_NOUN =
  /^(?:\s*(?:as\s+(?:an?\s+)?|in\s+(?:its|the)\s+)?)(?:option|options|parameter|param|argument|arg|kwarg|flag|setting|key|property|attribute|field|config\w*)\b/i

/** A name the prose offers as a setting, or the name a title adds ("Add `skipAmendWarning` for …"). */
function namedSettings(prose: string, title: string): string[] {
  const names: string[] = []
  for (const match of prose.matchAll(
    /`([A-Za-z_$][\w$.]*)`|\b([a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+)\b/g
  )) {
    const name = (match[1] ?? match[2]).split('.').pop()!
    const after = prose.slice(match.index! + match[0].length, match.index! + match[0].length + 30)
    if (NAMELIKE.test(name) && SETTING_NOUN.test(after)) names.push(name)
  }
  const added = /^\W*(?:add|introduce|support)\s+`?([A-Za-z_$][\w$.]*)`?/i.exec(stripLabel(title))
  if (added && NAMELIKE.test(added[1].split('.').pop()!)) names.push(added[1].split('.').pop()!)
  return names
}

function stripLabel(title: string): string {
  return title.replace(/^\s*(?:\[[^\]]*\]\s*)+/, '').replace(/^[^:]{1,40}:\s+/, '')
}

/**
 * Parameters the proposal declares in prose: "Add `max_errors: int | None = None` to
 * `Schema.load`" names the parameter, its default and what takes it.
 */
function declarations(prose: string): ApiItem[] {
  const items: ApiItem[] = []
  for (const sentence of prose.split(/\n+|(?<=[.!?])\s+/)) {
    const owner = /\b(?:to|for|in|on|of)\s+`([\w.$#]+)(?:\(\))?`/.exec(sentence)?.[1]
    for (const span of codeSpans(sentence)) {
      const declared = /^([A-Za-z_$][\w$]*)\s*(?::\s*[^=]+?)?\s*=\s*([^=].*)$/.exec(span)
      if (declared)
        items.push({ kind: 'option', name: declared[1], owner, default: declared[2].trim() })
    }
  }
  return items
}

function candidates(sources: Sources): ApiItem[] {
  const titleOwner = ownerInTitle(sources.title)
  const items: ApiItem[] = [...flagItems(sources, titleOwner), ...envItems(sources.prose)]
  // The issue's own example first: the call it sketches names the owner best.
  for (const block of sources.blocks)
    for (const line of block.lines) {
      items.push(...namedArguments(line).map(arg => ({ kind: 'option' as const, ...arg })))
      const key = configKey(line)
      if (key && NAMELIKE.test(key.name)) items.push({ kind: 'option', ...key })
    }
  for (const span of codeSpans(sources.prose))
    items.push(...namedArguments(span).map(arg => ({ kind: 'option' as const, ...arg })))
  items.push(...declarations(sources.prose))
  for (const name of namedSettings(sources.prose, sources.title))
    items.push({ kind: 'option', name, owner: titleOwner })
  return items
}

/**
 * What the request adds to the interface: names the issue proposes that `known` (the code the
 * change touches; it answers with the file that has a name, or just whether one does) does not
 * hold yet, at most three, the flags first; and the names its prose writes that the code has
 * already, with their files.
 */
export function apiSketch(
  title: string,
  reading: IssueReading,
  proposal: string[],
  known: (name: string) => string | boolean | undefined
): ApiSketch {
  const sources = sourcesOf(title, reading, proposal)
  const seen = new Set<string>()
  const items: ApiItem[] = []
  const existing: ApiItem[] = []
  for (const item of candidates(sources)) {
    const bare = item.name.replace(/^-+/, '')
    if (seen.has(item.name) || WORDS.test(bare) || (item.kind === 'option' && bare.length < 2))
      continue
    seen.add(item.name)
    // A flag is declared as written (`"--theme"`) or by the long name a parser takes (`"theme"`).
    const found =
      item.kind === 'flag'
        ? known(`"${item.name}"`) || (/^--\w{2,}/.test(item.name) && known(`"${bare}"`))
        : known(item.name)
    const declaredIn = typeof found === 'string' ? found : undefined
    // A flag the title asks for is new, even when a sibling command has it already.
    if (item.kind === 'flag' && titleAsksFor(title, item.name)) items.push(item)
    else if (found) {
      if (sources.prose.includes(item.name)) existing.push({ ...item, declaredIn })
    }
    // A name the issue writes in its prose or title is asked for; a key of its example only
    // when the prose names it too or it is a keyword of a call.
    else if (item.kind !== 'option' || sources.prose.includes(item.name) || item.owner)
      items.push(item)
  }
  const byKind = (list: ApiItem[]) =>
    (['flag', 'env', 'option'] as const).flatMap(kind => list.filter(item => item.kind === kind))
  const ordered = byKind(items.filter(item => item.kind !== 'env')).slice(0, 3)
  return {
    items: ordered,
    variables: items.filter(item => item.kind === 'env').slice(0, 3),
    existing: byKind(existing).slice(0, 3),
    example: exampleLine(sources.blocks, ordered)
  }
}

/** The example's line that uses a new name, a call passing it first; its trailing comment cut. */
function exampleLine(blocks: CodeBlock[], items: ApiItem[]): string | undefined {
  const lines = blocks
    .flatMap(block => block.lines)
    // A comment after the code goes; a commented-out line of config stays, without its marker.
    .map(line =>
      line
        .replace(/\s+(?:#|\/\/).*$/, '')
        .replace(/^\s*(?:\/\/|#)\s*/, '')
        .trim()
    )
    // A help text's line ("-z, --zero-terminated …") describes the flag; it is no example of use.
    .filter(line => line.length > 0 && line.length <= 160 && !/^-/.test(line))
  const uses = (line: string, item: ApiItem) => line.includes(item.name)
  const inCall = (line: string, item: ApiItem) =>
    new RegExp(`\\([^)]*\\b${item.name.replace(/[^\w-]/g, '')}\\s*[=:]`).test(line)
  return (
    lines.find(line => items.some(item => inCall(line, item))) ??
    lines.find(line => items.some(item => uses(line, item)))
  )
}
