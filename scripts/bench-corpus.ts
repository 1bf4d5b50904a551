// Builds and checks the benchmark corpus (bench/corpus/corpus.json): real issues, each with the
// merged change that resolved it. From the repositories' git mirrors it derives, for every
// instance, the base commit, the files the change modified, added and deleted, which are code,
// tests and docs, and the functions it touched (with the product's parser).
//
//   npm run bench:corpus -- --mirrors DIR [--add SOURCES.json] [--rederive] [--only TEXT]
//   npm run bench:corpus -- --mirrors DIR --check
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { derive } from './bench/corpus/derive.js'
import { git } from './bench/corpus/git.js'
import { isHeldOut } from './bench/corpus/held-out.js'
import { readSources } from './bench/corpus/sources.js'
import { repositoryTable } from './bench/corpus/readme.js'
import { assignSplits } from './bench/corpus/splits.js'
import type { Corpus, CorpusInstance } from './bench/corpus/types.js'
import { findGitDir } from './bench/mirrors.js'

const usage =
  'usage: bench-corpus --mirrors DIR [--corpus bench/corpus/corpus.json] [--add SOURCES.json] [--rederive] [--only TEXT] [--check]'

/** What is wrong with an instance's sources, whatever its derived fields say. */
function sourceProblems(instance: CorpusInstance, gitDir: string): string[] {
  const problems: string[] = []
  if (isHeldOut(instance.repo)) problems.push('its repository is held out for checking the product')
  const url = `https://github.com/${instance.repo}/issues/${instance.issue.number}`
  if (instance.issue.url !== url) problems.push(`issue url should be ${url}`)
  if (instance.issue.body.trim() === '') problems.push('the issue has no body')
  const head = git(gitDir, 'symbolic-ref', 'HEAD').trim()
  try {
    git(gitDir, 'merge-base', '--is-ancestor', instance.fix.commit, head)
  } catch {
    problems.push(`fix ${instance.fix.commit} is not on ${head}`)
    return problems
  }
  // Both dates in UTC: the archive gives the issue's, the commit its own time zone.
  const seconds = Number(git(gitDir, 'show', '-s', '--format=%ct', instance.fix.commit).trim())
  const fixed = new Date(seconds * 1000).toISOString().slice(0, 10)
  if (instance.issue.created > fixed)
    problems.push(`the issue (${instance.issue.created}) is newer than its fix (${fixed})`)
  return problems
}

function derivedProblems(instance: CorpusInstance): string[] {
  const derived = instance.derived
  if (!derived) return ['not derived yet']
  if (derived.gold_files.length === 0 && derived.code_added.length === 0)
    return ['the change touches no code file']
  return []
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      mirrors: { type: 'string' },
      corpus: { type: 'string', default: 'bench/corpus/corpus.json' },
      add: { type: 'string', multiple: true },
      rederive: { type: 'boolean', default: false },
      only: { type: 'string' },
      check: { type: 'boolean', default: false }
    }
  })
  if (!values.mirrors) throw new Error(usage)
  const file = values.corpus!
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as Corpus
  for (const sources of values.add ?? []) {
    const known = new Set(corpus.instances.map(instance => instance.id))
    const fresh = readSources(sources).filter(instance => !known.has(instance.id))
    corpus.instances.push(...fresh)
    process.stderr.write(`${sources}: ${fresh.length} new instance(s)\n`)
  }
  corpus.instances.sort((a, b) => a.id.localeCompare(b.id, 'en'))

  let failures = 0
  const chosen = corpus.instances.filter(
    instance => !values.only || instance.id.includes(values.only)
  )
  for (const [index, instance] of chosen.entries()) {
    const gitDir = findGitDir(values.mirrors, instance.repo)
    const problems = sourceProblems(instance, gitDir)
    if (values.check || values.rederive || !instance.derived) {
      const derived = await derive(gitDir, instance.fix.commit)
      if (values.check && JSON.stringify(derived) !== JSON.stringify(instance.derived))
        problems.push(
          'its derived fields differ from what the repository gives (run without --check)'
        )
      else if (!values.check) instance.derived = derived
    }
    problems.push(...derivedProblems(instance))
    process.stderr.write(
      `[${index + 1}/${chosen.length}] ${instance.id}${problems.length ? `: ${problems.join('; ')}` : ''}\n`
    )
    failures += problems.length > 0 ? 1 : 0
  }

  if (!values.check) {
    for (const line of assignSplits(corpus)) process.stderr.write(`split ${line}\n`)
    corpus.repositories = Object.fromEntries(
      Object.entries(corpus.repositories).sort(([a], [b]) => a.localeCompare(b, 'en'))
    )
    writeFileSync(file, `${JSON.stringify(corpus, null, 2)}\n`)
    const readme = join(dirname(file), 'README.md')
    if (existsSync(readme))
      writeFileSync(readme, repositoryTable(readFileSync(readme, 'utf8'), corpus))
  }
  process.stdout.write(
    `${chosen.length} instance(s), ${failures} with problems${values.check ? ' (checked)' : ''}\n`
  )
  if (failures > 0) process.exit(1)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
