import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  formatFromTemplate,
  formatPrompt,
  planFormat
} from '../../../src/plan/format/plan-format.js'
import { builtinTemplatesDir } from '../../../src/templates/render.js'
import { formatProblems, validatePlan } from '../../../src/plan/format/validate.js'
import type { PlanProblem } from '../../../src/plan/types.js'

const prompt = 'As a shopper, I want discount codes so that I pay less.\n\n- [ ] codes apply'
const files = new Set(['src/cart.ts', 'src/checkout.ts', 'README.md'])
const context = { adwId: '7', prompt, fileExists: (path: string) => files.has(path) }

function goodPlan(body = prompt): string {
  return `# Feature: Discount codes

## Metadata
adw_id: \`7\`
${formatPrompt(body)}

## User Story
As a shopper, I want discount codes so that I pay less.

## Problem Statement
Checkout ignores discounts.

## Solution Overview
Apply a code in \`checkout()\` before the total is computed.

## Relevant Files
Files the change touches.

### Existing Files to Modify
- \`src/checkout.ts\` - compute the discounted total
- \`src/cart.ts\` - keep the applied code on the cart

### New Files to Create
- \`src/discounts.ts\` - code lookup and validation

## Implementation Phases

### Phase 1: Discount model
Represent codes.

#### Tasks
- Add \`Discount\` to \`src/discounts.ts\`

### Phase 2: Checkout
Use them.

#### Tasks
- Apply the discount in \`checkout()\`
- Render \`<span class="price">\` for the total

## Testing Strategy
Unit and integration tests with jest.

### Unit Tests
- A valid code reduces the total

### Integration Tests
- Checkout with a code end to end

### Manual Testing
- Apply a code in the browser

## Acceptance Criteria
- [ ] A valid code reduces the total
- [ ] An expired code is rejected

## Validation Commands
Execute these commands to validate the feature is complete:

- \`npm test\` - Run all tests

## Security Considerations
Codes are validated on the server.

## Performance Considerations
One lookup per checkout.

## Documentation Updates
- \`README.md\` - describe discount codes

## Notes
None beyond the above.
`
}

const overrides = mkdtempSync(join(tmpdir(), 'adw-validate-'))
afterAll(() => rmSync(overrides, { recursive: true, force: true }))

function codes(problems: PlanProblem[]): string[] {
  return problems.map(problem => problem.code)
}

describe('validatePlan', () => {
  test('a good plan passes', () => {
    expect(validatePlan(goodPlan(), context)).toEqual([])
  })

  test('CRLF in the plan and in the prompt is tolerated', () => {
    const crlfPrompt = prompt.replace(/\n/g, '\r\n')
    expect(
      validatePlan(goodPlan().replace(/\n/g, '\r\n'), { ...context, prompt: crlfPrompt })
    ).toEqual([])
  })

  test('missing-heading names the heading and where it belongs', () => {
    const problems = validatePlan(
      goodPlan().replace('## Performance Considerations\nOne lookup per checkout.\n\n', ''),
      context
    )
    expect(codes(problems)).toEqual(['missing-heading'])
    expect(problems[0].message).toContain('`## Performance Considerations`')
    expect(problems[0].message).toContain('`## Security Considerations`')
  })

  test('misordered-heading for swapped sections', () => {
    const swapped = goodPlan().replace(
      '## Security Considerations\nCodes are validated on the server.\n\n## Performance Considerations\nOne lookup per checkout.',
      '## Performance Considerations\nOne lookup per checkout.\n\n## Security Considerations\nCodes are validated on the server.'
    )
    const problems = validatePlan(swapped, context)
    expect(codes(problems)).toEqual(['misordered-heading'])
    expect(problems[0].message).toMatch(/Performance Considerations.*out of order/)
  })

  test('phases must be numbered from 1', () => {
    const problems = validatePlan(goodPlan().replace('### Phase 1:', '### Phase 0:'), context)
    expect(codes(problems)).toContain('misordered-heading')
    expect(formatProblems(problems)).toContain('should be numbered 1')
    const skipped = validatePlan(goodPlan().replace('### Phase 2:', '### Phase 3:'), context)
    expect(formatProblems(skipped)).toContain('`### Phase 3: Checkout` should be numbered 2')
  })

  test('a phase without `#### Tasks`, or with no task bullet, is reported', () => {
    const noTasks = goodPlan().replace('#### Tasks\n- Add `Discount` to `src/discounts.ts`\n', '')
    const missing = validatePlan(noTasks, context)
    expect(codes(missing)).toEqual(['missing-heading'])
    expect(missing[0].message).toContain('`#### Tasks` in `### Phase 1: Discount model`')
    const proseOnly = goodPlan().replace(
      '- Add `Discount` to `src/discounts.ts`',
      'Add the model, somehow.'
    )
    const problems = validatePlan(proseOnly, context)
    expect(codes(problems)).toEqual(['empty-section'])
    expect(problems[0].message).toContain('`#### Tasks` (under `### Phase 1: Discount model`)')
  })

  test('placeholders from the Plan Format are reported, real markup in code is not', () => {
    const withPlaceholders = goodPlan()
      .replace('Checkout ignores discounts.', '<describe the problem this feature solves>')
      .replace('- [ ] An expired code is rejected', '- [ ] <criterion>')
      .replace('# Feature: Discount codes', '# Feature: <feature name>')
      .replace('Represent codes.', '<Phase Name (e.g., Database Schema)> <describe …>')
    const problems = validatePlan(withPlaceholders, context)
    expect(codes(problems)).toEqual([
      'placeholder',
      'placeholder',
      'placeholder',
      'placeholder',
      'placeholder'
    ])
    const text = formatProblems(problems)
    for (const token of [
      '<feature name>',
      '<describe the problem this feature solves>',
      '<Phase Name (e.g., Database Schema)>',
      '<describe …>',
      '<criterion>'
    ]) {
      expect(text).toContain(token)
    }
    expect(text).toContain('in `## Problem Statement`')
  })

  test('HTML-ish text in prose that is not a placeholder passes', () => {
    const html = goodPlan().replace(
      'One lookup per checkout.',
      'One lookup per checkout.<br> See <https://example.com> and `Map<string, Discount>`.'
    )
    expect(validatePlan(html, context)).toEqual([])
  })

  // Issue #19: a generic from the issue or the code was taken for a placeholder, and the run
  // wrote no plan at all.
  test.each([
    ['a Rust generic quoted bare, as a panic message prints it', 'chan::Tx<T, Semaphore>'],
    ['the generic arguments alone', 'the permits of <T, Semaphore> run out'],
    ['generics', 'Vec<u8>, Result<T, E> and Map<String, List<Item>>'],
    ['HTML and JSX', 'wrap it in <div>, end lines with <br/> and render <Button onClick>'],
    ['an e-mail address', 'write to <user@example.com>'],
    ['comparisons in prose', 'when a < b > c holds, and when x<y or y > z'],
    ['words in angle brackets that no format has', 'the <channel name> and <Button primary>']
  ])('angle brackets the issue or the code bring are text: %s', (_name, text) => {
    const plan = goodPlan().replace('Checkout ignores discounts.', `Checkout ignores ${text}.`)
    expect(validatePlan(plan, context)).toEqual([])
  })

  test("a format placeholder the issue itself holds is quoted, not left; the format's others are", () => {
    const body = 'Our CLI prints <criterion> literally when a check has no name.'
    const plan = goodPlan(body)
      .replace('Checkout ignores discounts.', 'The CLI prints <criterion> literally.')
      .replace('One lookup per checkout.', 'One lookup per <type of user>.')
    const problems = validatePlan(plan, { ...context, prompt: body })
    expect(problems.map(problem => problem.message)).toEqual([
      'Placeholder `<type of user>` was left in `## Performance Considerations`: replace it with the real value for this plan.'
    ])
    // Quoted from the title or the feedback counts the same.
    expect(
      validatePlan(plan, { ...context, prompt: body, quotes: ['Serve each <type of user>'] })
    ).toEqual([])
  })

  test('every placeholder of the built-in formats of each kind is recognised', () => {
    const dir = builtinTemplatesDir()
    for (const kind of ['feature', 'bug', 'chore']) {
      const format = readFileSync(join(dir, 'prompts', `${kind}-format.md`), 'utf8')
      for (const token of new Set(format.match(/<[^<>\n]+>/g))) {
        const plan = goodPlan().replace('Checkout ignores discounts.', `See ${token} here.`)
        expect(codes(validatePlan(plan, context))).toEqual(['placeholder'])
      }
    }
  })

  test("a repository's own template and format add their placeholders, not their markup", () => {
    const template = `# Feature: {{featureName}}

## Metadata
adw_id: \`{{adwId}}\`
{{promptLine}}

## Rollout
<details><summary>Rollout</summary>
Behind a flag until <rollout date>; mail <ops@example.com> and <https://status.example.com>.<br/>
</details>
`
    const format = formatFromTemplate(template, 'feature.md.hbs')
    expect(format.placeholders).toEqual(['rollout date'])
    const plan = (rollout: string) =>
      `# Feature: Discount codes\n\n## Metadata\nadw_id: \`7\`\n${formatPrompt(prompt)}\n\n## Rollout\n${rollout}\n`
    const shipped =
      '<details><summary>Rollout</summary>\nBehind a flag until May; mail <ops@example.com>.<br/>\n</details>'
    expect(validatePlan(plan(shipped), { ...context, format })).toEqual([])
    expect(
      validatePlan(plan(shipped.replace('May', '<Rollout  Date>')), { ...context, format })
    ).toEqual([expect.objectContaining({ code: 'placeholder' })])

    // The format block a model is shown, overridden, brings its own placeholders too.
    mkdirSync(join(overrides, 'prompts'), { recursive: true })
    writeFileSync(
      join(overrides, 'prompts', 'feature-format.md'),
      '# Feature: <feature name>\n\n## Security Considerations\n<threat model reference>\n'
    )
    const withShown = planFormat(overrides, 'feature')
    expect(withShown.placeholders).toContain('threat model reference')
    const problems = validatePlan(
      goodPlan().replace('Codes are validated on the server.', 'See <threat model reference>.'),
      { ...context, format: withShown }
    )
    expect(codes(problems)).toEqual(['placeholder'])
  })

  test('placeholders inside fences and inside the verbatim prompt are not ours to judge', () => {
    const body = 'Use the <feature name> token\n```\n<specific task>\n```'
    const fenced = goodPlan(body).replace(
      'One lookup per checkout.',
      'One lookup per checkout.\n\n```md\n- <specific task>\n```'
    )
    expect(validatePlan(fenced, { ...context, prompt: body })).toEqual([])
  })

  test('metadata-adw-id when the id is wrong or absent', () => {
    const wrong = validatePlan(goodPlan().replace('adw_id: `7`', 'adw_id: `8`'), context)
    expect(codes(wrong)).toEqual(['metadata-adw-id'])
    expect(wrong[0].message).toContain('`` adw_id: `7` ``')
    const absent = validatePlan(goodPlan().replace('adw_id: `7`\n', ''), context)
    expect(codes(absent)).toEqual(['metadata-adw-id'])
  })

  test('metadata-prompt when the body is not carried verbatim', () => {
    const edited = validatePlan(goodPlan(prompt.replace('codes apply', 'codes work')), context)
    expect(codes(edited)).toEqual(['metadata-prompt'])
    expect(edited[0].message).toContain('line 3')
    const trimmed = validatePlan(goodPlan(`${prompt}\n`), context)
    expect(codes(trimmed)).toEqual(['metadata-prompt'])
    const gone = validatePlan(goodPlan().replace(/prompt:\n```text[\s\S]*?\n```\n/, ''), context)
    expect(codes(gone)).toEqual(['metadata-prompt'])
    expect(gone[0].message).toContain('fenced code block')
  })

  test('a fake heading inside the prompt does not count as the plan heading', () => {
    const body = 'Intro\n## Acceptance Criteria\n- [ ] fake'
    const plan = goodPlan(body).replace(
      '## Acceptance Criteria\n- [ ] A valid code reduces the total\n- [ ] An expired code is rejected\n\n',
      ''
    )
    const problems = validatePlan(plan, { ...context, prompt: body })
    expect(codes(problems)).toEqual(['missing-heading'])
    expect(problems[0].message).toContain('`## Acceptance Criteria`')
  })

  test('file-to-modify-missing and new-file-exists', () => {
    const plan = goodPlan()
      .replace('- `src/cart.ts` - keep', '- `src/basket.ts` - keep')
      .replace('- `src/discounts.ts` - code', '- `README.md` - code')
    const problems = validatePlan(plan, context)
    expect(codes(problems)).toEqual(['file-to-modify-missing', 'new-file-exists'])
    expect(problems[0].message).toContain('`src/basket.ts`')
    expect(problems[1].message).toContain('`README.md`')
  })

  test('path-outside-repo for absolute and parent paths', () => {
    const plan = goodPlan()
      .replace('- `src/cart.ts` - keep', '- `/etc/passwd` - keep')
      .replace('- `src/discounts.ts` - code', '- `../sibling/x.ts` - code')
    const problems = validatePlan(plan, context)
    expect(codes(problems)).toEqual(['path-outside-repo', 'path-outside-repo'])
  })

  test('empty-section for a section with nothing under it', () => {
    const problems = validatePlan(goodPlan().replace('Checkout ignores discounts.', ''), context)
    expect(codes(problems)).toEqual(['empty-section'])
    expect(problems[0].message).toBe('Section `## Problem Statement` is empty: write its content.')
  })

  test('an empty prompt is reported', () => {
    expect(codes(validatePlan(goodPlan(), { ...context, prompt: '  ' }))).toContain(
      'metadata-prompt'
    )
  })

  test('formatProblems lists one problem per line', () => {
    expect(
      formatProblems([
        { code: 'empty-section', message: 'A.' },
        { code: 'placeholder', message: 'B.' }
      ])
    ).toBe('- A.\n- B.')
    expect(formatProblems([])).toBe('')
  })
})

describe('validatePlan per plan kind', () => {
  function chorePlan(title = '# Chore: Bump eslint'): string {
    return `${title}

## Metadata
adw_id: \`7\`
${formatPrompt(prompt)}

## Chore Description
Move to the current eslint major.

## Scope

### In Scope
- The eslint dependency and its configuration.

### Out of Scope
- New lint rules.

## Relevant Files
Files the chore touches.

### Existing Files to Modify
- \`README.md\` - the lint instructions

### New Files to Create
- No new files are needed.

## Step by Step Tasks
Execute every step in order, top to bottom.

### Step 1: Upgrade
- Bump eslint

### Step 2: Validate
- Run \`npm run lint\`

## Validation Commands
Execute every command to validate the chore is complete with zero regressions.

- \`npm run lint\` - lints

## Notes
- None.
`
  }

  test('a chore plan is valid against the chore format, not against the feature one', () => {
    expect(validatePlan(chorePlan(), { ...context, kind: 'chore' })).toEqual([])
    const asFeature = validatePlan(chorePlan(), context).map(problem => problem.message)
    expect(asFeature).toContainEqual(
      expect.stringMatching(/^Missing heading `# Feature: \{featureName\}`/)
    )
  })

  test('the title heading follows the kind: `# Feature:` is rejected for a chore or a bug', () => {
    const problems = validatePlan(chorePlan('# Feature: Bump eslint'), {
      ...context,
      kind: 'chore'
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'missing-heading' })
    expect(problems[0].message).toMatch(/^Missing heading `# Chore: \{choreName\}`/)
    expect(
      validatePlan(goodPlan(), { ...context, kind: 'bug' }).map(problem => problem.message)
    ).toContainEqual(expect.stringMatching(/^Missing heading `# Bug: \{bugName\}`/))
  })

  test('steps are numbered in order, and paths are checked as in every kind', () => {
    const misnumbered = chorePlan().replace('### Step 2: Validate', '### Step 3: Validate')
    expect(
      validatePlan(misnumbered, { ...context, kind: 'chore' }).map(problem => problem.code)
    ).toEqual(['misordered-heading'])
    const missing = chorePlan().replace('`README.md` - the', '`docs/lint.md` - the')
    expect(
      validatePlan(missing, { ...context, kind: 'chore' }).map(problem => problem.code)
    ).toEqual(['file-to-modify-missing'])
  })
})
