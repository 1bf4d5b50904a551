import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RepoReader, defaultReadLimits } from '../../../src/plan/llm/repo-reader.js'
import { searchCode } from '../../../src/plan/llm/code-search.js'
import { createRepoTools } from '../../../src/plan/llm/repo-tools.js'
import { isSecretLooking } from '../../../src/plan/llm/repo-path.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../../support/temp-repo.js'

let repo: TempRepo
let outside: string
let reader: RepoReader

beforeAll(() => {
  repo = makeTempRepo({
    ...sampleProject,
    'long.txt': Array.from({ length: 1000 }, (_, i) => `line ${i + 1}`).join('\n'),
    'bin.dat': 'abc\0def',
    'minified.js': 'x'.repeat(3000),
    'wide.txt': Array.from({ length: 40 }, (_, i) => `${i + 1}`.padEnd(150, '.')).join('\n')
  })
  outside = mkdtempSync(join(tmpdir(), 'adw-outside-'))
  writeFileSync(join(outside, 'stolen.txt'), 'outside secret')
  symlinkSync(outside, join(repo.root, 'escape-dir'))
  symlinkSync(join(outside, 'stolen.txt'), join(repo.root, 'escape-file.txt'))
  symlinkSync(join(repo.root, '.git', 'config'), join(repo.root, 'git-config-link'))
  symlinkSync(join(repo.root, 'src', 'widget.ts'), join(repo.root, 'widget-link.ts'))
  reader = new RepoReader(repo.root, {
    maxFileBytes: 4096,
    maxLines: 50,
    maxEntries: 100,
    maxLineChars: 200,
    maxOutputChars: 2000
  })
})

afterAll(() => {
  repo.remove()
  rmSync(outside, { recursive: true, force: true })
})

describe('refused paths', () => {
  it.each([
    ['../outside.txt', /contains "\.\."/],
    ['src/../../etc/passwd', /contains "\.\."/],
    ['/etc/passwd', /is absolute/],
    ['C:\\Windows\\win.ini', /is absolute/],
    ['.git/config', /inside \.git/],
    ['src/.git/HEAD', /inside \.git/],
    ['.env', /secret/],
    ['keys/id_rsa', /secret/],
    ['config/secrets.yml', /secret/],
    ['escape-dir/stolen.txt', /outside the repository/],
    ['escape-file.txt', /outside the repository/],
    ['git-config-link', /inside \.git/],
    ['missing.ts', /does not exist/]
  ])('read_file(%j) is refused with a reason', (path, reason) => {
    const answer = reader.readFile(path)
    expect(answer).toMatch(/^Refused: /)
    expect(answer).toMatch(reason)
    expect(answer).not.toContain('outside secret')
  })

  it('refuses to list a directory reached through a symlink out of the repository', () => {
    expect(reader.listDirectory('escape-dir')).toMatch(/^Refused: .*outside the repository/)
    expect(reader.listDirectory('..')).toMatch(/^Refused: /)
  })

  it('refuses to search outside or inside .git', () => {
    expect(searchCode(reader.root, 'secret', '../')).toMatch(/^Refused: /)
    expect(searchCode(reader.root, 'core', '.git')).toMatch(/^Refused: /)
  })

  it('tells secret-looking names from source files that merely mention tokens', () => {
    for (const name of [
      '.env',
      '.env.local',
      'server.pem',
      'tls.key',
      'id_ed25519',
      'cert.p12',
      'credentials',
      'credentials.json',
      '.npmrc',
      '.netrc',
      'secrets.yaml',
      'api_token.txt',
      'secrets',
      'gha-creds-3f9a1c2b7d4e5f60.json',
      'aws-creds.txt'
    ])
      expect([name, isSecretLooking(name)]).toEqual([name, true])
    for (const name of [
      'token.ts',
      'tokenizer.py',
      'secretary.md',
      'README.md',
      'keyboard.ts',
      'credentials.ts',
      'creds.ts'
    ])
      expect([name, isSecretLooking(name)]).toEqual([name, false])
  })

  it('refuses the cloud credentials file the environment names, whatever it is called', () => {
    const keyFile = join(repo.root, 'config', 'deploy.json')
    writeFileSync(keyFile, '{"type": "service_account", "private_key": "adc-key-material"}')
    try {
      const env = { GOOGLE_APPLICATION_CREDENTIALS: keyFile }
      const guarded = new RepoReader(repo.root, defaultReadLimits, env)
      expect(guarded.readFile('config/deploy.json')).toMatch(
        /^Refused: .*cloud credentials file of this run/
      )
      expect(guarded.readFile('./config//deploy.json')).toMatch(/^Refused: /)
      expect(guarded.listDirectory('config')).not.toContain('deploy.json')
      expect(searchCode(guarded.root, 'adc-key-material')).toMatch(/^No matches/)
      // Without the variable it is an ordinary file.
      expect(
        new RepoReader(repo.root, defaultReadLimits, {}).readFile('config/deploy.json')
      ).toContain('adc-key-material')
    } finally {
      rmSync(keyFile)
    }
  })
})

describe('reading inside the repository', () => {
  it('reads a file with line numbers, also through a symlink that stays inside', () => {
    expect(reader.readFile('src/widget.ts')).toContain('1| export function renderWidget')
    expect(reader.readFile('./widget-link.ts')).toContain('File src/widget.ts')
    expect(reader.readFile('src/auth/token.ts')).toContain('tokenHeader')
  })

  it('bounds the lines of one read and says how to continue', () => {
    const answer = reader.readFile('long.txt')
    expect(answer).toContain('line 1\n')
    expect(answer).toContain('50| line 50')
    expect(answer).not.toContain('| line 51')
    expect(answer).toContain('start_line 51')
  })

  it('reads a requested window and caps the bytes read from a large file', () => {
    const window = reader.readFile('long.txt', 10, 12)
    expect(window.split('\n').slice(1)).toEqual([
      '10| line 10',
      '11| line 11',
      '12| line 12',
      '[file continues after line 12]'
    ])
    // 4096 bytes hold roughly 450 of the 1000 lines.
    expect(reader.readFile('long.txt', 900)).toMatch(/start_line 900 is past the end/)
  })

  it('cuts very long lines and caps the characters of one read', () => {
    const minified = reader.readFile('minified.js')
    expect(minified).toContain('[line cut at 200 characters]')
    expect(minified.length).toBeLessThan(400)

    const wide = reader.readFile('wide.txt')
    expect(wide.length).toBeLessThan(2200)
    const lastShown = Number(/(\d+)\| \S+\n\[shown lines 1-(\d+)/.exec(wide)?.[2])
    expect(lastShown).toBeGreaterThan(5)
    expect(lastShown).toBeLessThan(40)
    expect(wide).toContain(`start_line ${lastShown + 1}`)
  })

  it('does not show binary files', () => {
    expect(reader.readFile('bin.dat')).toMatch(/binary file/)
  })

  it('lists a directory without .git or secret-looking entries', () => {
    const root = reader.listDirectory('.')
    expect(root).toContain('src/')
    expect(root).toContain('README.md')
    expect(root).not.toMatch(/^\.git\/?$/m)
    expect(root).not.toMatch(/^\.env$/m)
    expect(reader.listDirectory('config')).not.toContain('secrets.yml')
  })

  it('searches text, skipping secret files, with a result cap', () => {
    const found = searchCode(reader.root, 'RENDERWIDGET')
    expect(found).toContain('src/widget.ts:1:')
    expect(found).toContain('src/index.ts:1:')
    expect(searchCode(reader.root, 'not-a-real-token')).toMatch(/^No matches/)
    const capped = searchCode(reader.root, 'line', '.', {
      maxResults: 5,
      maxFiles: 100,
      maxFileBytes: 1 << 20,
      maxTotalBytes: 1 << 22
    })
    expect(capped.split('\n').filter(line => line.startsWith('long.txt:'))).toHaveLength(5)
    expect(capped).toContain('[showing the first 5 matches]')
  })
})

describe('tool budget', () => {
  it('counts calls and refuses past the budget, as text', async () => {
    const { tools, calls } = createRepoTools(repo.root, { maxCalls: 2 })
    const run = (name: string, input: unknown) =>
      (tools[name].execute as (input: unknown, options: unknown) => Promise<string>)(input, {
        toolCallId: 'x',
        messages: []
      })
    expect(await run('read_file', { path: 'README.md' })).toContain('Widgets')
    expect(await run('read_file', { path: '.env' })).toMatch(/^Refused:/)
    expect(await run('list_directory', { path: '.' })).toMatch(/budget of 2 tool calls/)
    expect(calls.map(call => [call.tool, call.refused])).toEqual([
      ['read_file', false],
      ['read_file', true],
      ['list_directory', true]
    ])
  })
})
