// A new member of a family follows the commit that added its last sibling: the same files, its
// name in place of the sibling's, and the same registrations.
import { describe, expect, it } from '@jest/globals'
import { makePlan } from '../../../src/pipeline/make-plan.js'
import { silentLogger } from '../../../src/log/logger.js'
import { findHeading, outline, sectionBody } from '../../../src/plan/format/markdown.js'
import { research } from '../../../src/research/index.js'
import { git, tempRepos, writeTree } from '../../support/git-repo.js'

const temp = tempRepos()

const rule = (name: string) => `module.exports = { meta: { name: '${name}' }, create() {} }\n`

/** A linter whose rules each have a docs page, and whose last rule was added with its registration. */
function linter(): string {
  const members = ['no-alert', 'no-console', 'no-debugger', 'no-eval']
  const repo = temp.gitRepo({
    ...Object.fromEntries(members.map(name => [`lib/rules/${name}.js`, rule(name)])),
    ...Object.fromEntries(members.map(name => [`docs/rules/${name}.md`, `# ${name}\n`])),
    'lib/rules/index.js': members.map(name => `require('./${name}')`).join('\n') + '\n',
    'docs/rules-list.md': members.map(name => `- ${name}`).join('\n') + '\n'
  })
  writeTree(
    {
      'lib/rules/no-with.js': rule('no-with'),
      'docs/rules/no-with.md': '# no-with\n',
      'tests/fixtures/no-with/valid.js': 'x()\n',
      'lib/rules/index.js':
        [...members, 'no-with'].map(name => `require('./${name}')`).join('\n') + '\n',
      'docs/rules-list.md': [...members, 'no-with'].map(name => `- ${name}`).join('\n') + '\n'
    },
    repo
  )
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'Add the no-with rule (#88)')
  writeTree({ 'README.md': '# lint\n' }, repo)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'Readme')
  return repo
}

const issue = { title: 'Add a no-var rule', body: 'A new rule that reports `var` declarations.' }

describe('a new member follows the commit that added its last sibling', () => {
  it('finds that commit: its other new files, renamed, and the files it registered the member in', async () => {
    const found = await research({ root: linter(), ...issue })
    expect(found.newMember).toMatchObject({ name: 'no-var' })
    expect(found.newMember?.precedent).toMatchObject({
      sibling: 'no-with',
      subject: 'Add the no-with rule (#88)',
      files: ['tests/fixtures/no-var/valid.js'],
      registrations: ['docs/rules-list.md', 'lib/rules/index.js']
    })
  })

  it('puts them in the plan, with the commit as the reason', async () => {
    const root = linter()
    const made = await makePlan({
      adwId: '9',
      issue: { number: 9, ...issue },
      root,
      inputs: { provider: 'template', specsDir: 'specs' },
      log: silentLogger
    })
    const doc = outline(made.result.markdown)
    const section = (title: string) => sectionBody(doc, findHeading(doc, title)!).join('\n')
    const toCreate = section('New Files to Create')
    const toModify = section('Existing Files to Modify')
    expect(toCreate).toContain('`lib/rules/no-var.js`')
    expect(toCreate).toMatch(
      /`tests\/fixtures\/no-var\/valid\.js` - The commit that added `no-with`/
    )
    expect(toModify).toMatch(
      /`lib\/rules\/index\.js` - The commit that added `no-with` \(`[0-9a-f]{7}` \*Add the no-with rule \(#88\)\*\) changed it too/
    )
  })

  it('is the plan without it when no history is read', async () => {
    const found = await research({ root: linter(), ...issue, historyCommits: 0 })
    expect(found.newMember?.name).toBe('no-var')
    expect(found.newMember?.precedent).toBeUndefined()
  })
})
