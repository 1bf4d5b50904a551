// A file's role from its path, and the prior it gives the file's evidence: the project's own code
// counts whole, the machinery around it (scripts, site assets, examples, generated copies, CI,
// templates, changelogs) and files in a minor language of the project count less.
import { describe, expect, test } from '@jest/globals'
import { pathPriors } from '../../src/research/tree/path-priors.js'
import { roleOf } from '../../src/research/tree/roles.js'

describe('roleOf', () => {
  test.each([
    ['src/click/core.py', 'project'],
    ['pandas/core/tools/datetimes.py', 'project'],
    ['lib/rules/no-unused-vars.js', 'project'],
    ['scripts/build_docs.py', 'tooling'],
    ['packages/compat-data/scripts/build.js', 'tooling'],
    ['tools/release.sh', 'tooling'],
    ['benchmark/real-case/bench.mjs', 'tooling'],
    ['src/site/resources/js/copy-clipboard.js', 'site'],
    ['examples/view-constructor/github-view.js', 'example'],
    ['_examples/fileserver/main.go', 'example'],
    ['deno_dist/utils/body.ts', 'mirror'],
    ['.github/workflows/ci.yml', 'ci'],
    ['.gitlab-ci.yml', 'ci'],
    ['.github/ISSUE_TEMPLATE/bug_report.md', 'template'],
    ['.github/PULL_REQUEST_TEMPLATE.md', 'template'],
    ['CHANGELOG.md', 'changelog'],
    ['docs/changelog.rst', 'changelog'],
    ['changelog.d/1234.bugfix.md', 'changelog']
  ])('%s is %s', (path, role) => {
    expect(roleOf(path)).toBe(role)
  })
})

describe('pathPriors', () => {
  test('a minor language of the project and its machinery weigh less than its code', () => {
    const java = Array.from({ length: 40 }, (_, i) => `src/main/java/org/app/C${i}.java`)
    const paths = [...java, 'src/site/resources/js/copy.js', 'tools/gen.js', 'web/app.js']
    const priors = pathPriors(paths)
    expect(priors.weight(0)).toBe(1)
    expect(priors.weight(paths.indexOf('web/app.js'))).toBeLessThan(1)
    expect(priors.weight(paths.indexOf('src/site/resources/js/copy.js'))).toBeLessThan(
      priors.weight(paths.indexOf('web/app.js'))
    )
    expect(priors.role(paths.indexOf('tools/gen.js'))).toBe('tooling')
  })

  test('a small tree has no minor languages', () => {
    const priors = pathPriors(['main.go', 'web/app.js'])
    expect(priors.weight(1)).toBe(1)
  })
})
