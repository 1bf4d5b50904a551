// Fails when the committed dist/ differs from a fresh bundle of the sources.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const fresh = mkdtempSync(join(tmpdir(), 'adw-dist-'))
function walk(dir) {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}
try {
  execFileSync('node', ['scripts/bundle.mjs', fresh], { stdio: 'inherit' })
  const want = walk(fresh)
    .map(p => relative(fresh, p))
    .sort()
  const have = walk('dist')
    .map(p => relative('dist', p))
    .sort()
  const problems = []
  for (const f of new Set([...want, ...have])) {
    if (!want.includes(f)) problems.push(`dist/${f} is committed but not produced by the bundle`)
    else if (!have.includes(f)) problems.push(`dist/${f} is missing: run npm run bundle`)
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f))))
      problems.push(`dist/${f} differs from a fresh bundle`)
  }
  if (problems.length) {
    console.error(problems.join('\n'))
    console.error('dist/ is stale: run `npm run bundle` and commit dist/.')
    process.exit(1)
  }
  console.log(`dist/ matches a fresh bundle (${want.length} files).`)
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
