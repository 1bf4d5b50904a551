// Documentation Updates name the documents that describe the touched behaviour: the README's
// section on it, the docs pages, the man page, the changelog the project keeps. Never an example
// program, an issue or pull request template, CI, or the project's own rules.
import { describe, expect, test } from '@jest/globals'
import type { ResearchResult } from '../../../../src/research/types.js'
import { docLines } from '../../../../src/plan/embedded/feature/feature-docs.js'
import { tempRepos } from '../../../support/git-repo.js'

const { tree } = tempRepos()

function research(docs: string[], agentGuides: string[] = []): ResearchResult {
  return {
    files: [],
    symbols: [],
    tests: [],
    orientation: {
      docs: docs.map(path => ({ path, title: path, summary: '' })),
      agentGuides,
      stack: [],
      commands: [],
      tests: { dirs: [], pattern: '', examples: [], files: [] },
      structure: []
    },
    fileCount: 0,
    elapsedMs: 1
  }
}

const readme = [
  '# tac-rs',
  '',
  'Concatenate and print files in reverse.',
  '',
  '## Installation',
  '',
  '```sh',
  '# not a heading',
  'cargo install tac-rs',
  '```',
  '',
  'Options',
  '-------',
  '',
  'Run `tac --help` for the full list.'
].join('\n')

describe('docLines', () => {
  const root = tree({
    'README.md': readme,
    'CHANGELOG.md': '# Changelog\n',
    'CODE_OF_CONDUCT.md': '# Code of conduct\n',
    'docs/man/tac.1': '.TH TAC 1\n',
    'docs/usage.md': '# Usage\n',
    'examples/reverse.rs': 'fn main() {}\n',
    '.github/ISSUE_TEMPLATE/feature.md': '---\n',
    '.github/workflows/ci.yml': 'on: push\n'
  })
  const lines = docLines({
    research: research(['README.md', 'CODE_OF_CONDUCT.md', 'docs/usage.md']),
    root,
    rankedDocs: [
      'examples/reverse.rs',
      '.github/ISSUE_TEMPLATE/feature.md',
      '.github/workflows/ci.yml',
      'docs/usage.md'
    ],
    featureLabel: '“tac: missing -s option”',
    names: ['-s', 'tac'],
    words: ['options']
  })

  test('the README section on the behaviour, the docs page, the man page and the changelog', () => {
    expect(lines).toEqual([
      '`README.md` (section “Options”) - describe “tac: missing -s option” there: what it does and how to use it.',
      '`docs/usage.md` - update the parts the feature changes.',
      '`docs/man/tac.1` - document the new option in the man page.',
      '`CHANGELOG.md` - add an entry for the new behaviour under the next release.'
    ])
  })

  test('never an example, a template, CI or the code of conduct; a `#` inside a code block is no section', () => {
    expect(lines.join('\n')).not.toMatch(
      /examples\/|ISSUE_TEMPLATE|workflows|CODE_OF_CONDUCT|not a heading/
    )
  })

  test('a README without a section on the behaviour is left out when other docs describe it', () => {
    const plain = tree({ 'README.md': '# Shop\n\nA small shop.\n', 'docs/api.md': '# API\n' })
    expect(
      docLines({
        research: research(['README.md', 'docs/api.md']),
        root: plain,
        rankedDocs: ['docs/api.md'],
        featureLabel: '“Bulk export”',
        names: [],
        words: ['bulk', 'export']
      })
    ).toEqual(['`docs/api.md` - update the parts the feature changes.'])
  })

  test('a project whose only document is its README gets the README', () => {
    const only = tree({ 'README.md': '# Shop\n\nA small shop.\n' })
    expect(
      docLines({
        research: research(['README.md']),
        root: only,
        rankedDocs: [],
        featureLabel: '“Bulk export”',
        names: [],
        words: []
      })
    ).toEqual([
      '`README.md` - describe “Bulk export”: what it does, how to use or configure it, with an example.'
    ])
  })
})
