// Finds and renders the Handlebars templates shipped in `templates/` (or a repository's overrides).
// Templates are the only thing ever compiled: issue text reaches them as data and is never
// compiled, so `{{constructor.constructor}}` in an issue body stays literal text.
import Handlebars from 'handlebars'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The built-in templates directory. Sources live in `src/…` and the bundles in `dist/`, at
 * different depths, so walk up from this module until a `templates/` with the plan template
 * appears.
 */
export function builtinTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'templates')
    if (existsSync(join(candidate, 'feature.md.hbs'))) return candidate
    const parent = dirname(dir)
    if (parent === dir)
      throw new Error('built-in templates/ directory not found next to the action')
    dir = parent
  }
}

export interface LoadedTemplate {
  /** Path of the file the template came from. */
  path: string
  source: string
}

/** Loads `name` (e.g. `feature.md.hbs`, `prompts/feature.md.hbs`) from the override dir or the built-ins. */
export function loadTemplate(name: string, overrideDir?: string): LoadedTemplate {
  if (overrideDir) {
    const path = resolve(overrideDir, name)
    if (existsSync(path)) return { path, source: readFileSync(path, 'utf8') }
  }
  const path = join(builtinTemplatesDir(), name)
  return { path, source: readFileSync(path, 'utf8') }
}

const engine = Handlebars.create()
// Markdown output: HTML-escaping would corrupt code and text; strict mode turns a misspelt
// variable into an error instead of a silent hole in the plan.
const compileOptions = { noEscape: true, strict: true } as const

engine.registerHelper('inc', (n: unknown) => Number(n) + 1)
engine.registerHelper('join', (items: unknown, sep: unknown) =>
  Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : ', ') : ''
)
engine.registerHelper('code', (text: unknown) => inlineCode(String(text ?? '')))

/** Renders a template with data. Throws with the template's path when the template is broken. */
export function renderTemplate(template: LoadedTemplate, data: object): string {
  try {
    return engine.compile(template.source, compileOptions)(data)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`template ${template.path}: ${message}`, { cause: error })
  }
}

/** Wraps text as inline code that its own backticks cannot close (CommonMark code spans). */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  // CommonMark strips one space from each side when both are there: pad so the text survives.
  const pad =
    text.startsWith('`') ||
    text.endsWith('`') ||
    (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
      ? ' '
      : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
