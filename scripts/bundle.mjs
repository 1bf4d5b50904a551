// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// ncc writes one entry per output directory, so the CLI is built aside and moved in. Everything
// is built in a staging directory beside the output and swapped in at the end, so a failed
// build leaves the previous bundle in place.
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
import { dirname, join, resolve } from 'node:path'

const out = resolve(process.argv[2] ?? 'dist')
const ncc = join('node_modules', '.bin', 'ncc')

function build(entry, dir) {
  execFileSync(ncc, ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}

// Beside the output, so the final rename stays on one file system.
const staging = mkdtempSync(join(dirname(out), '.bundle-'))
const cliDir = mkdtempSync(join(tmpdir(), 'adw-cli-'))
try {
  build('src/index.ts', staging)
  build('src/cli.ts', cliDir)
  for (const name of readdirSync(cliDir)) {
    if (name === 'index.js') continue
    if (name === 'package.json' || name === 'licenses.txt') continue
    const target = join(staging, name)
    if (!existsSync(target)) renameSync(join(cliDir, name), target)
    else if (!readFileSync(target).equals(readFileSync(join(cliDir, name)))) {
      // Both bundles share one directory: a lazily loaded chunk must be the same for both.
      throw new Error(`the action and CLI bundles disagree on ${name}`)
    }
  }
  const code = readFileSync(join(cliDir, 'index.js'), 'utf8')
  const shebang = code.startsWith('#!') ? '' : '#!/usr/bin/env node\n'
  writeFileSync(join(staging, 'cli.js'), shebang + code)
  chmodSync(join(staging, 'cli.js'), 0o755)
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
  chmodSync(staging, 0o755)
  rmSync(out, { recursive: true, force: true })
  renameSync(staging, out)
} finally {
  rmSync(cliDir, { recursive: true, force: true })
  rmSync(staging, { recursive: true, force: true })
}
