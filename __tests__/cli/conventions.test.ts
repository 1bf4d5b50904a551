// The CLI follows the conventions of command-line tools (issue #19): `--help`, `-h`, `help` and
// `COMMAND --help` print the usage on stdout and exit 0; `--version` prints package.json's
// version; a usage error prints the problem and the usage on stderr and exits 2; a plan that
// fails exits 1. Driven in-process through runCommandLine; the bundle's own answers are checked
// end to end in __tests__/e2e/cli.test.ts.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCommandLine } from '../../src/cli/main.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../support/temp-repo.js'

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version as string

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runCommandLine(argv, {
    out: text => void (out += text),
    err: text => void (err += text)
  })
  return { code, out, err }
}

let repo: TempRepo
beforeEach(() => {
  repo = makeTempRepo(sampleProject)
})
afterEach(() => repo.remove())

describe('help', () => {
  test.each([
    [['--help']],
    [['-h']],
    [['help']],
    [['plan', '--help']],
    [['plan', '-h']],
    [['revise', '--help']],
    [['research', '--json', '--help']],
    // Help wins over whatever else the line holds.
    [['plan', '--adw-id', 'x', '--bogus', '--help']]
  ])('adw-plan %j: the usage on stdout, exit 0', async argv => {
    const { code, out, err } = await cli(...argv)
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(/^Usage:\n {2}adw-plan plan /)
    expect(out).toContain('adw-plan revise --plan FILE')
    expect(out).toContain('Exit status: 0 done')
  })
})

test('--version prints the version in package.json, exit 0', async () => {
  expect(await cli('--version')).toEqual({ code: 0, out: `${packageVersion}\n`, err: '' })
})

describe('usage errors: the problem and the usage on stderr, exit 2', () => {
  test.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['constructor'], 'unknown command "constructor"'],
    [['plan', '--bogus'], "Unknown option '--bogus'"],
    [['plan', '--prompt', 'x'], '--adw-id is required'],
    [['plan', '--adw-id', '1'], '--prompt or --prompt-file is required'],
    [
      ['plan', '--adw-id', '1', '--prompt', 'x', '--prompt-file', 'y'],
      'give --prompt or --prompt-file, not both'
    ],
    [['research', '--adw-id', '1', '--prompt', 'x'], "Unknown option '--adw-id'"],
    [['revise', '--feedback', 'x'], '--plan is required'],
    [['revise', '--plan', 'specs/feature-1-x.md'], '--feedback or --feedback-file is required'],
    // A file an option names that cannot be read is that option's problem, not a crash.
    [
      ['plan', '--adw-id', '1', '--prompt-file', 'no-such-issue.md'],
      '--prompt-file no-such-issue.md: no such file'
    ],
    [
      ['plan', '--adw-id', '1', '--prompt-file', '.'],
      '--prompt-file .: is a directory, not a file'
    ],
    [
      ['revise', '--plan', 'specs/feature-1-x.md', '--feedback-file', 'no-such-feedback.txt'],
      '--feedback-file no-such-feedback.txt: no such file'
    ],
    // A slip of the keyboard gets the name it most likely meant; a name like none gets none.
    [['plan', '--adw-id', '1', '--promt', 'x'], "Unknown option '--promt'; did you mean --prompt?"],
    [['plan', '--adwid', '1'], "Unknown option '--adwid'; did you mean --adw-id?"],
    [['research', '--jsno'], "Unknown option '--jsno'; did you mean --json?"],
    [['revise', '--feedbak', 'x'], "Unknown option '--feedbak'; did you mean --feedback?"],
    [['plna'], 'unknown command "plna"; did you mean "plan"?'],
    [['reserch'], 'unknown command "reserch"; did you mean "research"?']
  ])('adw-plan %j', async (argv, problem) => {
    const { code, out, err } = await cli(...argv)
    expect({ code, out }).toEqual({ code: 2, out: '' })
    expect(err).toContain(`adw-plan: ${problem}`)
    expect(err).toContain('\nUsage:\n  adw-plan plan ')
  })

  test.each([
    [['plan', '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['plan', '--adw-id', '1', '--model-name', 'x'], "Unknown option '--model-name'"]
  ])('adw-plan %j: no guess when no name is close', async (argv, problem) => {
    const { code, err } = await cli(...argv)
    expect(code).toBe(2)
    expect(err).toContain(`adw-plan: ${problem}\n`)
    expect(err).not.toContain('did you mean')
  })
})

test('a plan that fails is exit 1, with the reason and no usage', async () => {
  // A repository template holding a placeholder of its own: the embedded planner leaves it,
  // the validator refuses the plan, and no file is written.
  mkdirSync(join(repo.root, '.github/adw'), { recursive: true })
  writeFileSync(
    join(repo.root, '.github/adw/feature.md.hbs'),
    '# Feature: {{featureName}}\n\n## Metadata\nadw_id: `{{adwId}}`\n{{promptLine}}\n\n## Rollout\nShip on <rollout date>.\n'
  )
  const { code, out, err } = await cli(
    'plan',
    '--adw-id',
    '42',
    '--prompt',
    'Add a dark theme.',
    '--repo',
    repo.root
  )
  expect({ code, out }).toEqual({ code: 1, out: '' })
  expect(err).toContain('adw-plan: The template planner produced an invalid plan:')
  expect(err).toContain('Placeholder `<rollout date>` was left in `## Rollout`')
  expect(err).not.toContain('Usage:')
})
