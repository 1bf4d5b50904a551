// What the embedded planner takes from the maintainers' standing instructions (planning context,
// CLAUDE.md, AGENTS.md): their explicit rules, cited in the plan's Notes, and the check commands
// they name, offered as Validation Commands. The text is repository data: it is flattened to
// one-line prose and never compiled.
import type { GuidanceFile } from '../../../research/types.js'
import { readFences } from '../../../text/fences.js'
import { code, prose } from '../prose.js'

// A rule is a list item that tells the reader what to do.
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.+)$/
const DIRECTIVE =
  /\b(?:must|always|never|don['’]t|do not|should|shouldn['’]t|use|run|prefer|avoid|keep)\b/i

/** Lines outside fenced code blocks, and the lines inside them, apart. */
function splitByFences(text: string): { prose: string[]; code: string[] } {
  const out = { prose: [] as string[], code: [] as string[] }
  const lines = text.split('\n')
  const fences = readFences(lines)
  for (const [index, line] of lines.entries()) {
    const role = fences[index].role
    if (role === 'inside') out.code.push(line)
    else if (role === 'outside') out.prose.push(line)
  }
  return out
}

/** The guide's directive list items, in its own words. */
export function guidanceRules(text: string): string[] {
  return splitByFences(text)
    .prose.map(line => LIST_ITEM.exec(line)?.[1])
    .filter((item): item is string => item !== undefined && DIRECTIVE.test(item))
    .map(item => prose(item, 200).replace(/[.;,:\s]+$/, ''))
    .filter(item => item.length >= 8)
}

/**
 * Notes citing each guide: `Follow \`CLAUDE.md\`: run \`npm test\` before pushing; never edit
 * \`dist/\` by hand.` At most `maxRules` rules over all guides, most specific guide first.
 */
export function guidanceNotes(
  guidance: readonly GuidanceFile[] | undefined,
  maxRules = 5
): string[] {
  const notes: string[] = []
  let left = maxRules
  for (const file of guidance ?? []) {
    const rules = [...new Set(guidanceRules(file.text))].slice(0, Math.max(0, left))
    left -= rules.length
    notes.push(
      rules.length > 0
        ? `Follow ${code(file.path)}: ${rules.join('; ')}.`
        : `Follow the maintainers' instructions in ${code(file.path)} while building.`
    )
  }
  return notes
}

// Check commands worth running as they stand: known tools with plain arguments only, so nothing
// a guide says can put a pipe, a redirection or a substitution into the plan's commands.
const CHECK_COMMAND =
  /^(?:(?:npm|pnpm|yarn|bun)(?: run)? [\w:.-]*(?:test|lint|check|typecheck|type-check)[\w:.-]*|(?:make|just) (?:test|lint|check|typecheck)[\w.-]*|(?:python3? -m )?pytest(?: [\w./:=-]+)*|tox(?: -e [\w.,-]+)?|nox(?: -s [\w-]+)?|cargo (?:test|clippy)(?: [\w-]+)*|go (?:test|vet) [\w./-]+|ruff check(?: [\w./-]+)*|(?:npx )?(?:eslint|jest|vitest|mypy|flake8)(?: [\w./=-]+)*|(?:npx )?tsc --noEmit)$/

function purposeOfCheck(command: string): 'test' | 'lint' | 'typecheck' {
  if (/\b(?:tsc|mypy|typecheck|type-check)\b/.test(command)) return 'typecheck'
  if (/\b(?:lint|eslint|ruff|flake8|clippy|vet)\b/.test(command)) return 'lint'
  return 'test'
}

/** `npm run test` and `npm test` are one command. */
function sameCommand(command: string): string {
  return command
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(npm|pnpm|yarn|bun) run /, '$1 ')
}

export interface GuidanceCommand {
  command: string
  purpose: 'test' | 'lint' | 'typecheck'
  description: string
}

/** Test, lint and type-check commands a guide names (inline code or a code block line). */
export function guidanceCommands(
  guidance: readonly GuidanceFile[] | undefined,
  known: readonly string[],
  max = 3
): GuidanceCommand[] {
  const seen = new Set(known.map(sameCommand))
  const found: GuidanceCommand[] = []
  for (const file of guidance ?? []) {
    const parts = splitByFences(file.text)
    const candidates = [
      ...parts.prose.flatMap(line => [...line.matchAll(/`([^`\n]+)`/g)].map(m => m[1])),
      ...parts.code
    ]
    for (const candidate of candidates) {
      const command = candidate
        .trim()
        .replace(/^\$\s+/, '')
        .replace(/\s+/g, ' ')
      if (command.length > 80 || seen.has(sameCommand(command)) || !CHECK_COMMAND.test(command))
        continue
      seen.add(sameCommand(command))
      found.push({
        command,
        purpose: purposeOfCheck(command),
        description: `named in ${code(file.path)}`
      })
      if (found.length >= max) return found
    }
  }
  return found
}
