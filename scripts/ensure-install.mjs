// Lets the README's commands work on a fresh clone: installs the locked dependencies
// (including the Node 24 binary from the `node` package) the first time, and is a no-op after.
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
  console.error('Installing dependencies (first run)…')
  execSync(existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install', {
    stdio: 'inherit'
  })
}
