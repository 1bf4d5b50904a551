// Angle brackets are everyday issue text: generics (`Vec<u8>`, `chan::Tx<T, Semaphore>`), HTML
// and JSX, e-mail addresses, comparisons. Whatever of them an issue holds, in prose, in code
// spans, in pasted code and program output, and whatever of them the code the research ranks
// holds (symbols with generics, messages quoting them), the embedded planner writes a plan its
// own validator accepts, for every kind of plan. Issue #19: a tokio issue quoting a panic
// message with `chan::Tx<T, Semaphore>` failed the run with "Placeholder `<T, Semaphore>` was
// left".
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { gitRepo, removeTree } from '../support/git-repo.js'
import { research } from '../../src/research/index.js'
import { TemplatePlanner, formatProblems, type PlanKind } from '../../src/plan/index.js'
import { planProblems } from '../../src/pipeline/make-plan.js'
import { assertProperty } from './property.js'
import { PANIC, channelFiles, channelIssue } from '../e2e/channels.js'

const JSX_ERROR = 'expected <div> or <Button onClick> as the root of a Store<K, V>'
const JAVA_ERROR = 'no value in Result<T, E> for <user@example.com>'

// A tree whose symbols carry generics in three languages, and whose messages quote them.
const files = {
  ...channelFiles,
  'package.json': JSON.stringify({ name: 'store', scripts: { test: 'jest' } }, null, 2),
  'src/store.tsx': [
    'export class Store<K, V extends Item> {',
    '  private items = new Map<K, List<V>>()',
    '  get(key: K): Map<string, List<Item>> | undefined {',
    `    if (!key) throw new Error('${JSX_ERROR}')`,
    '    return undefined',
    '  }',
    '}',
    'export function Root(): JSX.Element {',
    '  return <div><Button onClick={() => undefined}>go</Button><br/></div>',
    '}',
    ''
  ].join('\n'),
  'src/main/java/Result.java': [
    'public final class Result<T, E extends Exception> {',
    '  public static <T, E extends Exception> Result<T, E> ok(T value) {',
    `    throw new IllegalStateException("${JAVA_ERROR}");`,
    '  }',
    '}',
    ''
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Generators

const angled = [
  'Vec<u8>',
  'Result<T, E>',
  'chan::Tx<T, Semaphore>',
  '<T, Semaphore>',
  'Map<String, List<Item>>',
  'Option<Box<dyn Fn(u8) -> u8>>',
  'Store<K, V extends Item>',
  '<div>',
  '</div>',
  '<br/>',
  '<br>',
  '<Button onClick>',
  '<Button onClick={go}>',
  '<input disabled>',
  '<user@example.com>',
  '<https://example.com/a?b=<c>>',
  'a < b > c',
  'x<y',
  'y > z',
  '<<>>',
  '<>',
  '< >',
  '->',
  '<=',
  '=>',
  '<!-- hidden -->',
  '&lt;T&gt;',
  // The format's own placeholders, quoted by the issue: text it holds, so the plan may too.
  '<criterion>',
  '<feature name>',
  '<describe …>',
  '<specific task>',
  '<Phase Name (e.g., Database Schema)>'
]

const words = ['reserve', 'permits', 'many', 'at once', 'the', 'channel', 'Sender', 'Store', '🚀']

// Random text between angle brackets: letters, spaces, commas, colons, quotes, nesting.
const randomAngled = fc
  .array(fc.constantFrom('a', 'T', 'E', ' ', ',', ':', '::', "'", '"', '=', '/', '<', '>', '…'), {
    maxLength: 12
  })
  .map(parts => `<${parts.join('')}>`)

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...angled) },
  { weight: 2, arbitrary: randomAngled },
  { weight: 3, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.constantFrom(...angled).map(text => `\`${text}\``) }
)

const sentence = fc.array(piece, { minLength: 1, maxLength: 8 }).map(parts => parts.join(' '))

// Lines that steer the research to the code: program output and code lines found in the tree.
const quotedLine = fc.constantFrom(
  `thread 'main' panicked: ${PANIC}`,
  `Error: ${JSX_ERROR}`,
  `java.lang.IllegalStateException: ${JAVA_ERROR}`,
  '    chan: chan::Tx<T, Semaphore>,',
  "    pub async fn reserve(&self) -> Result<Permit<'_, T>, SendError<()>> {",
  '  get(key: K): Map<string, List<Item>> | undefined {',
  '  return <div><Button onClick={() => undefined}>go</Button><br/></div>'
)

const block = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: sentence.map(text => `- [ ] ${text}`) },
  { weight: 1, arbitrary: sentence.map(text => `As a <user>, I want ${text} so that it works.`) },
  { weight: 1, arbitrary: sentence.map(text => `## ${text}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('## Problem', '## Proposed solution', '## Steps to reproduce')
  },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(quotedLine, sentence), { minLength: 1, maxLength: 4 })
      .map(lines => ['```', ...lines, '```'].join('\n'))
  },
  { weight: 2, arbitrary: quotedLine }
)

const issueText = fc.array(block, { minLength: 1, maxLength: 10 }).map(blocks => blocks.join('\n'))
const title = fc
  .array(fc.oneof(piece, fc.constantFrom('Add', 'reserve_many', 'Fix', 'on')), {
    minLength: 1,
    maxLength: 5
  })
  .map(parts => parts.join(' '))
const kind = fc.constantFrom<PlanKind>('feature', 'bug', 'chore')

// ---------------------------------------------------------------------------------------------

let root: string
beforeAll(() => {
  root = gitRepo(files)
})
afterAll(() => removeTree(root))

/** The pipeline's own steps: research the tree for the issue, plan, and check the plan. */
async function problemsOf(issue: { title: string; body: string }, planKind: PlanKind) {
  const found = await research({ root, title: issue.title, body: issue.body })
  const result = await new TemplatePlanner().plan({
    adwId: '19',
    kind: planKind,
    issue: { number: 19, ...issue },
    research: found,
    root,
    specsDir: 'specs'
  })
  const problems = planProblems(result.markdown, {
    adwId: '19',
    kind: planKind,
    prompt: issue.body,
    quotes: [issue.title],
    root
  })
  return { problems, markdown: result.markdown, found }
}

describe('angle brackets in issues and code through the embedded planner', () => {
  test('the tokio case: a generic in a quoted panic message and in the ranked code', async () => {
    const issue = channelIssue
    for (const planKind of ['feature', 'bug', 'chore'] as const) {
      const { problems, markdown, found } = await problemsOf(issue, planKind)
      expect(formatProblems(problems)).toBe('')
      // The research did quote the message, and the plan shows it as text (no HTML tag).
      expect(found.files[0].reasons.join('\n')).toContain('chan::Tx<T, Semaphore>')
      expect(markdown).toContain('chan::Tx&lt;T, Semaphore>')
    }
  })

  test('property: any angle brackets in the issue, on a tree with generics, give a valid plan', async () => {
    await assertProperty(
      {
        case: 'Angle brackets (generics, HTML/JSX, e-mail, comparisons, quoted placeholders) in issue prose, code and the ranked code → embedded plan',
        generated: 'issues of every plan kind; research ran on each and the plan was valid'
      },
      fc.asyncProperty(title, issueText, kind, async (issueTitle, body, planKind) => {
        fc.pre(body.trim() !== '')
        const { problems } = await problemsOf({ title: issueTitle, body }, planKind)
        expect(formatProblems(problems)).toBe('')
      }),
      { numRuns: 60 }
    )
  })
})
