// The code graph as a model tool: callers, callees and references from real parses, through the
// same guard and limits as the other tools.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRepoTools } from '../../../src/plan/llm/repo-tools.js'
import { makeTempRepo, type TempRepo } from '../../support/temp-repo.js'

let repo: TempRepo
let outside: string

beforeAll(() => {
  repo = makeTempRepo({
    'src/cli.py':
      'from src.walk import walk\n\ndef main(args):\n    limit = args.max_results\n    return walk(args.root, limit)\n',
    'src/walk.py':
      'def walk(root, max_results=None):\n    found = list_dir(root)\n    return found[:max_results]\n\ndef list_dir(root):\n    return []\n',
    'src/options.py':
      'def add_options(parser):\n    parser.add_argument("--max-results", dest="max_results")\n',
    // A caller of `walk`: only the guard keeps it out of the answer.
    '.env.py': 'def leak():\n    walk()\n'
  })
  outside = mkdtempSync(join(tmpdir(), 'adw-outside-'))
  writeFileSync(join(outside, 'other.py'), 'def elsewhere():\n    walk()\n')
  symlinkSync(outside, join(repo.root, 'escape-dir'))
})

afterAll(() => {
  repo.remove()
  rmSync(outside, { recursive: true, force: true })
})

function tools() {
  const { tools, calls } = createRepoTools(repo.root)
  const ask = (input: unknown) =>
    (tools.code_graph.execute as (input: unknown, options: unknown) => Promise<string>)(input, {
      toolCallId: 'x',
      messages: []
    })
  return { ask, calls }
}

describe('code_graph', () => {
  it('answers within one file when the prefix names a file', async () => {
    const answer = await tools().ask({
      question: 'callers',
      name: 'walk',
      path_prefix: 'src/cli.py'
    })
    expect(answer).toContain('src/cli.py:5 in main')
  })

  it('lists the callers of a function with the function each call sits in', async () => {
    const answer = await tools().ask({ question: 'callers', name: 'walk' })
    expect(answer).toContain('src/cli.py:5 in main')
    // Neither a secret-looking file nor a file outside the repository is read.
    expect(answer).not.toContain('.env.py')
    expect(answer).not.toContain('elsewhere')
  })

  it('lists what a function calls', async () => {
    expect(await tools().ask({ question: 'callees', name: 'walk' })).toContain(
      'src/walk.py:1 walk calls: list_dir'
    )
  })

  it('lists where an option is declared, parsed and read', async () => {
    const answer = await tools().ask({ question: 'references', name: 'max_results' })
    expect(answer).toContain('src/cli.py:4 in main')
    expect(answer).toContain('src/walk.py:1')
    expect(answer).toContain('src/options.py:2 in add_options')
  })

  it('refuses what is not one identifier, or not a question it answers, or a path out', async () => {
    const { ask, calls } = tools()
    expect(await ask({ question: 'callers', name: 'walk(); rm -rf' })).toMatch(/^Refused:/)
    expect(await ask({ question: 'everything', name: 'walk' })).toMatch(/^Refused:/)
    expect(await ask({ question: 'callers', name: 'walk', path_prefix: '../' })).toMatch(
      /^Refused:/
    )
    expect(calls.every(call => call.refused)).toBe(true)
  })
})
