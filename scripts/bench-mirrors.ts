// Brings the git history of every repository the corpus names into DIR/OWNER+NAME (a bare
// clone), or brings an existing one up to date: what the corpus builder and the benchmarks read.
// Needs network access to github.com; the benchmarks themselves need none.
//
//   npm run bench:mirrors -- --mirrors DIR [--corpus bench/corpus/corpus.json] [--only TEXT]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Corpus } from './bench/corpus/types.js'

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    mirrors: { type: 'string' },
    corpus: { type: 'string', default: 'bench/corpus/corpus.json' },
    only: { type: 'string' }
  }
})
if (!values.mirrors) {
  process.stderr.write('usage: bench-mirrors --mirrors DIR [--corpus FILE] [--only TEXT]\n')
  process.exit(2)
}
const corpus = JSON.parse(readFileSync(values.corpus!, 'utf8')) as Corpus
const repos = Object.keys(corpus.repositories).filter(
  repo => !values.only || repo.includes(values.only)
)
mkdirSync(values.mirrors, { recursive: true })
for (const [index, repo] of repos.entries()) {
  const target = join(values.mirrors, repo.replace('/', '+'))
  process.stderr.write(`[${index + 1}/${repos.length}] ${repo}\n`)
  if (existsSync(join(target, 'HEAD')))
    execFileSync(
      'git',
      ['--git-dir', target, 'fetch', '--quiet', 'origin', '+refs/heads/*:refs/heads/*'],
      {
        stdio: 'inherit'
      }
    )
  else
    execFileSync('git', ['clone', '--quiet', '--bare', `https://github.com/${repo}.git`, target], {
      stdio: 'inherit'
    })
}
