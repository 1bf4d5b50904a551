// Names of several words written whole find the file or directory named after them, in the
// repository's own case: kebab-case rule names, snake_case files, a check class's suffix.
import { describe, expect, test } from '@jest/globals'
import { foldName, readCompoundNames } from '../../src/research/issue/compound-names.js'
import { research } from '../../src/research/index.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

describe('readCompoundNames', () => {
  test('kebab-case in the title and in code, identifiers of two words, not hyphenated prose', () => {
    const names = readCompoundNames(
      'Crash with arrow-body-style',
      'A built-in, real-time rule: `"no-dupe-keys": "error"` and `--float-to-top` misbehave.',
      new Map([
        ['show_choices', { name: 'show_choices', count: 1, inTitle: false, codeLike: true }],
        ['Panel', { name: 'Panel', count: 1, inTitle: false, codeLike: true }]
      ])
    )
    expect([...names.keys()].sort()).toEqual([
      'arrowbodystyle',
      'floattotop',
      'nodupekeys',
      'showchoices'
    ])
    expect(names.get('arrowbodystyle')).toMatchObject({
      inTitle: true,
      written: 'arrow-body-style'
    })
  })

  test('folding makes the conventions meet', () => {
    expect(foldName('unused-import')).toBe(foldName('unused_import'))
    expect(foldName('NoLineWrap')).toBe('nolinewrap')
  })
})

describe('research with compound names', () => {
  test('a rule named in kebab-case ranks its own file above files sharing its words', async () => {
    const arrows = 'arrow function body style arrow arrow body '.repeat(20)
    const root = gitRepo({
      'lib/rules/arrow-body-style.js': 'module.exports = { create() { return {} } }\n',
      'lib/rules/arrow-spacing.js': `// ${arrows}\nmodule.exports = {}\n`,
      'lib/rules/index.js': `// ${arrows}\n`
    })
    const result = await research({
      root,
      title: 'Crash with `"arrow-body-style": ["error", "always"]`',
      body: 'Linting an arrow function with a body crashes.'
    })
    expect(result.files[0].path).toBe('lib/rules/arrow-body-style.js')
    expect(result.files[0].reasons.join('; ')).toMatch(/arrow-body-style/)
  })

  test('a lint named in kebab-case finds its snake_case file, a check its suffixed class', async () => {
    const root = gitRepo({
      'crates/linter/src/rules/unused_import.rs': 'pub fn check() {}\n',
      'crates/linter/src/rules/mod.rs': 'mod unused_import;\n// unused import rules\n',
      'src/main/java/org/app/checks/NoLineWrapCheck.java': 'class NoLineWrapCheck {}\n',
      'src/main/java/org/app/checks/LineLengthCheck.java':
        '// line wrap line wrap line wrap no line wrap\nclass LineLengthCheck {}\n'
    })
    const lint = await research({ root, title: '`unused-import` misses aliased imports', body: '' })
    expect(lint.files[0].path).toBe('crates/linter/src/rules/unused_import.rs')
    const check = await research({ root, title: 'NoLineWrap: no support for modules', body: '' })
    expect(check.files[0].path).toBe('src/main/java/org/app/checks/NoLineWrapCheck.java')
  })
})
