import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHarness, type Harness } from './harness.js'

let h: Harness
let scratch: string

beforeEach(async () => {
  h = await startHarness({
    defaultBranch: 'trunk',
    files: { 'README.md': '# demo\n', 'src/deep/nested/file.ts': 'export {}\n' }
  })
  scratch = await mkdtemp(join(tmpdir(), 'repo-test-'))
})

afterEach(async () => {
  expect(h.fake.validationFailures).toEqual([])
  await h.fake.stop()
  await rm(scratch, { recursive: true, force: true })
})

describe('GitHubRepository', () => {
  it('reads an issue with its labels and state', async () => {
    h.fake.seedIssue({
      number: 7,
      title: 'Dark mode',
      body: 'Please add `dark` mode',
      labels: ['plan', 'ui'],
      locked: true,
      user: 'alice'
    })

    expect(await h.repo.getIssue(7)).toEqual({
      number: 7,
      title: 'Dark mode',
      body: 'Please add `dark` mode',
      htmlUrl: 'https://github.com/octo-org/octo-repo/issues/7',
      labels: ['plan', 'ui'],
      state: 'open',
      locked: true,
      isPullRequest: false,
      user: 'alice'
    })
  })

  it('tells a pull request apart from an issue, and reads an empty body as ""', async () => {
    await h.fake.pushCommit('feature', { 'a.txt': 'a\n' })
    const pull = h.fake.addPull({
      title: 'PR',
      body: null,
      head: 'feature',
      base: 'trunk',
      draft: false
    })

    expect(await h.repo.getIssue(pull.number)).toMatchObject({ isPullRequest: true, body: '' })
  })

  it('names the default branch', async () => {
    expect(await h.repo.defaultBranch()).toBe('trunk')
  })

  it('downloads and unpacks a branch in one request, without the top folder', async () => {
    await h.fake.pushCommit('trunk', { 'docs/guide.md': 'guide\n' })
    h.fake.clearRequests()

    const dir = await h.repo.downloadTarball('trunk', join(scratch, 'tree'))

    expect(dir).toBe(join(scratch, 'tree'))
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'docs', 'src'])
    expect(await readFile(join(dir, 'src/deep/nested/file.ts'), 'utf8')).toBe('export {}\n')
    expect(await readFile(join(dir, 'docs/guide.md'), 'utf8')).toBe('guide\n')
    expect(h.fake.requestLines()).toEqual(['GET /repos/octo-org/octo-repo/tarball/trunk'])
  })

  it('explains a missing ref', async () => {
    await expect(h.repo.downloadTarball('nope', join(scratch, 'x'))).rejects.toThrow(
      /GET \/repos\/octo-org\/octo-repo\/tarball\/nope failed \(404/
    )
  })
})
