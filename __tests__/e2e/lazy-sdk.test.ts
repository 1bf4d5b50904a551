// The bundled CLI loads the model SDK only when a model plans: a run on the embedded planner
// does not compile it. Which chunks a run loads is recorded by a module hook in the child
// process; a chunk holds the SDK when it holds the SDK's own error name.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { gitRepo, removeTree } from '../support/git-repo.js'
import { distNode } from '../support/dist-node.js'
import { discountBody, shopFiles } from './shop.js'

const execFileAsync = promisify(execFile)
const roots: string[] = []
afterAll(() => roots.forEach(removeTree))

const SDK_MARK = 'AI_APICallError'

/** Runs dist/cli.js with `args` and `env`; the bundle chunks it loaded. */
async function chunksLoaded(args: string[], env: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'adw-lazy-'))
  roots.push(dir)
  const log = join(dir, 'loaded.txt')
  writeFileSync(log, '')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    [
      "import { appendFileSync } from 'node:fs'",
      'export async function load(url, context, next) {',
      '  appendFileSync(process.env.ADW_TEST_LOAD_LOG, url + "\\n")',
      '  return next(url, context)',
      '}'
    ].join('\n')
  )
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)})\n`
  )
  const repo = gitRepo(shopFiles)
  roots.push(repo)
  await execFileAsync(
    distNode,
    ['--import', pathToFileURL(join(dir, 'register.mjs')).href, resolve('dist/cli.js'), ...args],
    {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ADW_TEST_LOAD_LOG: log, ...env }
    }
  )
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(url => url.startsWith('file:') && url.includes('/dist/bundle/'))
    .map(url => fileURLToPath(url))
}

const holdsSdk = (chunks: string[]) =>
  chunks.filter(chunk => readFileSync(chunk, 'utf8').includes(SDK_MARK))

const plan = ['plan', '--adw-id', '7', '--title', 'Discount codes', '--prompt', discountBody]

describe('the model SDK is loaded on demand', () => {
  test('the embedded planner plans without loading it', async () => {
    const chunks = await chunksLoaded([...plan, '--provider', 'template'], {})
    expect(chunks.length).toBeGreaterThan(1)
    expect(holdsSdk(chunks)).toEqual([])
  })

  test('a model run loads it (and falls back when the model is unreachable)', async () => {
    const chunks = await chunksLoaded([...plan, '--provider', 'openai'], {
      OPENAI_API_KEY: 'test-key-not-real',
      // Nothing listens there: the call fails at once and the embedded planner stands in.
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1'
    })
    expect(holdsSdk(chunks).length).toBeGreaterThan(0)
  })
})
