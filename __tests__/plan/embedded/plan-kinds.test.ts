// The embedded planner's bug and chore plans: every section of their formats filled from the
// issue and the research, valid against their own templates, and never mistaken for a feature.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempRepos } from '../../support/git-repo.js'
import { research } from '../../../src/research/index.js'
import type { ResearchResult } from '../../../src/research/types.js'
import {
  TemplatePlanner,
  extractMetadata,
  planFormat,
  validatePlan,
  type FormatItem,
  type HeadingRule,
  type PlanKind
} from '../../../src/plan/index.js'
import { outline, sectionBody, sectionTree } from '../../../src/plan/format/markdown.js'

const { gitRepo, dir } = tempRepos()

async function plan(
  kind: PlanKind,
  root: string,
  title: string,
  body: string,
  found: ResearchResult
) {
  const result = await new TemplatePlanner().plan({
    adwId: '42',
    kind,
    issue: { number: 42, title, body },
    research: found,
    root,
    specsDir: 'specs'
  })
  const problems = validatePlan(result.markdown, {
    adwId: '42',
    prompt: body,
    fileExists: path => existsSync(join(root, path)),
    format: planFormat(undefined, kind)
  })
  return { result, problems, markdown: result.markdown }
}

function section(markdown: string, title: string): string {
  const doc = outline(markdown)
  const heading = doc.headings.find(candidate => candidate.text === title)
  if (!heading) throw new Error(`no section ${title}`)
  return sectionTree(doc, heading).join('\n').trim()
}

/** Every leaf section (no sub-headings) must have content. */
function emptyLeaves(markdown: string): string[] {
  const doc = outline(markdown)
  return doc.headings
    .filter((heading, index) => !(doc.headings[index + 1]?.level > heading.level))
    .filter(heading => sectionBody(doc, heading).join('').trim() === '')
    .map(heading => heading.text)
}

// A small shop in Python whose cart total crashes on an empty cart.
const shop = {
  'README.md': '# Shop\n\nA small web shop.\n',
  'pyproject.toml': '[project]\nname = "shop"\n[tool.pytest.ini_options]\n',
  Makefile: 'test:\n\tpytest\nlint:\n\truff check .\n',
  'shop/__init__.py': '',
  'shop/cart.py':
    'class Cart:\n    def __init__(self):\n        self.items = []\n\n    def average_price(self):\n        return sum(i.price for i in self.items) / len(self.items)\n',
  'shop/checkout.py':
    'from shop.cart import Cart\n\ndef checkout(cart: Cart):\n    return cart.average_price()\n',
  'shop/legacy.py': 'def old_total(items):\n    return 0\n',
  'tests/test_cart.py':
    'from shop.cart import Cart\n\ndef test_cart():\n    assert Cart().items == []\n',
  'docs/cart.md': '# Cart\n\nThe cart holds items.\n'
}

const bugBody = [
  '### Describe the bug',
  '',
  'Checking out an empty cart crashes the checkout page instead of showing an empty state.',
  '',
  '### Steps to reproduce',
  '',
  '1. Create a new `Cart`',
  '2. Call `checkout(cart)` without adding items',
  '',
  '### Expected behavior',
  '',
  'The checkout reports an average price of 0 for an empty cart.',
  '',
  '### Actual behavior',
  '',
  'It raises ZeroDivisionError.',
  '',
  '### Traceback',
  '',
  '```',
  'Traceback (most recent call last):',
  '  File "/srv/app/shop/checkout.py", line 4, in checkout',
  '    return cart.average_price()',
  '  File "/srv/app/shop/cart.py", line 6, in average_price',
  '    return sum(i.price for i in self.items) / len(self.items)',
  'ZeroDivisionError: division by zero',
  '```'
].join('\n')

describe('TemplatePlanner bug plans', () => {
  const root = gitRepo(shop)
  const title = '[Bug] Checkout crashes on an empty cart'

  test('a bug report with a traceback gives a valid bug plan with every section filled', async () => {
    const found = await research({ root, title, body: bugBody })
    const { result, problems, markdown } = await plan('bug', root, title, bugBody, found)
    expect(problems).toEqual([])
    expect(emptyLeaves(markdown)).toEqual([])
    expect(result).toMatchObject({
      planner: 'template',
      featureName: 'Checkout crashes on an empty cart',
      descriptiveName: 'checkout-crashes-empty-cart'
    })
    expect(markdown.startsWith('# Bug: Checkout crashes on an empty cart\n')).toBe(true)
    if (process.env.PRINT_PLANS) process.stdout.write(markdown)
    expect(markdown).not.toMatch(/^# Feature:/m)
    expect(extractMetadata(markdown)).toEqual({ adwId: '42', prompt: bugBody })

    expect(section(markdown, 'Bug Description')).toContain(
      'Checking out an empty cart crashes the checkout page'
    )
    expect(section(markdown, 'Bug Description')).toContain(
      '- Error reported: `ZeroDivisionError: division by zero`.'
    )
    expect(section(markdown, 'Problem Statement')).toMatch(
      /^Checking out an empty cart crashes the checkout page instead of showing an empty state\. The report shows “It raises ZeroDivisionError” where “The checkout reports an average price of 0 for an empty cart” is expected\.$/
    )
    expect(section(markdown, 'Steps to Reproduce').split('\n')).toEqual([
      '1. Create a new `Cart`.',
      '2. Call `checkout(cart)` without adding items.',
      '3. Observe the actual behaviour: It raises ZeroDivisionError.',
      '4. Expected instead: The checkout reports an average price of 0 for an empty cart.'
    ])
  })

  test("a failing test's frames are no root cause candidates", async () => {
    const body = [
      'The cart test fails on an empty cart.',
      '',
      '```',
      'Traceback (most recent call last):',
      '  File "/srv/app/tests/test_cart.py", line 4, in test_cart',
      '    assert Cart().items == []',
      '  File "/srv/app/shop/cart.py", line 6, in average_price',
      '    return sum(i.price for i in self.items) / len(self.items)',
      'ZeroDivisionError: division by zero',
      '```'
    ].join('\n')
    const found = await research({ root, title, body })
    expect(found.symbols.some(symbol => symbol.path === 'tests/test_cart.py')).toBe(true)
    const { problems, markdown } = await plan('bug', root, title, body, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Root Cause Analysis')).not.toContain('tests/test_cart.py')
    expect(section(markdown, 'Root Cause Analysis')).toContain('`Cart.average_price`')
  })

  test('the traceback frames name the functions of the root cause, innermost first, with the research’s reasons', async () => {
    const found = await research({ root, title, body: bugBody })
    const { markdown } = await plan('bug', root, title, bugBody, found)
    const rootCause = section(markdown, 'Root Cause Analysis')
    expect(rootCause).toMatch(
      /ends in this repository at `shop\/cart.py`, in `Cart.average_price` \(lines 5–6\)/
    )
    const candidates = rootCause.split('\n').filter(line => line.startsWith('- '))
    expect(candidates[0]).toMatch(
      /^- `Cart.average_price` \(lines 5–6\) in `shop\/cart.py`: innermost project frame of the traceback \(line 6\)/
    )
    expect(candidates[1]).toMatch(
      /^- `checkout` \(lines 3–4\) in `shop\/checkout.py`: in the traceback/
    )
    expect(section(markdown, 'Existing Files to Modify')).toMatch(
      /^- `shop\/cart.py` - The fault most likely lives here in `Cart.average_price` \(lines 5–6\)/
    )
    expect(section(markdown, 'Solution Statement')).toMatch(
      /^The fix goes into `Cart.average_price` in `shop\/cart.py` \(lines 5–6\): innermost project frame of the traceback \(line 6\)\./
    )
  })

  test('the regression test joins the existing tests of the faulty module, in files, steps, testing and criteria', async () => {
    const found = await research({ root, title, body: bugBody })
    const { markdown } = await plan('bug', root, title, bugBody, found)
    const regression = 'tests/test_cart.py'
    expect(section(markdown, 'Existing Files to Modify')).toContain(
      `- \`${regression}\` - Existing tests of \`shop/cart.py\` (named after \`cart\`; imports \`shop.cart\`; imports \`Cart\`): add the regression test here`
    )
    expect(section(markdown, 'New Files to Create')).toMatch(/^- No new files are needed/)
    expect(markdown).not.toContain('test_checkout_crashes_empty_cart')
    expect(section(markdown, 'Step 1: Reproduce the bug in a failing test')).toContain(
      `- Add a regression test to \`${regression}\` (the existing tests of \`shop/cart.py\`) that follows the steps`
    )
    expect(section(markdown, 'Regression Test')).toContain(
      `- \`${regression}\`: follows the steps to reproduce and asserts “The checkout reports an average price of 0 for an empty cart”`
    )
    expect(section(markdown, 'Acceptance Criteria')).toContain(
      `- [ ] The regression test in \`${regression}\` fails before the fix and passes after it`
    )
    expect(section(markdown, 'Regression Test')).toContain(
      'fails before the fix with `ZeroDivisionError: division by zero`'
    )
    const steps = outline(markdown)
      .headings.filter(heading => heading.level === 3 && /^Step \d+:/.test(heading.text))
      .map(heading => heading.text)
    expect(steps[0]).toBe('Step 1: Reproduce the bug in a failing test')
    expect(steps.at(-1)).toMatch(/^Step \d+: Run the validation commands$/)
    expect(section(markdown, steps.at(-1)!)).toMatch(/^- Run `make test`, .*`make lint`/)
    expect(section(markdown, 'Validation Commands')).toMatch(
      /^Execute every command to validate the bug is fixed with zero regressions\.\n\n- `make test`/
    )
    expect(section(markdown, 'Acceptance Criteria')).toContain(
      '- [ ] `ZeroDivisionError: division by zero` is no longer raised for the input in the issue'
    )
  })

  test('a bare bug report still gets derived steps, honest about them', async () => {
    const body = 'The total is wrong sometimes.'
    const found = await research({ root, title: 'Wrong total', body })
    const { problems, markdown } = await plan('bug', root, 'Wrong total', body, found)
    expect(problems).toEqual([])
    expect(emptyLeaves(markdown)).toEqual([])
    const steps = section(markdown, 'Steps to Reproduce').split('\n')
    expect(steps).toEqual([
      expect.stringMatching(
        /^1\. Exercise .* the way the issue describes: “The total is wrong sometimes”\.$/
      )
    ])
    expect(section(markdown, 'Notes')).toContain('The issue lists no steps to reproduce')
    // Nothing in the issue points at code: the plan says so instead of sounding sure.
    expect(section(markdown, 'Root Cause Analysis')).toMatch(
      /^The research is unsure where the fault lives/
    )
    expect(section(markdown, 'Solution Statement')).toMatch(
      /^The research is unsure where the fault lives/
    )
  })

  test('an unknown kind is refused before anything is planned', async () => {
    const found = await research({ root, title, body: bugBody })
    await expect(
      plan('epic' as PlanKind, root, title, bugBody, found).then(() => 'planned')
    ).rejects.toThrow(/unknown plan kind "epic"/)
  })
})

// A small TypeScript tool whose research step crashes on file names that are not UTF-8.
const tool: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'tool',
    scripts: { test: 'jest' },
    devDependencies: { jest: '^29', typescript: '^5' }
  }),
  'src/research/list-files.ts': [
    "import { readdirSync } from 'node:fs'",
    '',
    '/** Lists the files of a repository. */',
    'export async function listRepositoryFiles(root: string): Promise<string[]> {',
    '  const list = readdirSync(root)',
    '  return list.map(name => name.toString())',
    '}'
  ].join('\n'),
  'src/research/index.ts': [
    "import { listRepositoryFiles } from './list-files.js'",
    '',
    'export async function run(query: { root: string; prompt: string }) {',
    '  const files = await listRepositoryFiles(query.root)',
    '  return { files, prompt: query.prompt }',
    '}'
  ].join('\n'),
  'src/research/file-names.ts': [
    '/** File names that are not valid UTF-8: decoded or skipped. */',
    '// A file whose name is not valid UTF-8 must be skipped, not crash the step.',
    'export function validFileNames(names: Buffer[]): string[] {',
    '  // a file name is bytes; only a valid UTF-8 name is a name the repository can list',
    "  return names.map(name => name.toString('utf8')).filter(name => isValidUtf8(name))",
    '}',
    '',
    'export function isValidUtf8(name: string): boolean {',
    "  return !name.includes('\\ufffd')",
    '}'
  ].join('\n'),
  'src/cli.ts': [
    "import { run } from './research/index.js'",
    '',
    '// research: list the files, research them, print the research',
    'export async function main(prompt: string, repo: string) {',
    '  // research the repo for the prompt; the research lists each file name',
    '  return run({ root: repo, prompt })',
    '}'
  ].join('\n'),
  'src/research/rank.ts':
    'export function rank(files: string[]): string[] {\n  return [...files].sort()\n}\n',
  'src/plan/format.ts':
    'export function format(prompt: string): string {\n  return `prompt: ${prompt}`\n}\n',
  '__tests__/research/rank.test.ts':
    "import { rank } from '../../../src/research/rank.js'\n\ntest('rank', () => expect(rank(['b', 'a'])).toEqual(['a', 'b']))\n",
  '__tests__/cli.test.ts': "test('cli', () => expect(1).toBe(1))\n"
}

const toolBug = [
  'The research step crashes when the repository contains a file whose name is not valid UTF-8.',
  '',
  '## Steps to reproduce',
  '1. Create a repository with a file named with invalid UTF-8 bytes',
  '2. Run `tool research --prompt "x" --repo that-repo`',
  '',
  'Expected: the file is skipped. Actual:',
  '',
  '```',
  'TypeError: The "path" argument must be of type string',
  '    at listRepositoryFiles (src/research/list-files.ts:5:11)',
  '    at run (src/research/index.ts:4:5)',
  '```'
].join('\n')

describe('bug plans: what the report states, where the regression test goes, which files matter', () => {
  const title = 'Research crashes on non-UTF-8 file names'
  const after = (markdown: string) => markdown.slice(markdown.indexOf('## Bug Description'))

  test('`Expected: x. Actual:` before a quoted error gives both, the error as the actual behaviour', async () => {
    const root = gitRepo(tool)
    const found = await research({ root, title, body: toolBug })
    const { problems, markdown } = await plan('bug', root, title, toolBug, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Bug Description').split('\n').slice(2)).toEqual([
      '- Expected behaviour: the file is skipped.',
      '- Actual behaviour: it fails with `TypeError: The "path" argument must be of type string`.'
    ])
    expect(section(markdown, 'Problem Statement')).toContain(
      'The report shows a failure with `TypeError: The "path" argument must be of type string` where “the file is skipped” is expected.'
    )
    expect(section(markdown, 'Steps to Reproduce').split('\n').slice(-1)).toEqual([
      '4. Expected instead: the file is skipped.'
    ])
    expect(after(markdown)).not.toMatch(/Actual:/)
  })

  test('`Actual: x. Expected: y` on one line gives both, each without the other', async () => {
    const root = gitRepo(tool)
    const body =
      'Listing a repository fails.\n\nActual: the step crashes. Expected: the file is skipped.'
    const found = await research({ root, title, body })
    const { problems, markdown } = await plan('bug', root, title, body, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Bug Description').split('\n')).toEqual([
      'Listing a repository fails.',
      '',
      '- Expected behaviour: the file is skipped.',
      '- Actual behaviour: the step crashes.'
    ])
    expect(after(markdown)).not.toMatch(/Actual:|Expected:/)
  })

  test('without tests of the faulty module, the regression test is a new file named after the module, in the mirrored test directory', async () => {
    const root = gitRepo(tool)
    const found = await research({ root, title, body: toolBug })
    const { problems, markdown } = await plan('bug', root, title, toolBug, found)
    expect(problems).toEqual([])
    const regression = '__tests__/research/list-files.test.ts'
    expect(section(markdown, 'New Files to Create')).toMatch(
      new RegExp(
        `^- \`${regression}\` - Regression test for “${title}” in \`src/research/list-files.ts\`: .*\\(jest\\)`
      )
    )
    expect(markdown).not.toContain('research-crashes')
    expect(section(markdown, 'Step 1: Reproduce the bug in a failing test')).toContain(
      `- Create \`${regression}\` with jest`
    )
    expect(section(markdown, 'Acceptance Criteria')).toContain(
      `- [ ] The regression test in \`${regression}\` fails before the fix`
    )
  })

  test('an existing test of the faulty module gets the regression test, the one mirroring its directory first', async () => {
    const root = gitRepo({
      ...tool,
      '__tests__/e2e/list-files.test.ts': "test('e2e', () => expect(1).toBe(1))\n",
      '__tests__/research/list-files.test.ts': "test('lists', () => expect(1).toBe(1))\n"
    })
    const found = await research({ root, title, body: toolBug })
    const { problems, markdown } = await plan('bug', root, title, toolBug, found)
    expect(problems).toEqual([])
    const regression = '__tests__/research/list-files.test.ts'
    expect(section(markdown, 'Existing Files to Modify')).toContain(
      `- \`${regression}\` - Existing tests of \`src/research/list-files.ts\` (named after \`list-files\`): add the regression test here`
    )
    expect(markdown).not.toContain('__tests__/e2e/list-files.test.ts')
    expect(section(markdown, 'New Files to Create')).toMatch(/^- No new files are needed/)
    expect(section(markdown, 'Step 1: Reproduce the bug in a failing test')).toContain(
      `- Add a regression test to \`${regression}\` (the existing tests of \`src/research/list-files.ts\`)`
    )
    expect(section(markdown, 'Regression Test')).toContain(`\`${regression}\``)
    expect(section(markdown, 'Acceptance Criteria')).toContain(
      `- [ ] The regression test in \`${regression}\` fails before the fix`
    )
  })

  test("the report's shell session is its steps; its form's boxes are no criteria", async () => {
    const root = gitRepo(tool)
    const body = [
      '### Checklist',
      '',
      '- [x] I have read the troubleshooting section and still think this is a bug.',
      '',
      '### Describe the bug',
      '',
      'Listing a repository with a non-UTF-8 file name crashes.',
      '',
      '```console',
      '$ mkdir demo && touch demo/caf$(printf "\\351").txt',
      '$ adw-tool list demo',
      'TypeError: The "path" argument must be of type string',
      '```',
      '',
      '### MVCE confirmation',
      '',
      '- [X] Minimal example — the example is as focused as reasonably possible.',
      '- [X] New issue — a search of GitHub Issues suggests this is not a duplicate.'
    ].join('\n')
    const found = await research({ root, title, body })
    const { problems, markdown } = await plan('bug', root, title, body, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Steps to Reproduce').split('\n').slice(0, 2)).toEqual([
      '1. Run `mkdir demo && touch demo/caf$(printf "\\351").txt`.',
      '2. Run `adw-tool list demo`.'
    ])
    expect(section(markdown, 'Acceptance Criteria')).not.toMatch(
      /troubleshooting|Minimal example|New issue/
    )
    expect(section(markdown, 'Regression Test')).toContain('runs `adw-tool list demo`')
    expect(section(markdown, 'Notes')).toContain(
      'The steps to reproduce are quoted from the issue.'
    )
    expect(section(markdown, 'Notes')).not.toContain('lists no steps')
  })

  test("the regression test exercises the report's own code, not another library's illustration", async () => {
    const root = gitRepo(shop)
    const body = [
      'The average price of an empty cart raises instead of giving 0, unlike pandas:',
      '',
      '```python',
      'import pandas as pd',
      'pd.Series([], dtype=float).mean()',
      '```',
      '',
      '```python',
      'from shop.cart import Cart',
      'cart = Cart()',
      'cart.average_price()',
      '```'
    ].join('\n')
    const found = await research({ root, title: 'Average price of an empty cart', body })
    const { problems, markdown } = await plan('bug', root, 'Average price', body, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Regression Test')).toContain('calls `cart.average_price()`')
    expect(markdown).not.toContain('calls `pd.Series')
    expect(section(markdown, 'Notes')).toContain(
      'The steps to reproduce run the code the issue quotes.'
    )
  })

  test('the test named after the faulty module comes before one that only imports it', async () => {
    const root = gitRepo({
      ...shop,
      'tests/test_integration.py': 'import shop.cart\n\ndef test_all():\n    assert True\n'
    })
    const found = await research({ root, title, body: bugBody })
    const imported = {
      path: 'tests/test_integration.py',
      subject: 'shop/cart.py',
      score: 99,
      reasons: ['imports `shop.cart`']
    }
    const ranked = { ...found, tests: [imported, ...found.tests] }
    const { problems, markdown } = await plan('bug', root, title, bugBody, ranked)
    expect(problems).toEqual([])
    expect(section(markdown, 'Step 1: Reproduce the bug in a failing test')).toContain(
      '- Add a regression test to `tests/test_cart.py` (the existing tests of `shop/cart.py`)'
    )
  })

  test('a test named after the faulty member takes the regression test', async () => {
    const root = gitRepo({
      ...shop,
      'tests/test_average_price.py':
        'from shop.cart import Cart\n\ndef test_average():\n    assert Cart().items == []\n'
    })
    const body = '`Cart.average_price` raises ZeroDivisionError for an empty cart.'
    const found = await research({ root, title: 'Average price of an empty cart', body })
    const { problems, markdown } = await plan('bug', root, 'Average price', body, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Step 1: Reproduce the bug in a failing test')).toContain(
      '- Add a regression test to `tests/test_average_price.py` (the existing tests of `Cart.average_price`)'
    )
  })

  // The research's scores, set by hand: a frame, its caller, and files outside the traceback.
  async function rankedAs(
    root: string,
    scores: Record<string, number>,
    body = toolBug
  ): Promise<ResearchResult> {
    const found = await research({ root, title, body })
    const reasons: Record<string, string[]> =
      body === toolBug
        ? {
            'src/research/list-files.ts': ['innermost project frame in the traceback'],
            'src/research/index.ts': ['named in the traceback', 'defines `run`']
          }
        : {}
    return {
      ...found,
      files: Object.entries(scores).map(([path, score]) => ({
        path,
        score,
        kind: 'code' as const,
        reasons: reasons[path] ?? ['mentions `file` 3 times']
      }))
    }
  }

  test('with a traceback, only files the evidence supports are listed; the others are also considered', async () => {
    const root = gitRepo(tool)
    const found = await rankedAs(root, {
      'src/research/list-files.ts': 12,
      'src/research/index.ts': 9,
      'src/research/file-names.ts': 6,
      'src/cli.ts': 4
    })
    const { problems, markdown } = await plan('bug', root, title, toolBug, found)
    expect(problems).toEqual([])
    const files = section(markdown, 'Existing Files to Modify')
    expect(files).toMatch(
      /^- `src\/research\/list-files.ts` - The fault most likely lives here in `listRepositoryFiles` \(lines 4–7\)/
    )
    const listed = files
      .split('\n')
      .filter(line => line.startsWith('- '))
      .map(line => line.split(' - ')[0])
    expect(listed).not.toContain('- `src/research/index.ts`')
    expect(files).toContain(
      'Also considered, with weaker evidence: `src/research/index.ts` (named in the traceback), `src/research/file-names.ts` (mentions `file` 3 times) and `src/cli.ts` (mentions `file` 3 times).'
    )
    // The caller stays in the analysis: the fault may sit there.
    expect(section(markdown, 'Step 2: Confirm the root cause')).toContain(
      "walk out through the traceback's other frames: `src/research/index.ts` (`run`)"
    )
    expect(section(markdown, 'Step 3: Fix the root cause')).not.toMatch(/file-names|cli\.ts/)
  })

  test('the file where the traceback ends is listed even when other evidence ranks it low', async () => {
    const root = gitRepo(tool)
    const found = await rankedAs(root, {
      'src/research/file-names.ts': 20,
      'src/cli.ts': 18,
      'src/research/index.ts': 9,
      'src/research/list-files.ts': 5
    })
    const { problems, markdown } = await plan('bug', root, title, toolBug, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'Existing Files to Modify')).toMatch(
      /^- `src\/research\/list-files.ts` - /m
    )
  })

  test('when nothing points at code, files about as strong as the best are listed and the plan says it is unsure', async () => {
    const root = gitRepo(tool)
    const body = 'The research step sometimes returns the ranked files in a strange order.'
    const found = await rankedAs(
      root,
      { 'src/research/rank.ts': 10, 'src/research/list-files.ts': 8, 'src/cli.ts': 3 },
      body
    )
    const { problems, markdown } = await plan('bug', root, title, body, found)
    expect(problems).toEqual([])
    const files = section(markdown, 'Existing Files to Modify')
    expect(files).toMatch(/^- `src\/research\/rank.ts` - /)
    expect(files).toContain('\n- `src/research/list-files.ts` - On the failing path')
    expect(files).toContain('Also considered, with weaker evidence: `src/cli.ts`')
    expect(section(markdown, 'Solution Statement')).toMatch(
      /^The research is unsure where the fault lives; (?:`rank` in )?`src\/research\/rank.ts` ranks first, by mentions `file` 3 times only/
    )
  })
})

const choreBody = [
  'The cart code still carries the helpers of the old checkout, and the docs describe them.',
  '',
  '## Why',
  'They confuse new contributors.',
  '',
  '## Tasks',
  '- [ ] Remove `old_total` from `shop/legacy.py`',
  '- [ ] Drop the mention of the old checkout from `docs/cart.md`',
  '',
  '## Out of scope',
  '- Changing how `Cart` computes prices'
].join('\n')

describe('TemplatePlanner chore plans', () => {
  const root = gitRepo(shop)
  const title = 'chore: remove the legacy checkout helpers'

  test('a chore gives a valid chore plan with its scope taken from the issue’s lists', async () => {
    const found = await research({ root, title, body: choreBody })
    const { result, problems, markdown } = await plan('chore', root, title, choreBody, found)
    expect(problems).toEqual([])
    expect(emptyLeaves(markdown)).toEqual([])
    expect(result.featureName).toBe('Remove the legacy checkout helpers')
    expect(result.descriptiveName).toBe('remove-legacy-checkout-helpers')
    expect(markdown.startsWith('# Chore: Remove the legacy checkout helpers\n')).toBe(true)
    expect(section(markdown, 'Chore Description')).toBe(
      'The cart code still carries the helpers of the old checkout, and the docs describe them. They confuse new contributors.'
    )
    expect(section(markdown, 'In Scope').split('\n')).toEqual([
      '- Remove `old_total` from `shop/legacy.py`.',
      '- Drop the mention of the old checkout from `docs/cart.md`.'
    ])
    expect(section(markdown, 'Out of Scope')).toBe('- Changing how `Cart` computes prices.')
    expect(section(markdown, 'Existing Files to Modify')).toContain('- `shop/legacy.py` -')
    // A chore adds no test file of its own.
    expect(section(markdown, 'New Files to Create')).toMatch(/^- No new files are needed/)
    if (process.env.PRINT_PLANS) process.stdout.write(markdown)
    expect(section(markdown, 'Step 1: Make the change in shop')).toContain(
      '- Do: Remove `old_total` from `shop/legacy.py`.'
    )
    expect(section(markdown, 'Validation Commands')).toContain('- `make test` -')
    if (process.env.PRINT_PLANS) process.stdout.write(markdown)
    expect(section(markdown, 'Notes')).toContain('The scope is taken from the lists in the issue.')
  })

  test("a form's boxes about the reporter are no scope", async () => {
    const body = [
      '### Prerequisites',
      '- [x] I have searched the existing issues',
      '',
      '### What',
      'The legacy checkout helpers are dead code.',
      '- [ ] Remove `old_total` from `shop/legacy.py`',
      '- [x] I have read the contributing guide'
    ].join('\n')
    const found = await research({ root, title, body })
    const { problems, markdown } = await plan('chore', root, title, body, found)
    expect(problems).toEqual([])
    expect(section(markdown, 'In Scope').split('\n')).toEqual([
      '- Remove `old_total` from `shop/legacy.py`.'
    ])
  })

  test('a chore without lists gets a derived scope and default exclusions', async () => {
    const body = 'Bump the minimum Python version.'
    const found = await research({ root, title: 'Bump Python', body })
    const { problems, markdown } = await plan('chore', root, 'Bump Python', body, found)
    expect(problems).toEqual([])
    expect(emptyLeaves(markdown)).toEqual([])
    expect(section(markdown, 'Out of Scope')).toContain('Changes to behaviour users can see')
    expect(section(markdown, 'Notes')).toContain('The issue lists no scope')
  })
})

describe('kinds are held to their own format', () => {
  const root = gitRepo(shop)

  test("a repository's own bug template is used for bugs and validated against itself", async () => {
    const templatesDir = dir('adw-templates-')
    writeFileSync(
      join(templatesDir, 'bug.md.hbs'),
      '# Bug: {{bugName}}\n\n## Metadata\nadw_id: `{{adwId}}`\n{{promptLine}}\n\n## Repro\n{{#each reproduce}}\n- {{this}}\n{{/each}}\n'
    )
    const found = await research({ root, title: 'Checkout crash', body: bugBody })
    const result = await new TemplatePlanner().plan({
      adwId: '42',
      kind: 'bug',
      issue: { number: 42, title: 'Checkout crash', body: bugBody },
      research: found,
      root,
      specsDir: 'specs',
      templatesDir
    })
    expect(result.markdown).toMatch(/^# Bug: Checkout crash\n\n## Metadata\n/)
    expect(result.markdown).toContain('## Repro\n- Create a new `Cart`.')
    const context = { adwId: '42', prompt: bugBody, fileExists: () => true }
    expect(
      validatePlan(result.markdown, { ...context, format: planFormat(templatesDir, 'bug') })
    ).toEqual([])
    // Kinds the directory does not override keep the built-in template.
    expect(planFormat(templatesDir, 'feature').source.startsWith(templatesDir)).toBe(false)
    expect(planFormat(templatesDir, 'bug').source.startsWith(templatesDir)).toBe(true)
  })

  test('a feature plan is not a valid bug plan, and a bug plan is not a valid chore plan', async () => {
    const found = await research({ root, title: 'Checkout crash', body: bugBody })
    const feature = await plan('feature', root, 'Checkout crash', bugBody, found)
    const asBug = validatePlan(feature.markdown, {
      adwId: '42',
      prompt: bugBody,
      fileExists: path => existsSync(join(root, path)),
      kind: 'bug'
    })
    expect(asBug.map(problem => problem.message)).toContainEqual(
      expect.stringMatching(/^Missing heading `# Bug: \{bugName\}`/)
    )
    const bug = await plan('bug', root, 'Checkout crash', bugBody, found)
    const asChore = validatePlan(bug.markdown, {
      adwId: '42',
      prompt: bugBody,
      fileExists: path => existsSync(join(root, path)),
      kind: 'chore'
    })
    expect(asChore.map(problem => problem.message)).toContainEqual(
      expect.stringMatching(/^Missing heading `## Scope`/)
    )
  })
})

describe('hostile issue text in bug and chore plans', () => {
  const root = gitRepo(shop)
  let found: ResearchResult

  const lines = [
    '### Steps to reproduce',
    '### Expected behavior',
    '### Actual behavior',
    '## Out of scope',
    '## Tasks',
    '**Expected:** {{constructor.constructor "return process"}}',
    'Actual: <placeholder>',
    '1. <criterion>',
    '2. ## not a heading',
    '- [ ] # Bug: fake',
    '- {{#each x}}{{/each}}',
    '```',
    '````',
    '~~~',
    '  File "/srv/app/shop/cart.py", line 6, in average_price',
    'ZeroDivisionError: `x` <bad name>',
    '# Chore: fake',
    '### Step 1: injected',
    '<!-- hidden -->',
    '\u202Eevil\u202C',
    '> quoted',
    ''
  ]
  const body = fc
    .array(fc.oneof(fc.constantFrom(...lines), fc.string({ maxLength: 20 })), {
      minLength: 1,
      maxLength: 20
    })
    .map(parts => parts.join('\n'))
    .filter(text => text.trim() !== '')

  test.each<PlanKind>(['bug', 'chore'])(
    'property: any body gives a valid %s plan with the body verbatim and no extra heading',
    async kind => {
      found ??= await research({ root, title: 'Checkout crash', body: bugBody })
      const rules = (items: FormatItem[]): HeadingRule[] =>
        items.flatMap(item => (item.kind === 'heading' ? [item.rule] : rules(item.items)))
      const format = rules(planFormat(undefined, kind).items)
      await fc.assert(
        fc.asyncProperty(body, fc.string({ maxLength: 40 }), async (text, title) => {
          const { problems, markdown } = await plan(kind, root, title, text, found)
          expect(problems).toEqual([])
          expect(emptyLeaves(markdown)).toEqual([])
          expect(extractMetadata(markdown).prompt).toBe(text.replace(/\r\n?/g, '\n'))
          for (const heading of outline(markdown).headings) {
            expect(
              format.some(rule => rule.level === heading.level && rule.pattern.test(heading.text))
            ).toBe(true)
          }
        }),
        { numRuns: 60 }
      )
    }
  )
})
