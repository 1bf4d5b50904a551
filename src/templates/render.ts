// Finds and renders the Handlebars templates shipped in `templates/` (or a repository's overrides).
// Templates are the only thing ever compiled: issue text reaches them as data and is never
// compiled, so `{{constructor.constructor}}` in an issue body stays literal text.
import Handlebars from 'handlebars'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep as separator } from 'node:path'
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
  /** The name it was loaded by (`feature.md.hbs`); set by `loadTemplate`. */
  name?: string
  /** True when the file is a repository's override, which falls back to the built-in if it breaks. */
  override?: boolean
}

/** A repository override that could not be used; the built-in of the same name stood in. */
export interface TemplateWarning {
  /** Template name, e.g. `feature.md.hbs` or `prompts/system.md.hbs`. */
  name: string
  /** Absolute path of the override. */
  path: string
  /** 1-based line of the problem, when Handlebars names one. */
  line?: number
  /** What Handlebars (or the file system) said, on one line. */
  reason: string
  /** `load`: the file does not read or compile; `render`: it failed with this run's data. */
  stage: 'load' | 'render'
}

type WarningListener = (message: string, warning: TemplateWarning) => void

const listeners = new Set<{ listener: WarningListener; root?: string; heard: Set<string> }>()

/**
 * Subscribes to override warnings; returns the unsubscribe function. `root` (the repository
 * root) makes the paths in messages relative to it. Each listener hears a given problem once,
 * however many times the broken override is loaded.
 */
export function onTemplateWarning(listener: WarningListener, root?: string): () => void {
  const entry = { listener, root, heard: new Set<string>() }
  listeners.add(entry)
  return () => {
    listeners.delete(entry)
  }
}

/** `Template override .github/adw/feature.md.hbs:12 is broken (…); using the built-in feature.md.hbs.` */
export function describeTemplateWarning(warning: TemplateWarning, root?: string): string {
  const inside = root ? relative(root, warning.path) : ''
  const shown =
    inside && !inside.startsWith('..') && !isAbsolute(inside)
      ? inside.split(separator).join('/')
      : warning.path
  const where = warning.line ? `${shown}:${warning.line}` : shown
  const what = warning.stage === 'load' ? 'is broken' : 'failed to render'
  return `Template override ${where} ${what} (${warning.reason}); using the built-in ${warning.name} instead.`
}

const toldStderr = new Set<string>()

function report(warning: TemplateWarning): void {
  const key = `${warning.stage}\0${warning.path}\0${warning.reason}`
  if (listeners.size === 0) {
    // Nobody subscribed (a library caller): the warning must still be seen somewhere, once.
    if (!toldStderr.has(key)) process.stderr.write(`warning: ${describeTemplateWarning(warning)}\n`)
    toldStderr.add(key)
    return
  }
  for (const entry of listeners) {
    if (entry.heard.has(key)) continue
    entry.heard.add(key)
    entry.listener(describeTemplateWarning(warning, entry.root), warning)
  }
}

/** Where Handlebars located the problem: `Parse error on line 3:` or `… - 3:4`. */
export function templateErrorLine(error: unknown): number | undefined {
  const lineNumber = (error as { lineNumber?: unknown } | null)?.lineNumber
  if (typeof lineNumber === 'number' && lineNumber > 0) return lineNumber
  const message = error instanceof Error ? error.message : String(error)
  const found = /Parse error on line (\d+)/.exec(message) ?? / - (\d+):\d+$/m.exec(message)
  return found ? Number(found[1]) : undefined
}

/** Handlebars' message without its location and source excerpt, on one short line. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message.split('\n')
  const text = /^Parse error on line \d+/.test(lines[0])
    ? `parse error: ${lines[lines.length - 1]}`
    : lines[0]
  const clean = text
    .replace(/ - \d+:\d+$/, '')
    .replace(/ in (?:\[object Object\]|undefined)$/, '')
    .replace(/\s+/g, ' ')
    .trim()
  return clean.length <= 200 ? clean : `${clean.slice(0, 199)}…`
}

// Verdicts on override files, by path, valid while the file's text is unchanged. An override
// that failed to render once stays demoted, so every later load (the validator reading the plan
// format, the next comment) agrees with what was rendered.
const verdicts = new Map<string, { source: string; problem?: TemplateWarning }>()

function builtin(name: string): LoadedTemplate {
  const path = join(builtinTemplatesDir(), name)
  return { path, source: readFileSync(path, 'utf8'), name, override: false }
}

/**
 * Loads `name` (e.g. `feature.md.hbs`, `prompts/feature.md.hbs`) from the override dir or the
 * built-ins. An override that cannot be read or does not compile is reported through
 * `onTemplateWarning` and replaced by the built-in, so callers never see a broken template.
 */
export function loadTemplate(name: string, overrideDir?: string): LoadedTemplate {
  if (!overrideDir) return builtin(name)
  const path = resolve(overrideDir, name)
  if (!existsSync(path)) return builtin(name)
  let source: string
  try {
    source = readFileSync(path, 'utf8')
  } catch (error) {
    report({ name, path, reason: reasonOf(error), stage: 'load' })
    return builtin(name)
  }
  let verdict = verdicts.get(path)
  if (verdict?.source !== source) {
    verdict = {
      source,
      problem: name.endsWith('.hbs') ? compileProblem(name, path, source) : undefined
    }
    verdicts.set(path, verdict)
  }
  if (verdict.problem) {
    report(verdict.problem)
    return builtin(name)
  }
  return { path, source, name, override: true }
}

function compileProblem(name: string, path: string, source: string): TemplateWarning | undefined {
  try {
    // Parses and compiles without running: syntax and block errors surface here, at load time.
    engine.precompile(source, compileOptions)
    return undefined
  } catch (error) {
    return { name, path, line: templateErrorLine(error), reason: reasonOf(error), stage: 'load' }
  }
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

/**
 * Renders a template with data. An override that fails with this data (an unknown variable in
 * strict mode, a missing partial) is reported and the built-in of the same name renders
 * instead; a broken built-in throws with its path.
 */
export function renderTemplate(template: LoadedTemplate, data: object): string {
  try {
    return engine.compile(template.source, compileOptions)(data)
  } catch (error) {
    if (template.override && template.name) {
      const problem: TemplateWarning = {
        name: template.name,
        path: template.path,
        line: templateErrorLine(error),
        reason: reasonOf(error),
        stage: 'render'
      }
      verdicts.set(template.path, { source: template.source, problem })
      report(problem)
      return renderTemplate(builtin(template.name), data)
    }
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
