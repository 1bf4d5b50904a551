// scripts/release.mjs, the logic of the release workflow, against local repositories: a work
// repository tagged as a release and a bare one standing for GitHub. The major tag moves to the
// newest release only, and a release whose parts disagree on the version moves nothing.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { git, tempRepos, writeTree } from '../support/git-repo.js'

const script = resolve('scripts/release.mjs')
const repos = tempRepos()
// The tagger of the major tag, as the workflow sets it.
const identity = { GIT_COMMITTER_NAME: 'release', GIT_COMMITTER_EMAIL: 'release@example.com' }

/** The files a release commit holds, all saying `version` unless told otherwise. */
function releaseFiles(version: string, say: { cli?: string; changelog?: string } = {}) {
  return {
    'package.json': `${JSON.stringify({ name: 'action', version })}\n`,
    'CHANGELOG.md':
      say.changelog ??
      `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-12-07\n\n### Fixed\n- What ${version} fixed.\n\n## [0.9.0] - 2026-01-01\n- Older.\n\n[${version}]: https://example.com/${version}\n`,
    'dist/cli.js': `console.log(${JSON.stringify(say.cli ?? version)})\n`
  }
}

/** A work repository cloned from a bare "GitHub", with one commit per release already tagged. */
function project() {
  const origin = repos.dir('adw-release-origin-')
  git(origin, 'init', '-q', '--bare', '-b', 'main')
  const work = repos.dir('adw-release-work-')
  git(work, 'init', '-q', '-b', 'main')
  git(work, 'remote', 'add', 'origin', origin)
  return { origin, work }
}

function commitRelease(work: string, version: string, say?: Parameters<typeof releaseFiles>[1]) {
  writeTree(releaseFiles(version, say), work)
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', `Release ${version}`)
  git(work, 'tag', `v${version}`)
  return git(work, 'rev-parse', 'HEAD').trim()
}

function release(work: string, ...args: string[]) {
  try {
    const stdout = execFileSync(process.execPath, [script, ...args], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: work, ...identity },
      encoding: 'utf8',
      stdio: 'pipe'
    })
    return { code: 0, stdout, stderr: '' }
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string }
    return { code: failed.status ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/** The commit the major tag names in the bare repository, or undefined. */
function majorIn(origin: string, major = 'v1'): string | undefined {
  try {
    return git(origin, 'rev-parse', '--verify', '--quiet', `${major}^{commit}`).trim()
  } catch {
    return undefined
  }
}

describe('scripts/release.mjs', () => {
  test('moves v1 to each newer release, pushes it, and writes the notes', async () => {
    const { origin, work } = project()
    const first = commitRelease(work, '1.0.0')
    const notes = join(repos.dir('adw-release-notes-'), 'notes.md')
    const run = release(work, 'v1.0.0', '--notes', notes)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toContain('v1 now points at it')
    expect(majorIn(origin)).toBe(first)
    expect(readFileSync(notes, 'utf8')).toBe('### Fixed\n- What 1.0.0 fixed.\n')

    const second = commitRelease(work, '1.1.0')
    expect(release(work, 'v1.1.0').code).toBe(0)
    expect(majorIn(origin)).toBe(second)
    // The version tags were never pushed by the script, and never move.
    expect(git(origin, 'tag', '--list').trim()).toBe('v1')
  })

  test('a fix released for an older line leaves v1 at the newest release', async () => {
    const { origin, work } = project()
    commitRelease(work, '1.0.0')
    const newest = commitRelease(work, '1.1.0')
    expect(release(work, 'v1.1.0').code).toBe(0)
    git(work, 'checkout', '-q', '-b', 'fix-1.0', 'v1.0.0')
    commitRelease(work, '1.0.1')
    const run = release(work, 'v1.0.1')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('v1 stays at the newer v1.1.0')
    expect(majorIn(origin)).toBe(newest)
  })

  test('a first release of a new major starts its own tag and leaves the old one', async () => {
    const { origin, work } = project()
    const one = commitRelease(work, '1.4.2')
    expect(release(work, 'v1.4.2').code).toBe(0)
    const two = commitRelease(work, '2.0.0')
    expect(release(work, 'v2.0.0').code).toBe(0)
    expect([majorIn(origin, 'v1'), majorIn(origin, 'v2')]).toEqual([one, two])
  })

  type Case = { pkg?: string; cli?: string; changelog?: string; moveOn?: boolean }
  test.each<[string, string, Case, string]>([
    ['a tag that is not a plain version', 'v1.2', {}, 'v1.2 is not a release tag'],
    ['a pre-release tag', 'v1.2.0-rc.1', {}, 'v1.2.0-rc.1 is not a release tag'],
    ['package.json saying another version', 'v1.2.0', { pkg: '1.1.0' }, 'package.json says 1.1.0'],
    [
      'a CHANGELOG without the dated section',
      'v1.2.0',
      { changelog: '# Changelog\n\n## [Unreleased]\n- 1.2.0 things\n' },
      'CHANGELOG.md has no dated section "## [1.2.0] - YYYY-MM-DD"'
    ],
    [
      'a CLI saying another version',
      'v1.2.0',
      { cli: '1.1.0' },
      'dist/cli.js --version says 1.1.0'
    ],
    [
      'a tag that is not the checked-out commit',
      'v1.2.0',
      { moveOn: true },
      'v1.2.0 is not the checked-out commit'
    ],
    ['a tag that does not exist', 'v1.9.0', {}, 'there is no tag v1.9.0']
  ])('refuses %s, and moves nothing', async (_, tag, what, problem) => {
    const { origin, work } = project()
    commitRelease(work, '1.2.0', what)
    if (what.pkg) {
      writeTree({ 'package.json': JSON.stringify({ version: what.pkg }) }, work)
      git(work, 'commit', '-q', '-am', 'package.json')
      git(work, 'tag', '-f', 'v1.2.0')
    }
    if (what.moveOn) {
      writeTree({ 'later.txt': 'later\n' }, work)
      git(work, 'add', '-A')
      git(work, 'commit', '-q', '-m', 'later')
    }
    if (tag.includes('-') || tag === 'v1.2') git(work, 'tag', tag)
    const run = release(work, tag)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`release: ${problem}`)
    expect(majorIn(origin)).toBeUndefined()
  })
})
