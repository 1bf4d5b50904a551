// The format's own placeholders, told apart from the angle brackets a plan quotes. A Plan Format
// holds `<describe the problem this feature solves>`, `<criterion>`, `<Phase Name (e.g.,
// Database Schema)>`: text for the writer to replace. Issues and code hold `Vec<u8>`,
// `Result<T, E>`, `chan::Tx<T, Semaphore>`, `<div>`, `<Button onClick>`, `<user@example.com>`
// and `a < b > c`: text to keep. No pattern tells the two apart (`<T, Semaphore>` is shaped
// like `<goal, benefit>`), so the placeholders are read from the formats themselves: the
// built-in format each kind shows a model, and the repository's own plan template and format.
import { loadTemplate } from '../../templates/render.js'
import { planKinds, type PlanKind } from './naming.js'

/** One `<…>` on one line, innermost: `List<Item>` inside `Map<String, List<Item>>`. */
const ANGLED = /<([^<>\n]+)>/g

// Markup a template may hold on purpose: `<details>`, `<br/>`, `</summary>`, `<!-- … -->`,
// `<img src="…">`, autolinks. Only these single words count as HTML: a placeholder such as
// `<command>` or `<step>` is a single word too.
const HTML_WORDS = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code dd del details dfn div dl dt em figcaption ' +
    'figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q rp rt ruby s samp small ' +
    'source span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var ' +
    'video wbr'
  ).split(' ')
)

/** How placeholders are compared: case and spacing do not matter. */
export function placeholderKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

function isMarkup(inner: string): boolean {
  const text = inner.trim()
  return (
    /^[/!?]/.test(text) || // a closing tag, a comment, a declaration
    /=|\/$/.test(text) || // attributes, `<br/>`
    /^[a-z][\w+.-]*:\S*$/i.test(text) || // `<https://example.com>`
    /^[^\s@]+@[^\s@]+$/.test(text) || // `<user@example.com>`
    HTML_WORDS.has(text.toLowerCase())
  )
}

/** The placeholders a template or format source holds, as keys (see `placeholderKey`). */
export function placeholdersIn(source: string): string[] {
  const text = source
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  const found = new Set<string>()
  for (const match of text.matchAll(ANGLED)) {
    // `<a href="{{url}}">` is markup around data, not text to replace.
    if (match[1].includes('{{') || isMarkup(match[1])) continue
    found.add(placeholderKey(match[1]))
  }
  return [...found]
}

let seed: string[] | undefined

/**
 * The placeholders of the built-in formats of every kind (`prompts/{kind}-format.md`): the ones
 * a model is shown, and so the ones it may leave behind, whatever format the plan follows.
 */
export function builtinPlaceholders(): string[] {
  seed ??= [
    ...new Set([
      'placeholder',
      ...planKinds.flatMap(kind => placeholdersIn(loadTemplate(formatName(kind)).source))
    ])
  ]
  return seed
}

/** The format block a model is shown for a kind, relative to a templates directory. */
export function formatName(kind: PlanKind): string {
  return `prompts/${kind}-format.md`
}

/** `<describe …>`: a placeholder cut short, when what is left starts one of them. */
function elided(key: string, known: ReadonlySet<string>): boolean {
  const start = /^(.+?)\s*(?:…|\.\.\.)$/.exec(key)?.[1]
  // A few letters ("a …", "T...") start too many things to say which placeholder they were.
  if (!start || start.replace(/[^a-z]/g, '').length < 4) return false
  return [...known].some(placeholder => (placeholder + ' ').startsWith(start + ' '))
}

/**
 * The format placeholders left in one line of prose (code spans already removed), except those
 * the plan quotes: text found in `quoted` (the issue, the feedback), which is already keyed.
 */
export function placeholdersLeft(
  prose: string,
  known: ReadonlySet<string>,
  quoted: string
): string[] {
  const left: string[] = []
  for (const match of prose.matchAll(ANGLED)) {
    // `Tx<T, Semaphore>`, `Option<step>`: angle brackets right after a name are type arguments.
    if (/[\w$:]/.test(prose[match.index - 1] ?? '')) continue
    const key = placeholderKey(match[1])
    if (!known.has(key) && !elided(key, known)) continue
    if (quoted.includes(`<${key}>`)) continue
    left.push(match[0])
  }
  return left
}
