// The corpus builder against a real git repository: what a change modified, added and deleted,
// which files are code, tests and docs, and which functions it touched (read with the product's
// parser); how new repositories join a half; and the committed corpus itself.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { derive } from '../../scripts/bench/corpus/derive.js'
import { isHeldOut } from '../../scripts/bench/corpus/held-out.js'
import { assignSplits } from '../../scripts/bench/corpus/splits.js'
import type { Corpus, CorpusInstance } from '../../scripts/bench/corpus/types.js'
import { git, tempRepos, writeTree } from '../support/git-repo.js'

const temp = tempRepos()

const before = {
  'pkg/cart.py': [
    'class Cart:',
    '    def add(self, item):',
    '        self.items.append(item)',
    '',
    '    def total(self):',
    '        return sum(self.items)',
    '',
    '',
    'def helper():',
    '    return 1',
    ''
  ].join('\n'),
  'pkg/old.py': 'x = 1\n',
  'pkg/moved.py': 'def moved():\n    return "a fairly long body so that git sees a rename"\n',
  'tests/test_cart.py': 'def test_add():\n    pass\n',
  'docs/cart.md': '# Cart\n'
}

/** A repository with `before` and a second commit that changes it; returns its .git and the fix. */
function changedRepo(after: Record<string, string | null>): { gitDir: string; fix: string } {
  const root = temp.gitRepo(before)
  for (const [path, content] of Object.entries(after)) {
    if (content === null) rmSync(join(root, path))
    else writeTree({ [path]: content }, root)
  }
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'the fix')
  return { gitDir: join(root, '.git'), fix: git(root, 'rev-parse', 'HEAD').trim() }
}

describe('derive', () => {
  it('sorts the change into code, tests and docs, with renames as deleted and added', async () => {
    const { gitDir, fix } = changedRepo({
      'pkg/cart.py': before['pkg/cart.py'].replace('sum(self.items)', 'sum(self.items) or 0'),
      'pkg/old.py': null,
      'pkg/moved.py': null,
      'pkg/renamed.py': before['pkg/moved.py'],
      'pkg/discount.py': 'def discount():\n    return 0\n',
      'tests/test_cart.py': 'def test_add():\n    assert True\n',
      'tests/test_discount.py': 'def test_discount():\n    pass\n',
      'docs/cart.md': '# Cart\n\nTotals.\n'
    })
    const derived = await derive(gitDir, fix)
    expect(derived.base_commit).toBe(git(join(gitDir, '..'), 'rev-parse', 'HEAD^').trim())
    expect(derived.tree_files).toBe(5)
    expect(derived.modified).toEqual(['docs/cart.md', 'pkg/cart.py', 'tests/test_cart.py'])
    expect(derived.added).toEqual(['pkg/discount.py', 'pkg/renamed.py', 'tests/test_discount.py'])
    expect(derived.deleted).toEqual(['pkg/moved.py', 'pkg/old.py'])
    expect(derived.gold_files).toEqual(['pkg/cart.py'])
    expect(derived.gold_tests).toEqual(['tests/test_cart.py'])
    expect(derived.tests_added).toEqual(['tests/test_discount.py'])
    expect(derived.code_added).toEqual(['pkg/discount.py', 'pkg/renamed.py'])
    expect(derived.gold_functions).toEqual([{ file: 'pkg/cart.py', name: 'total', cls: 'Cart' }])
  })

  it('counts a line added at the end of a function for it, and a new function for nobody', async () => {
    const { gitDir, fix } = changedRepo({
      'pkg/cart.py': before['pkg/cart.py']
        .replace(
          '        self.items.append(item)\n',
          '        self.items.append(item)\n        self.count += 1\n'
        )
        .concat('\n\ndef brand_new():\n    return 2\n')
    })
    const derived = await derive(gitDir, fix)
    expect(derived.gold_functions).toEqual([{ file: 'pkg/cart.py', name: 'add', cls: 'Cart' }])
  })
})

const instance = (repo: string, language: CorpusInstance['language']): CorpusInstance => ({
  id: `${repo}-1`,
  repo,
  language,
  kind: 'bug',
  kind_reason: 'test',
  issue: {
    number: 1,
    url: '',
    title: '',
    body: '',
    body_truncated: false,
    labels: [],
    created: ''
  },
  fix: { commit: '', pr: null, evidence: '' }
})

describe('assignSplits', () => {
  it('keeps a repository in its half and puts a new one where its language has fewer instances', () => {
    const corpus: Corpus = {
      about: '',
      repositories: { 'a/one': { language: 'go', split: 'tune' } },
      instances: [
        instance('a/one', 'go'),
        instance('a/one', 'go'),
        instance('b/two', 'go'),
        instance('c/three', 'go'),
        instance('d/four', 'rust')
      ]
    }
    expect(assignSplits(corpus)).toEqual(['b/two: report', 'c/three: report', 'd/four: tune'])
    expect(corpus.repositories['a/one'].split).toBe('tune')
    expect(assignSplits(corpus)).toEqual([])
  })
})

describe('the committed corpus', () => {
  const corpus = JSON.parse(readFileSync('bench/corpus/corpus.json', 'utf8')) as Corpus
  const languages = ['python', 'javascript', 'typescript', 'go', 'rust', 'java']

  it('holds at least 200 derived instances from at least 30 repositories, none held out', () => {
    expect(corpus.instances.length).toBeGreaterThanOrEqual(200)
    expect(corpus.instances.every(item => item.derived !== undefined)).toBe(true)
    expect(Object.keys(corpus.repositories).length).toBeGreaterThanOrEqual(30)
    expect(Object.keys(corpus.repositories).filter(isHeldOut)).toEqual([])
    expect(new Set(corpus.instances.map(item => item.id)).size).toBe(corpus.instances.length)
  })

  it.each(languages)('has %s instances in both halves, bugs and features', language => {
    const of = (split: string, kind: string) =>
      corpus.instances.filter(
        item =>
          item.language === language &&
          item.kind === kind &&
          corpus.repositories[item.repo].split === split
      ).length
    expect(of('tune', 'bug') + of('tune', 'feature')).toBeGreaterThanOrEqual(10)
    expect(of('report', 'bug') + of('report', 'feature')).toBeGreaterThanOrEqual(10)
    expect(of('tune', 'bug') + of('report', 'bug')).toBeGreaterThanOrEqual(5)
    expect(of('tune', 'feature') + of('report', 'feature')).toBeGreaterThanOrEqual(5)
  })
})
