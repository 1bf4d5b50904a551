// The bundled CLI (dist/cli.js) as a user runs it (issue #19): its help, its version (known to
// the bundle itself, wherever it is copied), its exit codes, and `adw-plan revise` revising a
// plan that `adw-plan plan` wrote, in place.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gitRepo, removeTree } from '../support/git-repo.js'
import { extractMetadata } from '../../src/plan/format/plan-format.js'
import { bulletPaths, findHeading, outline, sectionBody } from '../../src/plan/format/markdown.js'
import { discountBody, shopFiles } from './shop.js'
import { distNode } from '../support/dist-node.js'

const execFileAsync = promisify(execFile)

function filesToModify(markdown: string): string[] {
  const doc = outline(markdown)
  return bulletPaths(sectionBody(doc, findHeading(doc, 'Existing Files to Modify')!))
}
const bundle = resolve('dist/cli.js')
const roots: string[] = []
afterAll(() => roots.forEach(removeTree))

/** A program run from `cwd` with a bare environment: its exit code and what it printed. */
async function runIn(file: string, args: string[], cwd: string) {
  const env = { PATH: process.env.PATH ?? '', HOME: cwd }
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { cwd, env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

const cli = (args: string[], cwd = process.cwd(), entry = bundle) =>
  runIn(distNode, [entry, ...args], cwd)
/** npm as a user runs it, from `cwd`: its scripts start in the checkout they belong to. */
const npm = (args: string[], cwd: string) => runIn('npm', args, cwd)

describe('dist/cli.js conventions', () => {
  test('--help and `plan --help`: the usage on stdout, exit 0', async () => {
    for (const args of [['--help'], ['plan', '--help']]) {
      const run = await cli(args)
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
      expect(run.stdout).toMatch(/^Usage:\n/)
      expect(run.stdout).toContain('adw-plan revise --plan FILE')
    }
  })

  test('--version: the bundle knows its version, even copied away from package.json', async () => {
    const away = mkdtempSync(join(tmpdir(), 'adw-cli-copy-'))
    roots.push(away)
    for (const part of ['cli.js', 'bundle', 'package.json']) {
      cpSync(join('dist', part), join(away, part), { recursive: true })
    }
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(await cli(['--version'], away, join(away, 'cli.js'))).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: ''
    })
  })

  test('a usage error: the usage on stderr, exit 2; a failed plan: exit 1', async () => {
    const usage = await cli(['plan', '--adw-id', '7'])
    expect(usage.code).toBe(2)
    expect(usage.stdout).toBe('')
    expect(usage.stderr).toMatch(/^adw-plan: --prompt or --prompt-file is required\n\nUsage:\n/)

    // In a directory of its own: a CLI that took the path for a repository would write there.
    const scratch = mkdtempSync(join(tmpdir(), 'adw-cli-missing-'))
    roots.push(scratch)
    const missing = await cli(
      ['plan', '--adw-id', '7', '--prompt', 'x', '--repo', 'no/such/dir'],
      scratch
    )
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^adw-plan: --repo no\/such\/dir is not a directory\n\nUsage:/)

    // A repository template with a placeholder of its own: the plan is refused, nothing written.
    const repo = gitRepo({
      ...shopFiles,
      '.github/adw/feature.md.hbs':
        '# Feature: {{featureName}}\n\n## Metadata\nadw_id: `{{adwId}}`\n{{promptLine}}\n\n## Rollout\nOn <rollout date>.\n'
    })
    roots.push(repo)
    const failed = await cli(['plan', '--adw-id', '7', '--prompt', discountBody], repo)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toBe('')
    expect(failed.stderr).toContain('adw-plan: The template planner produced an invalid plan:')
    expect(failed.stderr).not.toContain('Usage:')
  })
})

describe('set-up: what a user who only plans meets', () => {
  test('an empty repository is planned with a warning that names it, not silently', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'adw-cli-empty-'))
    roots.push(empty)
    const research = await cli(['research', '--prompt', discountBody, '--json'], empty)
    expect(research.code).toBe(0)
    expect(research.stderr).toContain(`warning: No files to research in ${empty}: it is empty`)
    const run = await cli(['plan', '--adw-id', '7', '--prompt', discountBody], empty)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`warning: No files to research in ${empty}: it is empty`)
  })

  test('`npm run plan` started elsewhere plans the directory it was started in', async () => {
    const repo = gitRepo({ ...shopFiles, 'notes/issue.md': discountBody })
    roots.push(repo)
    const checkout = process.cwd()
    // No --repo, and a --prompt-file relative to where the user typed the command.
    const run = await npm(
      [
        '--prefix',
        checkout,
        'run',
        '--silent',
        'plan',
        '--',
        '--adw-id',
        '7',
        '--prompt-file',
        'issue.md'
      ],
      join(repo, 'notes')
    )
    expect(run.stderr).not.toContain('adw-plan:')
    expect(run.code).toBe(0)
    const path = run.stdout.trim()
    expect(path).toMatch(/^specs\/feature-7-[a-z0-9-]+\.md$/)
    expect(readFileSync(join(repo, 'notes', path), 'utf8')).toContain(discountBody)
    expect(existsSync(join(checkout, path))).toBe(false)
  })
})

describe('the plans in specs/ are never research material', () => {
  test('a second plan, a revision and `research` rank the same tree as the first plan did', async () => {
    const repo = gitRepo(shopFiles)
    roots.push(repo)
    const ranked = async () => {
      const run = await cli(['research', '--prompt', discountBody, '--top', '1000', '--json'], repo)
      const found = JSON.parse(run.stdout) as { fileCount: number; files: { path: string }[] }
      return { fileCount: found.fileCount, paths: found.files.map(file => file.path) }
    }
    const considered = (stderr: string) => /Research: (\d+) files considered/.exec(stderr)?.[1]
    const before = await ranked()

    const first = await cli(['plan', '--adw-id', '7', '--prompt', discountBody], repo)
    const second = await cli(
      ['plan', '--adw-id', '8', '--kind', 'bug', '--prompt', discountBody],
      repo
    )
    const revised = await cli(
      ['revise', '--plan', first.stdout.trim(), '--feedback', 'Mention the cart in the criteria.'],
      repo
    )
    expect([first.code, second.code, revised.code]).toEqual([0, 0, 0])
    expect(considered(first.stderr)).toBe(String(before.fileCount))
    expect(considered(second.stderr)).toBe(String(before.fileCount))
    expect(considered(revised.stderr)).toBe(String(before.fileCount))
    expect(await ranked()).toEqual(before)
  })
})

describe('dist/cli.js revise', () => {
  test('revises the plan in place and prints what changed', async () => {
    const repo = gitRepo(shopFiles)
    roots.push(repo)
    const planned = await cli(
      ['plan', '--adw-id', '7', '--title', 'Discount codes at checkout', '--prompt', discountBody],
      repo
    )
    expect(planned.code).toBe(0)
    const path = planned.stdout.trim()
    const before = readFileSync(join(repo, path), 'utf8')
    // The file the plan leads with: the reviewer rules it out.
    const dropped = filesToModify(before)[0]

    const revised = await cli(
      [
        'revise',
        '--plan',
        path,
        '--feedback',
        `Drop \`${dropped}\` from the plan.\n- [ ] Codes are trimmed before they are checked`
      ],
      repo
    )
    expect(revised.stderr).toContain('Revising the feature plan with the embedded planner')
    expect(revised.code).toBe(0)
    const printed = revised.stdout.split('\n')
    expect(printed[0]).toBe(`${path}: revised by the template planner`)
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}sections changed: .*Notes$/))
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}files dropped: /))
    expect(printed.find(line => line.startsWith('  files dropped: '))).toContain(dropped)
    const after = readFileSync(join(repo, path), 'utf8')
    expect(filesToModify(after)).not.toContain(dropped)
    expect(after).toContain('- [ ] Codes are trimmed before they are checked')
    expect(after).toMatch(
      /\n- Revised from review feedback by the embedded planner: .*dropped `[^`]+` \(/
    )
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}applied: dropped `/))
    expect(printed).toContainEqual(
      '  applied: added the acceptance criterion “Codes are trimmed before they are checked”'
    )
    expect(extractMetadata(after)).toEqual(extractMetadata(before))
  })
})
