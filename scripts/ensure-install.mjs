// The first `npm test` on a fresh clone installs the locked development dependencies (jest,
// TypeScript, and the Node 24 binary of the registry's `node` package that runs the tests), and
// is a no-op after. Planning needs none of them: dist/ holds the CLI with its dependencies.
import { existsSync, readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'

const marker = 'node_modules/.package-lock.json'
const stale =
  !existsSync(marker) ||
  !existsSync('node_modules/.bin/jest') ||
  (existsSync('package-lock.json') &&
    JSON.parse(readFileSync('package-lock.json', 'utf8')).lockfileVersion !==
      JSON.parse(readFileSync(marker, 'utf8')).lockfileVersion)
if (stale) {
  console.error('Installing the development dependencies for the tests (first run)…')
  execSync(existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install', {
    stdio: 'inherit'
  })
}
