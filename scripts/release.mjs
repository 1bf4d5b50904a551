// The release workflow's own steps (.github/workflows/release.yml), kept here so they run, and are
// tested, without GitHub. On a version tag vX.Y.Z:
//   1. the tag is a plain version and names the checked-out commit;
//   2. package.json, CHANGELOG.md (a dated `## [X.Y.Z] - YYYY-MM-DD` section) and the bundled
//      CLI's `--version` all say X.Y.Z (the workflow checks before that dist/ is the bundle);
//   3. the major tag vX moves to it and is pushed, unless a later vX.y.z exists: a fix released
//      for an older line must not take `@vX` users back. Version tags themselves never move.
// The CHANGELOG section is written to --notes FILE for the release's notes.
// Usage: node scripts/release.mjs vX.Y.Z [--remote origin] [--notes FILE]
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: 'string', default: 'origin' }, notes: { type: 'string' } }
})

function fail(message) {
  process.stderr.write(`release: ${message}\n`)
  process.exit(1)
}

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const parseVersion = tag => /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag)?.slice(1).map(Number)

const tag = positionals[0] ?? fail('name the version tag, e.g. v1.2.0')
const parts = parseVersion(tag) ?? fail(`${tag} is not a release tag (vMAJOR.MINOR.PATCH)`)
const version = parts.join('.')
const major = `v${parts[0]}`

let commit
try {
  commit = git('rev-parse', '--verify', '--quiet', `${tag}^{commit}`)
} catch {
  fail(`there is no tag ${tag}`)
}
if (commit !== git('rev-parse', 'HEAD')) fail(`${tag} is not the checked-out commit`)

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version
if (packageVersion !== version) fail(`package.json says ${packageVersion}, the tag ${version}`)

const changelog = readFileSync('CHANGELOG.md', 'utf8')
const heading = new RegExp(
  `^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`,
  'm'
)
const start = changelog.search(heading)
if (start === -1) fail(`CHANGELOG.md has no dated section "## [${version}] - YYYY-MM-DD"`)
const rest = changelog.slice(start).split('\n').slice(1).join('\n')
const end = rest.search(/^## \[|^\[[^\]]+\]: /m)
const notes = (end === -1 ? rest : rest.slice(0, end)).trim()

const cliVersion = execFileSync(process.execPath, ['dist/cli.js', '--version'], {
  encoding: 'utf8'
}).trim()
if (cliVersion !== version) fail(`dist/cli.js --version says ${cliVersion}, the tag ${version}`)

if (values.notes) writeFileSync(values.notes, `${notes}\n`)

const newer = git('tag', '--list', `${major}.*`)
  .split('\n')
  .map(parseVersion)
  .filter(other => other && other[0] === parts[0])
  .filter(([, minor, patch]) => minor > parts[1] || (minor === parts[1] && patch > parts[2]))
if (newer.length > 0) {
  const latest = newer.sort((a, b) => b[1] - a[1] || b[2] - a[2])[0].join('.')
  process.stdout.write(`${tag} checked; ${major} stays at the newer v${latest}\n`)
  process.exit(0)
}
git('tag', '--force', '--annotate', major, '--message', `${major} -> ${tag}`, commit)
git('push', '--force', values.remote, `refs/tags/${major}`)
process.stdout.write(`${tag} checked; ${major} now points at it (${commit.slice(0, 12)})\n`)
