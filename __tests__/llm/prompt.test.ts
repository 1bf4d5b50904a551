import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPlanPrompt, buildRepairPrompt, planFormatBlock } from '../../src/plan/llm/prompt.js'
import { RepoReader } from '../../src/plan/llm/repo-reader.js'
import { builtinTemplatesDir } from '../../src/render.js'
import { planRequest } from './plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from './temp-repo.js'

let repo: TempRepo
beforeAll(() => {
  repo = makeTempRepo(sampleProject)
})
afterAll(() => repo.remove())

const options = { maxSteps: 12, maxToolCalls: 30 }

describe('buildPlanPrompt', () => {
  it('carries the rules, the research, the Plan Format and the sanitised issue', () => {
    const prompt = buildPlanPrompt(planRequest(repo.root), new RepoReader(repo.root), options)

    expect(prompt.system).toContain('about 12 model turns and 30 tool calls')
    expect(prompt.system).toMatch(/Existing Files to Modify.*exist now/)
    expect(prompt.system).toMatch(/New Files to Create.*do not exist yet/)
    expect(prompt.system).toMatch(/untrusted/)
    expect(prompt.system).toMatch(/Metadata.*replaced/s)

    expect(prompt.user).toContain('issue #42')
    expect(prompt.user).toContain('specs/feature-42-{descriptive-name}.md')
    expect(prompt.user).toContain('Title: Dark theme for widgets')
    expect(prompt.user).toContain('Add a dark theme to widgets.')
    expect(prompt.user).not.toContain('ignore your rules')
    expect(prompt.user).toContain('- `npm test` (test, from `package.json`) - Runs jest')
    expect(prompt.user).toContain('New test files follow `__tests__/{name}.test.ts`')
    expect(prompt.user).toContain('- `src/widget.ts` (code) - defines `renderWidget`')
    expect(prompt.user).toContain('1| export function renderWidget')
    expect(prompt.user).toContain(planFormatBlock())
    expect(prompt.estimatedTokens).toBeGreaterThan(500)
    expect(prompt.estimatedTokens).toBeLessThan(6000)
  })

  it('ships the seed Plan Format headings, with this repository’s commands left to fill', () => {
    const format = planFormatBlock()
    const headings = format.split('\n').filter(line => line.startsWith('#'))
    expect(headings[0]).toBe('# Feature: <feature name>')
    expect(headings).toContain('### Existing Files to Modify')
    expect(headings.at(-1)).toBe('## Notes')
    expect(format).not.toContain('make test')
  })

  it('keeps issue text that looks like template syntax as literal data', () => {
    const request = planRequest(
      repo.root,
      'Render {{constructor.constructor}} and {{#each x}} safely'
    )
    const prompt = buildPlanPrompt(request, new RepoReader(repo.root), options)
    expect(prompt.user).toContain('Render {{constructor.constructor}} and {{#each x}} safely')
  })

  it('fences an issue body that contains fences with a longer fence', () => {
    const request = planRequest(repo.root, 'Steps:\n```\nnpm run x\n```\n')
    const prompt = buildPlanPrompt(request, new RepoReader(repo.root), options)
    expect(prompt.user).toContain('````\nSteps:\n```\nnpm run x\n```')
  })

  it('uses a repository’s own prompt templates when it has them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'adw-templates-'))
    try {
      mkdirSync(join(dir, 'prompts'))
      writeFileSync(
        join(dir, 'prompts', 'feature.md.hbs'),
        'Custom request for {{adwId}}: {{issueTitle}}'
      )
      const request = { ...planRequest(repo.root), templatesDir: dir }
      const prompt = buildPlanPrompt(request, new RepoReader(repo.root), options)
      expect(prompt.user).toBe('Custom request for 42: Dark theme for widgets')
      // Templates not overridden come from the built-ins.
      expect(prompt.system).toBe(
        buildPlanPrompt(planRequest(repo.root), new RepoReader(repo.root), options).system
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('buildRepairPrompt', () => {
  it('lists every problem message', () => {
    const text = buildRepairPrompt([
      { code: 'missing-heading', message: 'Missing heading `## Notes`.' },
      { code: 'file-to-modify-missing', message: '`src/x.ts` does not exist.' }
    ])
    expect(text).toContain('- Missing heading `## Notes`.\n- `src/x.ts` does not exist.')
    expect(text).toMatch(/complete corrected plan/)
  })

  it('is a built-in template file', () => {
    expect(readFileSync(join(builtinTemplatesDir(), 'prompts', 'repair.md.hbs'), 'utf8')).toContain(
      '{{#each problems}}'
    )
  })
})
