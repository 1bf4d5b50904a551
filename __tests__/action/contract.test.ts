// action.yml, README and the code must agree on every input and output: a documented input the
// code never reads, or an input read but not declared (the runner would never pass it), is a bug.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const actionYml = readFileSync('action.yml', 'utf8')
const readme = readFileSync('README.md', 'utf8')

/** Names of the two-space-indented keys in a top-level block of action.yml. */
function declared(block: 'inputs' | 'outputs'): string[] {
  const start = actionYml.indexOf(`\n${block}:\n`)
  expect(start).toBeGreaterThan(-1)
  const rest = actionYml.slice(start + block.length + 3)
  const end = rest.search(/^\S/m)
  return [...(end === -1 ? rest : rest.slice(0, end)).matchAll(/^ {2}([a-z-]+):\s*$/gm)].map(
    match => match[1]
  )
}

/** First-column names of the table under a README heading. */
function documented(heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const section = readme.slice(start + 1).split(/\n## /)[0]
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(match => match[1])
}

/** Matches of `pattern` in a source file, or in every source file under a directory. */
function readInCode(path: string, pattern: RegExp): string[] {
  if (path.endsWith('.ts')) {
    return [...readFileSync(path, 'utf8').matchAll(pattern)].map(match => match[1])
  }
  return readdirSync(path, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() || entry.name.endsWith('.ts')
      ? readInCode(join(path, entry.name), pattern)
      : []
  )
}

const sorted = (names: string[]) => [...new Set(names)].sort()

describe('action contract', () => {
  test('every input is declared, documented and read', () => {
    const inCode = readInCode(
      'src/action/inputs.ts',
      /(?:optional|flag|secret|parseUrl)\('([a-z-]+)'/g
    )
    expect(sorted(documented('Inputs'))).toEqual(sorted(declared('inputs')))
    expect(sorted(inCode)).toEqual(sorted(declared('inputs')))
  })

  test('every output is declared, documented and set', () => {
    const inCode = readInCode('src/action', /setOutput\('([a-z-]+)'/g)
    expect(sorted(documented('Outputs'))).toEqual(sorted(declared('outputs')))
    expect(sorted(inCode)).toEqual(sorted(declared('outputs')))
  })
})
