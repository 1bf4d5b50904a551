// Bundles the action (dist/index.js) and the CLI (dist/cli.js, which starts dist/cli/index.js)
// with ncc. ncc writes one entry per output directory, and two builds number their modules
// differently, so a lazily loaded chunk of one bundle is not the same file as the chunk of the
// same name in the other: each bundle keeps its own chunks. Everything is built in a staging
// directory beside the output and swapped in at the end, so a failed build leaves the previous
// bundle in place.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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
try {
  build('src/index.ts', staging)
  build('src/cli.ts', join(staging, 'cli'))
  // dist/package.json makes both bundles ES modules.
  rmSync(join(staging, 'cli', 'package.json'))
  writeFileSync(
    join(staging, 'cli.js'),
    "#!/usr/bin/env node\n// The adw-plan CLI; its bundle and chunks are in cli/.\nimport './cli/index.js'\n"
  )
  chmodSync(join(staging, 'cli.js'), 0o755)
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
  chmodSync(staging, 0o755)
  rmSync(out, { recursive: true, force: true })
  renameSync(staging, out)
} finally {
  rmSync(staging, { recursive: true, force: true })
}
