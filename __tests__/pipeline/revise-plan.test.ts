// Revising a plan from feedback, with the embedded planner and with a model (a local fake of the
// Anthropic API): the file name and the Metadata never change, the embedded planner edits the plan
// as it stands (hand edits kept) and says what it did not do, and a model that cannot deliver a
// valid plan commits nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { makePlan } from '../../src/pipeline/make-plan.js'
import { revisePlan, RevisionError } from '../../src/pipeline/revise-plan.js'
import { extractMetadata } from '../../src/plan/format/plan-format.js'
import { bulletPaths, findHeading, outline, sectionBody } from '../../src/plan/format/markdown.js'
import { silentLogger } from '../../src/log/logger.js'
import { inOrder, startFakeAnthropic, type FakeLlmServer } from '../support/fake-llm/index.js'
import { modelPlan } from '../plan/llm/plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../support/temp-repo.js'

const issue = {
  number: 42,
  title: 'Dark theme for widgets',
  body: 'Add a dark theme to `renderWidget` so widgets suit dark pages.\n\n- [ ] Dark pages look right'
}
const embedded = { provider: 'template' as const, specsDir: 'specs' }

let repo: TempRepo
let server: FakeLlmServer | undefined
beforeAll(() => {
  repo = makeTempRepo({ ...sampleProject, 'docs/theming.md': '# Theming\n\nWidgets and themes.\n' })
})
afterAll(() => repo.remove())
afterEach(async () => {
  await server?.close()
  server = undefined
})

function filesToModify(markdown: string): string[] {
  const doc = outline(markdown)
  return bulletPaths(sectionBody(doc, findHeading(doc, 'Existing Files to Modify')!))
}

async function firstPlan() {
  const made = await makePlan({
    adwId: '42',
    issue,
    root: repo.root,
    inputs: embedded,
    log: silentLogger
  })
  return { path: made.path, markdown: made.result.markdown }
}

describe('revisePlan with the embedded planner', () => {
  const revise = (current: { path: string; markdown: string }, text: string) =>
    revisePlan({
      adwId: '42',
      kind: 'feature',
      issue,
      root: repo.root,
      inputs: embedded,
      log: silentLogger,
      current,
      feedback: { text, comments: [] }
    })

  it('drops the file, keeps the hand edit, the name and the Metadata, and says what it did', async () => {
    const first = await firstPlan()
    const dropped = filesToModify(first.markdown).find(path => path !== 'src/widget.ts')!
    expect(dropped).toBeDefined()
    const handEdit = '- [ ] Contrast meets WCAG AA, as agreed in review'
    const current = {
      ...first,
      markdown: first.markdown.replace(
        '## Validation Commands',
        `${handEdit}\n\n## Validation Commands`
      )
    }

    const revised = await revise(current, `Drop \`${dropped}\`, it is not part of this.`)

    expect(revised.path).toBe(current.path)
    expect(filesToModify(revised.result.markdown)).not.toContain(dropped)
    expect(revised.changes.filesDropped).toEqual([dropped])
    expect(revised.result.markdown).toContain(handEdit)
    expect(extractMetadata(revised.result.markdown)).toEqual(extractMetadata(current.markdown))
    expect(revised.review?.applied).toEqual([
      expect.stringMatching(new RegExp(`^dropped \`${dropped.replace(/[.]/g, '\\.')}\` \\(`))
    ])
    expect(revised.review?.notApplied).toEqual([])
    expect(revised.result.markdown).toContain(
      '- Revised from review feedback by the embedded planner: dropped `'
    )
  })

  it('leaves the plan as it was when it can apply nothing, and says why', async () => {
    const current = await firstPlan()
    const revised = await revise(current, 'Shorter phases')
    expect(revised.result.markdown).toBe(current.markdown)
    expect(revised.review?.applied).toEqual([])
    expect(revised.review?.notAppliedNote).toBe(
      'Not applied by the embedded planner: “Shorter phases” (not a request the embedded planner can read); re-run with a model or edit the plan.'
    )
  })
})

describe('revisePlan with a model', () => {
  const handEdited = '- Keep the palette in one file, as agreed in review.'
  const current = {
    path: 'specs/feature-42-dark-theme.md',
    markdown: modelPlan().replace('- Future: user-defined palettes.', handEdited)
  }
  const withModel = (baseUrl: string) => ({
    provider: 'anthropic' as const,
    anthropicApiKey: 'fake-key',
    anthropicBaseUrl: baseUrl,
    specsDir: 'specs'
  })

  it('sends the plan as it stands, the feedback and the inline comments; keeps what it returns', async () => {
    const answer = modelPlan({ modify: ['src/widget.ts', 'src/index.ts'] }).replace(
      '- Future: user-defined palettes.',
      handEdited
    )
    server = await startFakeAnthropic(inOrder({ text: answer }))
    const revised = await revisePlan({
      adwId: '42',
      kind: 'feature',
      issue,
      root: repo.root,
      inputs: withModel(server.baseUrl),
      log: silentLogger,
      current,
      feedback: {
        text: 'Also export the theme from the package entry point.',
        comments: [{ line: 3, body: 'Is this the right adw id?' }]
      }
    })
    const sent = server.requests[0].userMessages.join('\n')
    expect(sent).toContain(handEdited)
    expect(sent).toContain('Also export the theme from the package entry point.')
    expect(sent).toContain('Is this the right adw id?')
    expect(sent).toContain('adw_id: `42`') // the line the inline comment points at
    expect(revised.result.markdown).toContain(handEdited)
    expect(revised.changes.filesAdded).toEqual(['src/index.ts'])
    expect(extractMetadata(revised.result.markdown).prompt).toBe(issue.body)
  })

  it('commits to nothing when the model stays invalid: no embedded planner in its place', async () => {
    const broken = modelPlan({ omit: ['Acceptance Criteria'] })
    server = await startFakeAnthropic(inOrder({ text: broken }, { text: broken }))
    const attempt = revisePlan({
      adwId: '42',
      kind: 'feature',
      issue,
      root: repo.root,
      inputs: withModel(server.baseUrl),
      log: silentLogger,
      current,
      feedback: { text: 'Tighten the criteria', comments: [] }
    })
    await expect(attempt).rejects.toMatchObject({ reason: 'invalid' })
    const error = (await attempt.catch(e => e)) as RevisionError
    expect(error.problems.map(problem => problem.message).join('\n')).toContain(
      'Acceptance Criteria'
    )
    expect(server.requests).toHaveLength(2)
  })
})
