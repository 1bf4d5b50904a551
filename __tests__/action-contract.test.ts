// action.yml, README and the code must agree on every input and output: a documented input the
// code never reads, or an input read but not declared (the runner would never pass it), is a bug.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'

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

function readInCode(file: string, pattern: RegExp): string[] {
  return [...readFileSync(file, 'utf8').matchAll(pattern)].map(match => match[1])
}

const sorted = (names: string[]) => [...new Set(names)].sort()

describe('action contract', () => {
  test('every input is declared, documented and read', () => {
    const inCode = readInCode('src/inputs.ts', /(?:optional|flag|secret|parseUrl)\('([a-z-]+)'/g)
    expect(sorted(documented('Inputs'))).toEqual(sorted(declared('inputs')))
    expect(sorted(inCode)).toEqual(sorted(declared('inputs')))
  })

  test('every output is declared, documented and set', () => {
    const inCode = readInCode('src/main.ts', /setOutput\('([a-z-]+)'/g)
    expect(sorted(documented('Outputs'))).toEqual(sorted(declared('outputs')))
    expect(sorted(inCode)).toEqual(sorted(declared('outputs')))
  })
})
