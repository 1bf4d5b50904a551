import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  buildPlanPrompt,
  buildRepairPrompt,
  planFormatBlock
} from '../../../src/plan/llm/prompt.js'
import { RepoReader } from '../../../src/plan/llm/repo-reader.js'
import { builtinTemplatesDir } from '../../../src/templates/render.js'
import { bugRequest, planRequest } from './plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../../support/temp-repo.js'

let repo: TempRepo
beforeAll(() => {
  repo = makeTempRepo(sampleProject)
})
afterAll(() => repo.remove())

const options = { maxSteps: 12, maxToolCalls: 30 }

describe('buildPlanPrompt', () => {
  it('names the functions the research ranked, with their lines, and the tests that cover them', () => {
    const request = planRequest(repo.root)
    request.research.symbols = [
      {
        path: 'src/widget.ts',
        name: 'renderWidget',
        kind: 'function',
        startLine: 1,
        endLine: 3,
        score: 7,
        reasons: ['named in the issue']
      }
    ]
    request.research.tests = [
      {
        path: '__tests__/widget.test.ts',
        subject: 'src/widget.ts',
        score: 6,
        reasons: ['calls `renderWidget` 2 times']
      }
    ]
    const prompt = buildPlanPrompt(request, new RepoReader(repo.root), options)
    expect(prompt.user).toContain(
      '- `renderWidget` in `src/widget.ts` (lines 1-3) - named in the issue'
    )
    expect(prompt.user).toContain(
      '- `__tests__/widget.test.ts` tests `src/widget.ts` - calls `renderWidget` 2 times'
    )
  })

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
        join(dir, 'prompts', 'request.md.hbs'),
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

describe('plan kinds in the prompt', () => {
  it('a feature request names the feature format and the specs/feature-… path', () => {
    const prompt = buildPlanPrompt(planRequest(repo.root), new RepoReader(repo.root), options)
    expect(prompt.user).toContain('Write the feature plan for issue #42')
    expect(prompt.user).toContain('exactly three phases')
    expect(prompt.user).not.toContain('What a bug plan holds')
    expect(prompt.user).toContain(planFormatBlock(undefined, 'feature'))
  })

  it('a bug request names the bug format, the specs/bug-… path and the regression test', () => {
    const prompt = buildPlanPrompt(bugRequest(repo.root), new RepoReader(repo.root), options)
    expect(prompt.user).toContain('Write the bug plan for issue #42')
    expect(prompt.user).toContain('`specs/bug-42-{descriptive-name}.md`')
    expect(prompt.user).not.toContain('specs/feature-42')
    expect(prompt.user).toContain('## What a bug plan holds')
    expect(prompt.user).toMatch(/regression test.*fails before the fix/)
    expect(prompt.user).not.toContain('What a feature plan holds')
    expect(prompt.user).toContain('This is the bug Plan Format.')
    expect(prompt.user).toContain(planFormatBlock(undefined, 'bug'))
    expect(prompt.user).not.toContain('## User Story')
    // The standing instructions serve every kind.
    expect(prompt.system).toBe(
      buildPlanPrompt(planRequest(repo.root), new RepoReader(repo.root), options).system
    )
    expect(prompt.system).toContain('`# Bug:`')
  })

  it('a chore request names the chore format and the specs/chore-… path', () => {
    const request = { ...planRequest(repo.root), kind: 'chore' as const }
    const prompt = buildPlanPrompt(request, new RepoReader(repo.root), options)
    expect(prompt.user).toContain('`specs/chore-42-{descriptive-name}.md`')
    expect(prompt.user).toContain('## What a chore plan holds')
    expect(prompt.user).toContain(planFormatBlock(undefined, 'chore'))
  })

  it('ships one Plan Format block per kind, each with its own title and sections', () => {
    const headings = (kind: 'bug' | 'chore') =>
      planFormatBlock(undefined, kind)
        .split('\n')
        .filter(line => line.startsWith('#'))
    expect(headings('bug')[0]).toBe('# Bug: <bug name>')
    expect(headings('bug')).toEqual(
      expect.arrayContaining([
        '## Steps to Reproduce',
        '## Root Cause Analysis',
        '### Existing Files to Modify',
        '### New Files to Create',
        '### Regression Test'
      ])
    )
    expect(headings('chore')[0]).toBe('# Chore: <chore name>')
    expect(headings('chore')).toEqual(
      expect.arrayContaining([
        '## Scope',
        '### In Scope',
        '### Out of Scope',
        '## Step by Step Tasks'
      ])
    )
    expect(() => planFormatBlock(undefined, 'epic' as 'bug')).toThrow(/unknown plan kind/)
  })

  it('the repair turn asks for the title line of the request’s kind', () => {
    const problems = [{ code: 'missing-heading' as const, message: 'Missing heading.' }]
    expect(buildRepairPrompt(problems, undefined, 'bug')).toContain(
      'starting with the `# Bug:` line'
    )
    expect(buildRepairPrompt(problems)).toContain('starting with the `# Feature:` line')
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
