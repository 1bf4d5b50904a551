// Which file of the project declares a flag: the one that writes it as a string (`"--walker"`,
// `case "--walker":`) or gives a parser its long name (`long("walker")`, `.Flags().Bool("walker"`).
// The research ranks files for the issue; a flag the issue names may be declared in none of them.
import type { ApiSketch } from '../request/api-sketch.js'
import { titleAsksFor } from '../request/api-sketch.js'
import { codeTexts } from './code-walk.js'
import { escapeRegExp } from '../../../text/regex.js'

/** Whether a text declares `flag`; the patterns are built once per flag, not once per file. */
function declarationOf(flag: string): (text: string) => boolean {
  const quoted = new RegExp(`["'\`]${escapeRegExp(flag)}(?=["'\`=\\s,])`)
  const long = /^--([\w-]{2,})$/.exec(flag)?.[1]
  const name = long?.replace(/-/g, '[-_]')
  const parser = name
    ? new RegExp(
        `\\blong\\s*(?:=|\\()\\s*"${name}"|(?:Flags?|Var|Arg|Opt|Option)\\w*\\([^)\\n]*"${name}"`,
        'i'
      )
    : undefined
  return text => quoted.test(text) || (parser?.test(text) ?? false)
}

/** The files that declare each of `flags`, the first found for each. */
export function flagHomesIn(root: string, flags: string[]): Map<string, string> {
  const homes = new Map<string, string>()
  if (flags.length === 0) return homes
  const declared = flags.map(flag => [flag, declarationOf(flag)] as const)
  for (const { path, text } of codeTexts(root)) {
    for (const [flag, declares] of declared)
      if (!homes.has(flag) && declares(text)) homes.set(flag, path)
    if (homes.size === flags.length) break
  }
  return homes
}

/**
 * The sketch with the flags the code declares outside the ranked files moved to the names it has
 * (extended there, not declared again); the flags the title asks for stay new.
 */
export function withFlagHomes(api: ApiSketch, title: string, root: string): ApiSketch {
  const open = api.items.filter(item => item.kind === 'flag' && !titleAsksFor(title, item.name))
  const homes = flagHomesIn(
    root,
    open.map(item => item.name)
  )
  if (homes.size === 0) return api
  return {
    ...api,
    items: api.items.filter(item => !homes.has(item.name) || !open.includes(item)),
    existing: [
      ...api.existing,
      ...open
        .filter(item => homes.has(item.name))
        .map(item => ({ ...item, declaredIn: homes.get(item.name) }))
    ]
  }
}
