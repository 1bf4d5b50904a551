import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  defaultDigestOptions,
  digestResearch,
  estimateTokens,
  fenceFor
} from '../../../src/plan/llm/research-digest.js'
import { RepoReader } from '../../../src/plan/llm/repo-reader.js'
import type { ResearchResult } from '../../../src/research/types.js'
import { researchFor } from './plan-fixtures.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../../support/temp-repo.js'

let repo: TempRepo
let reader: RepoReader
beforeAll(() => {
  const big: Record<string, string> = {}
  for (let i = 0; i < 30; i++)
    big[`src/module${i}.ts`] = `export const value${i} = ${i}\n`.repeat(60)
  repo = makeTempRepo({ ...sampleProject, ...big })
  reader = new RepoReader(repo.root)
})
afterAll(() => repo.remove())

function manyFiles(): ResearchResult {
  const research = researchFor()
  research.files = Array.from({ length: 30 }, (_, i) => ({
    path: `src/module${i}.ts`,
    score: 30 - i,
    kind: 'code' as const,
    reasons: [`mentions value${i}`]
  }))
  return research
}

describe('digestResearch', () => {
  it('carries the ranked symbols and the covering tests to the model', () => {
    const research = researchFor()
    research.symbols = [
      {
        path: 'src/widget.ts',
        name: 'render',
        className: 'Widget',
        kind: 'method',
        startLine: 3,
        endLine: 9,
        line: 5,
        score: 9,
        reasons: ['holds the line quoted in the issue (line 5)']
      },
      {
        path: 'src/index.ts',
        name: 'main',
        kind: 'function',
        startLine: 1,
        endLine: 1,
        score: 2,
        reasons: ['mentions `widget` 1 time']
      }
    ]
    research.tests = [
      {
        path: '__tests__/widget.test.ts',
        subject: 'src/widget.ts',
        score: 8,
        reasons: ['imports `src/widget`', 'calls `render` 3 times']
      }
    ]
    const digest = digestResearch(research, reader)
    expect(digest.symbols).toEqual([
      {
        name: 'Widget.render',
        path: 'src/widget.ts',
        lines: '3-9 (line 5 in particular)',
        reasons: ['holds the line quoted in the issue (line 5)']
      },
      { name: 'main', path: 'src/index.ts', lines: '1', reasons: ['mentions `widget` 1 time'] }
    ])
    expect(digest.coveringTests).toEqual([
      {
        path: '__tests__/widget.test.ts',
        subject: 'src/widget.ts',
        reasons: ['imports `src/widget`', 'calls `render` 3 times']
      }
    ])
  })

  it('keeps everything, with excerpts of top files, when the budget allows', () => {
    const digest = digestResearch(researchFor(), reader)
    expect(digest.files.map(file => file.path)).toEqual([
      'src/widget.ts',
      '__tests__/widget.test.ts',
      'src/index.ts',
      'README.md'
    ])
    expect(digest.docs).toHaveLength(1)
    expect(digest.excerpts.map(excerpt => excerpt.path)).toEqual([
      'src/widget.ts',
      '__tests__/widget.test.ts',
      'src/index.ts'
    ])
    expect(digest.excerpts[0].text).toContain('export function renderWidget')
    expect(digest.omitted).toBe(0)
    expect(digest.commands.map(command => command.command)).toEqual(['npm test', 'npm run lint'])
  })

  it('drops excerpts first, then the lowest-ranked files, to stay in the budget', () => {
    const generous = digestResearch(manyFiles(), reader, {
      ...defaultDigestOptions,
      tokenBudget: 100_000
    })
    expect(generous.excerpts).toHaveLength(defaultDigestOptions.excerptFiles)

    const tight = digestResearch(manyFiles(), reader, { ...defaultDigestOptions, tokenBudget: 450 })
    expect(tight.estimatedTokens).toBeLessThanOrEqual(450)
    expect(tight.excerpts).toHaveLength(0)
    expect(tight.files.length).toBeGreaterThan(0)
    expect(tight.files.length).toBeLessThan(30)
    // What survives is a prefix of the ranking: the best files.
    expect(tight.files.map(file => file.path)).toEqual(
      manyFiles()
        .files.slice(0, tight.files.length)
        .map(file => file.path)
    )
    expect(tight.omitted).toBeGreaterThan(0)
  })

  it('never excerpts a file the tools would refuse', () => {
    const research = researchFor()
    research.files.unshift({ path: '.env', score: 99, kind: 'config', reasons: ['named .env'] })
    const digest = digestResearch(research, reader)
    expect(digest.excerpts.map(excerpt => excerpt.path)).not.toContain('.env')
    expect(JSON.stringify(digest)).not.toContain('not-a-real-token')
  })
})

describe('helpers', () => {
  it('estimates tokens at about four characters each', () => {
    expect(estimateTokens('a'.repeat(400))).toBe(100)
  })

  it('makes fences the text cannot close', () => {
    expect(fenceFor('plain')).toBe('```')
    expect(fenceFor('has ``` inside')).toBe('````')
    expect(fenceFor('has ````` inside')).toBe('``````')
  })
})
