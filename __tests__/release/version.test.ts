// One version across the project: package.json (which the bundled CLI's --version prints, see
// __tests__/e2e/cli.test.ts), the newest release in CHANGELOG.md, and the release README tells
// users to pin. The release workflow checks the same on the tag (scripts/release.mjs).
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const changelog = readFileSync('CHANGELOG.md', 'utf8')
const readme = readFileSync('README.md', 'utf8')

describe(`version ${version}`, () => {
  test('is the newest dated release in CHANGELOG.md, with its link', () => {
    const newest = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m.exec(changelog)
    expect(newest?.[1]).toBe(version)
    expect(changelog).toContain(`\n[${version}]: `)
  })

  test('is what README pins, under the major tag it uses', () => {
    const major = `v${version.split('.')[0]}`
    const pins = [...readme.matchAll(/adw-plan-action@(v[\w.]+)/g)].map(match => match[1])
    expect(new Set(pins)).toEqual(new Set([major, `v${version}`]))
    expect(readme).toContain(`uses: OWNER/adw-plan-action@${major}\n`)
  })
})
