// Tiny throwaway git repositories for the LLM planner tests.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface TempRepo {
  root: string
  remove(): void
}

/** Creates a git repository holding `files` (path -> content), committed once. */
export function makeTempRepo(files: Record<string, string>): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'adw-llm-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' }
    })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'init')
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) }
}

/** A small TypeScript project, the kind the planner is usually pointed at. */
export const sampleProject: Record<string, string> = {
  'README.md': '# Widgets\n\nA small library that renders widgets.\n\nRun `npm test`.\n',
  'package.json': JSON.stringify(
    { name: 'widgets', scripts: { test: 'jest', lint: 'eslint .' } },
    null,
    2
  ),
  'src/widget.ts':
    'export function renderWidget(name: string): string {\n  return `<w>${name}</w>`\n}\n',
  'src/index.ts': "export { renderWidget } from './widget.js'\n",
  '__tests__/widget.test.ts': "import { renderWidget } from '../src/widget.js'\n",
  '.env': 'API_TOKEN=not-a-real-token\n',
  'config/secrets.yml': 'password: fake\n',
  'keys/id_rsa': 'fake key material\n',
  'src/auth/token.ts': 'export const tokenHeader = "x-token"\n'
}
