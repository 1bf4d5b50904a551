// Names of several words an issue writes whole: `arrow-body-style` (a lint rule), `--float-to-top`
// (a flag), `float_to_top` (a setting), `NoLineWrap` (a check). Repositories name the file, or
// the directory, of such a thing after it, in whatever case their language prefers: the rule
// `no-unused-vars` lives in `no-unused-vars.js`, the lint `unused-import` in `unused_import.rs`,
// the check `NoLineWrap` in `NoLineWrapCheck.java`. Folding case and separators away lets one
// name find its file across those conventions.
import { foldName } from '../../text/fold-name.js'
import type { CompoundName, IdentifierMention } from './mentions.js'

export { foldName }

const KEBAB = /(?<![\w-])-{0,2}([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)(?![\w-])/g
const QUOTED = /`([^`\n]{1,120})`|"([^"\n]{1,120})"|'([^'\n]{1,120})'/g

function wordCount(name: string): number {
  return name.split(/[-_]|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean).length
}

/**
 * Kebab-case names in the title and in code or quotes (prose is full of hyphenated words:
 * "built-in", "real-time"), and the identifiers of two words or more.
 */
export function readCompoundNames(
  title: string,
  text: string,
  identifiers: ReadonlyMap<string, IdentifierMention>
): Map<string, CompoundName> {
  const names = new Map<string, CompoundName>()
  const add = (written: string, inTitle: boolean, codeLike: boolean) => {
    if (wordCount(written) < 2 || written.length < 6) return
    const key = foldName(written)
    const found = names.get(key)
    if (found) {
      found.inTitle ||= inTitle
      found.codeLike ||= codeLike
    } else names.set(key, { written, inTitle, codeLike })
  }
  for (const m of title.matchAll(KEBAB)) add(m[1], true, true)
  for (const quoted of text.matchAll(QUOTED))
    for (const m of (quoted[1] ?? quoted[2] ?? quoted[3]).matchAll(KEBAB)) add(m[1], false, true)
  for (const mention of identifiers.values())
    if (mention.codeLike && /[a-z0-9][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]/.test(mention.name))
      add(mention.name, mention.inTitle, true)
  return names
}
