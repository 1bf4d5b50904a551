// The bundled CLI's research on worker threads (dist/bundle/research-worker.js): the same answer,
// byte for byte, on one thread and on several, and the workers really take part.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { gitRepo, removeTree } from '../support/git-repo.js'
import { monorepoFiles } from './monorepo.js'

const execFileAsync = promisify(execFile)
const bundle = resolve('dist/cli.js')
const roots: string[] = []
afterAll(() => roots.forEach(removeTree))

describe('adw-plan research on worker threads', () => {
  test('ranks the same on 1 thread and on 3, and the workers read part of the tree', async () => {
    const root = gitRepo(monorepoFiles())
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
        stagesMs: _stages,
        threads: used,
        ...result
      } = JSON.parse(stdout) as {
        elapsedMs: number
        stagesMs: Record<string, number>
        threads: number
        files: { path: string }[]
        history?: { read?: { ms?: number } }
      }
      // How long git took to read the history is a time, like elapsedMs, not an answer.
      delete result.history?.read?.ms
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
