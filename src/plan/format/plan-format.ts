// The Plan Format as data. The required headings are read from the plan template itself, so a
// repository's own template is validated exactly as strictly as the built-in one.
import { inlineCode, loadTemplate } from '../../templates/render.js'
import { blockLines, readFences } from '../../text/fences.js'
import { outline, findHeading, sectionBody } from './markdown.js'
import { isPlanKind, type PlanKind } from './naming.js'
import { formatName, placeholdersIn } from './placeholders.js'
import { escapeRegExp } from '../../text/regex.js'

export interface HeadingRule {
  level: number
  /** Matches the heading text; `{{…}}` parts of the template match any non-empty text. */
  pattern: RegExp
  /** The heading as the template writes it, for messages: `### Phase {n}: {name}`. */
  label: string
  /** The heading's number must count 1, 2, 3… across repetitions (`Phase {{inc @index}}`). */
  numbered: boolean
}

export type FormatItem =
  { kind: 'heading'; rule: HeadingRule } | { kind: 'repeat'; items: FormatItem[] }

export interface PlanFormat {
  items: FormatItem[]
  /**
   * The format's own `<placeholder>`s (as `placeholderKey` writes them) beyond the built-in
   * ones: those of a repository's plan template and of the format it shows a model.
   */
  placeholders: string[]
  /** Template source the format came from, for messages. */
  source: string
}

function ruleFor(level: number, text: string): HeadingRule {
  let pattern = ''
  let label = ''
  let numbered = false
  let rest = text
  while (rest.length > 0) {
    const expression = /\{\{~?\s*([^}]*?)\s*~?\}\}/.exec(rest)
    const literal = expression ? rest.slice(0, expression.index) : rest
    pattern += escapeRegExp(literal)
    label += literal
    if (!expression) break
    if (/^inc\s+@index$|^@index$/.test(expression[1])) {
      numbered = true
      pattern += '(\\d+)'
      label += '{n}'
    } else {
      pattern += '(.+?)'
      label += `{${expression[1].replace(/^this\./, '')}}`
    }
    rest = rest.slice(expression.index + expression[0].length)
  }
  return {
    level,
    pattern: new RegExp(`^${pattern}$`),
    label: `${'#'.repeat(level)} ${label}`,
    numbered
  }
}

/**
 * Reads the headings of a Handlebars plan template in order. Headings inside `{{#each}}` blocks
 * repeat (at least once); headings inside `{{#if}}`/`{{#unless}}` blocks, and in the `{{else}}`
 * branch of a loop, are optional and skipped. Template comments are ignored.
 */
export function formatFromTemplate(source: string, name = 'template'): PlanFormat {
  const root: FormatItem[] = []
  const stack: Array<{ block: string; items: FormatItem[]; optional: boolean }> = [
    { block: 'root', items: root, optional: false }
  ]
  const uncommented = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '')
  for (const line of uncommented.split('\n')) {
    // Tags before the heading on the same line apply to it; in practice tags sit on their own lines.
    for (const tag of line.matchAll(/\{\{~?\s*(?:([#/^])\s*([a-zA-Z]+)|(else)\b)[^}]*\}\}/g)) {
      const top = stack[stack.length - 1]
      if (tag[3] === 'else' || tag[1] === '^') {
        if (tag[1] === '^') {
          stack.push({ block: tag[2], items: [], optional: true })
        } else if (stack.length > 1) {
          // The rest of the block is the alternative branch: nothing in it is required.
          stack[stack.length - 1] = { block: top.block, items: [], optional: true }
        }
      } else if (tag[1] === '#') {
        const items: FormatItem[] = []
        if (tag[2] === 'each' && !top.optional) top.items.push({ kind: 'repeat', items })
        stack.push({
          block: tag[2],
          items,
          optional: top.optional || tag[2] === 'if' || tag[2] === 'unless'
        })
      } else if (stack.length > 1) {
        stack.pop()
      }
    }
    const heading = /^ {0,3}(#{1,6})\s+(.+?)\s*$/.exec(line)
    const frame = stack[stack.length - 1]
    if (!heading || frame.optional) continue
    frame.items.push({ kind: 'heading', rule: ruleFor(heading[1].length, heading[2]) })
  }
  return { items: prune(root), placeholders: placeholdersIn(source), source: name }
}

function prune(items: FormatItem[]): FormatItem[] {
  return items
    .map(item => (item.kind === 'repeat' ? { ...item, items: prune(item.items) } : item))
    .filter(item => item.kind === 'heading' || item.items.length > 0)
}

const builtin = new Map<PlanKind, PlanFormat>()

/**
 * The format of the kind's plan template (`feature.md.hbs`, `bug.md.hbs`, `chore.md.hbs`): the
 * repository's override when there is one, else the built-in.
 */
export function planFormat(templatesDir?: string, kind: PlanKind = 'feature'): PlanFormat {
  const cached = templatesDir ? undefined : builtin.get(kind)
  if (cached) return cached
  const template = loadTemplate(planTemplateName(kind), templatesDir)
  const format = formatFromTemplate(template.source, template.path)
  // The format block a model is shown may be the repository's own, with its own placeholders.
  const shown = placeholdersIn(loadTemplate(formatName(kind), templatesDir).source)
  format.placeholders = [...new Set([...format.placeholders, ...shown])]
  if (!templatesDir) builtin.set(kind, format)
  return format
}

/** The plan template of a kind, relative to a templates directory. */
export function planTemplateName(kind: PlanKind = 'feature'): string {
  if (!isPlanKind(kind)) throw new Error(`unknown plan kind "${String(kind)}"`)
  return `${kind}.md.hbs`
}

/** The Metadata line(s) carrying the prompt verbatim, in a form its own text cannot break. */
export function formatPrompt(prompt: string): string {
  const text = prompt.replace(/\r\n?/g, '\n')
  if (!text.includes('\n')) return `prompt: ${inlineCode(text)}`
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `prompt:\n${fence}text\n${text}\n${fence}`
}

export interface PlanMetadata {
  adwId?: string
  prompt?: string
}

function readInlineCode(text: string): string | undefined {
  const match = /^(`+)(.*)\1$/s.exec(text.trim())
  if (!match) return undefined
  const inner = match[2]
  // CommonMark strips one space on each side when both are present and the content is not all spaces.
  return inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== ''
    ? inner.slice(1, -1)
    : inner
}

/** Reads adw_id and prompt back from a plan's Metadata section exactly as `formatPrompt` wrote them. */
export function extractMetadata(markdown: string): PlanMetadata {
  const doc = outline(markdown)
  const heading = findHeading(doc, 'Metadata', 2)
  if (!heading) return {}
  const body = sectionBody(doc, heading)
  const result: PlanMetadata = {}
  for (let i = 0; i < body.length; i++) {
    const adw = /^adw_id:\s*(.*)$/.exec(body[i])
    if (adw) result.adwId = readInlineCode(adw[1]) ?? adw[1].trim()
    const prompt = /^prompt:\s*(.*)$/.exec(body[i])
    if (!prompt) continue
    if (prompt[1].trim() !== '') {
      result.prompt = readInlineCode(prompt[1])
      continue
    }
    // A fenced prompt: everything up to the matching closing fence, verbatim. Read from the
    // raw lines because the section ends at the next heading, and the body may contain headings.
    const start = heading.line + 1 + i + 1
    const fences = readFences(doc.lines)
    const opened = fences[start]
    if (opened?.role !== 'open') continue
    if (fences[opened.block.end]?.role === 'close')
      result.prompt = blockLines(doc.lines, opened.block).join('\n')
    break
  }
  return result
}
