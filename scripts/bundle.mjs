// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// ncc writes one entry per output directory, so the CLI is built aside and moved in.
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  chmodSync,
  readFileSync,
  existsSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist'
const ncc = join('node_modules', '.bin', 'ncc')

function build(entry, dir) {
  execFileSync(ncc, ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}

rmSync(out, { recursive: true, force: true })
build('src/index.ts', out)

const cliDir = mkdtempSync(join(tmpdir(), 'adw-cli-'))
try {
  build('src/cli.ts', cliDir)
  for (const name of readdirSync(cliDir)) {
    if (name === 'index.js') continue
    if (name === 'package.json' || name === 'licenses.txt') continue
    const target = join(out, name)
    if (!existsSync(target)) renameSync(join(cliDir, name), target)
    else if (!readFileSync(target).equals(readFileSync(join(cliDir, name)))) {
      // Both bundles share one directory: a lazily loaded chunk must be the same for both.
      throw new Error(`the action and CLI bundles disagree on ${name}`)
    }
  }
  const code = readFileSync(join(cliDir, 'index.js'), 'utf8')
  const shebang = code.startsWith('#!') ? '' : '#!/usr/bin/env node\n'
  writeFileSync(join(out, 'cli.js'), shebang + code)
  chmodSync(join(out, 'cli.js'), 0o755)
} finally {
  rmSync(cliDir, { recursive: true, force: true })
}
writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
