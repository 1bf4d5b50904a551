// The model's request carries the repository's guidance text, fenced and within the budget.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildPlanPrompt } from '../../../src/plan/llm/prompt.js'
import { digestResearch, defaultDigestOptions } from '../../../src/plan/llm/research-digest.js'
import { RepoReader } from '../../../src/plan/llm/repo-reader.js'
import type { GuidanceFile } from '../../../src/research/types.js'
import { planRequest, researchFor } from './plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../../support/temp-repo.js'

let repo: TempRepo
beforeAll(() => {
  repo = makeTempRepo(sampleProject)
})
afterAll(() => repo.remove())

const options = { maxSteps: 12, maxToolCalls: 30 }

function requestWith(guidance: GuidanceFile[]) {
  const request = planRequest(repo.root, 'Add a dark theme to widgets.')
  request.research.orientation.guidance = guidance
  return request
}

describe('Repository guidance in the request', () => {
  it('quotes each file with its path, in a fence its text cannot close', () => {
    const text = 'Run `npm test`.\n\n````md\n# not a heading of the prompt\n````\n{{constructor}}'
    const prompt = buildPlanPrompt(
      requestWith([
        { path: '.github/adw/context.md', text: 'Plans name the owning team.', truncated: false },
        { path: 'CLAUDE.md', text, truncated: true }
      ]),
      new RepoReader(repo.root),
      options
    )
    const section = prompt.user.slice(prompt.user.indexOf('## Repository guidance'))
    expect(section).toContain(
      'From `.github/adw/context.md`:\n\n```markdown\nPlans name the owning team.\n```'
    )
    expect(section).toContain(
      `From \`CLAUDE.md\` (truncated):\n\n\`\`\`\`\`markdown\n${text}\n\`\`\`\`\``
    )
    // Guidance is data: nothing in it is compiled.
    expect(section).toContain('{{constructor}}')
    expect(prompt.user.indexOf('## Repository guidance')).toBeLessThan(
      prompt.user.indexOf('## Plan Format')
    )
    expect(prompt.digest.guidance).toHaveLength(2)
  })

  it('has no guidance section when the repository has none', () => {
    const prompt = buildPlanPrompt(requestWith([]), new RepoReader(repo.root), options)
    expect(prompt.user).not.toContain('## Repository guidance')
  })
})

describe('digestResearch with guidance', () => {
  const guidance = [
    { path: 'CLAUDE.md', text: 'a'.repeat(4000), truncated: false },
    { path: 'AGENTS.md', text: 'b'.repeat(4000), truncated: false }
  ]

  it('counts the guidance in the token budget, before the ranked files', () => {
    const research = researchFor()
    research.orientation.guidance = guidance
    const reader = new RepoReader(repo.root)
    const without = digestResearch(researchFor(), reader)
    const withGuidance = digestResearch(research, reader)
    expect(withGuidance.guidance.map(file => file.path)).toEqual(['CLAUDE.md', 'AGENTS.md'])
    expect(withGuidance.estimatedTokens).toBeGreaterThanOrEqual(without.estimatedTokens + 2000)
    expect(withGuidance.estimatedTokens).toBeLessThanOrEqual(defaultDigestOptions.tokenBudget)
  })

  it('leaves guidance out, and counts it as omitted, when the budget is too small', () => {
    const research = researchFor()
    research.orientation.guidance = guidance
    const digest = digestResearch(research, new RepoReader(repo.root), {
      ...defaultDigestOptions,
      tokenBudget: 1500
    })
    expect(digest.guidance.map(file => file.path)).toEqual(['CLAUDE.md'])
    expect(digest.omitted).toBeGreaterThanOrEqual(1)
    expect(digest.estimatedTokens).toBeLessThanOrEqual(1500)
  })
})
