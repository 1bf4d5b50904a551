// Bundles the action and the CLI with ncc, in one build: src/index.ts exports both entry points
// and ncc writes it with its chunks to dist/bundle/. dist/index.js (action.yml `runs.main`) and
// dist/cli.js (the `adw-plan` bin) are two-line starters, so the code both use ships once; a
// third, dist/bundle/research-worker.js, starts the research's worker threads.
// Everything is built in a staging directory beside the output and swapped in at the end, so a
// failed build leaves the previous bundle in place.
// The parser (web-tree-sitter and its grammars) is copied, not bundled, into tree-sitter/: ncc
// would rewrite the runtime's own `import("module")` and re-encode the .wasm files as text. The
// code imports it from there at run time (src/research/syntax/runtime.ts).
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const out = resolve(process.argv[2] ?? 'dist')
const ncc = join('node_modules', '.bin', 'ncc')

const GRAMMARS = ['python', 'javascript', 'typescript', 'tsx', 'go', 'rust', 'java']

/** Copies the parser runtime, the grammars and their licences into `dir`/tree-sitter. */
function copyParser(dir) {
  const require = createRequire(import.meta.url)
  const runtime = dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm'))
  const grammars = join(dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm')
  const target = join(dir, 'tree-sitter')
  mkdirSync(target)
  for (const name of ['web-tree-sitter.js', 'web-tree-sitter.wasm'])
    copyFileSync(join(runtime, name), join(target, name))
  for (const grammar of GRAMMARS)
    copyFileSync(
      join(grammars, `tree-sitter-${grammar}.wasm`),
      join(target, `tree-sitter-${grammar}.wasm`)
    )
  const licences = [
    ['web-tree-sitter', join(runtime, 'LICENSE')],
    ['@vscode/tree-sitter-wasm', join(grammars, '..', 'LICENSE')]
  ].map(([name, file]) => `${name}\n${readFileSync(file, 'utf8').trim()}\n`)
  writeFileSync(join(target, 'LICENSES.txt'), licences.join('\n'))
  for (const name of readdirSync(target)) chmodSync(join(target, name), 0o644)
}

function build(entry, dir) {
  execFileSync(ncc, ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}

// Beside the output, so the final rename stays on one file system.
const staging = mkdtempSync(join(dirname(out), '.bundle-'))
try {
  build('src/index.ts', join(staging, 'bundle'))
  // dist/package.json makes the starters and the bundle ES modules.
  rmSync(join(staging, 'bundle', 'package.json'))
  writeFileSync(
    join(staging, 'index.js'),
    "// The action's entry (action.yml `runs.main`); the code is in bundle/.\nimport { startAction } from './bundle/index.js'\n\nvoid startAction()\n"
  )
  writeFileSync(
    join(staging, 'cli.js'),
    "#!/usr/bin/env node\n// The adw-plan CLI; the code is in bundle/.\nimport { startCli } from './bundle/index.js'\n\nvoid startCli(process.argv.slice(2))\n"
  )
  chmodSync(join(staging, 'cli.js'), 0o755)
  // Beside the chunks, so the scan finds it from its own module (src/research/scan/scan-threads.ts).
  writeFileSync(
    join(staging, 'bundle', 'research-worker.js'),
    "// A worker thread of the research's scan; the code is in index.js.\nimport { startResearchWorker } from './index.js'\n\nvoid startResearchWorker()\n"
  )
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
  copyParser(staging)
  chmodSync(staging, 0o755)
  rmSync(out, { recursive: true, force: true })
  renameSync(staging, out)
} finally {
  rmSync(staging, { recursive: true, force: true })
}
