// Similar past changes, files that change together, and their fusion with today's ranking.
import { describe, expect, it } from '@jest/globals'
import { CoChange } from '../../../src/research/history/co-change.js'
import { fuseFiles, fuseTests } from '../../../src/research/history/fusion.js'
import { commitLabel, commitTitle } from '../../../src/research/history/labels.js'
import { similarChanges } from '../../../src/research/history/similar-changes.js'
import type { Commit } from '../../../src/research/history/types.js'
import { historyWeights } from '../../../src/research/history/weights.js'
import { issueInput } from '../../../src/research/issue/issue-input.js'
import { readIssueSignals } from '../../../src/research/issue/issue-signals.js'
import type { FusionInputs, RankedFile } from '../../../src/research/types.js'

let next = 0
function commit(subject: string, paths: string[], body = ''): Commit {
  next++
  return {
    sha: next.toString(16).padStart(40, 'a'),
    parents: 1,
    time: 1_700_000_000 - next,
    subject,
    body,
    fileCount: paths.length,
    files: paths.map(path => ({ path, status: 'M' }))
  }
}

function signalsOf(title: string, body = '') {
  return readIssueSignals(issueInput(title, body))
}

describe('similarChanges', () => {
  const commits = [
    commit('Bump version to 2.1.0', ['setup.py']),
    commit('Fix timezone parsing for offsets without a colon', [
      'src/dates.py',
      'tests/test_dates.py'
    ]),
    commit('Add a progress bar to downloads', ['src/download.py']),
    commit('Document the config file', ['docs/config.md'])
  ]

  it('ranks the commit worded like the issue first and leaves routine commits out', () => {
    const similar = similarChanges(
      commits,
      signalsOf('Parsing a timezone offset like +0530 fails'),
      'Parsing a timezone offset like +0530 fails'
    )
    expect(similar[0].commit.subject).toMatch(/timezone parsing/)
    expect(similar.some(item => item.commit.subject.startsWith('Bump'))).toBe(false)
  })

  it('puts first the change whose pull request the issue names', () => {
    const referenced = commit('Rework the loader (#4321)', ['src/loader.py'])
    const similar = similarChanges(
      [...commits, referenced],
      signalsOf('Timezone parsing broke', 'This regressed in #4321.'),
      'Timezone parsing broke\nThis regressed in #4321.'
    )
    expect(similar[0]).toMatchObject({ commit: referenced, referenced: true })
  })
})

describe('CoChange', () => {
  it('counts the files that changed with a file in its recent commits', () => {
    const history = new CoChange([
      commit('a', ['src/x.rs', 'tests/x.rs']),
      commit('b', ['src/x.rs', 'tests/x.rs', 'CHANGELOG.md']),
      commit('c', ['src/x.rs']),
      commit('d', ['src/y.rs', 'tests/y.rs'])
    ])
    expect(history.companionsOf('src/x.rs', () => true)).toEqual([
      { path: 'tests/x.rs', together: 2, of: 3 },
      { path: 'CHANGELOG.md', together: 1, of: 3 }
    ])
    expect(history.companionsOf('src/x.rs', path => !path.endsWith('.md'))).toHaveLength(1)
  })
})

describe('commit labels', () => {
  it('names a merge by its pull request title and cleans the subject', () => {
    expect(
      commitTitle({
        subject: 'Merge pull request #17 from me/branch',
        body: 'Fix the `x` crash\n\nmore'
      })
    ).toBe('Fix the `x` crash (#17)')
    expect(commitLabel({ sha: 'abcdef1234567', subject: 'Fix *all* the `x`\u202e things' })).toBe(
      '`abcdef1` *Fix all the x things*'
    )
  })

  it('cuts a long subject between words and keeps the pull request it names whole', () => {
    const label = commitLabel({
      sha: 'abcdef1234567',
      subject:
        'Make the resolver follow symlinked workspace packages when it builds the graph of a monorepo (#12345)'
    })
    expect(label).toBe(
      '`abcdef1` *Make the resolver follow symlinked workspace packages when it… (#12345)*'
    )
    expect(label.replace(/`[^`]*`/, '').length).toBeLessThanOrEqual(2 + 72 + 1)
    const plain = commitLabel({
      sha: 'abcdef1234567',
      subject: `Refactor ${'the parser state machine '.repeat(5)}`
    })
    // Whole words only: the cut falls before a word, never inside one.
    expect(plain).toMatch(/ (?:the|parser|state|machine)…\*$/)
  })
})

function file(path: string, score: number, kind: RankedFile['kind'] = 'code'): RankedFile {
  return { path, score, kind, reasons: [`evidence for ${path}`] }
}

describe('fusion', () => {
  const inputs = (): FusionInputs => ({
    files: [file('src/a.py', 10), file('src/b.py', 8), file('src/c.py', 3)],
    tests: [{ path: 'tests/test_a.py', subject: 'src/a.py', score: 4, reasons: ['imports `a`'] }],
    similar: [
      {
        sha: 'c'.repeat(40),
        subject: 'Fix c when empty',
        score: 9,
        referenced: false,
        files: ['src/c.py', 'tests/test_c.py']
      },
      {
        sha: 'd'.repeat(40),
        subject: 'Fix c again',
        score: 6,
        referenced: false,
        files: ['src/c.py']
      }
    ],
    companions: {
      'src/c.py': [
        { path: 'tests/test_c.py', together: 5, of: 6 },
        { path: 'docs/c.md', together: 3, of: 6 }
      ]
    }
  })

  it('lifts the file that similar past changes touched, with the commit as its reason', () => {
    const fused = fuseFiles(inputs(), { ...historyWeights, history: 1 })
    expect(fused[0].path).toBe('src/c.py')
    expect(fused[0].reasons).toContain('changed by `ccccccc` *Fix c when empty*')
  })

  it('leaves today’s order as it is when the history weighs nothing', () => {
    const fused = fuseFiles(inputs(), { ...historyWeights, history: 0 })
    expect(fused.map(item => item.path)).toEqual(['src/a.py', 'src/b.py', 'src/c.py'])
  })

  it('finds the test that changes with the code ranked first, tied to that code', () => {
    const data = inputs()
    const weights = { ...historyWeights, history: 1 }
    const tests = fuseTests(data, fuseFiles(data, weights), weights)
    expect(tests[0]).toMatchObject({ path: 'tests/test_c.py', subject: 'src/c.py' })
    expect(tests[0].reasons).toContain('changed with `src/c.py` in 5 of its last 6 commits')
    // The test found by its imports stays, tied to its own subject.
    expect(tests).toContainEqual(
      expect.objectContaining({ path: 'tests/test_a.py', subject: 'src/a.py' })
    )
  })
})
