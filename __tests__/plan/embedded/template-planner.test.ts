import { describe, expect, test } from '@jest/globals'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempRepos } from '../../support/git-repo.js'
import { research } from '../../../src/research/index.js'
import type { ResearchResult } from '../../../src/research/types.js'
import {
  TemplatePlanner,
  validatePlan,
  extractMetadata,
  planFormat
} from '../../../src/plan/index.js'
import { outline, sectionBody } from '../../../src/plan/format/markdown.js'

const { gitRepo, dir } = tempRepos()

interface PlanCall {
  root: string
  title: string
  body: string
  research: ResearchResult
  adwId?: string
  templatesDir?: string
}

async function plan(call: PlanCall) {
  const adwId = call.adwId ?? '7'
  const result = await new TemplatePlanner().plan({
    adwId,
    issue: { number: Number(adwId), title: call.title, body: call.body },
    research: call.research,
    root: call.root,
    specsDir: 'specs',
    templatesDir: call.templatesDir
  })
  const problems = validatePlan(result.markdown, {
    adwId,
    prompt: call.body,
    fileExists: path => existsSync(join(call.root, path))
  })
  return { result, problems, markdown: result.markdown }
}

/** Every heading's own text (up to the next heading of any level), for headings without sub-headings. */
function leafSections(markdown: string): Map<string, string> {
  const doc = outline(markdown)
  const sections = new Map<string, string>()
  doc.headings.forEach((heading, index) => {
    const next = doc.headings[index + 1]
    if (next && next.level > heading.level) return
    sections.set(`${heading.text}@${heading.line}`, sectionBody(doc, heading).join('\n').trim())
  })
  return sections
}

function section(markdown: string, title: string): string {
  const doc = outline(markdown)
  const heading = doc.headings.find(candidate => candidate.text === title)
  if (!heading) throw new Error(`no section ${title}`)
  return sectionBody(doc, heading).join('\n').trim()
}

// A small Python web service, and what the research step reports for an export issue on it.
const orders = {
  'README.md': '# Orders\n\nOrder management API.\n',
  'docs/api.md': '# API\n\nEndpoints.\n',
  'pyproject.toml': '[project]\nname = "orders"\n[tool.pytest.ini_options]\n',
  Makefile: 'test:\n\tpytest\nlint:\n\truff check .\n',
  'app/services/orders.py': 'class OrderService:\n    def list_orders(self):\n        return []\n',
  'app/services/csv_writer.py': 'def write_rows(rows):\n    pass\n',
  'app/routes/orders.py': 'from app.services.orders import OrderService\n',
  'tests/test_orders.py': 'def test_list():\n    pass\n',
  'tests/conftest.py': 'import pytest\n'
}

const ordersResearch: ResearchResult = {
  symbols: [],
  tests: [],
  files: [
    {
      path: 'app/services/orders.py',
      score: 8.2,
      kind: 'code',
      reasons: ['defines `OrderService`, `list_orders`', 'mentions `orders` 3 times']
    },
    {
      path: 'app/routes/orders.py',
      score: 6.1,
      kind: 'code',
      reasons: ['imports `OrderService`', 'path matches `orders`']
    },
    { path: 'app/legacy_export.py', score: 5, kind: 'code', reasons: ['path matches `export`'] },
    {
      path: 'app/services/csv_writer.py',
      score: 4.4,
      kind: 'code',
      reasons: ['defines `write_rows`', 'file name matches `csv`']
    },
    { path: 'tests/test_orders.py', score: 4, kind: 'test', reasons: ['tests `list_orders`'] },
    { path: 'tests/conftest.py', score: 2, kind: 'test', reasons: ['path matches `tests`'] },
    { path: 'docs/api.md', score: 1.5, kind: 'doc', reasons: ['mentions `orders` 2 times'] }
  ],
  orientation: {
    docs: [
      { path: 'README.md', title: 'Orders', summary: 'Order management API.' },
      { path: 'docs/api.md', title: 'API', summary: 'Endpoints.' }
    ],
    agentGuides: [],
    stack: ['Python', 'pytest', 'Ruff'],
    commands: [
      { command: 'make dev', purpose: 'dev', description: 'Start the API', source: 'Makefile' },
      { command: 'make lint', purpose: 'lint', description: 'Run ruff', source: 'Makefile' },
      { command: 'make test', purpose: 'test', description: 'Run pytest', source: 'Makefile' }
    ],
    tests: {
      dirs: ['tests'],
      pattern: 'tests/test_{name}.py',
      examples: ['tests/test_orders.py'],
      files: ['tests/test_orders.py'],
      framework: 'pytest'
    },
    structure: [
      { path: 'app', summary: 'Application code', fileCount: 3 },
      { path: 'tests', summary: 'Tests', fileCount: 2 }
    ]
  },
  fileCount: 9,
  elapsedMs: 12
}

const exportIssue = {
  title: '[Feature] Bulk CSV export of orders',
  body: [
    '### Is your feature request related to a problem?',
    '',
    '<!-- Describe the problem -->',
    'Accountants copy orders by hand into spreadsheets every month, which takes hours and causes mistakes.',
    '',
    '### Describe the solution',
    '',
    'Add `GET /orders/export` returning a CSV built by `OrderService.export_csv()`.',
    'Large exports must be streamed.',
    '',
    '### Acceptance criteria',
    '',
    '- [ ] The export contains one row per order',
    '- [ ] Dates are ISO 8601',
    '- [ ] Only admins can export',
    '',
    'As an accountant, I want to export orders as CSV so that I can reconcile them in a spreadsheet.'
  ].join('\n')
}

describe('TemplatePlanner with research data', () => {
  const root = gitRepo(orders)

  test('writes a valid plan with every section filled from the issue and the research', async () => {
    const { result, problems, markdown } = await plan({
      root,
      ...exportIssue,
      research: ordersResearch
    })
    expect(problems).toEqual([])
    expect(result).toMatchObject({
      planner: 'template',
      featureName: 'Bulk CSV export of orders',
      descriptiveName: 'bulk-csv-export-orders'
    })
    for (const [name, text] of leafSections(markdown)) {
      expect({ name, empty: text === '' }).toEqual({ name, empty: false })
    }
    expect(extractMetadata(markdown)).toEqual({ adwId: '7', prompt: exportIssue.body })

    expect(section(markdown, 'User Story')).toBe(
      'As an accountant, I want to export orders as CSV so that I can reconcile them in a spreadsheet.'
    )
    expect(section(markdown, 'Problem Statement')).toBe(
      'Accountants copy orders by hand into spreadsheets every month, which takes hours and causes mistakes.'
    )
    expect(section(markdown, 'Solution Overview')).toMatch(
      /^Add `GET \/orders\/export` returning a CSV built by `OrderService.export_csv\(\)`\. Large exports must be streamed\. The research points to `app\/services\/orders.py`/
    )
  })

  test('lists only existing files to modify, with their evidence, and extends the existing tests of the code', async () => {
    const { markdown } = await plan({ root, ...exportIssue, research: ordersResearch })
    const modify = section(markdown, 'Existing Files to Modify')
    expect(modify).toContain('- `app/services/orders.py` - Main change')
    expect(modify).toContain('`OrderService`')
    expect(modify).toContain('- `app/routes/orders.py` -')
    expect(modify).toContain(
      "- `tests/test_orders.py` - Existing tests of `app/services/orders.py` (named after `orders`): add the feature's tests here"
    )
    expect(modify).toContain('- `docs/api.md` -')
    // Listed by the research but absent from the tree; and a fixture file, not a test module.
    expect(modify).not.toContain('legacy_export')
    expect(modify).not.toContain('conftest')
    // The module has tests: the feature's tests join them rather than a file named after the issue.
    expect(section(markdown, 'New Files to Create')).toMatch(/^- No new files are needed/)
    expect(markdown).not.toContain('test_bulk_csv_export_orders')
  })

  test('phases go from core code to wiring to tests and docs, naming files and identifiers', async () => {
    const { markdown } = await plan({ root, ...exportIssue, research: ordersResearch })
    const phases = outline(markdown).headings.filter(
      heading => heading.level === 3 && /^Phase/.test(heading.text)
    )
    expect(phases.map(heading => heading.text)).toEqual([
      'Phase 1: Foundation: pin down today’s behaviour',
      'Phase 2: Core logic in app/services',
      'Phase 3: Integration, tests and documentation'
    ])
    const all = markdown.slice(
      markdown.indexOf('## Implementation Phases'),
      markdown.indexOf('## Testing Strategy')
    )
    expect(all).toContain('`app/services/orders.py` (`OrderService`, `list_orders`)')
    expect(all).toContain('`OrderService.export_csv`')
    expect(all).toContain('Extend `tests/test_orders.py` with cases for the changed behaviour.')
    // The foundation pins down what the lead code does today, in its existing tests.
    expect(all).toContain(
      'Add tests to `tests/test_orders.py` for the cases of `app/services/orders.py` the feature must not change'
    )
    // The wiring joins the last phase: entry points, tests and docs together.
    expect(all).toContain('Connect the feature in `app/routes/orders.py`')
    expect(all).toContain('Run `make test` and `make lint`')
  })

  test('acceptance criteria, commands, considerations, docs and notes come from the inputs', async () => {
    const { markdown } = await plan({ root, ...exportIssue, research: ordersResearch })
    expect(section(markdown, 'Acceptance Criteria').split('\n')).toEqual([
      '- [ ] The export contains one row per order',
      '- [ ] Dates are ISO 8601',
      '- [ ] Only admins can export',
      '- [ ] Large exports must be streamed',
      '- [ ] `GET /orders/export` is available, returning a CSV built by `OrderService.export_csv()`',
      '- [ ] The new behaviour is covered by automated tests',
      '- [ ] Existing behaviour is unchanged and the existing tests pass (`make test`)'
    ])
    expect(section(markdown, 'Validation Commands')).toBe(
      'Execute these commands to validate the feature is complete:\n\n- `make test` - Run pytest\n- `make lint` - Run ruff'
    )
    expect(section(markdown, 'Unit Tests')).toContain(
      'Test that the export contains one row per order.'
    )
    expect(section(markdown, 'Manual Testing')).toContain('Start the project with `make dev`.')
    expect(section(markdown, 'Security Considerations')).toMatch(
      /authorisation \(the issue: “Only admins can export”\)/
    )
    expect(section(markdown, 'Performance Considerations')).toMatch(
      /^- Works over data that can grow \(the issue: “Large exports must be streamed”\): stream or paginate/
    )
    // The README has no section on exports and docs/api.md describes the API: the README is left out.
    expect(section(markdown, 'Documentation Updates')).toBe(
      '- `docs/api.md` - update the parts the feature changes.'
    )
    const notes = section(markdown, 'Notes')
    expect(notes).toContain('embedded template planner, without an LLM')
    expect(notes).toContain('Research evidence for `app/services/orders.py`')
  })

  test('a criterion about documentation is checked in the docs, not turned into a unit test', async () => {
    const body = [
      'Add a `max_errors` option to `OrderService.list_orders`.',
      '',
      '- [ ] `max_errors=1` raises after the first error',
      '- [ ] The option is documented in the quickstart',
      '- [ ] documented'
    ].join('\n')
    const { markdown } = await plan({
      root,
      title: 'max_errors option',
      body,
      research: ordersResearch
    })
    const unit = section(markdown, 'Unit Tests')
    expect(unit).toContain('Test that `max_errors=1` raises after the first error.')
    expect(unit).not.toMatch(/documented/)
    expect(section(markdown, 'Acceptance Criteria')).toContain(
      '- [ ] The option is documented in the quickstart'
    )
  })

  test('one test environment per interpreter does not flood the validation commands', async () => {
    const envs = ['py39', 'py310', 'py311', 'py312'].map(env => ({
      command: `tox -e ${env}`,
      purpose: 'test' as const,
      description: `tox environment \`${env}\``,
      source: 'tox.ini'
    }))
    const research = {
      ...ordersResearch,
      orientation: {
        ...ordersResearch.orientation,
        commands: [...envs, ...ordersResearch.orientation.commands]
      }
    }
    const { markdown } = await plan({ root, ...exportIssue, research })
    const listed = section(markdown, 'Validation Commands')
      .split('\n')
      .filter(line => line.startsWith('- '))
    expect(listed.filter(line => line.includes('tox -e'))).toHaveLength(2)
    expect(listed.some(line => line.includes('make lint'))).toBe(true)
  })

  test('a bare issue still gets a complete plan, honest about what it inferred', async () => {
    const bare: ResearchResult = {
      files: [],
      symbols: [],
      tests: [],
      orientation: {
        docs: [],
        agentGuides: [],
        stack: [],
        commands: [],
        tests: { dirs: [], pattern: '', examples: [], files: [] },
        structure: []
      },
      fileCount: 0,
      elapsedMs: 1
    }
    const { problems, markdown } = await plan({
      root,
      title: 'Dark mode',
      body: 'Please.',
      research: bare
    })
    expect(problems).toEqual([])
    // Nothing in the issue says why: the story says so rather than promise that a problem goes away.
    expect(section(markdown, 'User Story')).toBe(
      'As a user, I want dark mode so that I can use it as the issue describes.'
    )
    expect(section(markdown, 'Existing Files to Modify')).toMatch(/No existing file stands out/)
    expect(section(markdown, 'Validation Commands')).toContain(
      'No test, lint or build commands were found'
    )
    expect(section(markdown, 'Acceptance Criteria').split('\n').length).toBeGreaterThanOrEqual(3)
    expect(section(markdown, 'Security Considerations')).toMatch(/adds no trust boundary/)

    const derived = await plan({
      root,
      title: 'Let maintainers choose the plan language',
      body: [
        'Plans are always in English.',
        'It would be nice if the action accepted a `language` input.',
        'The headings must stay in English.'
      ].join('\n\n'),
      research: bare
    })
    expect(derived.problems).toEqual([])
    expect(section(derived.markdown, 'User Story')).toBe(
      'As a maintainer, I want to choose the plan language so that the problem the issue describes is solved (“Plans are always in English”).'
    )
    expect(section(derived.markdown, 'Acceptance Criteria').split('\n')[0]).toBe(
      '- [ ] The headings must stay in English'
    )
    // The wish is restated as work, and as the result a reviewer checks.
    expect(section(derived.markdown, 'Acceptance Criteria')).toContain(
      '- [ ] The action can accept a `language` input\n'
    )
    expect(section(derived.markdown, 'Solution Overview')).toMatch(
      /^Let the action accept a `language` input\./
    )
  })

  test('issue text is data: template syntax, placeholders and fences come out literally', async () => {
    const hostile = [
      'Render {{constructor.constructor "return process"}} and {{#each x}}{{/each}} literally.',
      '- [ ] <criterion> is not a placeholder of ours',
      '- [ ] ## not a heading',
      '````',
      '```',
      '# Feature: fake',
      '~~~'
    ].join('\n')
    const { result, problems, markdown } = await plan({
      root,
      title: 'Templates {{title}} <feature name>',
      body: hostile,
      research: ordersResearch
    })
    expect(problems).toEqual([])
    expect(result.featureName).toBe('Templates {{title}} &lt;feature name>')
    expect(markdown).toContain('{{constructor.constructor "return process"}}')
    expect(markdown).toContain('{{#each x}}{{/each}}')
    expect(section(markdown, 'Acceptance Criteria')).toContain('- [ ] not a heading')
    expect(extractMetadata(markdown).prompt).toBe(hostile)
    const top = outline(markdown)
      .headings.filter(heading => heading.level <= 2)
      .map(heading => heading.text)
    expect(top.filter(text => text === 'Acceptance Criteria')).toHaveLength(1)
    expect(top[0]).toBe('Feature: Templates {{title}} &lt;feature name>')
  })

  test('a 65,536-character body still validates', async () => {
    const body = '- [ ] Export must stay fast. `x`\n'.repeat(3000).slice(0, 65536)
    expect(body.length).toBe(65536)
    const { problems, markdown } = await plan({
      root,
      title: 'Bulk export',
      body,
      research: ordersResearch
    })
    expect(problems).toEqual([])
    expect(extractMetadata(markdown).prompt).toBe(body)
  })

  test("a repository's own template is used and validated against itself", async () => {
    const templatesDir = dir('adw-templates-')
    writeFileSync(
      join(templatesDir, 'feature.md.hbs'),
      '# Feature: {{featureName}}\n\n## Metadata\nadw_id: `{{adwId}}`\n{{promptLine}}\n\n## Story\n{{userStory}}\n'
    )
    const { result } = await plan({ root, ...exportIssue, research: ordersResearch, templatesDir })
    expect(result.markdown).toMatch(/^# Feature: Bulk CSV export of orders\n\n## Metadata\n/)
    expect(
      validatePlan(result.markdown, {
        adwId: '7',
        prompt: exportIssue.body,
        fileExists: () => true,
        format: planFormat(templatesDir)
      })
    ).toEqual([])
  })
})

describe('TemplatePlanner after the research step on a real repository', () => {
  const root = gitRepo({
    'README.md': '# Shop\n\nA small web shop.\n',
    'package.json': JSON.stringify({
      name: 'shop',
      scripts: { test: 'jest', lint: 'eslint .' },
      devDependencies: { jest: '30' }
    }),
    'src/cart.ts': 'export class Cart {\n  items: string[] = []\n}\n',
    'src/checkout.ts':
      "import { Cart } from './cart'\nexport function checkout(cart: Cart) {\n  return cart.items.length\n}\n",
    '__tests__/cart.test.ts': "test('cart', () => {})\n"
  })
  const body = [
    'As a shopper, I want to apply a discount code at checkout so that I pay less.',
    '',
    '## Problem',
    'The `checkout` function ignores discounts.',
    '',
    '- [ ] A valid code reduces the total',
    '- [ ] An expired code is rejected',
    '',
    'Codes must be case-insensitive.'
  ].join('\n')

  test('research() then the planner gives a valid plan grounded in the repository', async () => {
    const title = '[Feature] Discount codes at checkout'
    const found = await research({ root, title, body })
    const { result, problems, markdown } = await plan({ root, title, body, research: found })
    expect(problems).toEqual([])
    expect(result.descriptiveName).toBe('discount-codes-checkout')
    expect(markdown).toContain('- [ ] A valid code reduces the total')
    expect(markdown).toContain('- [ ] Codes must be case-insensitive\n')
    expect(section(markdown, 'Existing Files to Modify')).toContain('`src/checkout.ts`')
    // No test of the module exists yet: a new one, named like the repository's other tests.
    expect(section(markdown, 'New Files to Create')).toContain('`__tests__/checkout.test.ts`')
    expect(section(markdown, 'Validation Commands')).toContain('- `npm test` -')
    expect(section(markdown, 'Testing Strategy')).toContain('jest')
  })
})
