// A parse budget measures parsing alone: the parser and the grammar load before it starts, so a
// busy machine (slow WebAssembly compilation, simulated here by a grammar that takes 1.5 s to
// load) does not turn real parses into pattern guesses.
import { describe, expect, jest, test } from '@jest/globals'

// The budget leaves parsing room on a busy machine and is still well short of the slow load.
const SLOW_LOAD_MS = 1500
const BUDGET_MS = 1000

const runtimePath = '../../../src/research/syntax/runtime.js'
const actual = await import(runtimePath)
const loads = new Map<string, Promise<unknown>>()
jest.unstable_mockModule(runtimePath, () => ({
  ...actual,
  // The first load of each grammar is slow; later calls share it, as the real runtime's do.
  grammarRuntime: (grammar: string) => {
    if (!loads.has(grammar))
      loads.set(
        grammar,
        new Promise(resolve => setTimeout(resolve, SLOW_LOAD_MS)).then(() =>
          actual.grammarRuntime(grammar)
        )
      )
    return loads.get(grammar)
  }
}))
const { outlineSource, prepareParsing } = await import('../../../src/research/syntax/outline.js')

// Long enough that the parser checks its budget while it works.
const goSource = `package main\n\n${Array.from(
  { length: 3000 },
  (_, i) => `func f${i}(a int) int {\n\tif a > ${i} {\n\t\treturn a * 2\n\t}\n\treturn a\n}\n`
).join('\n')}`
const rustSource = Array.from(
  { length: 3000 },
  (_, i) => `fn f${i}(a: i32) -> i32 {\n    if a > ${i} { a * 2 } else { a }\n}\n`
).join('\n')

describe('prepareParsing', () => {
  test('loads the grammar first, so the budget goes to parsing', async () => {
    await prepareParsing(['cmd/main.go'])
    const outline = await outlineSource('cmd/main.go', goSource, {
      deadline: performance.now() + BUDGET_MS
    })
    expect(outline.parser).toBe('tree-sitter')
    expect(outline.definitions).toHaveLength(3000)
  })

  test('without it, a slow load spends the budget and the patterns read the file', async () => {
    const outline = await outlineSource('src/lib.rs', rustSource, {
      deadline: performance.now() + BUDGET_MS
    })
    expect(outline.parser).toBe('patterns')
  })
})
