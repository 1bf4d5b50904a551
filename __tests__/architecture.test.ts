// The layering DESIGN.md promises, checked on the sources: dependencies point down only, so the
// core (research, plan, the text cleaning) never reaches up into GitHub or a shell.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'

const SRC = 'src'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/**
 * The top-level folder under src/ of a source file (`research`, `plan`…), `.` for entry points;
 * outside src/, the path itself (`package.json`).
 */
function area(file: string): string {
  const path = relative(SRC, file).split(/[\\/]/)
  if (path[0] === '..') return relative('.', file).split('\\').join('/')
  return path.length === 1 ? '.' : path[0]
}

/** Every `area -> area` edge of the import graph, with one example import each. */
function edges(): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:from|import\(?)\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = posix.normalize(posix.join(dirname(file).split('\\').join('/'), match[1]))
      const edge = `${area(file)} -> ${area(target)}`
      if (area(file) !== area(target) && !found.has(edge)) found.set(edge, `${file}: ${match[1]}`)
    }
  }
  return found
}

// What each area may import besides itself. Anything else is a dependency pointing up.
const allowed: Record<string, string[]> = {
  log: [],
  text: [],
  templates: [],
  research: ['text', 'log'],
  plan: ['research', 'text', 'templates', 'log'],
  github: ['log'],
  pipeline: ['research', 'plan', 'text', 'templates', 'log'],
  // The CLI prints the package's version (the bundle inlines that one field).
  cli: ['pipeline', 'research', 'plan', 'text', 'templates', 'log', 'package.json'],
  action: ['pipeline', 'github', 'research', 'plan', 'text', 'templates', 'log'],
  '.': ['action', 'cli']
}

describe('architecture', () => {
  const graph = edges()

  test('every area under src/ has a rule', () => {
    const areas = new Set(sources(SRC).map(area))
    expect([...areas].filter(name => !(name in allowed))).toEqual([])
  })

  test.each(Object.keys(allowed))('%s imports only what sits below it', name => {
    const upward = [...graph]
      .filter(([edge]) => edge.startsWith(`${name} -> `))
      .filter(([edge]) => !allowed[name].includes(edge.split(' -> ')[1]))
      .map(([edge, example]) => `${edge} (${example})`)
    expect(upward).toEqual([])
  })
})
