// Issue titles come from anyone who can open an issue. Whatever a title holds, the plan file it
// names is `specs/feature-{adw_id}-{name}.md` with a short lowercase ASCII kebab-case name: it
// cannot be empty, cannot climb out of `specs/`, cannot start with `-`, and is the same every time.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { posix } from 'node:path'
import { descriptiveName, planPath } from '../../src/plan/format/naming.js'
import { assertProperty } from './property.js'

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// Pieces that have broken slug and path code elsewhere: traversal, separators, scripts that have
// no ASCII transliteration, emoji sequences, direction overrides, controls, NUL, lone surrogates.
const hostilePiece = fc.constantFrom(
  '../',
  '..\\',
  '..',
  '.',
  '/',
  '\\',
  '/etc/passwd',
  'C:\\Windows',
  '~/',
  '-',
  '--',
  '-rf',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u001B[31m',
  '\u007F',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\uD83D',
  '\uDE80',
  '👩‍💻',
  '🚀',
  '🇺🇳',
  'עברית',
  'العربية',
  '日本語',
  '한국어',
  'Ελληνικά',
  'кириллица',
  'ﬁ',
  'Ⅻ',
  'ß',
  'İ',
  '%2e%2e%2f',
  '[Feature]',
  'feat(ui):',
  '{{constructor.constructor "return process"}}',
  '<script>',
  'Add',
  'the',
  'user',
  'Dark mode'
)

/** Any code point at all, lone surrogate halves included. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map(code => String.fromCodePoint(code))

const titles = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.string({ unit: anyCodePoint, maxLength: 500 }),
  fc.array(hostilePiece, { maxLength: 60 }).map(parts => parts.join('')),
  fc
    .array(fc.oneof(hostilePiece, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 })
    .map(parts => parts.join(''))
)

const adwIds = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).map(String)

/** Every claim about one title, as one assertion list. */
function expectSafePlanPath(title: string, adwId: string, body?: string): void {
  const name = descriptiveName(title, body)
  expect(name).toMatch(kebab)
  expect(name.length).toBeGreaterThan(0)
  expect(name.length).toBeLessThanOrEqual(40)
  // Deterministic: the same title names the same file on every run.
  expect(descriptiveName(title, body)).toBe(name)

  const path = planPath('specs', adwId, name)
  expect(path).toBe(`specs/feature-${adwId}-${name}.md`)
  expect(posix.normalize(path)).toBe(path)
  expect(posix.dirname(path)).toBe('specs')
  expect(path.split('/')).toHaveLength(2)
  expect(path).not.toContain('..')
  expect(path).not.toContain('\\')
  expect(path).toMatch(/^[\x21-\x7e]+$/)
}

describe('hostile issue titles', () => {
  test.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['parent directory', '../'],
    ['deep traversal', '../../../../etc/passwd'],
    ['Windows traversal', '..\\..\\Windows\\System32'],
    ['absolute path', '/etc/shadow'],
    ['dots only', '....'],
    ['dashes only', '-----'],
    ['leading dash', '-rf --no-preserve-root'],
    ['NUL and controls', 'a\u0000b\u0007c\u001B[2Jd'],
    ['right-to-left override', '\u202Etxt.exe\u202C'],
    ['zero-width only', '\u200B\u200C\u200D\uFEFF'],
    ['emoji only', '👩‍💻🚀🇺🇳'],
    ['Hebrew', 'מצב כהה'],
    ['Arabic', 'الوضع الداكن'],
    ['Japanese', 'ダークモードを追加'],
    ['lone surrogates', '\uD800\uDFFF\uDBFF'],
    ['500 characters', 'a'.repeat(500)],
    ['500 words', 'word '.repeat(100)],
    ['500 hyphens and letters', 'a-'.repeat(250)],
    ['URL-encoded traversal', '%2e%2e%2f%2e%2e%2fetc'],
    ['template syntax', '{{constructor.constructor "return process"}}'],
    ['only filler words', 'Add the ability to'],
    ['labels only', '[Feature][RFC] feat(ui):']
  ])('%s', (_label, title) => {
    expectSafePlanPath(title, '42')
  })

  test('property: any title gives a safe, deterministic name directly inside specs/', async () => {
    await assertProperty(
      {
        case: 'Hostile issue titles → plan file name',
        generated: 'titles; each named a kebab-case file directly inside specs/, deterministically'
      },
      fc.property(titles, adwIds, (title, adwId) => expectSafePlanPath(title, adwId)),
      { numRuns: 1500 }
    )
  })

  test('property: the same holds when an unusable title falls back to the body', async () => {
    await assertProperty(
      {
        case: 'Unusable title, name taken from a hostile body',
        generated: 'title and body pairs; each named a safe file inside specs/'
      },
      fc.property(titles, titles, adwIds, (title, body, adwId) =>
        expectSafePlanPath(title, adwId, body)
      ),
      { numRuns: 500 }
    )
  })

  test('property: planPath re-checks a name that did not come from descriptiveName', async () => {
    await assertProperty(
      {
        case: 'Raw hostile name handed straight to planPath',
        generated: 'names; each reduced to a safe file inside specs/'
      },
      fc.property(titles, adwIds, (rawName, adwId) => {
        const path = planPath('specs', adwId, rawName)
        const file = path.slice('specs/'.length)
        expect(posix.dirname(path)).toBe('specs')
        expect(file).toMatch(new RegExp(`^feature-${adwId}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`))
        expect(planPath('specs', adwId, rawName)).toBe(path)
      }),
      { numRuns: 1000 }
    )
  })
})
