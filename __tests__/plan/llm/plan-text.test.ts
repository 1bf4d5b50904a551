import { describe, expect, it } from '@jest/globals'
import { extractPlanMarkdown } from '../../../src/plan/llm/plan-text.js'
import { appendToNotes, featureNameOf, replaceMetadata } from '../../../src/plan/format/sections.js'

const plan = [
  '# Feature: Dark Mode',
  '',
  '## Metadata',
  'adw_id: `7`',
  'prompt: (inserted automatically)',
  '',
  '## User Story',
  'As a user, I want dark mode so that my eyes rest.',
  '',
  '## Notes',
  '- Keep the palette small.',
  ''
].join('\n')

describe('extractPlanMarkdown', () => {
  it('keeps a bare plan', () => {
    expect(extractPlanMarkdown(plan)).toBe(plan)
  })

  it('unwraps a ```md fence around the whole answer, keeping inner fences', () => {
    const inner = plan.replace('- Keep the palette small.', '```ts\nconst dark = true\n```')
    expect(extractPlanMarkdown('```md\n' + inner + '```')).toBe(inner)
    expect(extractPlanMarkdown('````markdown\n' + inner + '\n````\n')).toBe(inner)
  })

  it('drops a preamble and the dangling closing fence after it', () => {
    const answer = 'Here is the plan you asked for:\n\n```markdown\n' + plan + '```\n'
    expect(extractPlanMarkdown(answer)).toBe(plan)
  })

  it('returns nothing when the answer holds no plan', () => {
    expect(extractPlanMarkdown('I need more information.')).toBe('')
  })
})

describe('featureNameOf', () => {
  it('reads the name after # Feature:', () => {
    expect(featureNameOf(plan)).toBe('Dark Mode')
    expect(featureNameOf('no heading')).toBe('')
  })

  it('reads the name after # Bug: and # Chore: too', () => {
    expect(featureNameOf(plan.replace('# Feature: Dark Mode', '# Bug: Crash on save'))).toBe(
      'Crash on save'
    )
    expect(featureNameOf('# Chore: Bump eslint\n\n## Notes\n- x\n')).toBe('Bump eslint')
    expect(featureNameOf('# Epic: Everything\n')).toBe('')
  })
})

describe('plans of every kind', () => {
  const bug = plan.replace('# Feature: Dark Mode', '# Bug: Crash on save')

  it('are found behind a preamble', () => {
    expect(extractPlanMarkdown(`Here is the bug plan:\n\n${bug}`)).toBe(bug)
  })

  it('get their Metadata right after their title line', () => {
    const without = bug.replace(/## Metadata[\s\S]*?(?=## User Story)/, '')
    expect(replaceMetadata(without, '## Metadata\nadw_id: `7`\nprompt: `x`')).toMatch(
      /^# Bug: Crash on save\n\n## Metadata\nadw_id: `7`/
    )
  })
})

describe('replaceMetadata', () => {
  const exact = '## Metadata\nadw_id: `7`\nprompt: `Add dark mode`'

  it('replaces the section the model wrote', () => {
    const out = replaceMetadata(plan, exact)
    expect(out).toContain('## Metadata\nadw_id: `7`\nprompt: `Add dark mode`\n\n## User Story')
    expect(out).not.toContain('inserted automatically')
  })

  it('inserts the section after the feature line when the model left it out', () => {
    const without = plan.replace(/## Metadata[\s\S]*?(?=## User Story)/, '')
    expect(replaceMetadata(without, exact)).toMatch(
      /^# Feature: Dark Mode\n\n## Metadata\nadw_id: `7`\nprompt: `Add dark mode`\n\n## User Story/
    )
  })

  it('does not let a replacement pattern in the prompt corrupt the plan', () => {
    const tricky = '## Metadata\nadw_id: `7`\nprompt: `$& $1 $$`'
    expect(replaceMetadata(plan, tricky)).toContain('prompt: `$& $1 $$`')
  })
})

describe('appendToNotes', () => {
  it('adds a line at the end of the Notes section', () => {
    expect(appendToNotes(plan, '- Fallback used.')).toBe(plan.trimEnd() + '\n- Fallback used.\n')
  })

  it('keeps sections after Notes in place', () => {
    const more = plan + '\n## Appendix\ntext\n'
    expect(appendToNotes(more, '- x')).toContain(
      '- Keep the palette small.\n- x\n\n## Appendix\ntext'
    )
  })

  it('ignores a Notes heading quoted inside the fenced issue body in Metadata', () => {
    const quoted = replaceMetadata(
      plan,
      '## Metadata\nadw_id: `7`\nprompt:\n```text\nPlease.\n## Notes\nmine\n```'
    )
    const out = appendToNotes(quoted, '- x')
    expect(out).toContain('```text\nPlease.\n## Notes\nmine\n```')
    expect(out.trimEnd().endsWith('- Keep the palette small.\n- x')).toBe(true)
  })

  it('adds a Notes section when there is none', () => {
    expect(appendToNotes('# Feature: X\n', '- x')).toBe('# Feature: X\n\n## Notes\n- x\n')
  })
})
