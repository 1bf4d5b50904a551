// The report's own reproducer, read from the code it quotes: a shell session (its commands are
// steps to reproduce) and the program that exercises the project (its failing call is what the
// regression test makes). Code that only shows another library's behaviour, output and logs are
// context, not the reproducer. Issue text is data: commands and calls are quoted, never run.
import type { CodeBlock } from '../../../text/issue-text.js'
import { escapeRegExp } from '../../../text/regex.js'

export interface Reproducer {
  /** The shell commands the report runs, in order, prompts stripped. */
  commands: string[]
  /** Of those, the one that runs the project (the failing run), if any. */
  command?: string
  /** The call of the report's program that exercises the project (`da.rolling(…).sum()`). */
  snippet?: string
}

// Blocks whose lines are commands, with or without a prompt.
const SCRIPT_INFO = /^(?:sh|bash|zsh|fish|shell|ps1|powershell|cmd|bat)$/
// Blocks that may hold a session: commands after a prompt, the rest output.
const SESSION_INFO = /^(?:console|shell-session|sh-session|terminal|text|txt|)$/
// `$ cmd`, `% cmd`, `❯ cmd`, `PS C:\> cmd`.
const PROMPT = /^\s*(?:\$|%|❯|➜\s+\S+|PS [^>]*>)\s+(\S.*)$/
// `>>> f(x)` and IPython's `In [3]: f(x)`: a program typed line by line.
const TYPED = /^\s*(?:>>>\s?|\.\.\.\s|In \[\d*\]:\s?)/
const COMMENT = /^\s*(?:#|\/\/|--|rem\s)/i
// A line of output a program prints, not code: a traceback, an error, a log line.
const OUTPUT =
  /^\s*(?:Traceback \(|File "|at\s.*(?:\(.*:\d+(?::\d+)?\)|:\d+:\d+)\s*$|[\w.]*(?:Error|Exception|Warning)\b\s*:|panic:|thread '.*' panicked)/

// Programs every shell session uses to set the scene or show a file: never the failing run.
const SCENE = new Set(
  'cat echo printf cd ls mkdir rm cp mv touch ln tail head grep sed awk tee sort wc find tree export source set env sudo time which pwd diff chmod curl wget git pip pip3 python python3 node npm npx yarn pnpm cargo go rustup make sw_vers uname'.split(
    ' '
  )
)

/** The programs a command line runs: each part of a pipeline or a `;`/`&&` chain. */
function programsOf(command: string): string[] {
  return command
    .split(/\s*(?:\|\|?|;|&&)\s*/)
    .map(part => part.replace(/^(?:\w+=\S*\s+)*/, '').split(/\s+/)[0] ?? '')
    .map(program => program.replace(/^.*\//, ''))
    .filter(Boolean)
}

function shellCommands(block: CodeBlock): string[] {
  const prompted = block.lines.map(line => PROMPT.exec(line)?.[1]).filter(Boolean) as string[]
  if (prompted.length > 0 || !SCRIPT_INFO.test(block.info)) return prompted
  return block.lines.map(line => line.trim()).filter(line => line !== '' && !COMMENT.test(line))
}

/** The command that runs the project: one the project is named by, else the last that is no scene-setting. */
function projectCommand(commands: string[], names: ReadonlySet<string>): string | undefined {
  const runs = (command: string, test: (program: string) => boolean) =>
    programsOf(command).some(test)
  return (
    commands.find(command => runs(command, program => names.has(program.toLowerCase()))) ??
    [...commands].reverse().find(command => runs(command, program => !SCENE.has(program)))
  )
}

/** The project's own package, written as an import names it (`@scope/pkg/sub` -> `pkg`). */
function packageOf(source: string): string {
  return source
    .replace(/^@[^/]+\//, '')
    .split(/[/.]/)[0]
    .toLowerCase()
}

// `import xarray as xr`, `from shop.cart import Cart, total as t`.
const PYTHON_IMPORT = /^\s*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/
const PYTHON_FROM = /^\s*from\s+([\w.]+)\s+import\s+\(?([\w\s,]+)\)?/
// `import app, { a, b as c } from 'pkg'`, `import * as z from 'zod'`, `const { a } = require('pkg')`.
const JS_IMPORT = /^\s*import\s+(.+?)\s+from\s+['"]([^'"]+)['"]/
const JS_REQUIRE = /^\s*(?:const|let|var)\s+(.+?)\s*=\s*require\(\s*['"]([^'"]+)['"]/
// `da = xr.DataArray(…)`, `const app = express()`, `let walker = Walker::new()`, `c := pkg.New()`.
const ASSIGNED = /^\s*(?:(?:const|let|var|val|let\s+mut)\s+)?(\w+)\s*(?::=|=(?!=))\s*(.+)$/

/** Names in an import list: `a, b as c`, `{ a, b as c }`, `* as z`, `app, { a }`. */
function importedNames(list: string): string[] {
  return list
    .replace(/[{}()]/g, ',')
    .split(',')
    .map(item =>
      item
        .trim()
        .split(/\s+as\s+|\s*:\s*/)
        .pop()!
        .replace(/^\*\s*/, '')
    )
    .filter(name => /^[A-Za-z_$][\w$]*$/.test(name))
}

/**
 * Whether an import reaches the project: its own package, or a module beside the snippet's file
 * (`from .cart import total`, `require('../lib/cart')`), which only code inside the project has.
 */
function importsProject(source: string, names: ReadonlySet<string>): boolean {
  return source.startsWith('.') || names.has(packageOf(source))
}

/**
 * The names a block reaches the project by: the project's own, what it imports from it and under
 * which alias, and the variables it assigns from them (`da = xr.DataArray(…)` makes `da` one).
 */
function projectAliases(lines: readonly string[], names: ReadonlySet<string>): Set<string> {
  const aliases = new Set(names)
  const uses = (text: string) =>
    (text.match(/[A-Za-z_$][\w$]*/g) ?? []).some(word => aliases.has(word))
  for (const line of lines) {
    const python = PYTHON_IMPORT.exec(line)
    if (python && names.has(packageOf(python[1]))) {
      aliases.add(python[2] ?? python[1].split('.')[0])
      continue
    }
    const from = PYTHON_FROM.exec(line)
    const js = JS_IMPORT.exec(line) ?? JS_REQUIRE.exec(line)
    if (from && importsProject(from[1], names)) importedNames(from[2]).forEach(n => aliases.add(n))
    else if (js && importsProject(js[2], names)) importedNames(js[1]).forEach(n => aliases.add(n))
    else {
      const assigned = ASSIGNED.exec(line)
      if (assigned && uses(assigned[2])) aliases.add(assigned[1])
    }
  }
  return aliases
}

/** Whether the block reaches the project: it imports it, or calls through one of its names. */
function exercisesProject(lines: readonly string[], names: ReadonlySet<string>): boolean {
  const aliases = [...projectAliases(lines, names)]
  if (aliases.length === 0) return false
  const through = new RegExp(
    `(?<![\\w.$])(?:${aliases.map(escapeRegExp).join('|')})(?:\\.|::|\\()`,
    'i'
  )
  const imports = new RegExp(
    `(?:^\\s*(?:import|from|use)\\s+|require\\(\\s*['"]|from\\s+['"])(?:${aliases.map(escapeRegExp).join('|')})\\b`,
    'i'
  )
  return lines.some(line => through.test(line) || imports.test(line))
}

// `print(x)`, `console.log(x)`, `println!("{:?}", x)`, `fmt.Println(x)`: what is printed is the call.
const PRINTED =
  /^(?:print|console\.(?:log|error|dir)|fmt\.Print(?:ln|f)?|System\.out\.println|println!|dbg!)\s*\((.*)\)\s*;?$/

/** The call a line makes, without the variable it is assigned to and the print around it. */
function callOf(line: string): string | undefined {
  let text = line.replace(TYPED, '').trim()
  if (!/\w\s*\(/.test(text) || text.length > 160 || COMMENT.test(text) || OUTPUT.test(text))
    return undefined
  if (/^(?:def|class|function|fn|func|import|from|use|package|return)\b/.test(text))
    return undefined
  // `void testNaN() {`, `if (x) {`, `public Integer call() throws Exception {`: a definition or a
  // block opens there, nothing is called.
  if (/\)[^()]*\{\s*$/.test(text) && !/=/.test(text.split('(')[0])) return undefined
  text = text
    .replace(/^@/, '')
    .replace(/^(?:(?:const|let|var|val)\s+)?[\w.[\]'"]+\s*(?::\s*[\w.<>[\]]+)?\s*=\s*(?!=)/, '')
  const printed = PRINTED.exec(text)
  if (printed) {
    // `println!("{:?}", f(x))`: the last argument is the value printed.
    const inner = printed[1].replace(/^"[^"]*",\s*/, '').trim()
    // `print(result)` shows what an earlier line computed: that line is the call.
    if (!/\w\s*\(/.test(inner)) return undefined
    text = inner
  }
  return text.replace(/;$/, '')
}

/** The calls a program makes: its lines typed at a prompt, else all its lines. */
function programCalls(block: CodeBlock): string[] {
  const typed = block.lines.filter(line => TYPED.test(line))
  const lines = typed.length > 0 ? typed : block.lines
  return lines.map(callOf).filter((call): call is string => call !== undefined)
}

/**
 * The call to reproduce with: the one that uses what the report's prose names (`show_choices`),
 * else one through the project, the later on a tie (a program ends with the failing call).
 */
function bestCall(
  calls: readonly string[],
  subjects: readonly string[],
  aliases: ReadonlySet<string>
): string | undefined {
  const score = (call: string) => {
    const used = new Set(call.match(/[A-Za-z_$][\w$]*/g) ?? [])
    return (
      2 * Number(subjects.some(name => used.has(name))) +
      Number([...aliases].some(alias => used.has(alias)))
    )
  }
  let best: string | undefined
  let bestScore = -1
  for (const call of calls) {
    const value = score(call)
    if (value >= bestScore) [best, bestScore] = [call, value]
  }
  return best
}

/** A block of code, not output: no data format, no log, no traceback printed outside a prompt. */
function isProgram(block: CodeBlock): boolean {
  if (/^(?:text|txt|console|log|json|ya?ml|toml|xml|html|csv|diff)$/.test(block.info)) return false
  const typed = block.lines.some(line => TYPED.test(line))
  return typed || !block.lines.some(line => /^\s*(?:Traceback \(|File ")/.test(line))
}

/**
 * `projectNames`: the names the project is imported and run by; `subjects`: the identifiers the
 * report's prose writes as code, what the report is about.
 */
export function readReproducer(
  blocks: readonly CodeBlock[],
  projectNames: readonly string[],
  subjects: readonly string[] = []
): Reproducer {
  const names = new Set(projectNames.map(name => name.toLowerCase()))
  const commands: string[] = []
  const programs: CodeBlock[] = []
  for (const block of blocks) {
    const session = SCRIPT_INFO.test(block.info) || SESSION_INFO.test(block.info)
    const found = session ? shellCommands(block) : []
    if (found.length > 0) commands.push(...found)
    else if (isProgram(block)) programs.push(block)
  }
  // The program that exercises the project, not the one that shows another library's result.
  const own = programs.filter(block => exercisesProject(block.lines, names))
  const chosen = own.length > 0 ? own : programs
  const aliases = new Set(chosen.flatMap(block => [...projectAliases(block.lines, names)]))
  const snippet = bestCall(chosen.flatMap(programCalls), subjects, aliases)
  return {
    commands: commands.slice(0, 12),
    command: projectCommand(commands, names),
    ...(snippet ? { snippet } : {})
  }
}
