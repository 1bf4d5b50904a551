// Families read off the paths (a directory of members of one shape, their case, their companions
// elsewhere), and whether an issue asks for a new member: then the new files take their shape.
import { describe, expect, test } from '@jest/globals'
import { familyOf, inCase, nameCase, wordsOf } from '../../src/research/families/families.js'
import { newMemberIn, newMemberName } from '../../src/research/families/new-member.js'
import type { Family } from '../../src/research/families/families.js'
import { issueInput } from '../../src/research/issue/issue-input.js'
import { readIssueSignals } from '../../src/research/issue/issue-signals.js'

const plugins = ['utc', 'timezone', 'isoWeek', 'duration', 'localeData']
const dayjsLike = [
  'src/index.js',
  ...plugins.flatMap(name => [
    `src/plugin/${name}/index.js`,
    `types/plugin/${name}.d.ts`,
    `test/plugin/${name}.test.js`
  ])
]
const rules = ['no-unused-vars', 'no-dupe-keys', 'arrow-body-style', 'eqeqeq', 'semi']
const eslintLike = [
  'lib/rules/index.js',
  ...rules.flatMap(name => [
    `lib/rules/${name}.js`,
    `tests/lib/rules/${name}.js`,
    `docs/src/rules/${name}.md`
  ])
]
const checks = ['NoLineWrap', 'LineLength', 'WhitespaceAround', 'MethodParamPad']
const checkstyleLike = checks.map(
  name => `src/main/java/org/app/checks/whitespace/${name}Check.java`
)

const signalsOf = (title: string, body = '') => readIssueSignals(issueInput(title, body))

function memberFor(
  title: string,
  body: string,
  signals: ReturnType<typeof signalsOf>,
  family: Family
) {
  const name = newMemberName(title, body, signals, family)
  return name === undefined ? undefined : newMemberIn(family, name)
}

describe('familyOf', () => {
  test('a directory of members, each with an index file, and their companions', () => {
    const family = familyOf('src/plugin/duration/index.js', dayjsLike)!
    expect(family).toMatchObject({ dir: 'src/plugin', shape: '{name}/index.js', case: 'camel' })
    expect(family.members.sort()).toEqual([...plugins].sort())
    expect(family.companions.sort()).toEqual([
      'test/plugin/{name}.test.js',
      'types/plugin/{name}.d.ts'
    ])
  })

  test('files of one shape, a shared suffix, kebab-case', () => {
    expect(familyOf('lib/rules/semi.js', eslintLike)).toMatchObject({
      dir: 'lib/rules',
      shape: '{name}.js',
      case: 'kebab',
      companions: ['docs/src/rules/{name}.md', 'tests/lib/rules/{name}.js']
    })
    expect(familyOf(checkstyleLike[0], checkstyleLike)).toMatchObject({
      shape: '{name}Check.java',
      case: 'pascal'
    })
  })

  test('no family where a directory holds too few siblings', () => {
    expect(familyOf('src/app.py', ['src/app.py', 'src/cli.py', 'README.md'])).toBeUndefined()
  })
})

describe('names', () => {
  test('words in any case, written in the family’s', () => {
    expect(wordsOf('relativeTime')).toEqual(['relative', 'time'])
    expect(wordsOf('no-foo_bar')).toEqual(['no', 'foo', 'bar'])
    expect(inCase(['no', 'foo'], 'kebab')).toBe('no-foo')
    expect(inCase(['relative', 'time'], 'camel')).toBe('relativeTime')
    expect(inCase(['no', 'line'], 'pascal')).toBe('NoLine')
    expect(nameCase(['unused_import', 'line_too_long', 'e501'])).toBe('snake')
  })
})

describe('a new member', () => {
  const plugin = familyOf('src/plugin/duration/index.js', dayjsLike)!
  const rule = familyOf('lib/rules/semi.js', eslintLike)!

  test('a new plugin named in the title, in the family’s shape with its companions', () => {
    expect(
      memberFor('Add `relativeTime` plugin', '', signalsOf('Add `relativeTime` plugin'), plugin)
    ).toEqual({
      pattern: 'src/plugin/{name}/index.js',
      name: 'relativeTime',
      files: [
        'src/plugin/relativeTime/index.js',
        'test/plugin/relativeTime.test.js',
        'types/plugin/relativeTime.d.ts'
      ],
      siblings: expect.any(Array)
    })
  })

  test('the words before the kind, written in the family’s case', () => {
    const title = 'New rule: disallow foo bar'
    expect(
      memberFor('Proposal: no foo bar rule', '', signalsOf('Proposal: no foo bar rule'), rule)?.name
    ).toBe('no-foo-bar')
    expect(memberFor(title, '', signalsOf(title), rule)).toBeUndefined()
  })

  test('the title’s noun names the member, not a method its body mentions', () => {
    const family = familyOf(
      'src/plugin/utc/index.js',
      dayjsLike.filter(p => !p.includes('duration'))
    )!
    const title = 'Feature request: Add Duration Plugin'
    const body =
      'Goal:\n1. parse ISO 8601 durations\n2. `Duration#toISOString()`\n3. `dayjs.duration(x.diff(y))`'
    expect(memberFor(title, body, signalsOf(title, body), family)?.name).toBe('duration')
  })

  test('no new member for an option, an existing member, or an issue that asks for nothing new', () => {
    const option = 'Add truncate_symbol for directory as with git_branch'
    expect(memberFor(option, '', signalsOf(option), plugin)).toBeUndefined()
    const existing = 'Add an option to the `no-unused-vars` rule'
    expect(memberFor(existing, '', signalsOf(existing), rule)).toBeUndefined()
    const bug = '`no-dupe-keys` rule crashes'
    expect(memberFor(bug, '', signalsOf(bug), rule)).toBeUndefined()
  })
})

describe('an issue that extends what exists', () => {
  const rule = familyOf('lib/rules/semi.js', eslintLike)!
  // A package whose modules are many files of one shape is not a family of plugins.
  const modules = ['pretty', 'traceback', 'console', 'table', 'text'].map(name => `rich/${name}.py`)
  const richLike = familyOf('rich/pretty.py', modules)!

  test('a new option for a member the title names', () => {
    const title = 'Rule Change: (Add destructuredArrayIgnorePattern option to no-unused-vars)'
    expect(memberFor(title, '', signalsOf(title), rule)).toBeUndefined()
  })

  test('a parameter for a function, in a package named after its project', () => {
    const title = 'Add `max_depth` as a parameter to `install()`'
    const body = 'How would you improve Rich? `rich.pretty.install()` lacks `max_depth`.'
    expect(memberFor(title, body, signalsOf(title, body), richLike)).toBeUndefined()
  })

  test('a new member whose request names the kind still gets one', () => {
    const title = 'New rule: `no-foo-bar` with an option'
    expect(memberFor(title, '', signalsOf(title), rule)?.name).toBe('no-foo-bar')
  })
})
