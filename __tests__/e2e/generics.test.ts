// End to end, issue #19's tokio case: an issue quoting a panic message that holds the Rust generic
// `chan::Tx<T, Semaphore>`, on a tree whose ranked code holds it too. The committed bundles (the
// CLI and the action) must write a valid plan, where they used to fail with "Placeholder
// `<T, Semaphore>` was left".
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { FakeGitHub } from '../support/fake-github/index.js'
import { gitRepo, removeTree } from '../support/git-repo.js'
import { recordOutcome } from '../support/outcomes.js'
import { validatePlan } from '../../src/plan/index.js'
import { channelFiles, channelIssue } from './channels.js'
import { runLabeled } from './shop.js'
import { distNode } from '../support/dist-node.js'

const execFileAsync = promisify(execFile)
const roots: string[] = []
afterAll(() => roots.forEach(removeTree))

function problems(markdown: string, exists: (path: string) => boolean) {
  return validatePlan(markdown, {
    adwId: '19',
    prompt: channelIssue.body,
    quotes: [channelIssue.title],
    fileExists: exists
  })
}

describe('a Rust generic in the issue and in the ranked code', () => {
  test('dist/cli.js plan writes a valid plan that shows the generic as text', async () => {
    const repo = gitRepo(channelFiles)
    roots.push(repo)
    const { stdout, stderr } = await execFileAsync(
      distNode,
      [
        resolve('dist/cli.js'),
        'plan',
        '--adw-id',
        '19',
        '--title',
        channelIssue.title,
        '--prompt',
        channelIssue.body,
        '--repo',
        repo
      ],
      { cwd: repo, env: { PATH: process.env.PATH ?? '', HOME: repo } }
    )
    const path = stdout.trim()
    expect(path).toBe(join('specs', 'feature-19-way-request-many-permits-mpsc.md'))
    const plan = readFileSync(join(repo, path), 'utf8')
    expect(problems(plan, file => file in channelFiles)).toEqual([])
    expect(stderr).toContain('Research: ')
    // The research found the message in the code, and the plan quotes it without opening a tag.
    expect(plan).toContain('“too many permits requested from chan::Tx&lt;T, Semaphore> at…”')
    expect(plan).toContain('`src/sync/mpsc/bounded.rs` - Main change')
    recordOutcome({
      group: 'Bad input',
      case: 'Issue quoting a Rust generic (`chan::Tx<T, Semaphore>`) that the ranked code holds → `adw-plan plan`',
      outcome: 'exit 0; a valid plan, the generic shown as text'
    })
  })

  test('dist/index.js publishes the plan for a labelled issue', async () => {
    const fake = await FakeGitHub.start({ token: 'ghs_fake-token-for-tests', files: channelFiles })
    try {
      const run = await runLabeled(fake, { number: 19, ...channelIssue })
      expect(`${run.exitCode}\n${run.stdout}`).toMatch(/^0\n/)
      const path = run.outputs['plan-path']
      const plan = (await fake.readFile('adw/feature-19', path))!
      const files = await fake.readFiles('main')
      expect(problems(plan, file => file in files)).toEqual([])
      expect(fake.openPulls()).toHaveLength(1)
      expect(fake.validationFailures).toEqual([])
      recordOutcome({
        group: 'Bad input',
        case: 'Issue quoting a Rust generic (`chan::Tx<T, Semaphore>`) that the ranked code holds → action',
        outcome: `exit ${run.exitCode}; plan committed on adw/feature-19, ${fake.openPulls().length} PR`
      })
    } finally {
      await fake.stop()
    }
  })
})
