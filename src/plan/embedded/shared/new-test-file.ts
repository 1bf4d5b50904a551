// What a new test file is called and where it goes: named like the module's neighbours' tests
// when they have some, else by the layout's `{name}` pattern, in the test directory that mirrors
// the module's.
import { readdirSync } from 'node:fs'
import { posix, resolve } from 'node:path'
import type { TestLayout } from '../../../research/types.js'
import { neighbourTestName } from '../../../research/covering/test-files.js'
import { moduleName } from '../../../research/tree/module-name.js'
import { isDirectory, isFile, isPlainPath } from './listable-paths.js'

function casedSubject(words: string[], layout: TestLayout, pattern: string): string {
  const ext = posix.extname(pattern)
  if (/\{name\}(?:Test|Tests|Spec)\./.test(pattern)) {
    return words.map(word => word[0].toUpperCase() + word.slice(1)).join('')
  }
  if (['.py', '.rb', '.go', '.rs', '.ex', '.exs', '.php', '.dart'].includes(ext)) {
    return words.join('_')
  }
  // JavaScript and friends: follow the examples' own style (camelCase or kebab-case).
  const camel = layout.examples.some(example => /[a-z][A-Z]/.test(posix.basename(example)))
  const kebab = layout.examples.some(example => /[a-z]-[a-z]/.test(posix.basename(example)))
  if (camel && !kebab) {
    return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('')
  }
  return words.join('-')
}

/** The feature's test file from the layout's `{name}` pattern, or undefined when there is none. */
export function testFileFor(
  layout: TestLayout,
  descriptiveName: string,
  anchor: string | undefined
): string | undefined {
  const pattern = layout.pattern
  if (!pattern.includes('{name}')) return undefined
  const words = descriptiveName.split('-').filter(Boolean)
  if (words.length === 0) return undefined
  const dir = anchor ? posix.dirname(anchor) : (layout.dirs[0] ?? '.')
  const path = posix.normalize(
    pattern.replace(/\{dir\}/g, dir).replace(/\{name\}/g, casedSubject(words, layout, pattern))
  )
  return isPlainPath(path) ? path : undefined
}

/** The files beside `subject` and the packages beside it, as repository paths. */
function neighboursOf(root: string, subject: string): string[] {
  const dir = posix.dirname(subject)
  const out: string[] = []
  try {
    for (const entry of readdirSync(resolve(root, dir), { withFileTypes: true })) {
      const path = dir === '.' ? entry.name : `${dir}/${entry.name}`
      if (entry.isFile()) out.push(path)
      else if (entry.isDirectory())
        for (const init of ['__init__.py', 'index.ts', 'index.js', 'mod.rs'])
          if (isFile(root, `${path}/${init}`)) out.push(`${path}/${init}`)
    }
  } catch {
    return []
  }
  return out
}

/**
 * A new test file for the module at `subject`: named like its neighbours' tests when they have
 * some (`tests/test_ext_{module}.py`), else by the layout's pattern; in a tree of
 * tests, under the subdirectory that mirrors the module's when the existing tests have one.
 */
export function moduleTestFile(
  root: string,
  layout: TestLayout,
  subject: string
): string | undefined {
  const learned = neighbourTestName(subject, neighboursOf(root, subject), layout.files)
  if (learned && isPlainPath(learned) && !isFile(root, learned)) return learned
  const pattern = layout.pattern
  const name = moduleName(subject)
  if (!pattern.includes('{name}') || !/^[\w-]+$/.test(name)) return undefined
  const sourceDir = posix.dirname(subject)
  let path: string
  if (pattern.includes('{dir}')) {
    path = pattern.replace(/\{dir\}/g, sourceDir).replace(/\{name\}/g, name)
  } else {
    const base = posix.dirname(pattern)
    const parts = sourceDir === '.' ? [] : sourceDir.split('/')
    const mirror = parts
      .map((_, index) => posix.join(base, ...parts.slice(index)))
      .find(candidate => isDirectory(root, candidate))
    path = posix.join(mirror ?? base, posix.basename(pattern).replace(/\{name\}/g, name))
  }
  path = posix.normalize(path)
  return isPlainPath(path) ? path : undefined
}
