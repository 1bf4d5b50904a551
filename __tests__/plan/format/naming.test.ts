import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  branchName,
  descriptiveName,
  isPlanFileFor,
  isPlanKind,
  isPlanPath,
  parsePlanBranch,
  planFileName,
  planKinds,
  planPath,
  planTitlePrefix,
  stripTitlePrefix,
  type PlanKind
} from '../../../src/plan/format/naming.js'

const safeName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

describe('descriptiveName', () => {
  test.each([
    ['User auth', 'user-auth'],
    ['Add real-time notifications', 'real-time-notifications'],
    ['[Feature] Agent dashboard', 'agent-dashboard'],
    ['feat(ui): agent dashboard', 'agent-dashboard'],
    ['Feature request: Please add support for dark mode', 'dark-mode'],
    ['Allow users to export their data as CSV', 'export-their-data-csv'],
    ['Implement the OAuth login flow', 'oauth-login-flow'],
    ['Café menu für Größen', 'cafe-menu-fur-grossen'],
    ["Users' saved searches", 'users-saved-searches']
  ])('%s -> %s', (title, expected) => {
    expect(descriptiveName(title)).toBe(expected)
  })

  test('keeps a meaningful prefix word that merely looks like a label', () => {
    expect(descriptiveName('Feature-flags for teams')).toBe('feature-flags-teams')
    expect(descriptiveName('Request logging middleware')).toBe('request-logging-middleware')
  })

  test('is short: at most five words and 40 characters, cut at a word boundary', () => {
    const name = descriptiveName(
      'Streaming terminal output relay with reconnect backoff and compression and metrics'
    )
    expect(name).toBe('streaming-terminal-output-relay')
    expect(name.length).toBeLessThanOrEqual(40)
    expect(descriptiveName('x'.repeat(500))).toBe('x'.repeat(40))
    expect(descriptiveName('word '.repeat(100)).split('-').length).toBeLessThanOrEqual(5)
  })

  test('falls back to the body, then to `feature`', () => {
    expect(descriptiveName('🚀🚀', '<!-- template -->\n\nBulk delete for projects')).toBe(
      'bulk-delete-projects'
    )
    expect(descriptiveName('', '')).toBe('feature')
    expect(descriptiveName('מצב כהה', 'وضع داكن')).toBe('feature')
    expect(descriptiveName('日本語のタイトル')).toBe('feature')
  })

  test('neutralises path tricks', () => {
    expect(descriptiveName('../../etc/passwd')).toBe('etc-passwd')
    expect(descriptiveName('a/b\\c')).toBe('b-c')
    expect(descriptiveName('-leading dash')).toBe('leading-dash')
    expect(descriptiveName('\u202Eevil\u202C name')).toBe('evil-name')
  })

  test('property: any title and body give a non-empty safe ASCII name, deterministically', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.string(), (title, body) => {
        const name = descriptiveName(title, body)
        expect(name).toMatch(safeName)
        expect(name.length).toBeLessThanOrEqual(40)
        expect(name).not.toContain('..')
        expect(descriptiveName(title, body)).toBe(name)
      }),
      { numRuns: 500 }
    )
  })
})

describe('stripTitlePrefix', () => {
  test.each([
    ['[Feature] Dark mode', 'Dark mode'],
    ['[RFC][UI] Dark mode', 'Dark mode'],
    ['feat!: dark mode', 'dark mode'],
    ['Enhancement - Dark mode', 'Dark mode'],
    ['Feature Request: Dark mode', 'Dark mode'],
    ['Dashboard: show agents', 'Dashboard: show agents']
  ])('%s -> %s', (title, expected) => {
    expect(stripTitlePrefix(title)).toBe(expected)
  })
})

describe('file and branch names', () => {
  test('plan file name and path', () => {
    expect(planFileName('12', 'user-auth')).toBe('feature-12-user-auth.md')
    expect(planPath('specs', '12', 'user-auth')).toBe('specs/feature-12-user-auth.md')
    expect(planPath('./docs/specs/', '3', 'x')).toBe('docs/specs/feature-3-x.md')
    expect(planPath('specs', '3', '../../evil')).toBe('specs/feature-3-evil.md')
    expect(planPath('specs', '3', '')).toBe('specs/feature-3-feature.md')
    expect(planFileName('3', 'real-time-push-notifications-mobile')).toBe(
      'feature-3-real-time-push-notifications-mobile.md'
    )
    expect(planFileName('3', 'Ab '.repeat(40))).toBe('feature-3-ab-ab-ab-ab-ab.md')
  })

  test('rejects a specs directory outside the repository', () => {
    for (const dir of ['/srv/specs', '../specs', 'specs/../../x', '', '.', 'C:\\specs', '.git']) {
      expect(() => planPath(dir, '1', 'x')).toThrow(/specs-dir/)
    }
  })

  test('rejects an adw_id that is not a positive issue number', () => {
    for (const id of ['0', '-1', '01', '1.5', 'abc', '', '1/..', '.*']) {
      expect(() => planFileName(id, 'x')).toThrow(/adw_id/)
      expect(() => branchName('adw/', id)).toThrow(/adw_id/)
      expect(() => isPlanFileFor(id, 'feature-1-x.md')).toThrow(/adw_id/)
    }
  })

  test('branch name', () => {
    expect(branchName('adw/', '42')).toBe('adw/feature-42')
    expect(branchName('', '42')).toBe('feature-42')
  })

  test('isPlanPath: any plan in the specs directory, and nothing else there or elsewhere', () => {
    expect(isPlanPath('specs/feature-7-user-auth.md', 'specs')).toBe(true)
    expect(isPlanPath('specs/bug-12-crash.md', 'specs/')).toBe(true)
    expect(isPlanPath('docs/plans/chore-3-bump-deps.md', 'docs/plans')).toBe(true)
    // A project's own specs (tests, documents) stay research material.
    expect(isPlanPath('specs/checkout.spec.ts', 'specs')).toBe(false)
    expect(isPlanPath('specs/feature-flags.md', 'specs')).toBe(false)
    expect(isPlanPath('specs/nested/feature-7-user-auth.md', 'specs')).toBe(false)
    expect(isPlanPath('other/feature-7-user-auth.md', 'specs')).toBe(false)
    expect(isPlanPath('specsx/feature-7-user-auth.md', 'specs')).toBe(false)
  })

  test("isPlanFileFor matches only this issue's plan files", () => {
    expect(isPlanFileFor('12', 'feature-12-x.md')).toBe(true)
    expect(isPlanFileFor('12', 'feature-12-user-auth.md')).toBe(true)
    expect(isPlanFileFor('1', 'feature-12-x.md')).toBe(false)
    expect(isPlanFileFor('123', 'feature-12-x.md')).toBe(false)
    expect(isPlanFileFor('12', 'feature-12-.md')).toBe(false)
    expect(isPlanFileFor('12', 'feature-12-x.md.bak')).toBe(false)
    expect(isPlanFileFor('12', 'chore-12-x.md')).toBe(false)
    expect(isPlanFileFor('12', 'feature-12-X.md')).toBe(false)
  })

  test('property: a generated plan file is recognised for its own issue only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.string(),
        (id, other, title) => {
          const name = descriptiveName(title)
          const file = planFileName(String(id), name)
          expect(file).toBe(`feature-${id}-${name}.md`)
          expect(isPlanFileFor(String(id), file)).toBe(true)
          if (other !== id) expect(isPlanFileFor(String(other), file)).toBe(false)
        }
      )
    )
  })
})

describe('plan kinds', () => {
  test('feature, bug and chore, the default first', () => {
    expect(planKinds).toEqual(['feature', 'bug', 'chore'])
    expect(planKinds.map(kind => planTitlePrefix(kind))).toEqual(['Feature', 'Bug', 'Chore'])
    expect(isPlanKind('bug')).toBe(true)
    expect(isPlanKind('Bug')).toBe(false)
    expect(isPlanKind('epic')).toBe(false)
  })

  test('file, path and branch names carry the kind', () => {
    expect(planFileName('42', 'crash-on-save', 'bug')).toBe('bug-42-crash-on-save.md')
    expect(planPath('specs', '42', 'crash-on-save', 'bug')).toBe('specs/bug-42-crash-on-save.md')
    expect(planPath('specs', '7', 'bump-eslint', 'chore')).toBe('specs/chore-7-bump-eslint.md')
    expect(branchName('adw/', '42', 'bug')).toBe('adw/bug-42')
    expect(branchName('adw/', '42', 'chore')).toBe('adw/chore-42')
    // An empty name falls back to the kind, not to `feature`.
    expect(planPath('specs', '3', '', 'bug')).toBe('specs/bug-3-bug.md')
    expect(planPath('specs', '3', '', 'chore')).toBe('specs/chore-3-chore.md')
  })

  test('an unknown kind cannot reach a file or branch name', () => {
    const bad = '../x' as PlanKind
    expect(() => planFileName('1', 'x', bad)).toThrow(/plan kind/)
    expect(() => branchName('adw/', '1', bad)).toThrow(/plan kind/)
    expect(() => isPlanFileFor('1', 'x', bad)).toThrow(/plan kind/)
  })

  test("isPlanFileFor matches only this issue's plans of this kind", () => {
    expect(isPlanFileFor('12', 'bug-12-crash.md', 'bug')).toBe(true)
    expect(isPlanFileFor('12', 'feature-12-crash.md', 'bug')).toBe(false)
    expect(isPlanFileFor('1', 'bug-12-crash.md', 'bug')).toBe(false)
    expect(isPlanFileFor('12', 'chore-12-bump.md', 'chore')).toBe(true)
    expect(isPlanFileFor('12', 'bug-12-crash.md')).toBe(false)
  })

  test('the default name follows the kind', () => {
    expect(descriptiveName('', '', 'bug')).toBe('bug')
    expect(descriptiveName('🚀', '', 'chore')).toBe('chore')
    expect(descriptiveName('')).toBe('feature')
  })

  test.each([
    ['[Bug] Crash on save', 'Crash on save'],
    ['Bug: crash on save', 'crash on save'],
    ['Bug report: crash on save', 'crash on save'],
    ['fix: crash on save', 'crash on save'],
    ['fix(editor)!: crash on save', 'crash on save'],
    ['Bugfix - crash on save', 'crash on save'],
    ['chore: bump eslint', 'bump eslint'],
    ['chore(deps): bump eslint', 'bump eslint'],
    ['Fixture loading is slow', 'Fixture loading is slow'],
    ['Chores list page', 'Chores list page']
  ])('title prefix: %s -> %s', (title, expected) => {
    expect(stripTitlePrefix(title)).toBe(expected)
  })

  test.each([
    ['[Bug] Checkout crashes on an empty cart', 'checkout-crashes-empty-cart'],
    ['fix: crash when saving a draft', 'crash-when-saving-draft'],
    ['Fix crash when saving a draft', 'crash-when-saving-draft'],
    ['chore(deps): bump eslint to v9', 'bump-eslint-v9']
  ])('bug and chore titles: %s -> %s', (title, expected) => {
    expect(descriptiveName(title)).toBe(expected)
  })
})

describe('parsePlanBranch', () => {
  test.each([
    ['adw/', 'adw/feature-12', { kind: 'feature', adwId: '12' }],
    ['adw/', 'adw/bug-7', { kind: 'bug', adwId: '7' }],
    ['plans/', 'plans/chore-300', { kind: 'chore', adwId: '300' }],
    ['', 'feature-4', { kind: 'feature', adwId: '4' }]
  ])('%s%s is a plan branch', (prefix, ref, expected) => {
    expect(parsePlanBranch(prefix, ref)).toEqual(expected)
    expect(branchName(prefix, expected.adwId, expected.kind as PlanKind)).toBe(ref)
  })

  test.each([
    'adw/feature-012',
    'adw/feature-12-x',
    'adw/task-12',
    'main',
    'x/adw/feature-12',
    'adw/feature-'
  ])('%s is not', ref => {
    expect(parsePlanBranch('adw/', ref)).toBeUndefined()
  })
})
