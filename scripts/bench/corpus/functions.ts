// The functions a change touched, read with the product's own parser (tree-sitter): the innermost
// definition around each line the change removed or rewrote (in the base version), and around
// each line it inserted (in the changed version) when that definition already existed at the
// base. Functions the change adds are not "changed functions": a plan cannot name them from the
// code it reads.
import { outlineSource } from '../../../src/research/syntax/outline.js'
import { enclosingDefinition, type Definition } from '../../../src/research/syntax/structure.js'
import { fileAt, hunks } from './git.js'
import type { GoldFunction } from './types.js'

// A class's own lines (a field, a decorator) count for the class when no method holds them.
const KINDS = new Set(['function', 'method', 'class'])

async function definitionsAt(gitDir: string, commit: string, file: string) {
  const outline = await outlineSource(file, fileAt(gitDir, commit, file), {
    deadline: Number.POSITIVE_INFINITY
  })
  return outline.definitions.filter(definition => KINDS.has(definition.kind))
}

const keyOf = (definition: Pick<Definition, 'name' | 'cls'>) =>
  `${definition.cls ?? ''}\0${definition.name}`

export async function goldFunctions(
  gitDir: string,
  base: string,
  commit: string,
  files: readonly string[]
): Promise<GoldFunction[]> {
  const found = new Map<string, GoldFunction>()
  for (const file of files) {
    const before = await definitionsAt(gitDir, base, file)
    const after = await definitionsAt(gitDir, commit, file)
    const existed = new Set(before.map(keyOf))
    const add = (definition: Definition | undefined) => {
      if (!definition || !existed.has(keyOf(definition))) return
      const key = `${file}\0${keyOf(definition)}`
      if (!found.has(key))
        found.set(key, { file, name: definition.name, cls: definition.cls ?? null })
    }
    for (const hunk of hunks(gitDir, base, commit, file)) {
      for (let line = hunk.oldStart; line < hunk.oldStart + hunk.oldCount; line++)
        add(enclosingDefinition(before, line))
      for (let line = hunk.newStart; line < hunk.newStart + hunk.newCount; line++)
        add(enclosingDefinition(after, line))
    }
  }
  return [...found.values()]
}
