// Plan validity, checked in code: every plan is validated before it is committed, whoever wrote
// it. The messages are written to be acted on: a model gets them verbatim in its repair turn.
//
// Path convention of "Relevant Files": each bullet under "Existing Files to Modify" and "New Files
// to Create" starts with the file's path, relative to the repository root, as inline code:
// `- \`src/cart.ts\` - what changes and why`. Bullets that do not start that way are prose.
import { existsSync, lstatSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { inlineCode } from '../../templates/render.js'
import type { PlanProblem } from '../types.js'
import type { PlanKind } from './naming.js'
import {
  bulletPaths,
  findHeading,
  outline,
  sectionBody,
  type Heading,
  type Outline
} from './markdown.js'
import {
  extractMetadata,
  planFormat,
  type FormatItem,
  type HeadingRule,
  type PlanFormat
} from './plan-format.js'
import { builtinPlaceholders, placeholderKey, placeholdersLeft } from './placeholders.js'

export interface ValidationContext {
  adwId: string
  /** The issue body, verbatim: the Metadata must carry exactly this. */
  prompt: string
  /** Whether a repository-relative path names an existing file. */
  fileExists: (relPath: string) => boolean
  /** The format to check against; default: the built-in template of `kind`. */
  format?: PlanFormat
  /** The kind of plan (default `feature`): picks the built-in format when `format` is not given. */
  kind?: PlanKind
  /**
   * Other text the plan may quote as it is, besides the prompt: the issue title, the reviewers'
   * feedback. A format placeholder they hold (an issue about `<criterion>`) is theirs, not left.
   */
  quotes?: readonly string[]
}

function headingLabel(heading: Heading): string {
  return `${'#'.repeat(heading.level)} ${heading.text}`
}

/** `Tasks` under `### Phase 2: API`: headings like `Tasks` repeat, so name their parent too. */
function sectionName(doc: Outline, heading: Heading): string {
  if (heading.level <= 2) return `\`${headingLabel(heading)}\``
  const parent = [...doc.headings]
    .reverse()
    .find(candidate => candidate.line < heading.line && candidate.level < heading.level)
  return parent
    ? `\`${headingLabel(heading)}\` (under \`${headingLabel(parent)}\`)`
    : `\`${headingLabel(heading)}\``
}

function checkHeadings(doc: Outline, format: PlanFormat, problems: PlanProblem[]): void {
  let cursor = 0
  let previousLabel: string | undefined
  // While matching the inside of one repetition (a phase), its headings must lie within it.
  let scope: { end: number; heading: Heading } | undefined
  const seek = (rule: HeadingRule, from: number, to = doc.headings.length) =>
    doc.headings.findIndex(
      (h, i) => i >= from && i < to && h.level === rule.level && rule.pattern.test(h.text)
    )
  const after = () => (previousLabel ? `right after \`${previousLabel}\`` : 'first')

  const matchHeading = (rule: HeadingRule) => {
    const at = seek(rule, cursor, scope?.end)
    if (at !== -1) {
      cursor = at + 1
    } else if (scope) {
      problems.push({
        code: 'missing-heading',
        message: `Missing heading \`${rule.label}\` in \`${headingLabel(scope.heading)}\`: every repetition of that block needs it; add it ${after()}.`
      })
    } else if (seek(rule, 0) === -1) {
      problems.push({
        code: 'missing-heading',
        message: `Missing heading \`${rule.label}\`: the Plan Format puts it ${after()}; add it there with its content.`
      })
    } else {
      problems.push({
        code: 'misordered-heading',
        message: `Heading \`${rule.label}\` is out of order: the Plan Format puts it ${after()}; move it and its content there.`
      })
    }
    previousLabel = rule.label
  }

  // A repeated block (the phases): at least once, each repetition starting at the next heading
  // of its level and holding its own sub-headings, numbered 1, 2, 3… when the template numbers it.
  const matchRepeat = (items: FormatItem[]) => {
    const first = items[0]
    if (first.kind !== 'heading') {
      matchItems(items)
      return
    }
    for (let count = 0; ; count++) {
      const at = seek(first.rule, cursor)
      const next = doc.headings.findIndex((h, i) => i >= cursor && h.level <= first.rule.level)
      if (count > 0 && (at === -1 || at !== next)) return
      if (at === -1) {
        // Not even one repetition: report its headings as missing, once.
        matchItems(items)
        return
      }
      const heading = doc.headings[at]
      if (first.rule.numbered) {
        const number = Number(first.rule.pattern.exec(heading.text)?.[1])
        if (number !== count + 1) {
          problems.push({
            code: 'misordered-heading',
            message: `\`${headingLabel(heading)}\` should be numbered ${count + 1}: number the \`${first.rule.label}\` headings 1, 2, 3… in order.`
          })
        }
      }
      const end = doc.headings.findIndex((h, i) => i > at && h.level <= first.rule.level)
      const outer = scope
      scope = { end: end === -1 ? doc.headings.length : end, heading }
      matchItems(items)
      scope = outer
    }
  }

  const matchItems = (items: FormatItem[]) => {
    for (const item of items) {
      if (item.kind === 'heading') matchHeading(item.rule)
      else matchRepeat(item.items)
    }
  }

  matchItems(format.items)
}

function checkEmptySections(doc: Outline, problems: PlanProblem[]): void {
  doc.headings.forEach((heading: Heading, index) => {
    const next = doc.headings[index + 1]
    // A heading followed directly by its subsections ("## Relevant Files") is filled by them.
    if (next && next.level > heading.level) return
    const body = sectionBody(doc, heading)
    if (body.every(line => line.trim() === '')) {
      problems.push({
        code: 'empty-section',
        message: `Section ${sectionName(doc, heading)} is empty: write its content.`
      })
    } else if (
      heading.text === 'Tasks' &&
      !body.some(line => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(line))
    ) {
      problems.push({
        code: 'empty-section',
        message: `Section ${sectionName(doc, heading)} has no task: list each task as a \`- \` bullet.`
      })
    }
  })
}

/**
 * Placeholders of the format in use left in prose. Angle brackets the issue or the code bring
 * (`Vec<u8>`, `chan::Tx<T, Semaphore>`, `<div>`, `a < b > c`) are text: only the format's own
 * placeholders count, and only where the plan does not quote them from the issue or feedback.
 */
function checkPlaceholders(
  doc: Outline,
  format: PlanFormat,
  context: ValidationContext,
  problems: PlanProblem[]
): void {
  const known = new Set([...builtinPlaceholders(), ...format.placeholders])
  const quoted = placeholderKey([context.prompt, ...(context.quotes ?? [])].join('\n'))
  const metadata = findHeading(doc, 'Metadata', 2)
  const metadataEnd = metadata
    ? (doc.headings.find(h => h.line > metadata.line)?.line ?? doc.lines.length)
    : -1
  const found = new Map<string, Heading | undefined>()
  doc.lines.forEach((line, index) => {
    if (doc.inFence[index]) return
    // The Metadata carries the issue text verbatim: whatever it holds is not ours to judge.
    if (metadata && index > metadata.line && index < metadataEnd) return
    // Code spans hold code as it is (`<div class="x">`, `Vec<Box<T>>`): only prose is checked.
    const prose = line.replace(/(`+)[\s\S]*?\1/g, ' ')
    const within = [...doc.headings].reverse().find(heading => heading.line <= index)
    for (const token of placeholdersLeft(prose, known, quoted)) {
      if (!found.has(token)) found.set(token, within)
    }
  })
  for (const [token, within] of found) {
    problems.push({
      code: 'placeholder',
      message: `Placeholder \`${token}\` was left${within ? ` in ${sectionName(doc, within)}` : ''}: replace it with the real value for this plan.`
    })
  }
}

function checkMetadata(
  markdown: string,
  context: ValidationContext,
  problems: PlanProblem[]
): void {
  const metadata = extractMetadata(markdown)
  if (metadata.adwId !== context.adwId) {
    problems.push({
      code: 'metadata-adw-id',
      message: `Metadata must hold the line ${inlineCode(`adw_id: \`${context.adwId}\``)}; found ${metadata.adwId === undefined ? 'no adw_id line' : inlineCode(`adw_id: ${metadata.adwId}`)}.`
    })
  }
  const expected = context.prompt.replace(/\r\n?/g, '\n')
  if (expected.trim() === '') {
    problems.push({
      code: 'metadata-prompt',
      message: 'The prompt is empty: there is nothing to plan from.'
    })
  } else if (metadata.prompt !== expected) {
    problems.push({
      code: 'metadata-prompt',
      message:
        metadata.prompt === undefined
          ? `Metadata has no \`prompt:\` line holding the issue body; write it after the adw_id line as ${PROMPT_SHAPE}.`
          : `Metadata \`prompt\` differs from the issue body ${firstDifference(metadata.prompt, expected)}: it must hold the body verbatim, as ${PROMPT_SHAPE}.`
    })
  }
}

const PROMPT_SHAPE =
  '`prompt: ` plus the body as inline code when it is one line, or `prompt:` followed by the body in a fenced code block longer than any backtick run inside it'

function firstDifference(actual: string, expected: string): string {
  const got = actual.split('\n')
  const want = expected.split('\n')
  const line = want.findIndex((text, index) => got[index] !== text)
  if (line === -1) return `(it has ${got.length - want.length} extra line(s) at the end)`
  return `(first difference on line ${line + 1} of the body: expected ${inlineCode(want[line].slice(0, 80))})`
}

function unsafePath(path: string): boolean {
  return (
    path.startsWith('/') ||
    path.startsWith('~') ||
    /^[a-zA-Z]:/.test(path) ||
    path.split(/[\\/]/).includes('..')
  )
}

function checkFiles(doc: Outline, context: ValidationContext, problems: PlanProblem[]): void {
  const check = (title: string, wantExisting: boolean) => {
    const heading = findHeading(doc, title, 3)
    if (!heading) return
    for (const path of bulletPaths(sectionBody(doc, heading))) {
      if (unsafePath(path)) {
        problems.push({
          code: 'path-outside-repo',
          message: `${inlineCode(path)} under "${title}" is not a path inside the repository: write paths relative to the repository root, without \`..\`.`
        })
      } else if (wantExisting && !context.fileExists(path)) {
        problems.push({
          code: 'file-to-modify-missing',
          message: `${inlineCode(path)} is listed under "Existing Files to Modify" but does not exist in the repository; list only existing files there (new files go under "New Files to Create").`
        })
      } else if (!wantExisting && context.fileExists(path)) {
        problems.push({
          code: 'new-file-exists',
          message: `${inlineCode(path)} is listed under "New Files to Create" but already exists; move it to "Existing Files to Modify" or choose a new path.`
        })
      }
    }
  }
  check('Existing Files to Modify', true)
  check('New Files to Create', false)
}

/** True when `relPath` names an existing file inside `root` (never outside it). */
export function fileExistsIn(root: string): (relPath: string) => boolean {
  const base = resolve(root)
  return relPath => {
    const full = resolve(base, relPath)
    if (full !== base && !full.startsWith(base + sep)) return false
    return existsSync(full) && lstatSync(full).isFile()
  }
}

export function validatePlan(markdown: string, context: ValidationContext): PlanProblem[] {
  const problems: PlanProblem[] = []
  const doc = outline(markdown)
  const format = context.format ?? planFormat(undefined, context.kind)
  checkHeadings(doc, format, problems)
  checkEmptySections(doc, problems)
  checkPlaceholders(doc, format, context, problems)
  checkMetadata(markdown, context, problems)
  checkFiles(doc, context, problems)
  return problems
}

export function formatProblems(problems: PlanProblem[]): string {
  return problems.map(problem => `- ${problem.message}`).join('\n')
}
