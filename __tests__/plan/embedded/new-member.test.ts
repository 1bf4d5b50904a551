// A feature that adds a member to a family: the plan proposes the member's files in its
// siblings' shape and does not list the siblings as files to modify.
import { describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { research } from '../../../src/research/index.js'
import { TemplatePlanner, planFormat, validatePlan } from '../../../src/plan/index.js'
import { tempRepos } from '../../support/git-repo.js'

const { gitRepo } = tempRepos()

const plugins = ['utc', 'timezone', 'isoWeek', 'duration', 'localeData']
const files = Object.fromEntries([
  ['src/index.js', 'export default function dayjs() {}\ndayjs.extend = plugin => plugin()\n'],
  ['package.json', '{"name":"dayjs-like","scripts":{"test":"jest"}}'],
  ...plugins.flatMap(name => [
    [
      `src/plugin/${name}/index.js`,
      `export default (o, c) => {\n  c.prototype.${name} = () => 1\n}\n`
    ],
    [
      `types/plugin/${name}.d.ts`,
      `import { PluginFunc } from 'dayjs'\ndeclare const plugin: PluginFunc\n`
    ],
    [
      `test/plugin/${name}.test.js`,
      `import ${name} from '../../src/plugin/${name}'\ntest('${name}', () => {})\n`
    ]
  ])
])

describe('a new plugin', () => {
  test('gets its files in the siblings’ shape, and the siblings are not files to modify', async () => {
    const root = gitRepo(files)
    const title = 'Add relativeTime plugin'
    const body =
      'A plugin that shows a time relative to now ("3 hours ago"), like the duration plugin.'
    const found = await research({ root, title, body })
    const { markdown } = await new TemplatePlanner().plan({
      adwId: '42',
      kind: 'feature',
      issue: { number: 42, title, body },
      research: found,
      root,
      specsDir: 'specs'
    })
    const created = markdown.split('### New Files to Create')[1].split('\n## ')[0]
    expect(created).toContain('`src/plugin/relativeTime/index.js`')
    expect(created).toContain('`types/plugin/relativeTime.d.ts`')
    expect(created).toContain('`test/plugin/relativeTime.test.js`')
    const modified = markdown.split('### Existing Files to Modify')[1].split('### New Files')[0]
    expect(modified).not.toMatch(/src\/plugin\/duration|test\/plugin\/duration/)
    const problems = validatePlan(markdown, {
      adwId: '42',
      prompt: body,
      fileExists: path => existsSync(join(root, path)),
      format: planFormat(undefined, 'feature')
    })
    expect(problems).toEqual([])
    // Its foundation is its skeleton and registration, not tests pinning the siblings' behaviour.
    const foundation = markdown.split('### Phase 1:')[1].split('### Phase 2:')[0]
    expect(foundation).toMatch(/^ Foundation: the `relativeTime` skeleton and its registration/)
    expect(foundation).toContain('Create `src/plugin/relativeTime/index.js` in the shape of')
    expect(foundation).not.toMatch(/today’s behaviour|must not change/)
  })

  test('a member the title does not name beside its kind gets no skeleton phase', async () => {
    const root = gitRepo(files)
    const title = 'Disable new default relativeTime output'
    const body = 'The relativeTime output of the duration plugin should be optional.'
    const found = await research({ root, title, body })
    const { markdown } = await new TemplatePlanner().plan({
      adwId: '43',
      kind: 'feature',
      issue: { number: 43, title, body },
      research: found,
      root,
      specsDir: 'specs'
    })
    expect(markdown).not.toContain('skeleton and its registration')
  })
})
