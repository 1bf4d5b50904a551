// `adw-plan revise` (issue #19): the action's revision pipeline on a local plan file. The file
// name gives the kind and the issue number, the Metadata the issue; the research runs again with
// what the feedback names (never on the plan itself); a model revises the plan as it stands,
// hand edits included, and so does the embedded planner, which does what the feedback asks that
// it can, keeps every other line, and says in Notes and in its output what it applied and what it
// could not (issue #27). The file is rewritten in place, and what changed is reported.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { runPlanCommand, CliUsageError } from '../../src/cli/commands.js'
import {
  describeRevision,
  runReviseCommand,
  type ReviseCommand
} from '../../src/cli/revise-command.js'
import { extractMetadata } from '../../src/plan/format/plan-format.js'
import { bulletPaths, findHeading, outline, sectionBody } from '../../src/plan/format/markdown.js'
import type { Logger } from '../../src/log/logger.js'
import { inOrder, startFakeAnthropic, type FakeLlmServer } from '../support/fake-llm/index.js'
import { modelPlan } from '../plan/llm/plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../support/temp-repo.js'

const prompt = [
  'As a widget author, I want a dark theme so that widgets suit dark pages.',
  '',
  '- [ ] `renderWidget` takes a theme'
].join('\n')
const infos: string[] = []
const log: Logger = { info: message => void infos.push(message), debug() {}, warning() {} }
let repo: TempRepo
let server: FakeLlmServer | undefined

beforeEach(() => {
  repo = makeTempRepo(sampleProject)
  infos.length = 0
})
afterEach(async () => {
  await server?.close()
  server = undefined
  repo.remove()
})

/** A plan as `adw-plan plan` writes it; its path relative to the repository. */
async function planned(kind = 'feature'): Promise<string> {
  const path = await runPlanCommand({
    adwId: '42',
    prompt,
    title: 'Dark theme for widgets',
    repo: repo.root,
    provider: 'template',
    specsDir: 'specs',
    kind,
    env: {},
    log
  })
  return relative(repo.root, join(process.cwd(), path))
}

function revise(command: Partial<ReviseCommand> & { plan: string; feedback: string }) {
  return runReviseCommand({
    repo: repo.root,
    provider: 'template',
    env: {},
    log,
    ...command
  })
}

const read = (path: string) => readFileSync(join(repo.root, path), 'utf8')
function filesToModify(markdown: string): string[] {
  const doc = outline(markdown)
  return bulletPaths(sectionBody(doc, findHeading(doc, 'Existing Files to Modify')!))
}
const filesConsidered = () =>
  infos.filter(line => line.startsWith('Research: ')).map(line => /(\d+) files/.exec(line)?.[1])

describe('adw-plan revise with the embedded planner', () => {
  it('edits the plan in place: the file dropped, the criterion added, the hand edit kept', async () => {
    const path = await planned()
    const handEdit = '- [ ] Widgets keep their size in both themes (hand-written)'
    writeFileSync(
      join(repo.root, path),
      read(path).replace('## Validation Commands', `${handEdit}\n\n## Validation Commands`)
    )
    const before = read(path)
    expect(before).toContain('- `src/widget.ts` - ')

    const outcome = await revise({
      plan: join(repo.root, path),
      feedback: 'Leave out `src/widget.ts`: widgets stay as they are.\n- [ ] Themes are documented'
    })

    const after = read(path)
    expect(outcome).toMatchObject({ changed: true, planner: 'template' })
    expect(outcome.changes.filesDropped).toEqual(['src/widget.ts'])
    expect(after).not.toContain('- `src/widget.ts` - ')
    expect(after).toContain('- [ ] Themes are documented')
    expect(after).toContain(handEdit)
    expect(after).toMatch(
      /- Revised from review feedback by the embedded planner: .*dropped `src\/widget\.ts`/
    )
    expect(after).not.toContain('Not applied')
    expect(extractMetadata(after)).toEqual(extractMetadata(before))
    // Every line the feedback did not touch is as it was.
    const kept = before.split('\n').filter(line => !line.includes('src/widget.ts'))
    expect(kept.filter(line => !after.includes(line))).toEqual([])
    // The research ran again, on the tree without the plan file (which quotes the whole issue).
    const [first, second] = filesConsidered()
    expect(second).toBe(first)

    const lines = describeRevision(outcome)
    expect(lines[0]).toBe(`${outcome.path}: revised by the template planner`)
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}applied: dropped `src\/widget\.ts` \(/)
    )
    expect(lines).toContainEqual(
      '  applied: added the acceptance criterion “Themes are documented”'
    )
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}files dropped: src\/widget\.ts$/))

    // A second revision starts from the first one's result: nothing is re-planned away.
    await revise({ plan: path, feedback: '- [ ] The light theme stays the default' })
    const again = read(path)
    expect(again).not.toContain('- `src/widget.ts` - ')
    expect(again).toContain('- [ ] Themes are documented')
    expect(again).toContain('- [ ] The light theme stays the default')
    expect(again).toContain(handEdit)
  })

  it('reads requests in prose, not only backticked paths, and adds nothing nobody asked for', async () => {
    const path = await planned()
    const outcome = await revise({
      plan: path,
      feedback: 'drop src/widget.ts, use the existing test __tests__/widget.test.ts'
    })
    const after = read(path)
    expect(filesToModify(after)).not.toContain('src/widget.ts')
    expect(filesToModify(after)).toContain('__tests__/widget.test.ts')
    expect(outcome.changes.filesDropped).toEqual(['src/widget.ts'])
    expect(outcome.changes.filesAdded).toEqual([])
    expect(outcome.review?.notApplied).toEqual([])
  })

  it('says plainly what it could not do, and never that it applied it', async () => {
    const path = await planned()
    const before = read(path)
    const outcome = await revise({
      plan: path,
      feedback: 'Make the phases shorter. Drop `src/nowhere.ts`.'
    })
    expect(outcome.changed).toBe(false)
    expect(read(path)).toBe(before)
    expect(describeRevision(outcome)).toEqual([
      `${outcome.path}: unchanged`,
      '  Not applied by the embedded planner: “Make the phases shorter.” (not a request the embedded planner can read); “Drop `src/nowhere.ts`.” (`src/nowhere.ts` is not in the plan); re-run with a model or edit the plan.'
    ])

    // Applied and not applied side by side: Notes say both.
    const mixed = await revise({
      plan: path,
      feedback: 'Drop `src/widget.ts`. Make the phases shorter.'
    })
    expect(mixed.changed).toBe(true)
    const notes = read(path).slice(read(path).indexOf('## Notes'))
    expect(notes).toMatch(
      /- Revised from review feedback by the embedded planner: dropped `src\/widget\.ts`/
    )
    expect(notes).toContain(
      '- Not applied by the embedded planner: “Make the phases shorter.” (not a request the embedded planner can read); re-run with a model or edit the plan.'
    )
    expect(notes).not.toMatch(/applied.*phases shorter.*\n.*Not applied/)
  })

  it('reads the kind from the file name: a bug plan stays a bug plan', async () => {
    const path = await planned('bug')
    expect(path).toMatch(/^specs\/bug-42-/)
    const outcome = await revise({ plan: path, feedback: '- [ ] Dark pages render readably' })
    expect(outcome.changed).toBe(true)
    expect(read(path)).toMatch(/^# Bug: /)
    expect(read(path)).toContain('## Root Cause Analysis')
  })
})

describe('adw-plan revise on a bug plan: the reproducer and the criteria the review points at', () => {
  const report = [
    '### What happened?',
    '',
    'Rendering a widget with an empty name crashes `renderWidget`.',
    '',
    '### Minimal Complete Verifiable Example',
    '',
    '```ts',
    "import { renderWidget } from './src/widget.js'",
    "renderWidget('')",
    '```',
    '',
    '### MVCE confirmation',
    '',
    '- [X] Minimal example — the example is as focused as reasonably possible.',
    '- [X] Complete example — the example is self-contained.',
    '',
    '### Done when',
    '',
    '- [ ] An empty name renders as a placeholder',
    '- [ ] A blank name renders as a placeholder',
    '',
    '### Anything else?',
    '',
    'With lodash:',
    '',
    '```ts',
    "import _ from 'lodash'",
    "_.map([''], renderWidget)",
    '```'
  ].join('\n')

  it('uses the reproducer the words point at and removes the criteria under the heading they name', async () => {
    const path = relative(
      repo.root,
      join(
        process.cwd(),
        await runPlanCommand({
          adwId: '42',
          prompt: report,
          title: 'Empty names crash',
          repo: repo.root,
          provider: 'template',
          specsDir: 'specs',
          kind: 'bug',
          env: {},
          log
        })
      )
    )
    const before = read(path)
    // The example's confirmation boxes are the report form's, never criteria; the report's own
    // boxes, under its "Done when", are.
    const criteriaBefore = before.slice(before.indexOf('## Acceptance Criteria'))
    expect(criteriaBefore).not.toContain('- [ ] Minimal example')
    expect(criteriaBefore).toContain('- [ ] An empty name renders as a placeholder')

    const outcome = await revise({
      plan: path,
      feedback:
        'The reproduction must use the renderWidget MVCE, not the lodash snippet. Drop the "done when" checkboxes from Acceptance Criteria. Drop the MVCE confirmation checkboxes.'
    })

    const after = read(path)
    const steps = after.slice(
      after.indexOf('## Steps to Reproduce'),
      after.indexOf('## Root Cause')
    )
    expect(steps).toContain("   renderWidget('')")
    expect(steps).not.toContain('lodash')
    const criteria = after.slice(after.indexOf('## Acceptance Criteria'))
    expect(criteria).not.toContain('- [ ] An empty name renders as a placeholder')
    expect(criteria).not.toContain('- [ ] A blank name renders as a placeholder')
    expect(outcome.review?.applied).toEqual([
      'made the issue’s “Minimal Complete Verifiable Example” code the reproducer',
      "the reproducer is not `import _ from 'lodash'`",
      expect.stringMatching(/^removed 2 acceptance criteria \(“An empty name/)
    ])
    // Nothing to drop is said so, not claimed.
    expect(outcome.review?.notApplied).toEqual([
      '“Drop the MVCE confirmation checkboxes.” (no acceptance criterion matches its words)'
    ])
  })
})

describe('adw-plan revise with a model', () => {
  const key = { ANTHROPIC_API_KEY: 'fake-anthropic-key' }

  it('revises the plan as it stands: the hand edit and the feedback reach the model', async () => {
    const path = await planned()
    const handLine = '- Palettes are per-site, as agreed with the design team.'
    writeFileSync(
      join(repo.root, path),
      read(path).replace('## Notes\n', `## Notes\n${handLine}\n`)
    )
    const answer = modelPlan({ name: 'Dark theme for widgets' }).replace(
      '- Future: user-defined palettes.',
      handLine
    )
    server = await startFakeAnthropic(inOrder({ text: answer }))

    const outcome = await revise({
      plan: path,
      feedback: 'Put the palettes in their own module.',
      provider: 'auto',
      env: { ...key, ANTHROPIC_BASE_URL: server.baseUrl }
    })

    const sent = server.requests[0].userMessages.join('\n')
    expect(sent).toContain(handLine)
    expect(sent).toContain('Put the palettes in their own module.')
    expect(outcome).toMatchObject({ changed: true, planner: 'anthropic' })
    expect(read(path)).toContain(handLine)
    expect(extractMetadata(read(path)).prompt).toBe(prompt)
    expect(outcome.changes.filesAdded).toEqual(['src/theme.ts'])
  })

  it('a model that answers the same plan leaves the file as it was', async () => {
    const path = await planned()
    const current = read(path)
    server = await startFakeAnthropic(inOrder({ text: current }))
    const outcome = await revise({
      plan: path,
      feedback: 'Nothing to change, really.',
      provider: 'anthropic',
      env: { ...key, ANTHROPIC_BASE_URL: server.baseUrl }
    })
    expect(outcome.changed).toBe(false)
    expect(describeRevision(outcome)).toEqual([
      `${outcome.path}: unchanged (the plan already says what the feedback asks for)`
    ])
    expect(read(path)).toBe(current)
  })

  it('a model that stays invalid fails, naming the problems, and writes nothing', async () => {
    const path = await planned()
    const current = read(path)
    const broken = modelPlan({ omit: ['Acceptance Criteria'] })
    server = await startFakeAnthropic(inOrder({ text: broken }, { text: broken }))
    const revising = revise({
      plan: path,
      feedback: 'Fewer phases.',
      provider: 'anthropic',
      env: { ...key, ANTHROPIC_BASE_URL: server.baseUrl }
    })
    await expect(revising).rejects.toThrow(/could not revise the plan[\s\S]*Acceptance Criteria/)
    await expect(revising).rejects.not.toBeInstanceOf(CliUsageError)
    expect(read(path)).toBe(current)
  })
})

describe('adw-plan revise refuses what is not a plan of this repository', () => {
  it.each([
    ['a file not named like a plan', 'README.md', /--plan must name a plan file/],
    ['a file that does not exist', 'specs/feature-42-gone.md', /no such file/],
    ['a plan at the repository root', 'feature-42-x.md', /specs directory/]
  ])('%s: a usage error', async (_name, plan, message) => {
    if (plan === 'feature-42-x.md') writeFileSync(join(repo.root, plan), '# Feature: X\n')
    const revising = revise({ plan: join(repo.root, plan), feedback: 'x' })
    await expect(revising).rejects.toBeInstanceOf(CliUsageError)
    await expect(revising).rejects.toThrow(message)
  })

  it('a plan outside --repo: a usage error', async () => {
    const other = makeTempRepo(sampleProject)
    try {
      const path = await planned()
      const revising = revise({ plan: join(repo.root, path), feedback: 'x', repo: other.root })
      await expect(revising).rejects.toThrow(/inside the repository/)
    } finally {
      other.remove()
    }
  })

  it('a plan whose Metadata lost the issue: fails saying where the issue is read from', async () => {
    const path = await planned()
    writeFileSync(join(repo.root, path), read(path).replace(/^adw_id: .*$/m, 'adw_id: `7`'))
    const revising = revise({ plan: path, feedback: 'x' })
    await expect(revising).rejects.toThrow(/Metadata must hold `adw_id: `42`` and the issue body/)
    await expect(revising).rejects.not.toBeInstanceOf(CliUsageError)
  })

  it('empty feedback: a usage error', async () => {
    const path = await planned()
    await expect(revise({ plan: path, feedback: '  \n' })).rejects.toBeInstanceOf(CliUsageError)
  })
})
