// The bundled CLI's research on worker threads (dist/bundle/research-worker.js): the same answer,
// byte for byte, on one thread and on several, and the workers really take part.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { gitRepo, removeTree } from '../support/git-repo.js'

const execFileAsync = promisify(execFile)
const bundle = resolve('dist/cli.js')
const roots: string[] = []
afterAll(() => roots.forEach(removeTree))

/** A tree big enough that the main thread is still reading when the workers are up. */
function monorepo(): string {
  const files: Record<string, string> = {}
  for (let pkg = 0; pkg < 40; pkg++) {
    for (let mod = 0; mod < 60; mod++) {
      const lines = [`"""Module ${mod} of package ${pkg}: rows and columns of a table."""`]
      for (let fn = 0; fn < 40; fn++)
        lines.push(`def handle_${mod}_${fn}(table, row):`, `    return table.cells[row] + ${fn}`)
      if (mod === 7)
        lines.push('class DataTable:', '    def add_row(self, *cells):', '        pass')
      files[`pkg${pkg}/src/module_${mod}.py`] = `${lines.join('\n')}\n`
    }
    files[`pkg${pkg}/README.md`] = `# Package ${pkg}\n\nTables with rows.\n`
  }
  return gitRepo(files)
}

describe('adw-plan research on worker threads', () => {
  test('ranks the same on 1 thread and on 3, and the workers read part of the tree', async () => {
    const root = monorepo()
    roots.push(root)
    const run = async (threads: number) => {
      const { stdout } = await execFileAsync(
        process.execPath,
        [
          bundle,
          'research',
          '--json',
          '--title=DataTable.add_row fails with too many cells',
          '--prompt',
          'Calling `table.add_row("A", "B")` on a DataTable with one column raises AttributeError.',
          '--repo',
          root
        ],
        {
          env: { PATH: process.env.PATH ?? '', ADW_RESEARCH_THREADS: String(threads) },
          maxBuffer: 64 * 1024 * 1024
        }
      )
      const {
        elapsedMs: _elapsed,
        threads: used,
        ...result
      } = JSON.parse(stdout) as {
        elapsedMs: number
        threads: number
        files: { path: string }[]
      }
      return { used, result }
    }
    const one = await run(1)
    const three = await run(3)
    expect(one.used).toBe(1)
    expect(three.used).toBeGreaterThan(1)
    expect(one.result.files[0].path).toMatch(/^pkg\d+\/src\/module_7\.py$/)
    expect(JSON.stringify(three.result)).toBe(JSON.stringify(one.result))
  })
})
