// How many of the names a report writes as code the outline resolves to a definition: of the
// identifiers the issue names (as the research reads them) that the changed code files use, the
// share that some definition of those files is called; and of the `owner.member` pairs it writes,
// the share a member of that owner resolves. A member the outline cannot see (a getter registered
// by a call, a method assigned to a prototype, a class attribute made by a factory) is a name the
// ranking can never place, so this counts what the parser gives the ranking to work with.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { issueInput } from '../../src/research/issue/issue-input.js'
import { readIssueSignals } from '../../src/research/issue/issue-signals.js'
import { outlineSource } from '../../src/research/syntax/outline.js'
import type { Definition } from '../../src/research/syntax/structure.js'
import { moduleName } from '../../src/research/tree/module-name.js'
import type { Instance } from './instances.js'
import { isCodePath } from './paths.js'

export interface NameResolution {
  /** Names the issue writes as code that the changed code files use, and those a definition resolves. */
  names: string[]
  resolved: string[]
  /** `owner.member` pairs the issue writes whose member the changed files use, and those resolved. */
  pairs: string[]
  resolvedPairs: string[]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function usedIn(texts: readonly string[], name: string): boolean {
  const word = new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`)
  return texts.some(text => word.test(text))
}

export async function resolveNames(instance: Instance, tree: string): Promise<NameResolution> {
  const signals = readIssueSignals(issueInput(instance.title, instance.body))
  const files = instance.gold_files.filter(isCodePath)
  const texts: string[] = []
  const definitions: { path: string; definition: Definition }[] = []
  for (const path of files) {
    let text: string
    try {
      text = readFileSync(join(tree, path), 'utf8')
    } catch {
      continue
    }
    texts.push(text)
    const outline = await outlineSource(path, text, { deadline: Number.POSITIVE_INFINITY })
    for (const definition of outline.definitions) definitions.push({ path, definition })
  }
  const names = [...signals.identifiers.values()]
    .filter(mention => mention.codeLike)
    .map(mention => mention.name)
    .filter(name => usedIn(texts, name))
  const defined = new Set(definitions.map(item => item.definition.name))
  const pairs = [
    ...new Set(
      signals.dotted.flatMap(parts => parts.slice(1).map((member, i) => `${parts[i]}.${member}`))
    )
  ].filter(pair => usedIn(texts, pair.split('.')[1]))
  // A member resolves by its owner's name: the class, impl or receiver it belongs to, or the
  // module that defines it (`request.subdomains` in `lib/request.js`).
  const owners = (item: { path: string; definition: Definition }) =>
    [item.definition.cls, moduleName(item.path)].filter(Boolean).map(name => name!.toLowerCase())
  const resolvedPair = (pair: string) => {
    const [owner, member] = pair.split('.')
    return definitions.some(
      item => item.definition.name === member && owners(item).includes(owner.toLowerCase())
    )
  }
  return {
    names,
    resolved: names.filter(name => defined.has(name)),
    pairs,
    resolvedPairs: pairs.filter(resolvedPair)
  }
}
